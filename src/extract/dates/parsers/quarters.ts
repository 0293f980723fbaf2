/**
 * Quarters and halves of calendar or fiscal years: "the first quarter of
 * 2021", "Q3 2021", "Q1 FY2022", "the second half of fiscal year 2022",
 * "H1 2023". A quarter of fiscal year N counts from October of N-1.
 */
import { addMonths, firstDayOf, lastDayOf } from "../calendar.ts";
import { ORDINAL_PATTERN, ordinalOf } from "../lexicon.ts";
import { FISCAL_PREFIX, NUMBER_END, YEAR, defineParser, fullYear } from "../patterns.ts";
import { FISCAL, grainTag } from "../tags.ts";

const PATTERN = new RegExp(
  `(?<!\\w)(?:(${ORDINAL_PATTERN})[\\s-]+(quarter|half)|(Q[1-4]|H[12]))\\s*(?:of\\s+)?(?:the\\s+)?` +
    `(?:(${FISCAL_PREFIX})\\s*-?\\s*|(?:calendar\\s+year|CY)\\s*)?(${YEAR}|\\d\\d)${NUMBER_END}`,
  "i",
);

export const quarterParser = defineParser(PATTERN, (context, match) => {
  const [text, word, unitWord, code, fiscalPrefix, digits] = match;
  if (code !== undefined && code !== code.toUpperCase()) return null;
  if (fiscalPrefix !== undefined && !/^fiscal/i.test(fiscalPrefix) && !fiscalPrefix.startsWith("FY")) return null;
  // Two-digit years only in "FY22".
  if (digits!.length === 2 && !fiscalPrefix?.startsWith("FY")) return null;
  const half = code ? code.startsWith("H") : unitWord!.toLowerCase() === "half";
  const parts = half ? 2 : 4;
  const n = code ? Number(code.slice(1)) : ordinalOf(word!, parts);
  if (n === undefined || n > parts) return null;

  const year = fullYear(digits!);
  const months = 12 / parts;
  const yearStart = fiscalPrefix ? { year: year - 1, month: 10 } : { year, month: 1 };
  const first = addMonths(yearStart, (n - 1) * months);
  const last = addMonths(first, months - 1);
  const result = context.createParsingResult(match.index!, text!, firstDayOf(first), lastDayOf(last));
  if (fiscalPrefix) result.addTag(FISCAL);
  return result.addTag(grainTag(half ? "range" : "quarter"));
});
