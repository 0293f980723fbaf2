/**
 * npm run ingest [-- PATH...]: documents into the SQLite database, each in
 * one transaction; unchanged documents skipped by content hash.
 */
import { relative } from "node:path";
import { performance } from "node:perf_hooks";
import { ingestDocuments, WORKERS_FROM_BYTES } from "../ingest.ts";
import { DEFAULT_MAX_BYTES } from "../load/read.ts";
import { loadPipeline, UnknownPipelineError } from "../pipeline/registry.ts";
import { FIXTURES } from "../paths.ts";
import { DEFAULT_DB, openDatabase } from "../store/db.ts";
import { EXIT, parseCommand, positiveInt, usageError, userPath } from "./args.ts";
import { failureReason } from "./failure.ts";
import { expandInputs } from "./inputs.ts";
import { createProgress } from "./progress.ts";
import { formatTimings } from "./timings.ts";

const USAGE = `
usage: npm run ingest [-- [options] [PATH...]]

Ingests documents (files, folders searched recursively, - for standard input)
into the SQLite database. Default PATH: fixtures/.

options:
  --db PATH          database file (default out/govfacts.db)
  --pipeline NAME    pipeline from pipelines/ (default: default)
  --workers N        worker threads for extraction; the main thread stores
                     (default: CPU count less one for ${WORKERS_FROM_BYTES / 1e6} MB of input or more, else 0)
  --concurrency N    documents in flight at once (default: enough to keep the
                     workers supplied, at least 2)
  --max-bytes N      refuse files larger than N bytes (default 20 MB)
  --force            re-ingest documents even when unchanged
  --json             print the summary as JSON
  --verbose          print the time each stage took, and stacks of internal errors
  -h, --help         this help
`;

export interface IngestSummary {
  db: string;
  pipeline: string;
  documents: { total: number; new: number; updated: number; unchanged: number; failed: number };
  entities: number;
  amounts: number;
  dates: number;
  seconds: number;
  failures: { file: string; reason: string }[];
}

/** Paths as the user would type them: relative to where they ran the command. */
function show(file: string): string {
  return file.startsWith("/") ? relative(process.env.INIT_CWD ?? process.cwd(), file) || file : file;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    {
      db: { type: "string" },
      pipeline: { type: "string" },
      workers: { type: "string" },
      concurrency: { type: "string" },
      "max-bytes": { type: "string" },
      force: { type: "boolean" },
      json: { type: "boolean" },
      verbose: { type: "boolean" },
    },
    USAGE,
  );
  const t0 = performance.now();
  const maxBytes = positiveInt(values["max-bytes"], "--max-bytes", USAGE, DEFAULT_MAX_BYTES);
  const pipeline = await loadPipeline(values.pipeline ?? "default").catch((err: unknown) => {
    if (err instanceof UnknownPipelineError) usageError(err.message, USAGE);
    throw err;
  });
  const { files, errors } = await expandInputs(positionals.length > 0 ? positionals.map(userPath) : [FIXTURES]);
  const workers = values.workers === undefined ? undefined : values.workers === "0" ? 0 : positiveInt(values.workers, "--workers", USAGE, 0);
  const concurrency = values.concurrency === undefined ? undefined : positiveInt(values.concurrency, "--concurrency", USAGE, 1);
  const dbPath = values.db ? userPath(values.db) : DEFAULT_DB;
  const db = openDatabase(dbPath);

  const failures = errors.map((e) => ({ file: show(e.file), reason: e.reason }));
  const progress = createProgress(files.length, { quiet: Boolean(values.json) });
  for (const f of failures) progress.fail(`failed    ${f.file}: ${f.reason}`);
  const totals = await ingestDocuments({
    db,
    pipeline,
    inputs: files.map((file) => ({ file })),
    maxBytes,
    workers,
    concurrency,
    force: Boolean(values.force),
    display: show,
    onEvent: (e) => {
      if (e.status === "failed") {
        const reason = failureReason(e.error, Boolean(values.verbose));
        failures.push({ file: show(e.file), reason });
        progress.fail(`failed    ${show(e.file)}: ${reason}`);
      } else {
        const counts = e.status === "unchanged" ? "" : ` (${e.entities} entities, ${e.amounts} amounts, ${e.dates} dates)`;
        progress.done(`${e.status.padEnd(9)} ${show(e.source)}${counts}`);
      }
    },
  });
  progress.stop();
  db.close();

  const summary: IngestSummary = {
    db: dbPath,
    pipeline: pipeline.name,
    documents: { total: files.length + errors.length, new: totals.new, updated: totals.updated, unchanged: totals.unchanged, failed: failures.length },
    entities: totals.entities,
    amounts: totals.amounts,
    dates: totals.dates,
    seconds: Number(((performance.now() - t0) / 1000).toFixed(3)),
    failures,
  };
  if (values.json) {
    process.stdout.write(JSON.stringify(values.verbose ? { ...summary, timings: Object.fromEntries(totals.timings) } : summary, null, 2) + "\n");
  } else {
    const d = summary.documents;
    process.stdout.write(
      [
        `${d.total} documents into ${show(dbPath)} in ${summary.seconds.toFixed(1)} s (pipeline ${pipeline.name} ${pipeline.version})`,
        `  new ${d.new}, updated ${d.updated}, unchanged ${d.unchanged}, failed ${d.failed}`,
        `  entities ${summary.entities}, amounts ${summary.amounts}, dates ${summary.dates} (in new and updated documents)`,
      ].join("\n") + "\n",
    );
    if (values.verbose) process.stdout.write(formatTimings(totals.timings) + "\n");
  }
  return summary.documents.failed > 0 ? EXIT.failed : EXIT.ok;
}

process.exitCode = await main(process.argv.slice(2));
