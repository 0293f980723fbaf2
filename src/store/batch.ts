/**
 * Group commit. Documents whose records are ready are written together in
 * one transaction, each inside its own savepoint: a document that fails to
 * store rolls back alone, and a crash loses whole documents only. Batches
 * form by themselves: whatever arrives while one batch is written is the
 * next, so they grow exactly when writing is the bottleneck.
 */
import type { DB } from "./db.ts";

interface Job<T> {
  write: () => T;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export class BatchWriter<T> {
  private readonly pending: Job<T>[] = [];
  private scheduled = false;

  constructor(
    private readonly db: DB,
    private readonly maxBatch = 64,
  ) {}

  /** Runs `write` (synchronous database work) in the next batch; settles once that batch has committed. */
  write(write: () => T): Promise<T> {
    return new Promise((resolve, reject) => {
      this.pending.push({ write, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending.splice(0, this.maxBatch);
    if (this.pending.length > 0) this.schedule();
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
