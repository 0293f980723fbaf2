/**
 * npm run export -- --format jsonl|json|csv [--type TYPE]... [--out DIR] [--db PATH]:
 * stored records as files, one per record type, exactly as the published JSON
 * Schema describes them.
 */
import { createWriteStream, mkdirSync, renameSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { EXPORT_FORMATS, EXPORT_SCHEMA, exportRecords, type ExportFormat } from "../export/index.ts";
import { OUT } from "../paths.ts";
import { DEFAULT_DB, openReadOnly, type DB } from "../store/db.ts";
import { RECORD_TYPES, type RecordType } from "../store/query.ts";
import { EXIT, parseCommand, usageError, userPath } from "./args.ts";

const USAGE = `
usage: npm run export -- --format jsonl|json|csv [--type TYPE]... [--out DIR] [--db PATH]

Writes the stored records to DIR/TYPE.FORMAT, one file per record type, each
record as the JSON Schema of its type describes it (npm run schema):

  documents  documentRecord     amounts  amountRecord
  entities   entityRecord       dates    dateRecord
  mentions   mentionRecord      bullets  bulletRecord

options:
  --format F   jsonl (one record a line), json (one array) or csv (a header
               row; spans as .start and .end columns, arrays as JSON text)
  --type T     documents, entities, mentions, amounts, dates or bullets;
               repeat for several (default: all)
  --out DIR    where to write (default out/export/)
  --db PATH    database file (default out/govfacts.db)
  -h, --help   this help
`;

const DEFAULT_EXPORT_DIR = join(OUT, "export");

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if (!(allowed as readonly string[]).includes(value)) usageError(`${name} must be one of ${allowed.join(", ")}, not "${value}"`, USAGE);
  return value as T;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    { format: { type: "string" }, type: { type: "string", multiple: true }, out: { type: "string" }, db: { type: "string" } },
    USAGE,
  );
  if (positionals.length > 0) usageError(`export takes no arguments besides options, not "${positionals[0]}"`, USAGE);
  if (!values.format) usageError("--format is required", USAGE);
  const format = oneOf<ExportFormat>(values.format, EXPORT_FORMATS, "--format");
  const types = values.type ? [...new Set(values.type.map((t) => oneOf<RecordType>(t, RECORD_TYPES, "--type")))] : RECORD_TYPES;
  const dir = values.out ? userPath(values.out) : DEFAULT_EXPORT_DIR;
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const dbPath = values.db ? userPath(values.db) : DEFAULT_DB;
  let db: DB;
  try {
    db = openReadOnly(dbPath);
  } catch (err) {
    process.stderr.write(`${relative(cwd, dbPath)}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  }
  mkdirSync(dir, { recursive: true });
  try {
    for (const type of types) {
      const file = join(dir, `${type}.${format}`);
      // Written aside and renamed when complete: a failed export leaves no truncated file behind.
      const partial = `${file}.partial`;
      try {
        const count = await exportRecords(db, type, format, createWriteStream(partial));
        renameSync(partial, file);
        process.stdout.write(`${type.padEnd(9)} ${String(count).padStart(8)}  ${relative(cwd, file)}  (${EXPORT_SCHEMA[type]})\n`);
      } catch (err) {
        rmSync(partial, { force: true });
        throw err;
      }
    }
  } finally {
    db.close();
  }
  return EXIT.ok;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`export failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = EXIT.failed;
}
