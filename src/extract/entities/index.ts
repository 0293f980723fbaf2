import type { EntityMention, SegmentedDoc } from "../../model.ts";

/** Entity mentions from the gazetteer, rule matchers and NLP. */
export function extractEntities(_doc: SegmentedDoc): EntityMention[] {
  return [];
}
