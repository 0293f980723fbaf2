/**
 * A chrono result as a closed interval from..to with its grain, resolved
 * against the document's reference. Only what the text states is taken from
 * the components (isCertain); a year the text leaves out comes from the
 * reference, never from chrono's guess (which may lie in the future).
 */
import type { ParsedComponents, ParsedResult } from "chrono-node";
import { addDays, addMonths, daysBetween, daysInMonth, isoDay, partsOf } from "./calendar.ts";
import { SEASONS } from "./lexicon.ts";
import { seasonMonths } from "./parsers/seasons.ts";
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
  return isoDay(year, grain === "year" ? 1 : c.get("month")!, grain === "day" ? c.get("day")! : 1);
}

/** The last day of what the components state, in `year`. */
export function lastDay(c: ParsedComponents, year: number): string {
  const grain = grainOf(c);
  if (grain === "year") return isoDay(year, 12, 31);
  const month = c.get("month")!;
  return isoDay(year, month, grain === "day" ? c.get("day")! : daysInMonth(year, month));
}

/**
 * The year of a date the text states without one: the reference year, or
 * the year before when that is nearer the published day ("In December" in a
 * January release), so never a year after the reference.
 */
function impliedYear(c: ParsedComponents, reference: Reference): number | null {
  if (reference.year === null) return null;
  if (reference.day === null) return reference.year;
  const thisYear = firstDay(c, reference.year);
  const yearBefore = firstDay(c, reference.year - 1);
  return Math.abs(daysBetween(reference.day, thisYear)) > Math.abs(daysBetween(yearBefore, reference.day))
    ? reference.year - 1
    : reference.year;
}

function yearOf(c: ParsedComponents, reference: Reference): number | null {
  return c.isCertain("year") ? c.get("year")! : impliedYear(c, reference);
}

/** The fiscal year (by its number) that holds a day: October starts the next one. */
function fiscalYearOf(day: string): number {
  const { year, month } = partsOf(day);
  return month >= 10 ? year + 1 : year;
}

function relativeInterval({ unit, offset }: Relative, reference: Reference): Interval | null {
  const { day, year } = reference;
  if (unit === "day") {
    const at = day === null ? null : addDays(day, offset);
    return { from: at, to: at, grain: "day" };
  }
  if (unit === "month") {
    if (day === null) return null;
    const { year: y, month } = addMonths(partsOf(day), offset);
    return { from: isoDay(y, month, 1), to: isoDay(y, month, daysInMonth(y, month)), grain: "month" };
  }
  if (year === null) return null;
  if (unit === "fiscal_year") {
    const fy = (day === null ? year : fiscalYearOf(day)) + offset;
    return { from: isoDay(fy - 1, 10, 1), to: isoDay(fy, 9, 30), grain: "fiscal_year" };
  }
  const season = SEASONS.get(unit);
  if (season) {
    const { first, last } = seasonMonths(season, year + offset);
    return { from: isoDay(first.year, first.month, 1), to: isoDay(last.year, last.month, daysInMonth(last.year, last.month)), grain: "range" };
  }
  return { from: isoDay(year + offset, 1, 1), to: isoDay(year + offset, 12, 31), grain: "year" };
}

function statedInterval(result: ParsedResult, reference: Reference): Interval | null {
  const startYear = yearOf(result.start, reference);
  if (startYear === null) return null;
  const from = firstDay(result.start, startYear);
  const end = result.end ?? result.start;
  let endYear = end.isCertain("year") ? end.get("year")! : startYear;
  if (lastDay(end, endYear) < from) endYear += 1;
  const grain = taggedGrain(result.tags()) ?? (result.end ? "range" : grainOf(result.start));
  return { from, to: lastDay(end, endYear), grain };
}

/** The interval a date states, or null when the reference cannot resolve it (a month with no year anywhere). */
export function intervalOf(result: ParsedResult, reference: Reference): Interval | null {
  const tags = result.tags();
  const relative = relativeOf(tags);
  const interval = relative ? relativeInterval(relative, reference) : statedInterval(result, reference);
  if (!interval) return null;
  if (tags.has(OPEN)) return { from: interval.from, to: reference.day, grain: "range" };
  if (interval.from !== null && interval.to !== null && interval.to < interval.from) return null;
  return interval;
}
