/**
 * compromise, taught the gazetteer's places and demonyms through its plugin
 * API. Its lexicon says which words are given names, function words or
 * months; its parse, run once per document on the bare names of the
 * candidates (never on the document: its full parse is the slowest step of
 * the pipeline), says which candidates are people.
 */
import nlp from "compromise";
import { PLACES, type PlaceKind } from "../gazetteer.ts";

const PLACE_TAG: Record<PlaceKind, string> = {
  country: "Country",
  state: "Region",
  province: "Region",
  city: "City",
  region: "Place",
};

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** Places and demonyms that are not also given names or surnames to compromise ("Victoria", "Lincoln" stay names). */
function teach(): void {
  const words: Record<string, string> = {};
  const add = (term: string, tag: string) => {
    const w = term.toLowerCase();
    if (!lexiconTags(w).some((t) => GIVEN.has(t) || t === "LastName" || t === "Person")) words[w] = tag;
  };
  for (const place of PLACES) {
    if (place.ambiguous) continue;
    for (const name of [place.name, ...place.aliases.filter((a) => !a.ambiguous).map((a) => a.text)]) add(name, PLACE_TAG[place.kind]);
    for (const d of place.demonyms) if (!d.ambiguous) add(d.text, "Demonym");
  }
  nlp.plugin({ words });
}

function lexiconTags(word: string): readonly string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const GIVEN = new Set(["FirstName", "MaleName", "FemaleName"]);
const FUNCTION = new Set(["Determiner", "Preposition", "Conjunction", "Pronoun", "QuestionWord", "Copula", "Possessive"]);
const OPENERS = new Set([...FUNCTION, "Adverb", "Adjective", "Expression", "Modal"]);
const CALENDAR = new Set(["Month", "WeekDay", "Date"]);
teach();

/** compromise knows the word as a given name ("Alejandro", "Cecilia"). */
export function givenName(word: string): boolean {
  return lexiconTags(word).some((t) => GIVEN.has(t));
}

/** A function word ("The", "Which", "Since"): never part of a name. */
export function functionWord(word: string): boolean {
  return lexiconTags(word).some((t) => FUNCTION.has(t));
}

/** A word that opens a sentence or heading but no name ("Dear", "Additionally", "When"). */
export function openerWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.some((t) => OPENERS.has(t)) && !tags.some((t) => GIVEN.has(t) || t === "LastName");
}

/** compromise's lexicon knows the word, and not as a name: a word no name starts with ("Public", "Crystal", "Farmers"). */
export function commonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => GIVEN.has(t) || t === "LastName" || t === "Person" || t === "Honorific");
}

/** A month or weekday ("August", "June"): no person is made of one. */
export function calendarWord(word: string): boolean {
  return lexiconTags(word).some((t) => CALENDAR.has(t));
}

const THING_WORD = new Set(["Place", "Country", "City", "Region", "Demonym", "Organization", "Month", "WeekDay"]);

/** compromise's lexicon knows the word as a place, a demonym, an organization or a month, and not as a name. */
export function thingWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.some((t) => THING_WORD.has(t)) && !tags.some((t) => GIVEN.has(t) || t === "LastName" || t === "Person");
}

export interface Reading {
  /** compromise's people() takes the name's last word. */
  person: boolean;
  /** A word of it is a place, a demonym, an organization or a date to compromise. */
  thing: boolean;
  /** A word of it is a verb, an adjective or an adverb to compromise. */
  common: boolean;
  /** Its last word is: a name ends in a surname ("Jill Biden Continues" is a heading). */
  lastCommon: boolean;
}

const THING = new Set(["Date", "Month", "WeekDay", "Place", "Country", "City", "Region", "Demonym", "Organization", "Value"]);
const COMMON = new Set(["Verb", "Adjective", "Adverb", "Preposition", "Conjunction", "Determiner"]);

interface Term {
  tags: string[];
  offset: { start: number; length: number };
}

/** How compromise reads each name (words joined by single spaces); the names are parsed together, one per line. */
export function readNames(names: readonly string[]): Reading[] {
  if (names.length === 0) return [];
  const starts: number[] = [];
  let at = 0;
  for (const n of names) {
    starts.push(at);
    at += n.length + 1;
  }
  const doc = nlp(names.join("\n"));
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out: Reading[] = names.map(() => ({ person: false, thing: false, common: false, lastCommon: false }));
  for (const p of doc.people().json({ offset: true }) as { offset: { start: number; length: number } }[]) {
    const line = lineOf(p.offset.start);
    if (p.offset.start + p.offset.length >= starts[line]! + names[line]!.length) out[line]!.person = true;
  }
  for (const t of (doc.json({ offset: true }) as { terms: Term[] }[]).flatMap((s) => s.terms)) {
    if (t.tags.includes("Person")) continue;
    const line = lineOf(t.offset.start);
    const r = out[line]!;
    if (t.tags.some((tag) => THING.has(tag))) r.thing = true;
    if (t.tags.some((tag) => COMMON.has(tag))) {
      r.common = true;
      if (t.offset.start + t.offset.length === starts[line]! + names[line]!.length) r.lastCommon = true;
    }
  }
  return out;
}
