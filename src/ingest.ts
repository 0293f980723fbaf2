/**
 * Ingest: documents through a pipeline into the database, concurrently (p-queue
 * for I/O; worker threads, or for small inputs the main thread, for
 * extraction), stored by the main thread in
 * group commits of whole documents and skipped when their content and
 * pipeline version are unchanged. Used by the ingest command, the benchmark
 * and anything that stores on the fly (diff).
 */
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import PQueue from "p-queue";
import { readInput } from "./load/read.ts";
import type { SourceInput } from "./model.ts";
import { tuneEngine } from "./pipeline/engine.ts";
import { WorkerPool } from "./pipeline/pool.ts";
import { newContext, runPipeline, runWrites } from "./pipeline/run.ts";
import type { Pipeline, StageContext } from "./pipeline/stage.ts";
import { BatchWriter } from "./store/batch.ts";
import type { DB } from "./store/db.ts";
import type { StoredDoc } from "./store/stage.ts";
import { findDocument } from "./store/write.ts";

export interface IngestInput {
  /** Where to read the document: a path, or "-" for standard input. */
  file: string;
  /** The source name to store it under (default: the path itself). */
  source?: string;
}

export type IngestEvent =
  | { status: "new" | "updated" | "unchanged"; file: string; source: string; id: number; entities: number; amounts: number; dates: number }
  | { status: "failed"; file: string; error: unknown };

export interface IngestRequest {
  db: DB;
  pipeline: Pipeline;
  inputs: readonly IngestInput[];
  maxBytes: number;
  /**
   * Worker threads for the pure stages; with none, this thread runs them.
   * This thread stores either way. Default: defaultWorkers() of the inputs'
   * size.
   */
  workers?: number;
  /** Documents in flight at once (default: enough to keep every worker supplied, at least 2). */
  concurrency?: number;
  /** Re-ingest documents even when unchanged. */
  force?: boolean;
  /** How a document is named in errors (default: its source). */
  display?: (source: string) => string;
  onEvent?: (event: IngestEvent) => void;
}

export interface IngestTotals {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  entities: number;
  amounts: number;
  dates: number;
  /** Milliseconds per stage, summed over documents (worker threads included). */
  timings: Map<string, number>;
}

/**
 * Below this much source text, worker threads cost more than they bring: each
 * one loads the pipeline and compiles its hot code afresh, and one thread
 * already keeps more than one core busy with V8's compiler and collector.
 * Here (2 cores, the main thread storing what one worker extracts) the
 * corpus, 2.6 MB, took 3.4 s on one thread and 4.2 s with a worker; 5.1 MB
 * 6.0 s and 6.2 s; 10 MB 10.7 s and 9.1 s; 41 MB 38.7 s and 29.1 s.
 */
export const WORKERS_FROM_BYTES = 6e6;

/**
 * How long a stored document may wait for others to share its commit: long
 * enough to gather a few documents per commit, short enough that progress
 * shows and a crash loses little.
 */
const COMMIT_DELAY_MS = 200;

/** Worker threads besides the main thread for inputs of this many bytes: one less than the CPUs for large inputs, else none. */
export function defaultWorkers(bytes: number): number {
  return bytes >= WORKERS_FROM_BYTES ? availableParallelism() - 1 : 0;
}

/** The size of the input files (standard input and unreadable files count as empty: reading reports them). */
function inputBytes(inputs: readonly IngestInput[]): number {
  let bytes = 0;
  for (const { file } of inputs) if (file !== "-") bytes += statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  return bytes;
}

export async function ingestDocuments(req: IngestRequest): Promise<IngestTotals> {
  const { db, pipeline, maxBytes } = req;
  const workers = req.workers ?? defaultWorkers(inputBytes(req.inputs));
  tuneEngine();
  const pool = workers > 0 ? new WorkerPool(workers, pipeline.name) : null;
  const ctx = newContext(pipeline, { db, maxBytes });
  const writer = new BatchWriter<StoredDoc>(db, { maxDelayMs: COMMIT_DELAY_MS });
  const committing = new Set<Promise<void>>();
  const display = req.display ?? ((s: string) => s);
  const totals: IngestTotals = { new: 0, updated: 0, unchanged: 0, failed: 0, entities: 0, amounts: 0, dates: 0, timings: ctx.timings };
  const emit = (event: IngestEvent) => {
    if (event.status === "failed") totals.failed++;
    else {
      totals[event.status]++;
      totals.entities += event.entities;
      totals.amounts += event.amounts;
      totals.dates += event.dates;
    }
    req.onEvent?.(event);
  };

  const one = async ({ file, source }: IngestInput) => {
    try {
      const read = await readInput(file, maxBytes);
      const input: SourceInput = { path: source ?? read.path, bytes: read.bytes };
      const stored = findDocument(db, input.path);
      if (!req.force && stored?.sha256 === read.sha256 && stored.pipeline === pipeline.name && stored.pipelineVersion === pipeline.version) {
        emit({ status: "unchanged", file, source: input.path, id: stored.id, entities: 0, amounts: 0, dates: 0 });
        return;
      }
      const name = display(input.path);
      const pure = pool ? await pureInWorker(pool, ctx, input, name) : await runPipeline(pipeline, input, ctx, { file: name, part: "pure" });
      // Reported once committed; the next document need not wait for that unless the batch is full.
      const committed = writer.write(() => runWrites(pipeline, pure, ctx, name) as StoredDoc).then(
        ({ status, id, extraction: x }) => emit({ status, file, source: input.path, id, entities: x.entities.length, amounts: x.amounts.length, dates: x.dates.length }),
        (error: unknown) => emit({ status: "failed", file, error }),
      );
      committing.add(committed);
      void committed.finally(() => committing.delete(committed));
      if (writer.full) await committed;
    } catch (error) {
      emit({ status: "failed", file, error });
    }
  };

  const queue = new PQueue({ concurrency: req.concurrency ?? Math.max(2, (pool?.capacity ?? 0) + 2) });
  try {
    await queue.addAll(req.inputs.map((input) => () => one(input)));
    writer.flushSoon();
    await Promise.all(committing);
  } finally {
    await pool?.close();
  }
  return totals;
}

/** Runs the pure stages in a worker thread and adds the worker's stage times to ours. */
async function pureInWorker(pool: WorkerPool, ctx: StageContext, input: SourceInput, file: string): Promise<unknown> {
  const { value, timings } = await pool.run(input, file, ctx.limits.maxBytes);
  for (const [stage, ms] of timings) ctx.timings.set(stage, (ctx.timings.get(stage) ?? 0) + ms);
  return value;
}
