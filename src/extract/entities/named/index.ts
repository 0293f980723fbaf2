import type { EntityMention, SegmentedDoc } from "../../../model.ts";

/** Programs (operations, initiatives, strategies, dialogues...) and laws (acts, executive orders). */
export function matchNamed(_doc: SegmentedDoc, _found: readonly EntityMention[]): EntityMention[] {
  return [];
}
