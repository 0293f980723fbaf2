/**
 * The one door to compromise for the entity matchers. Its lexicon is taught
 * the gazetteer's places and demonyms once, through its plugin API; its
 * word lists answer per distinct word (lexemes.ts caches the answers); its
 * full parse, the slowest step there is, runs only on short candidate
 * spans, in one batch per document, one span per line (a line is parsed on
 * its own: the readings do not depend on the other lines), and each
 * distinct span is parsed once per process.
 */
import nlp from "compromise";
import { PLACES, type PlaceKind } from "./gazetteer.ts";
import { fastSweep } from "./sweep.ts";

nlp.plugin(fastSweep);

const PLACE_TAG: Record<PlaceKind, string> = {
  country: "Country",
  state: "Region",
  province: "Region",
  city: "City",
  region: "Place",
};

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function lexiconTags(word: string): readonly string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const GIVEN = new Set(["FirstName", "MaleName", "FemaleName"]);
const FUNCTION = new Set(["Determiner", "Preposition", "Conjunction", "Pronoun", "QuestionWord", "Copula", "Possessive"]);
const OPENERS = new Set([...FUNCTION, "Adverb", "Adjective", "Expression", "Modal"]);
const CALENDAR = new Set(["Month", "WeekDay", "Date"]);
const THING_WORD = new Set(["Place", "Country", "City", "Region", "Demonym", "Organization", "Month", "WeekDay"]);

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
teach();

/** What compromise's lexicon says of one word, as bits (see WordClass). */
export const WordClass = {
  /** A given name ("Alejandro", "Cecilia"). */
  given: 1,
  /** A function word ("The", "Which", "Since"): never part of a name. */
  function: 2,
  /** Opens a sentence or heading but no name ("Dear", "Additionally", "When"). */
  opener: 4,
  /** Known, and not as a name: a word no name starts with ("Public", "Crystal", "Farmers"). */
  common: 8,
  /** A month or weekday ("August", "June"). */
  calendar: 16,
  /** A place, a demonym, an organization or a month, and not a name. */
  thing: 32,
  /** A plural noun ("Women", "Children", "Veterans"). */
  plural: 64,
  /** A verb's base form ("Enhance", "Establish"): a list item it opens states an action. */
  verb: 128,
} as const;

/** The WordClass bits of a word, from compromise's lexicon (the word as written, in lower case). */
export function wordClasses(word: string): number {
  const tags = lexiconTags(word);
  if (tags.length === 0) return 0;
  const named = tags.some((t) => GIVEN.has(t) || t === "LastName" || t === "Person");
  let bits = 0;
  if (tags.some((t) => GIVEN.has(t))) bits |= WordClass.given;
  if (tags.some((t) => FUNCTION.has(t))) bits |= WordClass.function;
  if (tags.some((t) => OPENERS.has(t)) && !tags.some((t) => GIVEN.has(t) || t === "LastName")) bits |= WordClass.opener;
  if (!named && !tags.includes("Honorific")) bits |= WordClass.common;
  if (tags.some((t) => CALENDAR.has(t))) bits |= WordClass.calendar;
  if (!named && tags.some((t) => THING_WORD.has(t))) bits |= WordClass.thing;
  if (tags.includes("Plural")) bits |= WordClass.plural;
  if (tags.includes("Infinitive")) bits |= WordClass.verb;
  return bits;
}

/** A map that forgets everything when it grows past its bound: a per-process memo of pure readings. */
class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly bound: number) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.bound) this.map.clear();
    this.map.set(key, value);
  }
}

interface Term {
  tags: Set<string>;
  offset: { start: number; length: number };
}

type Doc = ReturnType<typeof nlp>;

function hasAny(tags: Set<string>, wanted: ReadonlySet<string>): boolean {
  for (const tag of wanted) if (tags.has(tag)) return true;
  return false;
}

/** Every term of a parse with its offset: compromise's own terms, not the copies its json() makes of each. */
function termsOf(doc: Doc): Term[] {
  doc.compute("offset");
  return (doc.docs as unknown as Term[][]).flat();
}

/** compromise's parse of each line, one parse for all lines not read before; `read` turns a line's parse into what is kept. */
function readLines<V>(memo: Memo<V>, lines: readonly string[], read: (doc: Doc, starts: readonly number[], lines: readonly string[]) => V[]): V[] {
  const known = new Map<string, V>();
  for (const l of lines) {
    const v = memo.get(l);
    if (v !== undefined) known.set(l, v);
  }
  const open = [...new Set(lines.filter((l) => !known.has(l)))];
  // A span that holds a line break is parsed alone: in a batch, its lines would be two.
  const batches = open.some((l) => l.includes("\n")) ? [open.filter((l) => !l.includes("\n")), ...open.filter((l) => l.includes("\n")).map((l) => [l])] : [open];
  for (const batch of batches) {
    if (batch.length === 0) continue;
    const starts: number[] = [];
    let at = 0;
    for (const l of batch) {
      starts.push(at);
      at += l.length + 1;
    }
    const values = read(nlp(batch.join("\n")), starts, batch);
    batch.forEach((l, k) => {
      known.set(l, values[k]!);
      memo.set(l, values[k]!);
    });
  }
  return lines.map((l) => known.get(l)!);
}

