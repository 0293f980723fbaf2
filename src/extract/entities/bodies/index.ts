import type { EntityMention, SegmentedDoc } from "../../../model.ts";

/** Agencies, organizations and places: gazetteer, patterns and in-document definitions. */
export function matchBodies(_doc: SegmentedDoc, _found: readonly EntityMention[]): EntityMention[] {
  return [];
}
