/**
 * Bodies the gazetteer lacks, from their in-document definitions: a
 * capitalized name followed by its acronym in parentheses, "National
 * Identification Office (NIO)". The name must be a body's (an agency or
 * organization head word ends it, or, in Spanish, starts it); refine.ts
 * then ties the later acronym mentions to it.
 */
import { entityKey } from "../../../resolve/keys.ts";
import { acronymLike, longFormStart } from "./acronyms.ts";
import { Rank, type Candidate, type Scan } from "./scan.ts";
import { capitalized } from "./tokens.ts";
import { VOCABULARY, keySet } from "./vocabulary.ts";

const CONNECTIVES = keySet(VOCABULARY.nameConnectives);
const STOPS = keySet(VOCABULARY.nameStops);

/** The acronym between parentheses at token i ("(" ACR ")"): its text and the token after ")", or null. */
export function parenthesized(scan: Scan, i: number): { acronym: string; end: number } | null {
  if (!scan.is(i, "(")) return null;
  let j = i + 1;
  while (j < i + 6 && scan.joined(i, j) && !scan.is(j, ")")) j++;
  if (!scan.is(j, ")") || j === i + 1) return null;
  const acronym = scan.text.slice(scan.tokens[i + 1]!.start, scan.tokens[j - 1]!.end);
  return acronymLike(acronym) ? { acronym, end: j + 1 } : null;
}

function typeOf(scan: Scan, first: number, end: number): "agency" | "organization" | null {
  const endsWith = (kind: "agencyHead" | "organizationHead") => {
    for (let k = first + 1; k < end; k++) if (scan.phrase(k, kind) === end) return true;
    return false;
  };
  if (endsWith("agencyHead") || scan.phrase(first, "agencyHeadFirst") > 0) return "agency";
  if (endsWith("organizationHead") || scan.phrase(first, "organizationHeadFirst") > 0) return "organization";
  return null;
}

/**
 * The first token of the name that `acronym` abbreviates and that ends just
 * before token `end`: capitalized words and connectives, trimmed to the
 * Schwartz–Hearst long form and to a capitalized first word; -1 if none of
 * two words or more.
 */
function longFormBefore(scan: Scan, end: number, acronym: string): number {
  let first = end;
  while (first > 0 && first > end - 12 && scan.joined(first - 1, end - 1)) {
    const t = scan.tokens[first - 1]!;
    if (!capitalized(t) && !CONNECTIVES.has(t.key)) break;
    first--;
  }
  if (first >= end) return -1;
  const at = longFormStart(acronym, scan.text.slice(scan.tokens[first]!.start, scan.tokens[end - 1]!.end));
  if (at < 0) return -1;
  let start = first;
  while (start < end && scan.tokens[start]!.start - scan.tokens[first]!.start < at) start++;
  while (start < end && (STOPS.has(scan.tokens[start]!.key) || !capitalized(scan.tokens[start]!))) start++;
  return end - start >= 2 ? start : -1;
}

export function definedCandidates(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < scan.tokens.length; i++) {
    const def = parenthesized(scan, i);
    if (!def) continue;
    const end = scan.ownerEnd(i);
    const start = longFormBefore(scan, end, def.acronym);
    const type = start < 0 ? null : typeOf(scan, start, end);
    if (!type) continue;
    const name = scan.text.slice(scan.tokens[start]!.start, scan.tokens[end - 1]!.end).replace(/\s+/g, " ");
    out.push({
      first: start, end: scan.possessive(end), rank: Rank.defined, acronym: def.acronym,
      readings: [{ body: { type, key: entityKey(type, name, null), name, acronym: def.acronym, country: null, parent: null, entry: null }, flagged: false }],
    });
  }
  return out;
}

/**
 * Acronyms the document defines as something the candidates do not name:
 * "Bipartisan Safer Communities Act (SCA)" makes SCA the act's, not the
 * gazetteer's bureau. Their listed readings are dropped everywhere in the
 * document (refine.ts ties them to the defined mention).
 */
export function redefinedAcronyms(scan: Scan, candidates: readonly Candidate[]): Set<string> {
  const byEnd = new Map<number, Candidate[]>();
  for (const c of candidates) byEnd.set(c.end, [...(byEnd.get(c.end) ?? []), c]);
  const out = new Set<string>();
  for (const c of candidates) {
    if (c.acronym === null || !scan.is(c.first - 1, "(") || !scan.is(c.end, ")")) continue;
    const owner = scan.ownerEnd(c.first - 1);
    const keys = new Set(c.readings.map((r) => r.body.key));
    const named = (byEnd.get(owner) ?? []).some((o) => o !== c && o.readings.some((r) => keys.has(r.body.key)));
    if (!named && longFormBefore(scan, owner, c.acronym) >= 0) out.add(c.acronym);
  }
  return out;
}
