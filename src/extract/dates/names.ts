/**
 * Numbers in names are not dates ("Executive Order 14059", "Agenda 2030",
 * "Appropriations Act, 2021"): a date inside an entity mention is skipped,
 * unless it opens the name of something other than a person ("2022
 * U.S.-Mexico High-Level Security Dialogue" is that year's dialogue).
 */
import type { EntityMention } from "../../model.ts";

/** A test of whether [start, end) lies inside a name: sorting once, then a binary search per date. */
export function insideName(mentions: readonly EntityMention[]): (start: number, end: number) => boolean {
  const sorted = [...mentions].sort((a, b) => a.span[0] - b.span[0]);
  // The furthest end among the mentions up to each index.
  const reach: number[] = [];
  for (const [i, m] of sorted.entries()) reach.push(Math.max(m.span[1], reach[i - 1] ?? 0));
  /** The number of mentions that begin before `offset`. */
  const beginningBefore = (offset: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.span[0] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (start, end) => {
    const before = beginningBefore(start);
    if (before > 0 && reach[before - 1]! >= end) return true;
    for (let i = before; i < sorted.length && sorted[i]!.span[0] === start; i++) {
      if (sorted[i]!.type === "person" && sorted[i]!.span[1] >= end) return true;
    }
    return false;
  };
}
