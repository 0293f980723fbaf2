/**
 * A chrono result as a closed interval from..to with its grain, resolved
 * against the document's reference. Only what the text states is taken from
 * the components (isCertain); a year the text leaves out comes from the
 * reference, never from chrono's guess (which may lie in the future).
 */
import type { ParsedComponents, ParsedResult } from "chrono-node";
import { type Month, type Period, addDays, addMonths, daysBetween, firstDayOf, isoDay, lastDayOf, monthsOf, partsOf } from "./calendar.ts";
import { SEASONS, monthOf } from "./lexicon.ts";
import type { Reference } from "./reference.ts";
import { OPEN, type Grain, type Relative, relativeOf, taggedGrain } from "./tags.ts";

export interface Interval {
  from: string | null;
  to: string | null;
  grain: Grain;
}

function grainOf(c: ParsedComponents): "day" | "month" | "year" {
  return c.isCertain("day") ? "day" : c.isCertain("month") ? "month" : "year";
}

/** The first day of what the components state, in `year`. */
export function firstDay(c: ParsedComponents, year: number): string {
  const grain = grainOf(c);
  return isoDay({ year, month: grain === "year" ? 1 : c.get("month")!, day: grain === "day" ? c.get("day")! : 1 });
}

/** The last day of what the components state, in `year`. */
export function lastDay(c: ParsedComponents, year: number): string {
  const grain = grainOf(c);
  if (grain === "day") return isoDay({ year, month: c.get("month")!, day: c.get("day")! });
  return isoDay(lastDayOf({ year, month: grain === "month" ? c.get("month")! : 12 }));
}

/** From the first day of `first` to the last day of `last`. */
function months(first: Month, last: Month, grain: Grain): Interval {
  return { from: isoDay(firstDayOf(first)), to: isoDay(lastDayOf(last)), grain };
}

/** A date the reference cannot place: the mention stays, its bounds unknown. */
function unknown(grain: Grain): Interval {
  return { from: null, to: null, grain };
}

/**
 * The year of a date the text states without one: the reference year, or
 * the year before when that is nearer the published day ("In December" in a
 * January release), so never a year after the reference. A date that must
 * lie in the past ("since May") takes the year before when the reference
 * year's would come after the published day. Without a published day, a
 * later year that the document states only as a bare year is often a
 * plan's ("two more boats in 2023"): a date that fits before the latest
 * month it states takes that month's year ("March 22" where "April 2022" is
 * stated).
 */
function impliedYear(c: ParsedComponents, reference: Reference, past: boolean): number | null {
  if (reference.year === null) return null;
  if (reference.day === null) return reference.latest === null ? reference.year : noLaterThan(c, reference.year, reference.latest);
  const thisYear = firstDay(c, reference.year);
  const yearBefore = firstDay(c, reference.year - 1);
  if (past) return thisYear > reference.day ? reference.year - 1 : reference.year;
  return Math.abs(daysBetween(reference.day, thisYear)) > Math.abs(daysBetween(yearBefore, reference.day))
    ? reference.year - 1
    : reference.year;
}

/** The year of `latest` when the date fits before that day there and `year` is later; else `year`. */
function noLaterThan(c: ParsedComponents, year: number, latest: string): number {
  const y = partsOf(latest).year;
  return y < year && firstDay(c, y) <= latest ? y : year;
}

/** The fiscal year (by its number) that holds a day: October starts the next one. */
function fiscalYearOf(day: string): number {
  const { year, month } = partsOf(day);
  return month >= 10 ? year + 1 : year;
}

/**
 * The year of a named month or season counted from the reference: "this"
 * is the reference year's; "last" the latest one over before the reference
 * month, "next" the first one starting after it.
 */
function namedPeriodYear(period: Period, offset: number, { day, year }: Reference): number | null {
  if (year === null) return null;
  if (offset === 0) return year;
  if (day === null) return null;
  const month = partsOf(day).month;
  if (offset < 0) return period.month + period.months - 1 < month ? year : year - 1;
  return period.month > month ? year : year + 1;
}

function relativeInterval({ unit, offset }: Relative, reference: Reference): Interval {
  const { day, year } = reference;
  if (unit === "day") {
    const at = day === null ? null : addDays(day, offset);
    return { from: at, to: at, grain: "day" };
  }
  if (unit === "month") {
    if (day === null) return unknown("month");
    const month = addMonths(partsOf(day), offset);
    return months(month, month, "month");
  }
  const named = monthOf(unit);
  const period = SEASONS.get(unit) ?? (named === undefined ? undefined : { month: named, months: 1 });
  if (period) {
    const grain = named === undefined ? "range" : "month";
    const y = namedPeriodYear(period, offset, reference);
    if (y === null) return unknown(grain);
    const { first, last } = monthsOf(period, y);
    return months(first, last, grain);
  }
  if (unit === "fiscal_year") {
    if (year === null) return unknown("fiscal_year");
    const fy = (day === null ? year : fiscalYearOf(day)) + offset;
    return months({ year: fy - 1, month: 10 }, { year: fy, month: 9 }, "fiscal_year");
  }
  if (year === null) return unknown("year");
  return months({ year: year + offset, month: 1 }, { year: year + offset, month: 12 }, "year");
}

function statedInterval(result: ParsedResult, reference: Reference): Interval {
  const grain = taggedGrain(result.tags()) ?? (result.end ? "range" : grainOf(result.start));
  const past = result.tags().has(OPEN);
  const startYear = result.start.isCertain("year") ? result.start.get("year")! : impliedYear(result.start, reference, past);
  if (startYear === null) return unknown(grain);
  const from = firstDay(result.start, startYear);
  const end = result.end ?? result.start;
  let endYear = end.isCertain("year") ? end.get("year")! : startYear;
  if (lastDay(end, endYear) < from) endYear += 1;
  return { from, to: lastDay(end, endYear), grain };
}

/**
 * The interval a date states; its bounds are null when the reference cannot
 * place it ("July 16" where no year is known); null for a range that ends
 * before it begins ("since 2045" in a 2041 release).
 */
export function intervalOf(result: ParsedResult, reference: Reference): Interval | null {
  const tags = result.tags();
  const relative = relativeOf(tags);
  const interval = !relative
    ? statedInterval(result, reference)
    : relative.unit === "year" && result.start.isCertain("month")
      ? // "April of last year": the month, in the year the relative year names.
        statedInterval(result, { day: null, year: reference.year === null ? null : reference.year + relative.offset, latest: null })
      : relativeInterval(relative, reference);
  const closed = tags.has(OPEN) ? { from: interval.from, to: reference.day, grain: "range" as const } : interval;
  if (closed.from !== null && closed.to !== null && closed.to < closed.from) return null;
  return closed;
}
