/** Seasons of a stated year: "Spring 2022", "summer of 2021", "fall 2023" (winter 2022 runs into 2023). */
import { firstDayOf, lastDayOf, monthsOf } from "../calendar.ts";
import { SEASONS, SEASON_PATTERN } from "../lexicon.ts";
import { NUMBER_END, YEAR, defineParser } from "../patterns.ts";
import { grainTag } from "../tags.ts";

const PATTERN = new RegExp(`(?<!\\w)(${SEASON_PATTERN})(?:\\s+of)?,?\\s+(${YEAR})${NUMBER_END}`, "i");

export const seasonParser = defineParser(PATTERN, (context, match) => {
  const { first, last } = monthsOf(SEASONS.get(match[1]!.toLowerCase())!, Number(match[2]));
  return context.createParsingResult(match.index!, match[0], firstDayOf(first), lastDayOf(last)).addTag(grainTag("range"));
});
