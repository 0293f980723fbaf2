import type { DateFact, EntityMention, SegmentedDoc } from "../../model.ts";

/** Date expressions resolved to closed intervals against the document's reference date. */
export function extractDates(_doc: SegmentedDoc, _mentions: readonly EntityMention[]): DateFact[] {
  return [];
}
