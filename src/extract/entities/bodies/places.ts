/**
 * Places the gazetteer cannot list one by one: towns by the state after
 * them, rivers, islands, seas and mountains by their head word, and named
 * regions written with a directional.
 */
import { slug } from "../../../resolve/keys.ts";
import { WordClass } from "../compromise.ts";
import { headKind } from "./heads.ts";
import { namesPerson } from "./modifier.ts";
import { listSeparator, made, nameOf, STOPS, titleAt } from "./runs.ts";
import type { Candidate, Edges, Scan } from "./scan.ts";
import { keySet, linker, VOCABULARY } from "./vocabulary.ts";

/**
 * Towns and counties the gazetteer does not list, by the U.S. state written
 * after them: "Pawtucket, Rhode Island", "Shelby County, Tennessee",
 * "Kokomo (Indiana)". Not a run that compromise reads as a person
 * ("Katherine Tai, Ohio"), nor one inside a longer name or next to a listed
 * mention.
 */
export function unlistedTowns(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  for (const i of scan.marked) {
    const state = scan.places(i).find((p) => !p.flagged && p.place.kind === "state" && p.place.country === "US");
    const parenthesized = scan.is(i - 1, "(") && scan.is(state?.end ?? -1, ")");
    if (!state || !(scan.is(i - 1, ",") || parenthesized) || !scan.joined(i - 2, i)) continue;
    const after = scan.tokens[state.end];
    if (!parenthesized && after && scan.joined(state.end - 1, state.end) && after.lex.capitalized) continue;
    let first = i - 1;
    while (first > i - 4 && first > 0 && scan.tokens[first - 1]!.lex.capitalized && scan.joined(first - 1, i - 2)) first--;
    while (first < i - 1 && (STOPS.has(scan.tokens[first]!.key) || titleAt(scan, first))) first++;
    const before = scan.tokens[first - 1];
    if (first >= i - 1 || (before && scan.joined(first - 1, first) && before.lex.capitalized)) continue;
    let taken = false;
    for (let k = first; k < i - 1 && !taken; k++) taken = listed.byFirst.has(k) || listed.byEnd.has(k + 1);
    // A run with a head word names something else: "American Rescue Plan, Puerto Rico".
    if (taken || headKind(scan, first, i - 1) !== null || namesPerson(scan, first, i - 1)) continue;
    const name = nameOf(scan, first, i - 1);
    const key = `place:${slug(name)}-${state.place.key.slice("place:".length)}`;
    out.push(made(first, i - 1, { type: "place", key, name, acronym: null, country: "US", parent: null, entry: null }));
  }
  return out;
}

function place(scan: Scan, first: number, end: number): Candidate {
  const name = nameOf(scan, first, end);
  return made(first, scan.possessive(end), { type: "place", key: `place:${slug(name)}`, name, acronym: null, country: null, parent: null, entry: null });
}

/** The capitalized words of a name from token i (at most `max`), not a stop word or a title: where they end, i when there are none. */
function wordsFrom(scan: Scan, i: number, max: number): number {
  let end = i;
  while (end < i + max && scan.joined(i, end) && nameWord(scan, end)) end++;
  return end;
}

/** A word of a place's name: capitalized, not an acronym ("NMS", "U.S."), a stop word or a title. */
function nameWord(scan: Scan, k: number): boolean {
  const t = scan.tokens[k]!;
  return t.lex.capitalized && !t.lex.allCaps && !titleAt(scan, k);
}

/**
 * Rivers, islands, seas, mountains and counties the gazetteer lacks, by the
 * head word that ends their name ("Mekong River", "Roatán Island", "Andes
 * Mountains", "Harris County") or leads it ("Gulf of Guinea", "Strait of Malacca", "Lake
 * Titicaca", "Mount Everest"). Not a name that goes on past them ("Mekong
 * River Commission"), not in a title-cased headline.
 */
export function geographicFeatures(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  const goesOn = (end: number) => {
    const next = scan.tokens[end];
    return !!next && scan.joined(end - 1, end) && next.lex.capitalized;
  };
  for (const k of scan.marked) {
    if (scan.titleCased(k)) continue;
    const h = scan.phrase(k, "geographicHead");
    if (h > 0 && !goesOn(h)) {
      // The words before the head, up to a body's name ("USCG Cutters Long Island").
      let first = k;
      const bodyEnds = (i: number) => (listed.byEnd.get(i) ?? []).some((c) => c.readings.some((r) => r.body.type !== "place"));
      // A hyphen may join them: "Miami-Dade County".
      const joins = (i: number) => nameWord(scan, i) || (scan.is(i, "-") && scan.tokens[i]!.glued && i > 0 && nameWord(scan, i - 1));
      while (first > k - 3 && first > 0 && scan.joined(first - 1, k) && joins(first - 1) && !bodyEnds(first)) first--;
      if (first < k && !(listed.byFirst.get(first) ?? []).some((c) => c.end >= h && c.readings.some((r) => r.body.type !== "place"))) out.push(place(scan, first, h));
    }
    const lead = scan.phrase(k, "geographicHeadFirst");
    if (lead > 0 && scan.joined(k, lead)) {
      const at = scan.is(lead, "the") ? lead + 1 : lead;
      const end = wordsFrom(scan, at, 3);
      if (end > at && !goesOn(end) && headKind(scan, k, end) === null) out.push(place(scan, k, end));
    }
  }
  return out;
}

