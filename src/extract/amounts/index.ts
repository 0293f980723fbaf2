import type { AmountFact, DateFact, EntityMention, SegmentedDoc } from "../../model.ts";

/** Money, counts, quantities, percents, durations and multipliers. */
export function extractAmounts(
  _doc: SegmentedDoc,
  _mentions: readonly EntityMention[],
  _dates: readonly DateFact[],
): AmountFact[] {
  return [];
}
