/**
 * The words date matching needs, from data/lexicon.json: read once, checked
 * with zod, compiled into lookups and regular-expression alternations.
 *
 * - `months`: month names and their abbreviations → month number.
 * - `seasons`: the first month of each season and how many months it spans
 *   (meteorological seasons; winter starts in December of its year).
 * - `ordinals`, `lastOrdinals`: the words that number a quarter or half.
 * - `numbers`: counts written as words ("the twelve months before ...").
 * - `identifiers`: words after which a number is an identifier, not a year
 *   ("Section 2022", "No. 2022-25", "Resolution 2231").
 * - `units`: words after which a number is a measure ("2000 tons").
 * - `dateCues`: capitalized words that may stand right before a year without
 *   making it part of a name (title case: "Progress Since 2021"); any other
 *   capitalized word does ("Agenda 2030", "NATO 2030").
 * - `presentSense`: nouns after "today's" that mean "nowadays", not the day
 *   ("today's challenges").
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const Words = z.array(z.string().min(1));
const Numbers = z.record(z.string(), z.number().int().positive());

const LexiconFile = z.object({
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  seasons: z.record(z.string(), z.object({ month: z.number().int().min(1).max(12), months: z.number().int().positive() })),
  ordinals: Numbers,
  lastOrdinals: Words,
  numbers: Numbers,
  identifiers: Words,
  units: Words,
  dateCues: Words,
  presentSense: Words,
});

const file = LexiconFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, "data", "lexicon.json"), "utf8")));

/** A regular-expression alternation of words, longest first so that "sept" wins over "sep". */
function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}

export interface Season {
  month: number;
  months: number;
}

export const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(file.months));
export const SEASONS: ReadonlyMap<string, Season> = new Map(Object.entries(file.seasons));
/** Quarter and half numbers by word; the "last" words are the final one of the year. */
export const ORDINALS: ReadonlyMap<string, number> = new Map(Object.entries(file.ordinals));
export const LAST_ORDINALS: ReadonlySet<string> = new Set(file.lastOrdinals);
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(file.numbers));
export const IDENTIFIER_WORDS: ReadonlySet<string> = new Set(file.identifiers);
export const UNIT_WORDS: ReadonlySet<string> = new Set(file.units);
export const DATE_CUES: ReadonlySet<string> = new Set(file.dateCues);
export const PRESENT_SENSE: ReadonlySet<string> = new Set(file.presentSense);

/** Month names and abbreviations (an abbreviation may end in a period: "Sept."). */
export const MONTH_PATTERN = `(?:${alternation(MONTHS.keys())})`;
export const SEASON_PATTERN = `(?:${alternation(SEASONS.keys())})`;
export const ORDINAL_PATTERN = `(?:${alternation([...ORDINALS.keys(), ...LAST_ORDINALS])})`;
export const NUMBER_PATTERN = `(?:\\d{1,3}|${alternation(NUMBER_WORDS.keys())})`;

/** The month of a written name ("Sept." → 9), or undefined. */
export function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ""));
}

/** The number of an ordinal word; the "last" words give `last`. */
export function ordinalOf(word: string, last: number): number | undefined {
  const w = word.toLowerCase();
  return LAST_ORDINALS.has(w) ? last : ORDINALS.get(w);
}

/** A count in digits or words ("12", "twelve"), or undefined. */
export function countOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.get(word.toLowerCase());
}
