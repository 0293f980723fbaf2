/**
 * npm run report -- DOC [--out FILE] [--db PATH]: one self-contained HTML
 * page showing what was extracted from a document, highlighted in its text.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { extractDocument } from "../index.ts";
import { OUT } from "../paths.ts";
import { renderReport } from "../report/document.ts";
import type { Extraction } from "../schema.ts";
import { DEFAULT_DB, openReadOnly } from "../store/db.ts";
import { findStored, readExtraction } from "../store/read.ts";
import { EXIT, parseCommand, usageError, userPath } from "./args.ts";
import { failureReason } from "./failure.ts";

const USAGE = `
usage: npm run report -- DOC [--out FILE] [--db PATH]

Writes a report page for DOC: its goals, sections, bullets and paragraphs with
every entity, amount and date highlighted by type. DOC is a stored document's
id or source path, or else a file, extracted on the fly (nothing is stored).

options:
  --out FILE   where to write the page (default out/reports/NAME.html; - for
               standard output)
  --db PATH    database file (default out/govfacts.db)
  -h, --help   this help
`;

const DEFAULT_REPORT_DIR = join(OUT, "reports");

/** The stored document DOC names, if the database is there and holds it. */
function stored(doc: string, dbPath: string, explicit: boolean): { id: number; extraction: Extraction } | undefined {
  if (!explicit && !existsSync(dbPath)) return undefined;
  const db = openReadOnly(dbPath);
  try {
    const found = /^\d+$/.test(doc) ? findStored(db, Number(doc)) : findStored(db, userPath(doc)) ?? findStored(db, doc);
    return found && { id: found.id, extraction: readExtraction(db, found.id)! };
  } finally {
    db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { out: { type: "string" }, db: { type: "string" } }, USAGE);
  if (positionals.length !== 1) usageError("report takes exactly one DOC", USAGE);
  const doc = positionals[0]!;
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const dbPath = values.db ? userPath(values.db) : DEFAULT_DB;
  let found: ReturnType<typeof stored>;
  try {
    found = stored(doc, dbPath, values.db !== undefined);
  } catch (err) {
    process.stderr.write(`${relative(cwd, dbPath)}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  }
  if (!found && !existsSync(userPath(doc))) {
    process.stderr.write(`${doc}: neither a stored document (id or source) nor a file\n`);
    return EXIT.failed;
  }
  try {
    const extraction = found?.extraction ?? (await extractDocument({ path: userPath(doc) }));
    const html = renderReport(extraction, found ? { id: found.id } : {});
    if (values.out === "-") {
      process.stdout.write(html);
      return EXIT.ok;
    }
    const name = found ? `${found.id}-${basename(extraction.source).replace(/\.[^.]+$/, "")}` : basename(doc).replace(/\.[^.]+$/, "");
    const file = values.out ? userPath(values.out) : join(DEFAULT_REPORT_DIR, `${name}.html`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    process.stdout.write(`wrote ${relative(cwd, file)} (${found ? `stored document ${found.id}` : "extracted on the fly"})\n`);
    return EXIT.ok;
  } catch (err) {
    process.stderr.write(`${doc}: ${failureReason(err, false)}\n`);
    return EXIT.failed;
  }
}

process.exitCode = await main(process.argv.slice(2));