/**
 * Named regions written with a capitalized directional before a listed
 * place: "Northern Central America", "Southern Mexico", "Upstate New York"
 * (a region of the state, not the city). A listed name that holds the
 * directional ("South Korea", "West Virginia") is the gazetteer's; a
 * border after it is the place's side ("Southern U.S. border").
 */
/** "Southern U.S. border": the directional is the border's, and names no region. */
const BOUNDARIES = new Set(["border", "borders", "borderlands", "frontier", "boundary"]);

export function directionalPlaces(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  for (const k of scan.marked) {
    const d = scan.phrase(k, "directional");
    if (d < 0 || !scan.tokens[k]!.lex.capitalized || !scan.joined(k, d) || listed.byFirst.has(k)) continue;
    const prev = scan.tokens[k - 1];
    if (prev && scan.joined(k - 1, k) && prev.lex.capitalized && !STOPS.has(prev.key)) continue;
    // The state, not the city, when a place has both readings ("New York").
    const p = scan.places(d).filter((x) => x.place.kind !== "city").sort((a, b) => b.end - a.end)[0] ?? scan.places(d).find((x) => !x.flagged);
    if (!p) continue;
    const next = scan.tokens[p.end];
    if (next && scan.joined(p.end - 1, p.end) && (next.lex.capitalized || BOUNDARIES.has(next.key))) continue;
    out.push(place(scan, k, p.end));
  }
  return out;
}

const PLACE_CUES = keySet(VOCABULARY.placeListCues);
const PLACE_INTRODUCER = linker(VOCABULARY.placeListIntroducers);

/** Prepositions of place: "in Houston, Katy and Oklahoma City". */
const LOCATIVES = new Set(["in", "to", "from", "at", "near", "across", "throughout"]);

/**
 * The places of a list that their plural kind introduces, when one of them
 * at least is a listed place: "the cities of Quetzaltenango, Coban, and
 * Fraijanes", "provinces such as Ica and Piura"; or that a preposition of
 * place introduces, when one of them is a listed city or state ("in
 * Pasadena and Sugar Land, Texas"). An item with a head word names
 * something else ("the countries of the Summit of the Americas"), and one
 * compromise reads as a person is one.
 */
export function placeLists(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  const isPlace = (first: number, end: number, local: boolean) =>
    (listed.byFirst.get(first) ?? []).some((c) => c.end === end && c.readings.some((r) => r.body.type === "place" && (!local || (r.body.entry?.type === "place" && r.body.entry.kind !== "country" && r.body.entry.kind !== "region"))));
  scan.tokens.forEach((t, i) => {
    const locative = LOCATIVES.has(t.key);
    if (!(locative || PLACE_CUES.has(t.key)) || t.lex.shape !== "lower") return;
    let k = locative ? i + 1 : PLACE_INTRODUCER(scan.key, i + 1);
    const items: [number, number][] = [];
    let coordinated = false;
    while (k >= 0 && k < scan.tokens.length && scan.joined(i, k)) {
      const end = wordsFrom(scan, k, 3);
      if (end === k) break;
      items.push([k, end]);
      k = listSeparator(scan, end);
      for (let j = end; j < k && !coordinated; j++) coordinated = scan.is(j, "and") || scan.is(j, "or");
    }
    if (items.length < 2 || !items.some(([first, end]) => isPlace(first, end, locative))) return;
    // After a preposition, only a list that "and" closes, of names that are no common words ("in Washington, I believe, and ...").
    if (locative && !coordinated) return;
    for (const [first, end] of items) {
      let taken = false;
      for (let j = first; j < end && !taken; j++) taken = listed.byFirst.has(j) || listed.byEnd.has(j + 1);
      if (locative && scan.tokens[first]!.lex.is(WordClass.common | WordClass.function)) continue;
      if (!taken && headKind(scan, first, end) === null && !namesPerson(scan, first, end)) out.push(place(scan, first, end));
    }
  });
  return out;
}
