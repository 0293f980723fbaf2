/**
 * The words the body matcher's patterns are made of (data/vocabulary.json):
 * the head words that end a body's name ("Office", "Commission") or start it
 * in Spanish ("Fiscalía"), and the English heads that lead a name the
 * gazetteer lacks ("Bureau of European Affairs"); weak heads ("Center",
 * "Council"), which make a government body only with a public-sector word
 * ("National", "Security"), and of those the shared heads, which name an
 * organization otherwise ("Boston Medical Center", "Atlantic Council"; a
 * common public word such as "National" is not enough there: "National
 * Minority AIDS Council"); organization heads ("Foundation", "University")
 * and their Spanish leading heads ("Fundación") with the small words after
 * them; the heads of an institution's second part, which "and" joins to
 * its head in one name ("Hagley Museum and Library"); the heads of
 * organizations that are not their namesake's sub-body ("Walmart
 * Foundation"); names that a head makes but that are common phrases ("Civil
 * Society", "Credit Union"); the nouns and words that introduce a list of
 * organizations ("companies including", "partners such as") and the small
 * words inside its items; the plural kinds of places that introduce a list
 * of them ("the cities of");
 * plural heads that coordinate bodies ("the Departments of State and
 * Justice"); organization heads and company suffixes; the nouns that say
 * what a name is after a comma ("Rethink Food, a national nonprofit"); the
 * states' postal codes that follow a name in parentheses ("Kent State
 * University (OH)") and define no acronym; heads that are also surnames,
 * which after a given name alone end a person's name ("Janet Mills"); the
 * heads of names
 * that are no bodies ("Act", "Initiative"); the words that may
 * follow a place's name in the place itself ("Jalisco State"); the heads
 * of the names of rivers, islands, seas and mountains ("Mekong River",
 * "Gulf of Guinea", "Lake Titicaca") and the directionals of named regions
 * ("Southern Mexico", "Upstate New York"); the
 * title words that make "Secretary of State" a person's title, and the
 * phrases of the U.S. Attorney's Office, district court and mission patterns.
 */
import { join } from "node:path";
import { z } from "zod";
import { readLexicon } from "../phrases.ts";
import { termTokens } from "../tokens.ts";

const Words = z.array(z.string().min(1)).min(1);

const Vocabulary = z.strictObject({
  agencyHeads: Words,
  weakAgencyHeads: Words,
  sharedHeads: Words,
  publicWords: Words,
  commonPublicWords: Words,
  agencyHeadsFirst: Words,
  leadingHeads: Words,
  militaryDepartment: z.string().regex(/^agency:/),
  commandRegions: Words,
  coordinatedHeads: z.record(z.string().min(1), z.string().min(1)),
  organizationHeads: Words,
  companionHeads: Words,
  organizationHeadsFirst: Words,
  independentHeads: Words,
  organizationLinks: Words,
  genericNames: Words,
  listCues: Words,
  listIntroducers: Words,
  listItemLinks: Words,
  placeListCues: Words,
  placeListIntroducers: Words,
  otherHeads: Words,
  placeHeads: Words,
  geographicHeads: Words,
  geographicHeadsFirst: Words,
  directionals: Words,
  cartelWords: Words,
  cartelConnectives: Words,
  companySuffixes: Words,
  organizationNouns: Words,
  statePostalCodes: Words,
  surnameHeads: Words,
  titleWords: Words,
  attorneyOffices: Words,
  districtCourts: Words,
  districtLinks: Words,
  embassies: Words,
  consulates: Words,
  missions: Words,
  missionLinks: Words,
  missionSenderLinks: Words,
  nameConnectives: Words,
  nameStops: Words,
});
export type Vocabulary = z.infer<typeof Vocabulary>;

export const VOCABULARY: Readonly<Vocabulary> = Object.freeze(readLexicon(join(import.meta.dirname, "..", "data"), "vocabulary.json", Vocabulary));

/**
 * A matcher for short linking phrases ("for the", "in", "de la"): common
 * words that the trie does not hold, compared by token key, longest first.
 */
export function linker(phrases: readonly string[]): (keys: (i: number) => string | undefined, i: number) => number {
  const options = phrases.map((p) => termTokens(p).map((t) => t.key)).sort((a, b) => b.length - a.length);
  return (keys, i) => {
    for (const words of options) if (words.every((w, k) => keys(i + k) === w)) return i + words.length;
    return -1;
  };
}

/** Token keys of one-token words, for set lookups ("office", "de"). */
export function keySet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((w) => {
    const t = termTokens(w);
    return t.length === 1 ? [t[0]!.key] : [];
  }));
}
