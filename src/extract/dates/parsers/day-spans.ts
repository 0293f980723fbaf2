/**
 * Spans of days across two months: "August 31-September 1", "October 31–November 1, 2022",
 * "September 30 – October 3, 2024". chrono reads "31-September" as a day of
 * September, finds it invalid and drops the whole span; this parser reads it whole.
 */
import { MONTH_PATTERN, monthOf } from "../lexicon.ts";
import { NUMBER_END, YEAR, defineParser } from "../patterns.ts";

const DAY = `(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(${YEAR}))?`;
const PATTERN = new RegExp(`(?<!\\w)${DAY}\\s*(?:-|–|—|to|through|until|till)\\s*${DAY}${NUMBER_END}`, "i");

export const daySpanParser = defineParser(PATTERN, (context, match) => {
  const [text, month1, day1, year1, month2, day2, year2] = match;
  const start = { month: monthOf(month1!)!, day: Number(day1), ...(year1 ? { year: Number(year1) } : {}) };
  const end = { month: monthOf(month2!)!, day: Number(day2), ...(year2 ? { year: Number(year2) } : {}) };
  return context.createParsingResult(match.index!, text!, start, end);
});
