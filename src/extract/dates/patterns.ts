/** Pieces of regular expressions that several date parsers share, and the parser shape they fill. */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";

/** A four-digit year from 1600 to 2099. */
export const YEAR = "(?:1[6-9]|20)\\d\\d";
/** The later end of a span of years: four digits, or two ("2021-22"). */
export const YEAR_END = "(?:(?:1[6-9]|20)\\d\\d|\\d\\d)";
/** Between the two years of a span ("2019-2022", "FY2021–FY2023", "2021/22"). */
export const YEAR_DASH = "\\s*[-–—/]\\s*";
/** Nothing that would make the number part of a longer one, a word or a percent. */
export const NUMBER_END = "(?![\\w%‰]|[.,]\\d)";
/** "fiscal year", "Fiscal Years (FY)", "fiscal", "FY", "FYs" (the case of "FY" is checked by the parser). */
export const FISCAL_PREFIX = "(?:fiscal\\s+years?(?:\\s*\\(FYs?\\))?|fiscal|FYs?)";

/**
 * A full year from its digits. Two digits take the century of `after`
 * ("2021-22"), or else, as chrono reads them, the 1900s above 50 and the
 * 2000s up to it ("FY92", "FY23").
 */
export function fullYear(digits: string, after?: number): number {
  const n = Number(digits);
  if (digits.length > 2) return n;
  if (after !== undefined) return after - (after % 100) + n;
  return n > 50 ? 1900 + n : 2000 + n;
}

/**
 * A chrono parser from a pattern and an extractor. Patterns check word
 * boundaries with lookbehind, so they need no leading group; an extractor
 * returns null to let chrono try again one character further.
 */
export function defineParser(
  pattern: RegExp,
  extract: (context: ParsingContext, match: RegExpMatchArray) => ParsingResult | null,
): Parser {
  return { pattern: () => pattern, extract };
}
