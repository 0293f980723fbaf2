import type { EntityMention, SegmentedDoc } from "../../../model.ts";

/** People: compromise on candidate spans, titles, aliases, short mentions linked to full names. */
export function matchPeople(_doc: SegmentedDoc, _found: readonly EntityMention[]): EntityMention[] {
  return [];
}
