/**
 * npm run ingest [-- PATH...]: documents into the SQLite database, each in
 * one transaction; unchanged documents skipped by content hash.
 */
import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import PQueue from "p-queue";
import { DEFAULT_MAX_BYTES } from "../load/read.ts";
import { loadPipeline, UnknownPipelineError } from "../pipeline/registry.ts";
import { WorkerPool } from "../pipeline/pool.ts";
import { newContext, runPipeline } from "../pipeline/run.ts";
import type { SourceInput } from "../model.ts";
import type { StageContext } from "../pipeline/stage.ts";
import type { StoredDoc } from "../store/stage.ts";
import { DEFAULT_DB, openDatabase } from "../store/db.ts";
import { findDocument } from "../store/write.ts";
import { EXIT, parseCommand, positiveInt, usageError, userPath } from "./args.ts";
import { failureReason, readInput } from "./documents.ts";
import { expandInputs } from "./inputs.ts";
import { createProgress } from "./progress.ts";
import { formatTimings } from "./timings.ts";

export const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

const USAGE = `
usage: npm run ingest [-- [options] [PATH...]]

Ingests documents (files, folders searched recursively, - for standard input)
into the SQLite database. Default PATH: fixtures/.

options:
  --db PATH          database file (default out/govfacts.db)
  --pipeline NAME    pipeline from pipelines/ (default: default)
  --concurrency N    documents in flight at once (default: twice the workers)
  --workers N        worker threads for extraction; 0 runs it on the main
                     thread (default: CPU count, or 0 for fewer than 8 files)
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

/** Runs the pure stages in a worker thread and adds the worker's stage times to ours. */
async function pureInWorker(pool: WorkerPool, ctx: StageContext, input: SourceInput, file: string): Promise<unknown> {
  const { value, timings } = await pool.run(ctx.pipeline.name, input, file, ctx.limits.maxBytes);
  for (const [stage, ms] of timings) ctx.timings.set(stage, (ctx.timings.get(stage) ?? 0) + ms);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    {
      db: { type: "string" },
      pipeline: { type: "string" },
      concurrency: { type: "string" },
      workers: { type: "string" },
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
  const dbPath = values.db ? userPath(values.db) : DEFAULT_DB;
  const db = openDatabase(dbPath);
  const { files, errors } = await expandInputs(positionals.length > 0 ? positionals.map(userPath) : [FIXTURES]);
  const workers =
    values.workers === "0" ? 0 : positiveInt(values.workers, "--workers", USAGE, files.length >= 8 ? availableParallelism() : 0);
  const concurrency = positiveInt(values.concurrency, "--concurrency", USAGE, Math.max(2, 2 * workers));
  const pool = workers > 0 ? new WorkerPool(workers) : null;
  const ctx = newContext(pipeline, { db, maxBytes });
  const summary: IngestSummary = {
    db: dbPath,
    pipeline: pipeline.name,
    documents: { total: files.length + errors.length, new: 0, updated: 0, unchanged: 0, failed: errors.length },
    entities: 0,
    amounts: 0,
    dates: 0,
    seconds: 0,
    failures: [...errors],
  };
  const show = (file: string) => (file.startsWith("/") ? relative(process.env.INIT_CWD ?? process.cwd(), file) || file : file);
  const progress = createProgress(files.length, { quiet: Boolean(values.json) });
  for (const e of errors) progress.fail(`failed    ${show(e.file)}: ${e.reason}`);

  const queue = new PQueue({ concurrency });
  for (const file of files) {
    void queue.add(async () => {
      try {
        const input = await readInput(file, maxBytes);
        const stored = findDocument(db, input.path);
        if (!values.force && stored?.sha256 === input.sha256 && stored.pipeline === pipeline.name && stored.pipelineVersion === pipeline.version) {
          summary.documents.unchanged++;
          progress.done(`unchanged ${show(input.path)}`);
          return;
        }
        const name = show(input.path);
        const result = (
          pool
            ? await runPipeline(pipeline, await pureInWorker(pool, ctx, input, name), ctx, { file: name, part: "writes" })
            : await runPipeline(pipeline, input satisfies SourceInput, ctx, { file: name })
        ) as StoredDoc;
        const x = result.extraction;
        summary.documents[result.status]++;
        summary.entities += x.entities.length;
        summary.amounts += x.amounts.length;
        summary.dates += x.dates.length;
        progress.done(`${result.status.padEnd(9)} ${show(input.path)} (${x.entities.length} entities, ${x.amounts.length} amounts, ${x.dates.length} dates)`);
      } catch (err) {
        const reason = failureReason(err, Boolean(values.verbose));
        summary.documents.failed++;
        summary.failures.push({ file: show(file), reason });
        progress.fail(`failed    ${show(file)}: ${reason}`);
      }
    });
  }
  await queue.onIdle();
  await pool?.close();
  progress.stop();
  db.close();
  summary.seconds = Number(((performance.now() - t0) / 1000).toFixed(3));

  if (values.json) {
    process.stdout.write(JSON.stringify(values.verbose ? { ...summary, timings: Object.fromEntries(ctx.timings) } : summary, null, 2) + "\n");
  } else {
    const d = summary.documents;
    process.stdout.write(
      [
        `${d.total} documents into ${show(dbPath)} in ${summary.seconds.toFixed(1)} s (pipeline ${pipeline.name} ${pipeline.version})`,
        `  new ${d.new}, updated ${d.updated}, unchanged ${d.unchanged}, failed ${d.failed}`,
        `  entities ${summary.entities}, amounts ${summary.amounts}, dates ${summary.dates} (in new and updated documents)`,
      ].join("\n") + "\n",
    );
    if (values.verbose) process.stdout.write(formatTimings(ctx.timings) + "\n");
  }
  return summary.documents.failed > 0 ? EXIT.failed : EXIT.ok;
}

process.exitCode = await main(process.argv.slice(2));
