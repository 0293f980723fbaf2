/**
 * Entity mentions: an ordered list of matchers (as chrono-node's parsers),
 * each seeing what the earlier ones found, then one refiner that settles
 * overlaps and acronym and alias links across every type.
 */
import type { EntityMention, SegmentedDoc } from "../../model.ts";
import { matchBodies } from "./bodies/index.ts";
import { matchNamed } from "./named/index.ts";
import { matchPeople } from "./people/index.ts";
import { refineMentions } from "./refine.ts";

/** Proposes mentions of the types it knows; `found` holds the earlier matchers' proposals. */
export type Matcher = (doc: SegmentedDoc, found: readonly EntityMention[]) => EntityMention[];

/** Agencies, organizations and places; then programs and laws; then people. */
const MATCHERS: readonly Matcher[] = [matchBodies, matchNamed, matchPeople];

export function extractEntities(doc: SegmentedDoc): EntityMention[] {
  let found: EntityMention[] = [];
  for (const match of MATCHERS) found = found.concat(match(doc, found));
  return refineMentions(doc, found);
}