/** The line of a batch that holds a character offset. */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface NameReading {
  /**
   * compromise's people() takes the name's last word: its people are runs of
   * #Person terms, so this is whether the last word is one.
   */
  person: boolean;
  /** A word of it is a place, a demonym, an organization or a date to compromise. */
  thing: boolean;
  /** A word of it is a verb, an adjective or an adverb to compromise. */
  common: boolean;
  /** Its last word is: a name ends in a surname ("Jill Biden Continues" is a heading). */
  lastCommon: boolean;
  /** A word of it is a plural noun, not a surname ("Firearms Prosecutions"). */
  plural: boolean;
  /** The word before its last is a #Person: the last may be a second surname compromise does not know ("Rocha Chacon"). */
  personBeforeLast: boolean;
}

const THING = new Set(["Date", "Month", "WeekDay", "Place", "Country", "City", "Region", "Demonym", "Organization", "Value"]);
const COMMON = new Set(["Verb", "Adjective", "Adverb", "Preposition", "Conjunction", "Determiner"]);
const NAMES = new Memo<NameReading>(50_000);

/** How compromise reads each name (words joined by single spaces). */
export function readNames(names: readonly string[]): NameReading[] {
  return readLines(NAMES, names, (doc, starts, lines) => {
    const out: NameReading[] = lines.map(() => ({ person: false, thing: false, common: false, lastCommon: false, plural: false, personBeforeLast: false }));
    let previous: Term | null = null;
    for (const t of termsOf(doc)) {
      const line = lineOf(starts, t.offset.start);
      const r = out[line]!;
      const last = t.offset.start + t.offset.length >= starts[line]! + lines[line]!.length;
      if (last && previous && lineOf(starts, previous.offset.start) === line) r.personBeforeLast = previous.tags.has("Person");
      previous = t;
      if (t.tags.has("Person")) {
        if (last) r.person = true;
        continue;
      }
      if (hasAny(t.tags, THING)) r.thing = true;
      if (hasAny(t.tags, COMMON)) {
        r.common = true;
        if (last) r.lastCommon = true;
      }
      if (t.tags.has("Plural")) r.plural = true;
    }
    return out;
  });
}

/** compromise's tags of every term of a short span, with the term's offset in it. */
export type SpanTerms = readonly { readonly start: number; readonly tags: readonly string[] }[];

const SPANS = new Memo<SpanTerms>(50_000);

/** How compromise tags the terms of each short span (a few words around a candidate). */
export function readSpans(spans: readonly string[]): SpanTerms[] {
  return readLines(SPANS, spans, (doc, starts) => {
    const out: { start: number; tags: string[] }[][] = starts.map(() => []);
    for (const t of termsOf(doc)) {
      const line = lineOf(starts, t.offset.start);
      out[line]!.push({ start: t.offset.start - starts[line]!, tags: [...t.tags] });
    }
    return out;
  });
}

export interface SpanReading {
  /** compromise reads a person in it and no place. */
  person: boolean;
  /** Every term of it is an adjective. */
  adjectives: boolean;
}

const PERSONS = new Memo<SpanReading>(50_000);

/** Whether compromise reads each short span as a person's name (and not a place), or as adjectives only. */
export function readPersons(spans: readonly string[]): SpanReading[] {
  return readLines(PERSONS, spans, (doc, starts) => {
    const out = starts.map(() => ({ person: false, place: false, terms: 0, adjectives: 0 }));
    for (const t of termsOf(doc)) {
      const r = out[lineOf(starts, t.offset.start)]!;
      r.terms++;
      if (t.tags.has("Person")) r.person = true;
      if (t.tags.has("Place")) r.place = true;
      if (t.tags.has("Adjective")) r.adjectives++;
    }
    return out.map((r) => ({ person: r.person && !r.place, adjectives: r.terms === r.adjectives }));
  });
}

const VERBS = new Memo<boolean>(50_000);

/** Whether compromise reads each word, in lower case, as a verb or an adverb ("Launch", "Expand", "Additionally"). */
export function readVerbs(words: readonly string[]): boolean[] {
  return readLines(VERBS, words.map((w) => w.toLowerCase()), (doc, starts) => {
    const out = starts.map(() => false);
    for (const t of termsOf(doc)) {
      if (t.tags.has("Verb") || t.tags.has("Adverb")) out[lineOf(starts, t.offset.start)] = true;
    }
    return out;
  });
}
