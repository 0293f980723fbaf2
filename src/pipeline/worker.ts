/**
 * A worker thread runs the pure stages of a pipeline (load → validate) for
 * one document at a time; the main thread stores the result. Extraction is
 * CPU-bound, so this is what lets ingest use every core.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { SourceInput } from "../model.ts";
import { DocumentError } from "./errors.ts";
import { loadPipeline } from "./registry.ts";
import { newContext, runPipeline } from "./run.ts";

export interface WorkerData {
  pipeline: string;
}

export interface WorkerTask {
  id: number;
  input: SourceInput;
  file: string;
  maxBytes: number;
}

export type WorkerReply =
  | { id: number; ok: true; value: unknown; timings: [string, number][] }
  | { id: number; ok: false; error: { document: boolean; file: string; reason: string; message: string; stack?: string } };

const port = parentPort!;
const loading = loadPipeline((workerData as WorkerData).pipeline);
// The pool sends documents ahead: run them one after another, not interleaved at each await.
let queue: Promise<void> = Promise.resolve();
port.on("message", (task: WorkerTask) => {
  queue = queue.then(() => runTask(task));
});

async function runTask(task: WorkerTask): Promise<void> {
  const pipeline = await loading;
  const ctx = newContext(pipeline, { maxBytes: task.maxBytes });
  try {
    const value = await runPipeline(pipeline, task.input, ctx, { file: task.file, part: "pure" });
    port.postMessage({ id: task.id, ok: true, value, timings: [...ctx.timings] } satisfies WorkerReply);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const doc = err instanceof DocumentError;
    port.postMessage({
      id: task.id,
      ok: false,
      error: { document: doc, file: doc ? err.file : task.file, reason: doc ? err.reason : e.message, message: e.message, stack: e.stack },
    } satisfies WorkerReply);
  }
}
