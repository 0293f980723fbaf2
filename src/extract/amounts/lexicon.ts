/**
 * The amounts lexicon: number words, units, currencies, qualifiers and the
 * words that surround figures. The JSON files in ./data are read once,
 * validated with zod and compiled into the patterns the matchers use, so a
 * larger list costs no extra pass over the text.
 *
 * ## Files
 *
 * - `number-words.json` — `cardinals` (one..nineteen), `tens` (twenty..ninety),
 *   `scales` (hundred..trillion), `groups` ("dozen"), `scaleAbbreviations`
 *   ("$25M", "€3bn": only after a currency), `multipliers` ("twice",
 *   "threefold"), and
 *   `ordinals`: ordinal and fraction words, which make a number a rank or a
 *   fraction ("thirty-first", "two-thirds").
 * - `units.json` — `{ unit, kind, names, abbreviations }`: the normalized
 *   unit of a percent, quantity or duration and how it is written. Names match
 *   in any case, abbreviations exactly ("kg", "MW", "%").
 * - `currencies.json` — `{ code, symbols, names, subunits? }`: ISO 4217 code,
 *   the symbols written before a figure, the names written after it. A bare
 *   name shared by several currencies ("pesos", "dollars") is listed once,
 *   under the currency U.S. government releases mean by it.
 * - `qualifiers.json` — the words before (`before`) or after (`after`) a
 *   figure that bound it: `{ qualifier: [phrases] }`.
 * - `not-amounts.json` — `labels` that make the number after them an
 *   identifier ("Section 3", "EO 14059"); `citationsAfter`, the same after
 *   the number ("8 U.S.C."); `months` (a day number beside a month name is a
 *   date); `clock` (a number before "a.m." is a time).
 * - `words.json` — `function` words (they end a counted item, and a number
 *   glued to one is scraper glue: "from 14 to72"), `leadingModifiers` dropped
 *   from an item ("more states" -> "states"), `irregularPlurals`,
 *   `multiplierCues` (the words after "four times" that make it a multiplier:
 *   "four times the amount"), `ages` ("ages 16-24" are years),
 *   `beforePronounOne`, the words that make "one" a pronoun ("no one", "the
 *   one that"), and `timeDeterminers`, the words that make a unit of time
 *   after a number a point in time rather than a count of it ("23 next
 *   year"); `moneyVerbs` and `moneyNouns`, the words that make a figure
 *   said without its currency money ("requests 60.4 billion", "6.4 billion
 *   in humanitarian assistance").
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { AmountKind } from "../../schema.ts";

const DATA = join(import.meta.dirname, "data");

function read<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  return schema.parse(JSON.parse(readFileSync(join(DATA, file), "utf8")));
}

const Values = z.record(z.string(), z.number());
const Words = z.array(z.string().min(1));

const numberWords = read(
  "number-words.json",
  z.object({
    cardinals: Values,
    tens: Values,
    scales: Values,
    groups: Values,
    scaleAbbreviations: Values,
    multipliers: Values,
    ordinals: Words,
  }),
);

const units = read(
  "units.json",
  z.array(z.object({ unit: z.string(), kind: AmountKind.exclude(["money", "count", "multiplier"]), names: Words, abbreviations: Words })),
);

const currencies = read(
  "currencies.json",
  z.array(z.object({ code: z.string().regex(/^[A-Z]{3}$/), symbols: Words, names: Words, subunits: Words.optional() })),
);

const qualifierPhrases = z.record(z.string(), Words);
const qualifiers = read("qualifiers.json", z.object({ before: qualifierPhrases, after: qualifierPhrases }));

const notAmounts = read("not-amounts.json", z.object({ labels: Words, months: Words, clock: Words, citationsAfter: Words }));

const words = read(
  "words.json",
  z.object({
    function: Words,
    leadingModifiers: Words,
    irregularPlurals: Words,
    multiplierCues: Words,
    ages: Words,
    beforePronounOne: Words,
    timeDeterminers: Words,
    moneyVerbs: Words,
    moneyNouns: Words,
  }),
);

/** A hyphen, also the Unicode hyphens that pages use ("100‑day"). */
export const HYPHEN = "[-\u2010\u2011]";

/** A regex alternation of literal phrases, longest first so the longest wins; spaces match any run of spaces. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

/** Lower-cased keys to values, for a case-insensitive lookup. */
function lookup<V>(entries: Iterable<[string, V]>): ReadonlyMap<string, V> {
  return new Map([...entries].map(([k, v]) => [k.toLowerCase().replace(/\s+/g, " "), v]));
}

/** Value of a number word, by class. */
export const NUMBER_WORDS = {
  cardinals: lookup(Object.entries(numberWords.cardinals)),
  tens: lookup(Object.entries(numberWords.tens)),
  scales: lookup(Object.entries(numberWords.scales)),
  groups: lookup(Object.entries(numberWords.groups)),
  multipliers: lookup(Object.entries(numberWords.multipliers)),
  ordinals: new Set(numberWords.ordinals),
};

const numberWordAlternation = alternation([
  ...Object.keys(numberWords.cardinals),
  ...Object.keys(numberWords.tens),
  ...Object.keys(numberWords.scales),
  ...Object.keys(numberWords.groups),
]);

/**
 * A number as written: a numeral with optional scale words ("20.4 million"),
 * or a run of number words ("twenty-six", "a dozen", "one hundred and fifty")
 * that parseWordNumbers splits into numbers. Multiplier words are their own
 * alternative. No \b before a numeral: scraper glue ("to72") is judged by context.
 */
