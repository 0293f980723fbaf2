/**
 * npm run serve [-- --host H --port P --db PATH]: the read-only JSON API
 * (and report pages) over the database, until interrupted.
 */
import { relative } from "node:path";
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from "../server/index.ts";
import { DEFAULT_DB } from "../store/db.ts";
import { EXIT, parseCommand, usageError, userPath } from "./args.ts";

const USAGE = `
usage: npm run serve [-- [--host HOST] [--port PORT] [--db PATH]]

Serves the database read-only as JSON: /documents, /documents/ID,
/documents/ID/report (HTML), /entities?type=&q=, /entities/KEY,
/amounts?entity=&kind=, /search?q=, /diff?old=&new=, /diff/report?old=&new=
(HTML), /schema. Lists take limit (at most 100) and the cursor (offset for
/search) from the previous page's next link.

options:
  --host HOST   address to listen on (default ${DEFAULT_HOST})
  --port PORT   port to listen on; 0 picks a free one (default ${DEFAULT_PORT})
  --db PATH     database file (default out/govfacts.db)
  -h, --help    this help
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { host: { type: "string" }, port: { type: "string" }, db: { type: "string" } }, USAGE);
  if (positionals.length > 0) usageError(`serve takes no arguments besides options, not "${positionals[0]}"`, USAGE);
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usageError(`--port must be a port number (0-65535), not "${values.port}"`, USAGE);
  const db = values.db ? userPath(values.db) : DEFAULT_DB;
  let server;
  try {
    server = await startServer({ db, host: values.host ?? DEFAULT_HOST, port });
  } catch (err) {
    process.stderr.write(`cannot serve ${relative(process.env.INIT_CWD ?? process.cwd(), db)}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  }
  process.stdout.write(`serving ${relative(process.env.INIT_CWD ?? process.cwd(), db)} read-only on ${server.url}\n`);
  const stop = () => void server.close().then(() => process.exit(EXIT.ok));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return EXIT.ok;
}

process.exitCode = await main(process.argv.slice(2));
