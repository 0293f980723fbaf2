/**
 * The runs of words that the names of unlisted bodies are made of: a
 * candidate from a body made from a pattern, the run of capitalized words
 * before a head, the capitalized phrase after a head's preposition.
 */
import { entityKey, slug } from "../../../resolve/keys.ts";
import type { Agency } from "../gazetteer.ts";
import { Rank, type Body, type Candidate, type Edges, type Scan } from "./scan.ts";
import { VOCABULARY, keySet } from "./vocabulary.ts";

export const CONNECTIVES = keySet(VOCABULARY.nameConnectives);
export const STOPS = keySet(VOCABULARY.nameStops);

export function made(first: number, end: number, body: Body): Candidate {
  return { first, end, readings: [{ body, flagged: false }], rank: Rank.pattern, acronym: null, alias: false, prefix: 0 };
}

export function unlisted(scan: Scan, first: number, end: number, type: "agency" | "organization", country: string | null): Candidate {
  const name = nameOf(scan, first, end);
  return made(first, scan.possessive(end), { type, key: entityKey(type, name, type === "agency" ? country : null), name, acronym: null, country, parent: null, entry: null });
}

/** The one agency a listed candidate clearly names, if it does. */
export function clearAgency(c: Candidate): Agency | null {
  const r = c.readings.filter((x) => !x.flagged && x.body.entry?.type === "agency");
  return r.length === 1 ? (r[0]!.body.entry as Agency) : null;
}

/** The listed agency that owns the name at token `first` in the possessive ("USAID’s Center for ..."), if one clearly does. */
export function owningAgency(scan: Scan, listed: Edges, first: number): Agency | null {
  if (scan.ownerEnd(first) === first) return null;
  return (listed.byEnd.get(first) ?? []).map(clearAgency).find((a) => a !== null) ?? null;
}

/** An agency's sub-body named [first, end): keyed by its owner ("USAID’s Center for International Disaster Information"). */
export function subBody(scan: Scan, first: number, end: number, owner: Agency, acronym: string | null = null): Body {
  const name = nameOf(scan, first, end);
  return { type: "agency", key: `${owner.key}-${slug(name)}`, name, acronym, country: owner.country, parent: owner.key, entry: null };
}

/** The one body or place a clear listed candidate names. */
export function clearBody(c: Candidate): Body | null {
  return c.readings.length === 1 && !c.readings[0]!.flagged ? c.readings[0]!.body : null;
}

export function endsPossessive(scan: Scan, c: Candidate): boolean {
  const last = scan.tokens[c.end - 1]!;
  return last.form === "'" || (last.key === "s" && scan.tokens[c.end - 2]?.form === "'");
}

/** The text of tokens [first, end) with its spacing collapsed. */
export function nameOf(scan: Scan, first: number, end: number): string {
  return scan.text.slice(scan.tokens[first]!.start, scan.tokens[end - 1]!.end).replace(/\s+/g, " ");
}

/** A word that can stand inside a name: capitalized, or a connective between capitalized words. */
export function nameWord(scan: Scan, i: number): boolean {
  const t = scan.tokens[i];
  return !!t && (t.lex.capitalized || CONNECTIVES.has(t.key));
}

/** A place or a country's demonym starts at token k: a name that holds one is two names joined. */
export function placeAt(scan: Scan, k: number): boolean {
  return scan.places(k).length > 0 || scan.terms(k, "demonym").length > 0;
}

/** Whether a title word ("Deputy Minister") or a stop word starts at token k. */
export function titleAt(scan: Scan, k: number): boolean {
  return scan.phrase(k, "title") > 0 || STOPS.has(scan.tokens[k]?.key ?? "");
}

const COMPLEMENT_LINKS = new Set(["of", "on", "for"]);

/**
 * The end of the capitalized phrase after a head's preposition, from token
 * `at` ("Public Safety", "the Budget", "Homeland Security and Governmental
 * Affairs", "American-Islamic Relations"): it may hold an "and" or a hyphen
 * between capitalized words, never "and the" or another body after "and";
 * `at` when there is none.
 */
function complementEnd(scan: Scan, at: number, startsBody: (i: number) => boolean): number {
  let end = at;
  for (let c = scan.is(at, "the") ? at + 1 : at; c < at + 8 && scan.joined(at, c); c++) {
    const t = scan.tokens[c]!;
    if (t.lex.capitalized && !titleAt(scan, c)) end = c + 1;
    else if (t.form === "-" && end === c && t.glued && scan.tokens[c + 1]?.glued && scan.tokens[c + 1]!.lex.capitalized) continue;
    else if (!(t.key === "and" && end === c && (scan.tokens[c + 1] ?? t).lex.capitalized && !scan.is(c + 1, "the") && !startsBody(c + 1))) break;
  }
  return end;
}

/**
 * The end of a name whose head ends just before token `h`: with the
 * capitalized phrase after the head's preposition ("Department of Public
 * Safety", "Council on American-Islamic Relations"), else `h`.
 */
export function withComplement(scan: Scan, from: number, h: number, startsBody: (i: number) => boolean = () => false): number {
  if (!COMPLEMENT_LINKS.has(scan.key(h) ?? "") || !scan.joined(from, h + 1)) return h;
  const end = complementEnd(scan, h + 1, startsBody);
  return end > h + 1 ? end : h;
}

/**
 * The first token of the run of capitalized words (with `links` between
 * them) that ends just before `end`, leading stop words left out, or -1.
 */
export function runStart(scan: Scan, end: number, max: number, links: ReadonlySet<string>): number {
  let first = -1;
  for (let k = end - 1; k >= 0 && k >= end - max && scan.joined(k, end - 1); k--) {
    const t = scan.tokens[k]!;
    if (t.lex.capitalized) first = k;
    else if (!links.has(t.key)) break;
  }
  while (first >= 0 && first < end && (STOPS.has(scan.tokens[first]!.key) || !scan.tokens[first]!.lex.capitalized)) first++;
  return first >= 0 && first < end ? first : -1;
}

/** The token after a list separator at k (",", "and", ", and", "or", "as well as"), or -1. */
export function listSeparator(scan: Scan, k: number): number {
  let at = scan.is(k, ",") ? k + 1 : k;
  if (scan.is(at, "and") || scan.is(at, "or")) at++;
  else if (scan.is(at, "as") && scan.is(at + 1, "well") && scan.is(at + 2, "as")) at += 3;
  return at > k ? at : -1;
}
