/**
 * Which body a candidate names when its term is shared or flagged
 * (gazetteer.ts, "Terms and ambiguity"). Support, strongest first:
 *   3  an in-document definition: "Bureau of Counterterrorism (CT)",
 *      "FGR (Attorney General's Office)";
 *   2  an unambiguous mention of the same body elsewhere in the document,
 *      a "U.S." before a U.S. body's name ("U.S. Treasury"), a place's
 *      state or country right after it ("Nogales, Sonora"), or a city's
 *      dateline ("WASHINGTON – ...");
 *  1.5 a related mention: the body's parent, the state a city is in;
 *   1  the country of a foreign body or place (its name or demonym). The
 *      United States supports nothing: every U.S. release mentions it.
 * The best-supported reading wins, then the unflagged one, then the one
 * whose support is nearest (then the first: listed names come before
 * patterns). A reading made from context alone never beats an unflagged one.
 * A candidate whose readings are all flagged and unsupported is dropped, and
 * so is a one-word common name ("State", "Treasury", "Bienestar") that has
 * no more than its country's mention or does not stand alone as a proper
 * noun.
 */
import type { GazetteerEntry } from "../gazetteer.ts";
import { entryByKey } from "../gazetteer.ts";
import { parenthesized } from "./definitions.ts";
import { verbFollows } from "./modifier.ts";
import { edges, type Candidate, type Edges, type Reading, type Scan } from "./scan.ts";
import { WordClass } from "../compromise.ts";
import { TITLE_HEADS, TITLE_MODIFIERS } from "../people/lexicon.ts";
import { STOPS } from "./runs.ts";
import { VOCABULARY, keySet } from "./vocabulary.ts";

interface Evidence {
  /** Character offsets of the clear mentions of each key. */
  readonly clear: ReadonlyMap<string, readonly number[]>;
  /** Character offsets of each country's mentions (codes other than US). */
  readonly countries: ReadonlyMap<string, readonly number[]>;
  /** Clear place mentions by the token they end at, and by their first token. */
  readonly placesByEnd: ReadonlyMap<number, string>;
  readonly placesByFirst: ReadonlyMap<number, string>;
}

function push(map: Map<string, number[]>, key: string, at: number): void {
  const list = map.get(key);
  if (list) list.push(at);
  else map.set(key, [at]);
}

export function isClear(c: Candidate): boolean {
  return c.readings.length === 1 && !c.readings[0]!.flagged;
}

function gather(scan: Scan, mentions: readonly Candidate[]): Evidence {
  const clear = new Map<string, number[]>();
  const countries = new Map<string, number[]>();
  const placesByEnd = new Map<number, string>();
  const placesByFirst = new Map<number, string>();
  for (const c of mentions) {
    if (!isClear(c)) continue;
    const body = c.readings[0]!.body;
    const at = scan.tokens[c.first]!.start;
    push(clear, body.key, at);
    if (body.type === "place") {
      placesByEnd.set(c.end, body.key);
      placesByFirst.set(c.first, body.key);
    }
    if (body.country && body.country !== "US") push(countries, body.country, at);
  }
  scan.tokens.forEach((t, i) => {
    for (const { term } of scan.terms(i, "demonym")) if (term.place.country && term.place.country !== "US") push(countries, term.place.country, t.start);
  });
  return { clear, countries, placesByEnd, placesByFirst };
}

function nearest(offsets: readonly number[] | undefined, at: number): number {
  let best = Infinity;
  for (const o of offsets ?? []) best = Math.min(best, Math.abs(o - at));
  return best;
}

/** The keys of the bodies a candidate is related to: parents and ancestors, or the places that hold a place. */
export function relatives(entry: GazetteerEntry | null): string[] {
  const out: string[] = [];
  let key = entry?.type === "agency" ? entry.parent : entry?.type === "place" ? entry.within : null;
  while (key) {
    out.push(key);
    const e = entryByKey(key);
    key = e?.type === "agency" ? e.parent : e?.type === "place" ? e.within : null;
  }
  return out;
}

