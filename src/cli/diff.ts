/**
 * npm run diff -- OLD NEW: what changed between two documents (stored ids,
 * stored sources, or files, ingested on the fly); --series diffs each
 * consecutive pair of an annual series.
 */
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { DEFAULT_MAX_BYTES } from "../load/read.ts";
import { loadPipeline } from "../pipeline/registry.ts";
import { diffExtractions } from "../diff/index.ts";
import { IngestFailedError, loadDocument, locate, seriesDocuments, UnknownDocumentError, type DiffDocument, type Locator } from "../diff/documents.ts";
import { renderMarkdown } from "../diff/render/markdown.ts";
import { layOut } from "../diff/render/report.ts";
import { renderText, wantsColor } from "../diff/render/text.ts";
import { DocumentDiff, SCHEMA_VERSION, SeriesDiff, type SeriesMember } from "../schema.ts";
import { DEFAULT_DB, openDatabase } from "../store/db.ts";
import { EXIT, parseCommand, positiveInt, usageError, userPath } from "./args.ts";
import { failureReason } from "./failure.ts";

const USAGE = `
usage: npm run diff -- [options] OLD NEW
       npm run diff -- [options] --series TITLE-OR-KEY
       npm run diff -- [options] --series DOC DOC [DOC...]

Reports what changed between two documents: goals and sections added,
removed or renamed; entities only in one; figures that changed, came or
went; the period each covers. A document is a stored id, a stored source
path, or a file (ingested into the database first unless stored unchanged).

--series diffs each consecutive pair of an annual series: the stored
documents whose titles, years and ordinals ("Second Meeting of the") and
"FACT SHEET:" left out, hold the words of TITLE-OR-KEY (one per year, in
date order), or the documents named, in date order.

options:
  --db PATH        database file (default out/govfacts.db)
  --json           the diff as JSON (npm run schema: documentDiff, seriesDiff)
  --markdown       the diff as Markdown
  --max-bytes N    refuse files larger than N bytes (default 20 MB)
  -h, --help       this help

Exit status: 0 whether or not anything changed; 1 a file could not be
ingested; 2 an unknown document or series, or a usage error.
`;

type Output = "text" | "json" | "markdown";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    { db: { type: "string" }, json: { type: "boolean" }, markdown: { type: "boolean" }, series: { type: "boolean" }, "max-bytes": { type: "string" } },
    USAGE,
  );
  if (values.json && values.markdown) usageError("--json and --markdown exclude each other", USAGE);
  if (values.series ? positionals.length === 0 : positionals.length !== 2) {
    usageError(values.series ? "--series takes a title, a key, or the documents of the series" : "diff takes two documents: OLD NEW", USAGE);
  }
  if (positionals.filter((p) => p === "-").length > 1) usageError("only one document can be read from standard input", USAGE);
  const output: Output = values.json ? "json" : values.markdown ? "markdown" : "text";
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const dbPath = values.db ? userPath(values.db) : DEFAULT_DB;
  if (!existsSync(dbPath) && !positionals.some((p) => locate(undefined, p, cwd))) {
    return unknown(`no database at ${show(dbPath)}: ingest documents first (npm run ingest), or name files`);
  }
  const db = openDatabase(dbPath);
  const at: Locator = { db, cwd, maxBytes: positiveInt(values["max-bytes"], "--max-bytes", USAGE, DEFAULT_MAX_BYTES), pipeline: () => loadPipeline("default") };
  try {
    if (!values.series) {
      const [old, neu] = [await loadDocument(positionals[0]!, at), await loadDocument(positionals[1]!, at)];
      process.stdout.write(pairOutput(DocumentDiff.parse(diffExtractions(old.extraction, neu.extraction)), output));
      return EXIT.ok;
    }
    const series = await seriesDocuments(positionals, at);
    process.stdout.write(seriesOutput(seriesDiff(series.query, series.documents, series.setAside.map(member)), output));
    return EXIT.ok;
  } catch (err) {
    if (err instanceof UnknownDocumentError) return unknown(err.message);
    if (err instanceof IngestFailedError) {
      process.stderr.write(`${err.message}: ${failureReason(err.cause, false)}\n`);
      return EXIT.failed;
    }
    throw err;
  } finally {
    db.close();
  }
}

function seriesDiff(query: string | null, documents: DiffDocument[], setAside: SeriesMember[]): SeriesDiff {
  const diffs = documents.slice(1).map((d, i) => diffExtractions(documents[i]!.extraction, d.extraction));
  return SeriesDiff.parse({ schemaVersion: SCHEMA_VERSION, query, documents: documents.map((d) => member(d.summary)), setAside, diffs });
}

function member(d: { id: number; source: string; title: string | null; published: string | null }): SeriesMember {
  return { id: d.id, source: d.source, title: d.title, published: d.published };
}

function pairOutput(d: DocumentDiff, output: Output): string {
  if (output === "json") return JSON.stringify(d, null, 1) + "\n";
  const report = layOut({ ...d, old: { ...d.old, source: show(d.old.source) }, new: { ...d.new, source: show(d.new.source) } });
  return output === "markdown" ? renderMarkdown(report) : renderText(report, { color: wantsColor(process.stdout) });
}

function seriesOutput(s: SeriesDiff, output: Output): string {
  if (output === "json") return JSON.stringify(s, null, 1) + "\n";
  const line = (m: SeriesMember) => `#${m.id} ${m.published ?? "undated"}  ${m.title ?? "(untitled)"}`;
  const head = s.query === null ? "Series of the documents named" : `Series "${s.query}"`;
  const listing = [
    `${head}: ${s.documents.length} ${s.documents.length === 1 ? "document" : "documents"}`,
    ...s.documents.map((m) => `  ${line(m)}`),
    ...(s.setAside.length > 0 ? ["Set aside (a closer title in the same year):", ...s.setAside.map((m) => `  ${line(m)}`)] : []),
  ];
  const pairs = s.diffs.map((d) => pairOutput(d, output));
  if (output === "markdown") return [`# ${listing[0]}`, "", ...listing.slice(1).map((l) => `- ${l.trim()}`), "", ...pairs].join("\n");
  return [listing.join("\n"), ...pairs.map((p, i) => `\n── ${i + 1} of ${pairs.length} ──\n${p}`)].join("\n");
}

function unknown(message: string): number {
  process.stderr.write(`${message}\n`);
  return EXIT.usage;
}

/** Paths as the user would type them: relative to where they ran the command. */
function show(file: string): string {
  return file.startsWith("/") ? relative(process.env.INIT_CWD ?? process.cwd(), file) || file : file;
}

process.exitCode = await main(process.argv.slice(2));
