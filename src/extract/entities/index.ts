/**
 * Entity mentions: the document tokenized once (tokens.ts), then an ordered
 * list of matchers (as chrono-node's parsers) over that one token layer,
 * each seeing what the earlier ones found as marks on the tokens, then one
 * refiner that settles overlaps and acronym and alias links across every
 * type.
 */
import type { EntityMention, SegmentedDoc } from "../../model.ts";
import { matchBodies } from "./bodies/index.ts";
import { matchNamed } from "./named/index.ts";
import { matchPeople } from "./people/index.ts";
import { refineMentions } from "./refine.ts";
import { TokenLayer } from "./tokens.ts";

/** Proposes mentions of the types it knows; the layer's marks hold the earlier matchers' proposals. */
export type Matcher = (doc: SegmentedDoc, layer: TokenLayer) => EntityMention[];

/** Agencies, organizations and places; then programs and laws; then people. */
const MATCHERS: readonly Matcher[] = [matchBodies, matchNamed, matchPeople];

export function extractEntities(doc: SegmentedDoc): EntityMention[] {
  const layer = new TokenLayer(doc);
  let found: EntityMention[] = [];
  for (const match of MATCHERS) {
    const mentions = match(doc, layer);
    layer.mark(mentions);
    found = found.concat(mentions);
  }
  return refineMentions(doc, found);
}
