/**
 * Agencies, organizations and places: the gazetteer's names (listed.ts),
 * bodies made from patterns (patterns.ts) and from in-document definitions
 * (definitions.ts), over one token scan of the normalized text. Overlaps are
 * settled by the rule of refine.ts (longer span first; at equal span a
 * listed name before a pattern before a definition), then shared and
 * flagged terms are read by their support in the document (support.ts).
 */
import type { EntityMention, SegmentedDoc } from "../../../model.ts";
import type { Span } from "../../../schema.ts";
import { settleOverlaps } from "../refine.ts";
import { definitions } from "./definitions.ts";
import { listedCandidates } from "./listed.ts";
import { indexListed, patternCandidates } from "./patterns.ts";
import { Rank, Scan, type Candidate } from "./scan.ts";
import { choose } from "./support.ts";
import { inTitle } from "./titles.ts";

function mention(scan: Scan, c: Candidate): EntityMention {
  const { body } = c.readings[0]!;
  return {
    type: body.type, span: spanOf(scan, c), name: body.name, acronym: c.acronym ?? body.acronym, key: body.key,
    aliases: [], country: body.country, title: null, parent: body.parent,
  };
}

function spanOf(scan: Scan, c: Candidate): Span {
  return [scan.tokens[c.first]!.start, scan.tokens[c.end - 1]!.end];
}

export function matchBodies(doc: SegmentedDoc, _found: readonly EntityMention[]): EntityMention[] {
  const scan = new Scan(doc.text, doc.blocks);
  const listed = listedCandidates(scan).filter((c) => !inTitle(scan, c));
  const found = [...listed, ...patternCandidates(scan, indexListed(listed))];
  const defined = definitions(scan, found);
  const candidates = [...found, ...defined.candidates]
    .filter((c) => c.rank !== Rank.listed || c.acronym === null || !defined.redefined.has(c.acronym))
    .sort((a, b) => a.rank - b.rank);
  const span = (c: Candidate) => spanOf(scan, c);
  const chosen = choose(scan, candidates, settleOverlaps(candidates, span));
  return settleOverlaps(chosen, span).map((c) => mention(scan, c));
}
