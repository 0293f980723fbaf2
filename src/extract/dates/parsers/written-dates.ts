/**
 * Dates written out in words, as proclamations and orders close: "this
 * thirtieth day of September, in the year of our Lord two thousand
 * twenty-one".
 */
import { MONTH_PATTERN, NUMBER_WORDS_PATTERN, ORDINAL_PATTERN, monthOf, numberOfWords, ordinalOf } from "../lexicon.ts";
import { defineParser } from "../patterns.ts";

const PATTERN = new RegExp(
  `(?<!\\w)(?:this|the)\\s+(${ORDINAL_PATTERN})\\s+day\\s+of\\s+(${MONTH_PATTERN}),?\\s+` +
    `in\\s+the\\s+year\\s+of\\s+our\\s+Lord\\s+(${NUMBER_WORDS_PATTERN})`,
  "i",
);

export const writtenDateParser = defineParser(PATTERN, (context, match) => {
  const day = ordinalOf(match[1]!);
  const year = numberOfWords(match[3]!.replace(/[\s-]+$/, ""));
  if (day === undefined || year === undefined) return null;
  const text = match[0].replace(/[\s-]+$/, "");
  return context.createParsingResult(match.index!, text, { year, month: monthOf(match[2]!)!, day });
});
