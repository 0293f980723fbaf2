/**
 * A fixed pool of worker threads that run the pure part of a pipeline. Each
 * worker is sent documents well ahead, so it does not wait while the main
 * thread is busy storing: a group commit of 64 documents holds the main
 * thread for a second or more once the database is large.
 */
import { Worker } from "node:worker_threads";
import type { SourceInput } from "../model.ts";
import { DocumentError } from "./errors.ts";
import type { WorkerData, WorkerReply, WorkerTask } from "./worker.ts";

const BOOT = new URL("./worker-boot.mjs", import.meta.url);
/** Documents sent ahead to each worker: some 1.5 s of extraction. */
const DEPTH = 32;

export interface PureResult {
  value: unknown;
  timings: [string, number][];
}

interface Job {
  task: WorkerTask;
  resolve: (r: PureResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Job[];
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 0;

  /** Starts `size` workers, each loading `pipeline` at once, while the first documents are read. */
  constructor(size: number, pipeline: string) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(BOOT, { workerData: { pipeline } satisfies WorkerData }), jobs: [] };
      slot.worker.on("message", (reply: WorkerReply) => this.settle(slot, reply));
      slot.worker.on("error", (err) => this.fail(slot, err));
      this.slots.push(slot);
    }
  }

  /** Documents the workers can hold at once: fewer in flight leave a worker idle. */
  get capacity(): number {
    return this.slots.length * DEPTH;
  }

  run(input: SourceInput, file: string, maxBytes: number): Promise<PureResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ task: { id: this.nextId++, input, file, maxBytes }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const slot = this.slots.reduce<Slot | null>((best, s) => (s.jobs.length < DEPTH && (!best || s.jobs.length < best.jobs.length) ? s : best), null);
      if (!slot) return;
      const job = this.waiting.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage(job.task);
    }
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    const at = slot.jobs.findIndex((j) => j.task.id === reply.id);
    const job = at < 0 ? undefined : slot.jobs.splice(at, 1)[0];
    if (job) {
      if (reply.ok) job.resolve({ value: reply.value, timings: reply.timings });
      else if (reply.error.document) job.reject(new DocumentError(reply.error.file, reply.error.reason));
      else job.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    }
    this.dispatch();
  }

  /** A worker that died takes its documents with it; the others go on. */
  private fail(slot: Slot, err: Error): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    for (const job of slot.jobs.splice(0)) job.reject(err);
    if (this.slots.length === 0) for (const job of this.waiting.splice(0)) job.reject(new Error("every worker thread failed"));
    else this.dispatch();
  }
}