export const NUMBER = new RegExp(
  String.raw`(?<numeral>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    String.raw`(?<scale>(?:(?:\s*|-)(?:${alternation(Object.keys(numberWords.scales))})\b)*)` +
    String.raw`|\b(?<words>(?:(?:half\s+)?an?\s+)?(?:${numberWordAlternation})(?:(?:\s+and\s+|\s+|-)(?:${numberWordAlternation}))*)\b` +
    String.raw`|\b(?<multiplier>${alternation(Object.keys(numberWords.multipliers))})\b`,
  "gi",
);

/** "$25M", "€3bn": a scale letter glued to a numeral, read only after a currency. */
export const SCALE_ABBREVIATION = new RegExp(String.raw`(?:${alternation(Object.keys(numberWords.scaleAbbreviations))})(?![\p{L}\d])`, "uy");
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map(Object.entries(numberWords.scaleAbbreviations));

export interface UnitEntry {
  unit: string;
  kind: "percent" | "quantity" | "duration";
}

const unitByName = lookup(units.flatMap((u) => u.names.map((n): [string, UnitEntry] => [n, { unit: u.unit, kind: u.kind }])));
const unitByAbbreviation: ReadonlyMap<string, UnitEntry> = new Map(
  units.flatMap((u) => u.abbreviations.map((a): [string, UnitEntry] => [a, { unit: u.unit, kind: u.kind }])),
);

/** A unit name after a number: "40 percent", "12-year", "71 metric tons". */
export const UNIT_NAME = new RegExp(String.raw`(?:[^\S\n]*${HYPHEN}[^\S\n]*|[^\S\n]*)(?<name>${alternation(unitByName.keys())})(?![\p{L}\d])`, "iuy");
/** A unit abbreviation after a number, exact case: "10 km", "5kg", "65.8%". */
export const UNIT_ABBREVIATION = new RegExp(String.raw`(?:[^\S\n]?${HYPHEN}?[^\S\n]?)(?<abbr>${alternation(unitByAbbreviation.keys())})(?![\p{L}\d])`, "uy");

export function unitNamed(name: string): UnitEntry | undefined {
  return unitByName.get(name.toLowerCase().replace(/\s+/g, " "));
}

export function unitAbbreviated(abbr: string): UnitEntry | undefined {
  return unitByAbbreviation.get(abbr);
}

const currencyBySymbol: ReadonlyMap<string, string> = new Map(currencies.flatMap((c) => c.symbols.map((s): [string, string] => [s, c.code])));
const currencyByName = lookup(currencies.flatMap((c) => c.names.map((n): [string, string] => [n, c.code])));
const currencyBySubunit = lookup(currencies.flatMap((c) => (c.subunits ?? []).map((n): [string, string] => [n, c.code])));
const currencyCodes = currencies.map((c) => c.code);

/** A currency written before a figure, at the end of the text before it: "$", "US$", "€", "USD " (a code glued to digits is a name: "COP26"). */
export const CURRENCY_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}\d])(?<symbol>${alternation(currencyBySymbol.keys())})[^\S\n]?|\b(?<code>${alternation(currencyCodes)})[^\S\n])$`,
  "u",
);
/** A currency name after a figure, any case: "500 million pesos", "20 million euros", "99 cents". */
export const CURRENCY_NAME_AFTER = new RegExp(
  String.raw`[^\S\n]*(?<name>${alternation([...currencyByName.keys(), ...currencyBySubunit.keys()])})(?![\p{L}\d])`,
  "iuy",
);
/** An ISO code after a figure, exact case ("10 million USD"; "try" and "cup" are words). */
export const CURRENCY_CODE_AFTER = new RegExp(String.raw`[^\S\n]*(?<code>${alternation(currencyCodes)})(?![\p{L}\d])`, "uy");

export function currencyOfSymbol(symbol: string): string | undefined {
  return currencyBySymbol.get(symbol);
}

/** The ISO code a currency name or code stands for, and the factor of a subunit ("cents": 0.01). */
export function currencyNamed(written: string): { code: string; factor: number } | undefined {
  const key = written.toLowerCase().replace(/\s+/g, " ");
  const code = currencyByName.get(key);
  if (code) return { code, factor: 1 };
  const sub = currencyBySubunit.get(key);
  if (sub) return { code: sub, factor: 0.01 };
  return currencyCodes.includes(written) ? { code: written, factor: 1 } : undefined;
}

export const QUALIFIER_PHRASES = {
  before: qualifiers.before,
  after: qualifiers.after,
};

export const LABELS = notAmounts.labels;
export const MONTHS = notAmounts.months;
export const CLOCK = notAmounts.clock;
export const CITATIONS_AFTER = notAmounts.citationsAfter;

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(words.function);
export const LEADING_MODIFIERS: ReadonlySet<string> = new Set(words.leadingModifiers);
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(words.irregularPlurals);
export const MULTIPLIER_CUES: ReadonlySet<string> = new Set(words.multiplierCues);
export const AGE_WORDS = words.ages;
export const BEFORE_PRONOUN_ONE = words.beforePronounOne;
export const TIME_DETERMINERS: ReadonlySet<string> = new Set(words.timeDeterminers);
export const MONEY_VERBS = words.moneyVerbs;
export const MONEY_NOUNS = words.moneyNouns;
