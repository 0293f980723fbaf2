/**
 * The words date matching needs, from data/lexicon.json: read once, checked
 * with zod, compiled into lookups and regular-expression alternations.
 *
 * - `months`: month names and their abbreviations → month number.
 * - `seasons`: the first month of each season and how many months it spans
 *   (meteorological seasons; winter starts in December of its year).
 * - `cardinals`, `ordinals`: number words, from which compounds are read
 *   ("twenty-four", "twenty-ninth", "two thousand twenty-one"); `lastOrdinals`
 *   name the final quarter or half ("the last quarter of 2021").
 * - `identifiers`: words after which a number is an identifier, not a year
 *   ("Section 2022", "No. 2022-25", "Resolution 2231").
 * - `units`: words after which a number is a measure ("2000 tons").
 * - `dateCues`: capitalized words that may stand right before a year without
 *   making it part of a name (title case: "Progress Since 2021"); any other
 *   capitalized word does ("Agenda 2030", "NATO 2030").
 * - `fieldDates`: words in a record's field label ("DATE OF BIRTH:") that
 *   make the year after it a date; any other label ("GROSS TONNAGE:") makes
 *   it the field's value.
 * - `events`: nouns that end the name of a yearly event or observance, after
 *   which a year names that year's edition ("World AIDS Day 2021", "Pride
 *   Month 2022"), not a name of its own ("Agenda 2030").
 * - `goals`: nouns after a year that make it a goal ("the 2030 Agenda", "our
 *   2025 targets"), which says nothing of when a document was written.
 * - `presentSense`: nouns after "today's" that mean "nowadays", not the day
 *   ("today's challenges").
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Period } from "./calendar.ts";

const Words = z.array(z.string().min(1));
const Numbers = z.record(z.string(), z.number().int().positive());

const LexiconFile = z.object({
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  seasons: z.record(z.string(), z.object({ month: z.number().int().min(1).max(12), months: z.number().int().positive() })),
  cardinals: Numbers,
  ordinals: Numbers,
  lastOrdinals: Words,
  identifiers: Words,
  units: Words,
  dateCues: Words,
  fieldDates: Words,
  events: Words,
  goals: Words,
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

const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(file.months));
export const SEASONS: ReadonlyMap<string, Period> = new Map(Object.entries(file.seasons));
const CARDINALS: ReadonlyMap<string, number> = new Map(Object.entries(file.cardinals));
const ORDINALS: ReadonlyMap<string, number> = new Map(Object.entries(file.ordinals));
const LAST_ORDINALS: ReadonlySet<string> = new Set(file.lastOrdinals);
export const IDENTIFIER_WORDS: ReadonlySet<string> = new Set(file.identifiers);
export const UNIT_WORDS: ReadonlySet<string> = new Set(file.units);
export const DATE_CUES: ReadonlySet<string> = new Set(file.dateCues);
export const FIELD_DATE_WORDS: ReadonlySet<string> = new Set(file.fieldDates);
export const EVENT_WORDS: ReadonlySet<string> = new Set(file.events);
export const GOAL_WORDS: ReadonlySet<string> = new Set(file.goals);
export const PRESENT_SENSE: ReadonlySet<string> = new Set(file.presentSense);

const TENS = alternation([...CARDINALS].filter(([, n]) => n >= 20).map(([w]) => w));
const UNITS = alternation([...CARDINALS].filter(([, n]) => n < 10).map(([w]) => w));

/** Month names and abbreviations (an abbreviation may end in a period: "Sept."). */
export const MONTH_PATTERN = `(?:${alternation(MONTHS.keys())})`;
export const SEASON_PATTERN = `(?:${alternation(SEASONS.keys())})`;
/** "3rd", "third", "twenty-ninth", "last". */
export const ORDINAL_PATTERN = `(?:\\d{1,2}(?:st|nd|rd|th)|(?:(?:${TENS})-)?(?:${alternation(ORDINALS.keys())})|${alternation(LAST_ORDINALS)})`;
/** "12", "twelve", "twenty-four", "a". */
export const COUNT_PATTERN = `(?:\\d{1,3}|(?:${TENS})(?:-(?:${UNITS}))?|${alternation(CARDINALS.keys())}|an?)`;
/** Number words as far as years need them: "two thousand twenty-one", "nineteen ninety-nine". */
export const NUMBER_WORDS_PATTERN = `(?:(?:${alternation([...CARDINALS.keys(), "hundred", "thousand", "and"])})[\\s-]*)+`;

/** The month of a written name ("Sept." → 9), or undefined. */
export function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ""));
}

/** The value of a cardinal or ordinal word or a hyphenated compound ("twenty-ninth" → 29). */
function wordValue(word: string): number | undefined {
  const [tens, unit] = word.toLowerCase().split("-");
  if (unit === undefined) return CARDINALS.get(tens!) ?? ORDINALS.get(tens!);
  const [t, u] = [CARDINALS.get(tens!), CARDINALS.get(unit) ?? ORDINALS.get(unit)];
  return t !== undefined && t >= 20 && u !== undefined && u < 10 ? t + u : undefined;
}

/** The number of an ordinal ("3rd", "third", "twenty-ninth"); the "last" words give `last`. */
export function ordinalOf(word: string, last?: number): number | undefined {
  const w = word.toLowerCase();
  if (LAST_ORDINALS.has(w)) return last;
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  return digits ? Number(digits[1]) : wordValue(w);
}

/** A count in digits or words ("12", "twelve", "twenty-four", "a"), or undefined. */
export function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return /^an?$/i.test(word) ? 1 : wordValue(word);
}

/**
 * A number written in words: "two thousand twenty-one" → 2021, "two
 * thousand and five" → 2005, and the spoken year "nineteen ninety-nine" → 1999.
 */
export function numberOfWords(words: string): number | undefined {
  const groups: number[] = [];
  let total = 0;
  let current = 0;
  for (const word of words.toLowerCase().split(/\s+/).filter((w) => w !== "and")) {
    if (word === "thousand") [total, current] = [total + current * 1000, 0];
    else if (word === "hundred") current *= 100;
    else {
      const value = wordValue(word);
      if (value === undefined) return undefined;
      if (current > 0 && current < 100 && value >= 10 && total === 0) {
        groups.push(current);
        current = 0;
      }
      current += value;
    }
  }
  // "nineteen ninety-nine": two groups of two digits are a year.
  if (groups.length === 1 && total === 0) return groups[0]! * 100 + current;
  return groups.length === 0 ? total + current : undefined;
}