/** Keys shared with a candidate defined next to this one: "Name (ACR)" or "ACR (Name)". */
function definedKeys(scan: Scan, c: Candidate, { byFirst, byEnd }: Edges): Set<string> {
  const keys = new Set<string>();
  const mine = new Set(c.readings.map((r) => r.body.key));
  const share = (others: readonly Candidate[] | undefined) => {
    for (const o of others ?? []) for (const r of o.readings) if (o !== c && mine.has(r.body.key)) keys.add(r.body.key);
  };
  const p = parenthesized(scan, c.end);
  if (p) share((byFirst.get(c.end + 1) ?? []).filter((o) => o.end === p.end - 1));
  if (scan.is(c.first - 1, "(") && scan.is(c.end, ")")) share(byEnd.get(c.first - 1));
  return keys;
}

/** The level of a parent's or a holding place's mention: above a country's, below the body's own. */
const RELATED = 1.5;

function support(scan: Scan, c: Candidate, r: Reading, ev: Evidence, defined: ReadonlySet<string>): { level: number; distance: number } {
  const at = scan.tokens[c.first]!.start;
  const body = r.body;
  if (defined.has(body.key)) return { level: 3, distance: 0 };
  if (c.prefix > 0 && body.country === "US") return { level: 2, distance: 0 };
  const others = (ev.clear.get(body.key) ?? []).filter((o) => o !== at);
  if (others.length > 0) return { level: 2, distance: nearest(others, at) };
  const isCountry = body.entry?.type === "place" && body.entry.kind === "country";
  if (isCountry && body.country && ev.countries.has(body.country)) return { level: 2, distance: nearest(ev.countries.get(body.country), at) };
  if (body.type === "place" && adjacentPlace(scan, c, body.key, body.entry, ev)) return { level: 2, distance: 0 };
  if (body.entry?.type === "place" && body.entry.kind === "city" && dateline(scan, c)) return { level: 2, distance: 0 };
  let distance = Infinity;
  for (const key of relatives(body.entry)) distance = Math.min(distance, nearest(ev.clear.get(key), at));
  if (distance < Infinity) return { level: RELATED, distance };
  if (body.country && body.country !== "US" && !isCountry) distance = nearest(ev.countries.get(body.country), at);
  return distance < Infinity ? { level: 1, distance } : { level: 0, distance };
}

/** "WASHINGTON –" opening a paragraph: a release's dateline, which names the city it was issued in. */
function dateline(scan: Scan, c: Candidate): boolean {
  const opens = c.first === 0 || !scan.joined(c.first - 1, c.first);
  const dash = scan.tokens[c.end];
  return opens && !!dash && /^[–—-]$/.test(dash.form) && scan.tokens.slice(c.first, c.end).every((t) => !/\p{Ll}/u.test(t.lex.text));
}

/** The kind of a listed place, by key. */
function kindOf(key: string | undefined): string | null {
  const e = key === undefined ? undefined : entryByKey(key);
  return e?.type === "place" ? e.kind : null;
}

/**
 * "Nogales, Sonora" and "Atlanta, Georgia": a place next to one that holds
 * it, or that it holds. "Jordan, Kenya, and Chad": a place in a list of
 * clear places of its kind.
 */
function adjacentPlace(scan: Scan, c: Candidate, key: string, entry: GazetteerEntry | null, ev: Evidence): boolean {
  const holders = new Set(relatives(entry));
  if (scan.is(c.end, ",")) {
    for (const p of scan.places(c.end + 1)) {
      if (holders.has(p.place.key) || (p.place.kind === "country" && p.place.country === entry?.country)) return true;
    }
  }
  const before = scan.is(c.first - 1, ",") ? ev.placesByEnd.get(c.first - 1) : undefined;
  if (before !== undefined && relatives(entryByKey(before) ?? null).includes(key)) return true;
  const kind = entry?.type === "place" ? entry.kind : null;
  const link = (k: number) => scan.is(k, ",") || scan.is(k, "and");
  const next = link(c.end) ? (scan.is(c.end + 1, "and") ? c.end + 2 : c.end + 1) : -1;
  const prev = link(c.first - 1) ? (scan.is(c.first - 1, "and") && scan.is(c.first - 2, ",") ? c.first - 2 : c.first - 1) : -1;
  return kind !== null && (kindOf(ev.placesByFirst.get(next)) === kind || kindOf(ev.placesByEnd.get(prev)) === kind);
}

/**
 * A one-word common name ("State", "Treasury") standing alone: not inside
 * a longer name, not in a series of capitalized words that are not bodies
 * ("State, Tribal, and local"), and at a sentence start only before a verb.
 */
