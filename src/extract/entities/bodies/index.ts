/**
 * Agencies, organizations and places: the gazetteer's names (listed.ts),
 * bodies made from patterns (patterns.ts, organizations.ts, places.ts) and
 * from in-document definitions (definitions.ts), over the document's token
 * layer (tokens.ts). Overlaps are settled by the rule of refine.ts (longer
 * span first; at equal span a listed name before a pattern before a
 * definition), then shared and flagged terms are read by their support in
 * the document (support.ts), and an unlisted body named short where the
 * document names it in full takes the full name.
 */
import type { EntityMention, SegmentedDoc } from "../../../model.ts";
import type { Span } from "../../../schema.ts";
import { entryByKey, nameKey } from "../gazetteer.ts";
import { settleOverlaps } from "../refine.ts";
import type { TokenLayer } from "../tokens.ts";
import { definitions } from "./definitions.ts";
import { listedCandidates } from "./listed.ts";
import { patternCandidates } from "./patterns.ts";
import { edges, Rank, Scan, type Candidate } from "./scan.ts";
import { choose } from "./support.ts";
import { inTitle } from "./titles.ts";

function mention(scan: Scan, c: Candidate): EntityMention {
  const { body } = c.readings[0]!;
  return {
    type: body.type, span: spanOf(scan, c), name: body.name, acronym: c.acronym ?? body.acronym, key: body.key,
    aliases: [], country: body.country, title: null, parent: body.parent,
  };
}

/**
 * Candidates of one span as one, with the readings of all: a listed name
 * and the body its context makes of the same words ("Ministry of Health"
 * after "In Ukraine") are weighed against each other by support.
 */
function mergeSameSpan(candidates: readonly Candidate[]): Candidate[] {
  const bySpan = new Map<string, Candidate>();
  for (const c of candidates) {
    const id = `${c.first}:${c.end}`;
    const other = bySpan.get(id);
    if (!other) {
      bySpan.set(id, c);
      continue;
    }
    const readings = new Map(other.readings.map((r) => [r.body.key, r]));
    for (const r of c.readings) if (!readings.get(r.body.key) || (readings.get(r.body.key)!.flagged && !r.flagged)) readings.set(r.body.key, r);
    bySpan.set(id, {
      first: c.first, end: c.end, readings: [...readings.values()], rank: Math.min(c.rank, other.rank) as Rank,
      acronym: other.acronym ?? c.acronym, alias: other.alias && c.alias, prefix: Math.max(other.prefix, c.prefix),
    });
  }
  return [...bySpan.values()];
}

function spanOf(scan: Scan, c: Candidate): Span {
  return [scan.tokens[c.first]!.start, scan.tokens[c.end - 1]!.end];
}

export function matchBodies(_doc: SegmentedDoc, layer: TokenLayer): EntityMention[] {
  const scan = new Scan(layer);
  const listed = listedCandidates(scan).filter((c) => !inTitle(scan, c));
  const found = [...listed, ...patternCandidates(scan, edges(listed))];
  const defined = definitions(scan, found);
  const inName = (c: Candidate) => defined.names.some((n) => n.first <= c.first && c.end <= n.end && c.end - c.first < n.end - n.first);
  const candidates = mergeSameSpan([...found, ...defined.candidates]
    .filter((c) => (c.rank !== Rank.listed || c.acronym === null || !defined.redefined.has(c.acronym)) && !inName(c))
    .sort((a, b) => a.rank - b.rank));
  const span = (c: Candidate) => spanOf(scan, c);
  const chosen = choose(scan, candidates, settleOverlaps(candidates, span));
  return withLongNames(settleOverlaps(chosen, span).map((c) => mention(scan, c)));
}

const LINKS = new Set(["of", "for", "on", "to", "against", "in"]);

/**
 * The shorter names a document gives a body it names in full: the words
 * before its head's preposition ("Global Coalition" for the "Global
 * Coalition to Defeat ISIS"), and for a government body their end
 * ("Competition Council" for the "White House Competition Council"; the
 * "National Basketball Association" is not the "Women’s National
 * Basketball Association"), or an organization's name without its owner's;
 * two words at least.
 */
function shortNames(key: string, m: EntityMention): string[] {
  const words = key.split(" ");
  const link = words.findIndex((w, k) => k > 0 && LINKS.has(w));
  const head = link > 0 ? words.slice(0, link) : words;
  const out: string[] = link > 0 && head.length >= 2 ? [head.join(" ")] : [];
  if (m.type === "agency") for (let k = 1; k <= head.length - 2; k++) out.push(head.slice(k).join(" "));
  // A sub-body named after its owner is also named without it: "Commission of Inquiry" for the "UN Commission of Inquiry".
  if (m.parent !== null && m.type === "organization" && words.length >= 3) out.push(words.slice(1).join(" "));
  return out;
}

/**
 * Bodies the gazetteer does not list, named short where the document names
 * them in full, are mentions of the full name's body: one key for both.
 */
function withLongNames(mentions: EntityMention[]): EntityMention[] {
  const bodies = mentions.filter((m) => m.type !== "place");
  const keys = new Map(bodies.map((m) => [m, nameKey(m.name)]));
  const long = new Map<string, EntityMention>();
  for (const m of bodies) {
    for (const form of shortNames(keys.get(m)!, m)) {
      const had = long.get(form);
      if (!had || had.name.length < m.name.length) long.set(form, m);
    }
  }
  if (long.size === 0) return mentions;
  return mentions.map((m) => {
    const full = m.type === "place" || listedKey(m) ? undefined : long.get(keys.get(m)!);
    return full && full.key !== m.key ? { ...m, type: full.type, name: full.name, key: full.key, country: full.country, parent: full.parent } : m;
  });
}

/** The mention names a body of the gazetteer. */
function listedKey(m: EntityMention): boolean {
  return m.key !== null && entryByKey(m.key) !== undefined;
}
