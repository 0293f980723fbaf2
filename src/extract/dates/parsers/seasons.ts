/** Seasons of a stated year: "Spring 2022", "summer of 2021", "fall 2023" (winter 2022 runs into 2023). */
import { addMonths, daysInMonth } from "../calendar.ts";
import { SEASONS, SEASON_PATTERN, type Season } from "../lexicon.ts";
import { NUMBER_END, YEAR, defineParser } from "../patterns.ts";
import { grainTag } from "../tags.ts";

const PATTERN = new RegExp(`(?<!\\w)(${SEASON_PATTERN})(?:\\s+of)?,?\\s+(${YEAR})${NUMBER_END}`, "i");

/** The first and last month of a season in a year. */
export function seasonMonths(season: Season, year: number) {
  const first = { year, month: season.month };
  return { first, last: addMonths(first, season.months - 1) };
}

export const seasonParser = defineParser(PATTERN, (context, match) => {
  const season = SEASONS.get(match[1]!.toLowerCase())!;
  const { first, last } = seasonMonths(season, Number(match[2]));
  return context
    .createParsingResult(
      match.index!,
      match[0],
      { year: first.year, month: first.month, day: 1 },
      { year: last.year, month: last.month, day: daysInMonth(last.year, last.month) },
    )
    .addTag(grainTag("range"));
});
