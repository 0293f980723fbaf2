/** Lookups from an offset in the normalized text to what holds it. */
import type { Span } from "./schema.ts";

/**
 * Index of the span in `spans` (sorted by start, not overlapping) that
 * contains [start, end), or -1. Binary search: documents can hold 20,000 bullets.
 */
export function indexContaining(spans: readonly Span[], start: number, end = start): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (start < s) hi = mid - 1;
    else if (start >= e && !(start === e && end === e && s === e)) lo = mid + 1;
    else return end <= e ? mid : -1;
  }
  return -1;
}