function standsAlone(scan: Scan, c: Candidate, startsBody: (i: number) => boolean): boolean {
  const prev = scan.tokens[c.first - 1];
  const next = scan.tokens[c.end];
  const initial = !prev || !scan.joined(c.first - 1, c.first) || /^[.!?:;•"“]$/.test(prev.form);
  if (!initial && prev!.lex.capitalized && prev!.key !== "the") return false;
  if (!next || !scan.joined(c.end - 1, c.end)) return !initial;
  if (next.lex.capitalized || next.key === "of") return false;
  const after = scan.tokens[c.end + 1];
  const series = next.form === "," || next.key === "and" || next.key === "or";
  if (series && after && after.lex.capitalized && !startsBody(c.end + 1)) return false;
  return !initial || verbFollows(scan, c.first, c.end);
}

const PLACE_HEADS = keySet(VOCABULARY.placeHeads);

const GEOGRAPHIC_HEADS = keySet(VOCABULARY.geographicHeads);

/**
 * A city or state before a capitalized plural that is no place's, title's
 * or body's word names a team or a company: "Philadelphia Eagles", "Texas
 * Instruments", "Baltimore Ravens"; not "Texas Governors", "Ohio State",
 * "Nogales Sonora", "Colima Aldrin Miguel Jarquín".
 */
function teamOrCompany(scan: Scan, c: Candidate, startsBody: (i: number) => boolean): boolean {
  const entry = c.readings[0]!.body.entry;
  if (entry?.type !== "place" || (entry.kind !== "city" && entry.kind !== "state")) return false;
  const next = scan.tokens[c.end];
  if (!next || !scan.joined(c.end - 1, c.end) || !next.lex.capitalized || next.lex.allCaps || scan.ownerEnd(c.end) !== c.end) return false;
  if (PLACE_HEADS.has(next.key) || GEOGRAPHIC_HEADS.has(next.key) || startsBody(c.end) || scan.terms(c.end, "demonym").length > 0) return false;
  const plural = next.lex.is(WordClass.plural) || /[^su]s$/.test(next.key);
  return plural && !next.lex.is(WordClass.given | WordClass.calendar) && !TITLE_HEADS.has(next.form) && !TITLE_MODIFIERS.has(next.form) && !STOPS.has(next.key);
}

/** A shared one-word place name before another capitalized word is part of that name: "Washington Commanders". */
function insideName(scan: Scan, c: Candidate): boolean {
  const next = scan.tokens[c.end];
  return scan.ownerEnd(c.end) - c.first === 1 && !!next && scan.joined(c.end - 1, c.end) && next.lex.capitalized && !PLACE_HEADS.has(next.key);
}

function oneCommonWord(scan: Scan, c: Candidate): boolean {
  return c.acronym === null && scan.ownerEnd(c.end) - c.first - c.prefix === 1 && c.readings.every((r) => r.flagged && r.body.type !== "place");
}

/**
 * Each candidate with the one reading the document supports; candidates
 * without one are left out. `mentions` are the candidates that survived the
 * overlap rule, whose clear readings are the evidence.
 */
export function choose(scan: Scan, candidates: readonly Candidate[], mentions: readonly Candidate[]): Candidate[] {
  const ev = gather(scan, mentions);
  const around = edges(candidates);
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (isClear(c)) {
      if (!teamOrCompany(scan, c, (i) => around.byFirst.has(i))) out.push(c);
      continue;
    }
    const defined = definedKeys(scan, c, around);
    const listedDefault = c.readings.some((r) => !r.flagged && !r.contextual);
    const ranked = c.readings
      .filter((r) => !(r.contextual && listedDefault))
      .map((r) => ({ r, ...support(scan, c, r, ev, defined) }))
      .filter((x) => x.level > 0 || !x.r.flagged)
      .sort((a, b) => b.level - a.level || Number(a.r.flagged) - Number(b.r.flagged) || a.distance - b.distance);
    const best = ranked[0];
    if (!best) continue;
    if (oneCommonWord(scan, c) && (best.level < RELATED || (best.level < 3 && !standsAlone(scan, c, (i) => around.byFirst.has(i))))) continue;
    if (best.level < 3 && best.r.flagged && best.r.body.type === "place" && insideName(scan, c)) continue;
    out.push({ ...c, readings: [{ body: best.r.body, flagged: false }] });
  }
  return out;
}
