/**
 * compromise, taught the gazetteer's places and demonyms through its plugin
 * API, run once per document on the bare names of the candidates that no
 * title or cue settles (never on the document: its full parse is the
 * slowest step of the pipeline). A candidate is a person when compromise's
 * people() takes its last word and no word of it is a date, a place, a
 * demonym or an organization to compromise.
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

const NOT_A_NAME = new Set(["Date", "Month", "WeekDay", "Place", "Country", "City", "Region", "Demonym", "Organization", "Value"]);

function teach(): void {
  const words: Record<string, string> = {};
  for (const place of PLACES) {
    if (place.ambiguous) continue;
    for (const name of [place.name, ...place.aliases.filter((a) => !a.ambiguous).map((a) => a.text)]) {
      if (/\s/.test(name) || !/^\p{Lu}\p{Ll}+$/u.test(name)) words[name.toLowerCase()] = PLACE_TAG[place.kind];
    }
    for (const d of place.demonyms) if (!d.ambiguous) words[d.text.toLowerCase()] = "Demonym";
  }
  nlp.plugin({ words });
}
teach();

interface Term {
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * For each name (words joined by single spaces), whether compromise reads it
 * as a person. The names are parsed together, one per line.
 */
export function readAsPeople(names: readonly string[]): boolean[] {
  if (names.length === 0) return [];
  const starts: number[] = [];
  let at = 0;
  for (const n of names) {
    starts.push(at);
    at += n.length + 1;
  }
  const doc = nlp(names.join("\n"));
  const people = doc.people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  const terms = (doc.json({ offset: true }) as { terms: Term[] }[]).flatMap((s) => s.terms);
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
  const ok = names.map(() => false);
  for (const p of people) {
    const line = lineOf(p.offset.start);
    const end = starts[line]! + names[line]!.length;
    if (p.offset.start + p.offset.length >= end) ok[line] = true;
  }
  for (const t of terms) {
    if (t.tags.some((tag) => NOT_A_NAME.has(tag)) && !t.tags.includes("Person")) ok[lineOf(t.offset.start)] = false;
  }
  return ok;
}
