/**
 * The people lexicons: titles (titles.json) and name parts (names.json),
 * validated once and compiled into phrase tries and folded-word sets, plus
 * the demonyms of the gazetteer's places ("Costa Rican President ...").
 */
import { z } from "zod";
import { PLACES } from "../gazetteer.ts";
import { foldedSet, PhraseTrie, readLexicon } from "../phrases.ts";
import { keyOf } from "../lexemes.ts";

const Phrases = z.array(z.string().min(1)).min(1);

const TitlesFile = z.object({
  modifiers: Phrases,
  heads: Phrases,
  connectors: Phrases,
  portfolios: Phrases,
  portfolioEnds: Phrases,
  weakHeads: Phrases,
});

const NamesFile = z.object({
  particles: Phrases,
  suffixes: Phrases,
  aliasCues: Phrases,
  bodyWords: Phrases,
  endWords: Phrases,
  thingHeads: Phrases,
  characterCues: Phrases,
  personNouns: Phrases,
});

const titles = readLexicon(import.meta.dirname, "titles.json", TitlesFile);
const names = readLexicon(import.meta.dirname, "names.json", NamesFile);

export const TITLE_HEADS = new PhraseTrie(titles.heads);
/** Words before a head: "Deputy", "Treasury", "Foreign"; portfolios go there too ("Homeland Security Secretary"). */
export const TITLE_MODIFIERS = new PhraseTrie([...titles.modifiers, ...titles.portfolios]);
/** Heads as listed that are also common words or ranks that name things. */
export const WEAK_HEADS: ReadonlySet<string> = new Set(titles.weakHeads);
export const CONNECTORS = new PhraseTrie(titles.connectors);
export const PORTFOLIOS = new PhraseTrie(titles.portfolios);
export const PORTFOLIO_ENDS = foldedSet(titles.portfolioEnds);
/** The gazetteer's place names: "Governor of Puerto Rico", "Ambassador to Mexico". */
export const PLACE_NAMES = new PhraseTrie(
  PLACES.filter((p) => !p.ambiguous).flatMap((p) => [p.name, ...p.aliases.filter((a) => !a.ambiguous).map((a) => a.text)]),
);
export const DEMONYMS = new PhraseTrie(
  PLACES.flatMap((p) => p.demonyms.filter((d) => !d.ambiguous).map((d) => d.text)),
);

export const PARTICLES = new PhraseTrie(names.particles);
export const SUFFIXES = foldedSet(names.suffixes);
export const ALIAS_CUES = new PhraseTrie(names.aliasCues);
export const BODY_WORDS = foldedSet(names.bodyWords);
export const END_WORDS = foldedSet(names.endWords);
export const THING_HEADS = new PhraseTrie(names.thingHeads);
export const CHARACTER_CUES = foldedSet(names.characterCues);
export const PERSON_NOUNS = foldedSet(names.personNouns);

/** Every listed word written with a final period ("Dr.", "Lt.", "Jr."): those keep it as part of the token. */
const DOTTED = new Set(
  [...titles.heads, ...titles.modifiers, ...names.suffixes, ...names.aliasCues, ...names.thingHeads]
    .flatMap((p) => p.split(/\s+/))
    .filter((w) => w.endsWith("."))
    .map((w) => keyOf(w.slice(0, -1))),
);

export function dotted(word: string): boolean {
  return word.length === 1 || word.includes(".") || DOTTED.has(keyOf(word));
}
