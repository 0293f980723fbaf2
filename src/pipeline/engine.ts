/**
 * How far V8 lets a thread's heap grow between full collections. By default
 * it grows the old generation by up to four times what survived the last
 * collection when a thread allocates fast, as extraction does: each thread
 * keeps some 60-90 MB alive but held 250-300 MB, and 16 copies of the corpus
 * peaked at 746 MB. Growing by half of what survives brings that to about
 * 410 MB. It is a growth factor, not a cap: a document that needs more
 * memory still gets it. The flag is process-wide, so it covers the worker
 * threads too; set it before they start.
 */
import { setFlagsFromString } from "node:v8";

/** Percent of the surviving heap that V8 may add before its next full collection. */
const HEAP_GROWTH_PERCENT = 50;

export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
}
