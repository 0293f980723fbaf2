/**
 * U.S. federal fiscal years: "fiscal year 2021", "Fiscal Year (FY) 2021",
 * "fiscal 2021", "FY2021", "FY 21", and spans of them ("FY2021-FY2023",
 * "FY 2021-22", "fiscal years 2022-2024"). Fiscal year N runs from October 1
 * of N-1 to September 30 of N.
 */
import type { ParsingContext } from "chrono-node";
import { FISCAL, grainTag } from "../tags.ts";
import { FISCAL_PREFIX, NUMBER_END, YEAR, YEAR_DASH, YEAR_END, defineParser, fullYear } from "../patterns.ts";

const PATTERN = new RegExp(
  `(?<![\\w$])(${FISCAL_PREFIX})\\s*-?\\s*(['’‘])?(${YEAR}|\\d\\d)${NUMBER_END}` +
    `(?:(${YEAR_DASH}|\\s+(?:to|through|thru)\\s+)(?:${FISCAL_PREFIX}\\s*)?['’‘]?(${YEAR_END})${NUMBER_END})?`,
  "i",
);

/** The first and last day of fiscal years `first`..`last`, as chrono components. */
function fiscalYears(context: ParsingContext, index: number, text: string, first: number, last: number) {
  const result = context.createParsingResult(
    index,
    text,
    { year: first - 1, month: 10, day: 1 },
    { year: last, month: 9, day: 30 },
  );
  return result.addTag(FISCAL).addTag(grainTag(first === last ? "fiscal_year" : "range"));
}

export const fiscalYearParser = defineParser(PATTERN, (context, match) => {
  const [text, prefix, apostrophe, digits, endDigits] = [match[0], match[1]!, match[2], match[3]!, match[5]];
  // "FY" is an abbreviation only in capitals; "fiscal" may take any case.
  if (!/^fiscal/i.test(prefix) && !prefix.startsWith("FY")) return null;
  // Two digits only as "FY23" or "Fiscal ’23", never as "fiscal year 23".
  if (digits.length === 2 && !prefix.startsWith("FY") && apostrophe === undefined) return null;
  const first = fullYear(digits);
  const last = endDigits === undefined ? first : fullYear(endDigits, first);
  if (last < first) {
    // "FY 2021-02": keep the fiscal year, leave the rest.
    const single = text.slice(0, text.indexOf(digits, prefix.length) + digits.length);
    return fiscalYears(context, match.index!, single, first, first);
  }
  return fiscalYears(context, match.index!, text, first, last);
});
