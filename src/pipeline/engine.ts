/**
 * V8 settings for long extraction runs. Both flags are process-wide, so they
 * cover the worker threads too; set them before the workers start.
 *
 * Heap growth: by default V8 grows the old generation by up to four times
 * what survived the last collection when a thread allocates fast, as
 * extraction does: each thread keeps some 60-90 MB alive but held 250-300 MB,
 * and 16 copies of the corpus peaked at 746 MB. Growing by half of what
 * survives brings that to about 410 MB. It is a growth factor, not a cap: a
 * document that needs more memory still gets it.
 *
 * Inlining: the matchers are many large functions, and TurboFan inlines up
 * to 920 bytes of bytecode into each it optimizes, then recompiles the
 * result whenever a new shape of data deoptimizes it. On one pass over the
 * corpus that compiling kept most of a second core busy. Inlining less
 * (200 bytes) cut the pass's CPU time by a fifth and its wall time by a
 * tenth; four passes were no slower.
 */
import { setFlagsFromString } from "node:v8";

/** Percent of the surviving heap that V8 may add before its next full collection. */
const HEAP_GROWTH_PERCENT = 50;
/** Bytes of bytecode TurboFan may inline into one optimized function. */
const INLINED_BYTECODE = 200;

export function tuneEngine(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE}`);
}
