/** A fixed pool of worker threads that run the pure part of a pipeline. */
import { Worker } from "node:worker_threads";
import type { SourceInput } from "../model.ts";
import { DocumentError } from "./errors.ts";
import type { WorkerReply, WorkerTask } from "./worker.ts";

const BOOT = new URL("./worker-boot.mjs", import.meta.url);

interface Pending {
  resolve: (r: { value: unknown; timings: [string, number][] }) => void;
  reject: (e: Error) => void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: { task: WorkerTask; pending: Pending }[] = [];
  private readonly running = new Map<Worker, { task: WorkerTask; pending: Pending }>();
  private readonly workers: Worker[] = [];
  private nextId = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(BOOT);
      worker.on("message", (reply: WorkerReply) => this.settle(worker, reply));
      worker.on("error", (err) => this.fail(worker, err));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(pipeline: string, input: SourceInput, file: string, maxBytes: number): Promise<{ value: unknown; timings: [string, number][] }> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ task: { id: this.nextId++, pipeline, input, file, maxBytes }, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.waiting.shift()!;
      this.running.set(worker, job);
      worker.postMessage(job.task);
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    this.idle.push(worker);
    if (job) {
      if (reply.ok) job.pending.resolve({ value: reply.value, timings: reply.timings });
      else if (reply.error.document) job.pending.reject(new DocumentError(reply.error.file, reply.error.reason));
      else job.pending.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    }
    this.dispatch();
  }

  /** A worker that died takes its document with it; the others go on. */
  private fail(worker: Worker, err: Error): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    const at = this.workers.indexOf(worker);
    if (at >= 0) this.workers.splice(at, 1);
    job?.pending.reject(err);
    if (this.workers.length === 0) for (const w of this.waiting.splice(0)) w.pending.reject(new Error("every worker thread failed"));
  }
}
