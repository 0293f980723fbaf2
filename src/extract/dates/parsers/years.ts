/**
 * Years written as numbers: "2022", "mid-2022", "2022’s", spans of years
 * ("2019-2022", "2021-22", "2021/2022") and decades ("the 1990s"). Whether a
 * year-like number is really a year (not an identifier, a count or part of a
 * name) is the filter's business; this parser only reads the forms.
 */
import { grainTag } from "../tags.ts";
import { NUMBER_END, YEAR, YEAR_DASH, YEAR_END, defineParser, fullYear } from "../patterns.ts";

const PATTERN = new RegExp(
  // Not inside a word, an amount, a path or a longer number ("$2022", "/2022/", "12022", "1.2022", "pre-2020").
  `(?<![\\w$€£¥#§/@-]|\\d[.,])(?:mid-)?(${YEAR})` +
    `(?:(s)\\b|${YEAR_DASH}(${YEAR_END})(?![-/]\\d))?` +
    NUMBER_END +
    // "2000-year-old" is an age; an en dash joins words ("in 2022–and last month").
    "(?!-[a-z])",
  "i",
);

/** A span of years longer than this is not a span of years ("1990-2099" is more likely a code). */
const MAX_SPAN = 100;

export const yearParser = defineParser(PATTERN, (context, match) => {
  const text = match[0];
  const start = Number(match[1]);
  const decade = match[2] !== undefined;
  if (decade && start % 10 !== 0) return null;
  const end = decade ? start + 9 : match[3] !== undefined ? fullYear(match[3], start) : start;
  if (end < start || end - start > MAX_SPAN) {
    // "2021-02" is an identifier, not a span, and none of it is a year.
    return null;
  }
  const result = context.createParsingResult(match.index!, text, { year: start }, end !== start ? { year: end } : undefined);
  if (end !== start) result.addTag(grainTag("range"));
  return result;
});
