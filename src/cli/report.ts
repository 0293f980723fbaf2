/**
 * npm run report -- DOC [--out FILE] [--db PATH]: one self-contained HTML
 * page showing what was extracted from a document, highlighted in its text;
 * with --diff OLD NEW, the page of what changed between two documents.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { diffExtractions } from "../diff/index.ts";
import { extractDocument } from "../index.ts";
import { OUT } from "../paths.ts";
import { renderDiffPage } from "../report/diff.ts";
import { renderReport } from "../report/document.ts";
import type { Extraction } from "../schema.ts";
import { DEFAULT_DB, openReadOnly, type DB } from "../store/db.ts";
import { findStored, readExtraction } from "../store/read.ts";
import { EXIT, parseCommand, usageError, userPath } from "./args.ts";
import { failureReason } from "./failure.ts";

const USAGE = `
usage: npm run report -- DOC [--out FILE] [--db PATH]
       npm run report -- --diff OLD NEW [--out FILE] [--db PATH]

Writes a report page for DOC: its goals, sections, bullets and paragraphs with
every entity, amount and date highlighted by type. DOC is a stored document's
id or source path, or else a file, extracted on the fly (nothing is stored).
With --diff, the page shows OLD and NEW side by side: goals, sections,
entities and figures removed, added or changed.

options:
  --diff       a diff page of two documents instead
  --out FILE   where to write the page (default out/reports/NAME.html; - for
               standard output)
  --db PATH    database file (default out/govfacts.db)
  -h, --help   this help
`;

const DEFAULT_REPORT_DIR = join(OUT, "reports");

interface Named {
  /** The stored document's id; undefined for a file extracted on the fly. */
  id?: number;
  extraction: Extraction;
  /** A file name for the page. */
  name: string;
}

const stem = (path: string) => basename(path).replace(/\.[^.]+$/, "");

/** A stored document by id or source path, or else a file, extracted without storing it. */
async function document(ref: string, db: DB | undefined): Promise<Named | string> {
  const found = db && (/^\d+$/.test(ref) ? findStored(db, Number(ref)) : findStored(db, userPath(ref)) ?? findStored(db, ref));
  if (found) return { id: found.id, extraction: readExtraction(db, found.id)!, name: `${found.id}-${stem(found.source)}` };
  if (!existsSync(userPath(ref))) return `${ref}: neither a stored document (id or source) nor a file`;
  return { extraction: await extractDocument({ path: userPath(ref) }), name: stem(ref) };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { diff: { type: "boolean" }, out: { type: "string" }, db: { type: "string" } }, USAGE);
  if (values.diff ? positionals.length !== 2 : positionals.length !== 1) usageError(values.diff ? "--diff takes two documents: OLD NEW" : "report takes exactly one DOC", USAGE);
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const dbPath = values.db ? userPath(values.db) : DEFAULT_DB;
  let db: DB | undefined;
  try {
    // Without --db, a missing default database only means that every DOC is a file.
    if (values.db !== undefined || existsSync(dbPath)) db = openReadOnly(dbPath);
  } catch (err) {
    process.stderr.write(`${relative(cwd, dbPath)}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  }
  try {
    const docs: Named[] = [];
    for (const ref of positionals) {
      const doc = await document(ref, db);
      if (typeof doc === "string") {
        process.stderr.write(doc + "\n");
        return EXIT.failed;
      }
      docs.push(doc);
    }
    const [first, second] = docs as [Named, Named | undefined];
    const html = second
      ? renderDiffPage(diffExtractions(first.extraction, second.extraction), first.id !== undefined && second.id !== undefined ? { ids: { old: first.id, new: second.id } } : {})
      : renderReport(first.extraction, first.id === undefined ? {} : { id: first.id });
    if (values.out === "-") {
      process.stdout.write(html);
      return EXIT.ok;
    }
    const file = values.out ? userPath(values.out) : join(DEFAULT_REPORT_DIR, `${second ? `diff-${first.name}-${second.name}` : first.name}.html`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    const from = docs.map((d) => (d.id === undefined ? "extracted on the fly" : `stored document ${d.id}`)).join(" against ");
    process.stdout.write(`wrote ${relative(cwd, file)} (${from})\n`);
    return EXIT.ok;
  } catch (err) {
    process.stderr.write(`${positionals.join(" ")}: ${failureReason(err, false)}\n`);
    return EXIT.failed;
  } finally {
    db?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
