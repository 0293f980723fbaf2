/**
 * Group commit. Documents whose records are ready are written together in
 * one transaction, each inside its own savepoint: a document that fails to
 * store rolls back alone, and a crash loses whole documents only.
 *
 * A batch is written once it holds `maxBatch` documents or its first
 * document has waited `maxDelayMs`. Each commit rewrites every index page
 * it touched into the WAL, so committing document by document cost more
 * than writing the rows; callers that do not wait for their own commit
 * (only for `full`) let batches fill while extraction goes on.
 */
import type { DB } from "./db.ts";

interface Job<T> {
  write: () => T;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface BatchOptions {
  /** Documents per transaction at most. */
  maxBatch?: number;
  /** How long the first document of a batch may wait for others. */
  maxDelayMs?: number;
}

export class BatchWriter<T> {
  private readonly pending: Job<T>[] = [];
  private readonly maxBatch: number;
  private readonly maxDelayMs: number;
  private timer: NodeJS.Timeout | null = null;
  private immediate: NodeJS.Immediate | null = null;

  constructor(
    private readonly db: DB,
    { maxBatch = 64, maxDelayMs = 0 }: BatchOptions = {},
  ) {
    this.maxBatch = maxBatch;
    this.maxDelayMs = maxDelayMs;
  }

  /** Whether the next batch is complete: a caller should wait for a commit before producing more. */
  get full(): boolean {
    return this.pending.length >= this.maxBatch;
  }

  /** Runs `write` (synchronous database work) in a coming batch; settles once that batch has committed. */
  write(write: () => T): Promise<T> {
    return new Promise((resolve, reject) => {
      this.pending.push({ write, resolve, reject });
      if (this.full || this.maxDelayMs === 0) this.flushSoon();
      else this.timer ??= setTimeout(() => this.flushSoon(), this.maxDelayMs);
    });
  }

  /** Writes what is pending without waiting for the batch to fill (the producer has finished). */
  flushSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.immediate ??= setImmediate(() => this.flush());
  }

  private flush(): void {
    this.immediate = null;
    const batch = this.pending.splice(0, this.maxBatch);
    if (this.pending.length > 0) this.flushSoon();
    const outcomes: Outcome<T>[] = [];
    try {
      this.db
        .transaction(() => {
          for (const job of batch) {
            try {
              // A transaction inside a transaction is a savepoint in better-sqlite3.
              outcomes.push({ ok: true, value: this.db.transaction(job.write)() });
            } catch (error) {
              outcomes.push({ ok: false, error });
            }
          }
        })
        .immediate();
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }
}
