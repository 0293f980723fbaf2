/**
 * A day or month without a year takes the year of the date it is paired
 * with: the other end of its range ("from January to August 2022", "June
 * 27-30, 2022"), the next date of a list ("In September and October 2024",
 * "May, June and July 2022"), or a relative year right after it ("in April
 * of this year", "January of last year"). A stated year becomes certain, so
 * that the reference year never replaces it. A date later in the year than
 * its partner falls in the year before ("December to February 2022").
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { relativeOf } from "../tags.ts";

const LIST_JOINT = /^\s*(?:,|,?\s*(?:and|or|&))\s*$/i;
const OF = /^\s+(?:of\s+)?$/i;

/** Month and day as one comparable number; an absent day counts as the first. */
function monthDay(c: ParsingComponents): number {
  return c.get("month")! * 100 + (c.isCertain("day") ? c.get("day")! : 1);
}

/** Gives `earlier` (which precedes `later` in time) the year of `later` when it has none. */
function shareBackward(earlier: ParsingComponents, later: ParsingComponents): void {
  if (earlier.isCertain("year") || !later.isCertain("year") || !earlier.isCertain("month")) return;
  const year = later.get("year")!;
  earlier.assign("year", monthDay(earlier) > monthDay(later) ? year - 1 : year);
}

function shareForward(earlier: ParsingComponents, later: ParsingComponents): void {
  if (later.isCertain("year") || !earlier.isCertain("year") || !later.isCertain("month")) return;
  const year = earlier.get("year")!;
  later.assign("year", monthDay(later) < monthDay(earlier) ? year + 1 : year);
}

/** "April" and "of this year" as one date: the month's result, carrying the relative year. */
function withRelativeYear(context: ParsingContext, month: ParsingResult, year: ParsingResult): ParsingResult | null {
  const relative = relativeOf(year.tags());
  if (relative?.unit !== "year" || month.end || month.start.isCertain("year") || !month.start.isCertain("month")) return null;
  if (!OF.test(context.text.slice(month.index + month.text.length, year.index))) return null;
  const joined = context.createParsingResult(month.index, year.index + year.text.length, month.start);
  for (const tag of year.tags()) joined.addTag(tag);
  return joined;
}

export const sharedYearRefiner: Refiner = {
  refine(context, input: ParsingResult[]) {
    const results: ParsingResult[] = [];
    for (const r of input) {
      const joined = results.length > 0 ? withRelativeYear(context, results.at(-1)!, r) : null;
      if (joined) results[results.length - 1] = joined;
      else results.push(r);
    }
    for (const r of results) {
      if (!r.end) continue;
      shareBackward(r.start, r.end);
      shareForward(r.start, r.end);
    }
    for (let i = results.length - 2; i >= 0; i--) {
      const [first, next] = [results[i]!, results[i + 1]!];
      if (!LIST_JOINT.test(context.text.slice(first.index + first.text.length, next.index))) continue;
      shareBackward(first.end ?? first.start, next.start);
      if (first.end) shareBackward(first.start, first.end);
    }
    return results;
  },
};
