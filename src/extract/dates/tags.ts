/**
 * What govfacts' parsers and refiners say about a chrono result beyond its
 * components, as chrono tags (they travel with the components through
 * chrono's own refiners). interval.ts reads them.
 */
import type { ParsedResult } from "chrono-node";
import type { DateMention } from "../../schema.ts";

export type Grain = DateMention["grain"];

const GRAIN = "govfacts/grain:";
const RELATIVE = "govfacts/relative:";

/** A U.S. federal fiscal year or a span of them: a bare year after one is a fiscal year too. */
export const FISCAL = "govfacts/fiscal";
/** Runs to the reference day ("since 2020", "fiscal year 2023 to date"). */
export const OPEN = "govfacts/open";
/** A deadline or goal ("by 2030"): not evidence of when the document was written. */
export const TARGET = "govfacts/target";

export function grainTag(grain: Grain): string {
  return GRAIN + grain;
}

/** The grain a parser or refiner stated; "range" wins over any other. */
export function taggedGrain(tags: ReadonlySet<string>): Grain | null {
  if (tags.has(grainTag("range"))) return "range";
  for (const tag of tags) if (tag.startsWith(GRAIN)) return tag.slice(GRAIN.length) as Grain;
  return null;
}

/**
 * A date stated relative to the reference ("last year", "this fiscal year",
 * "today", "this summer", "last October"): the unit is day, month, year,
 * fiscal_year, or the name of a season or month. The offset counts units
 * from the one holding the reference; for a named season or month, -1 is
 * the latest one before it and +1 the first one after.
 */
export interface Relative {
  unit: string;
  offset: number;
}

export function relativeTag({ unit, offset }: Relative): string {
  return `${RELATIVE}${unit}:${offset}`;
}

/** chrono's own relative days, by the tags its casual parser gives them. */
const CASUAL_DAYS: ReadonlyMap<string, number> = new Map([
  ["casualReference/today", 0],
  ["casualReference/yesterday", -1],
  ["casualReference/tomorrow", 1],
]);

export function isCasualDay(result: ParsedResult): boolean {
  for (const tag of result.tags()) if (CASUAL_DAYS.has(tag)) return true;
  return false;
}

export function relativeOf(tags: ReadonlySet<string>): Relative | null {
  for (const tag of tags) {
    const day = CASUAL_DAYS.get(tag);
    if (day !== undefined) return { unit: "day", offset: day };
    if (tag.startsWith(RELATIVE)) {
      const [unit, offset] = tag.slice(RELATIVE.length).split(":");
      return { unit: unit!, offset: Number(offset) };
    }
  }
  return null;
}
