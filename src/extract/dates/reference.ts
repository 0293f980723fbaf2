/**
 * The date a document's dates are read against (GUIDELINES): its published
 * day; else the latest year the document states, which gives a month or day
 * without a year its year, and no day (so "today" and open ranges stay
 * unknown). Never the day the extractor runs.
 */
import type { ParsedResult } from "chrono-node";
import { lastDay } from "./interval.ts";
import { FISCAL, TARGET, relativeOf } from "./tags.ts";

export interface Reference {
  /** YYYY-MM-DD, the published day; null when the document does not state it. */
  day: string | null;
  /** The year of a date written without one; null when nothing gives it. */
  year: number | null;
  /**
   * Without a published day, the last day of the latest month the document
   * states ("April 2022", "May 17, 2021"): a date written without a year
   * lies no later than that (a year alone may be a plan's).
   */
  latest: string | null;
}

/**
 * The latest year and the latest month the results state. Goals ("by
 * 2030", "the 2030 Agenda") say little about when the document was
 * written, and relative dates state no year. A fiscal year is numbered by
 * the year it ends in (a budget for FY2025 is written in 2024), so a fiscal
 * year N says the document is of year N-1 at least, and alone, of year N.
 */
function latestStated(results: readonly ParsedResult[]): Omit<Reference, "day"> {
  let calendar: number | null = null;
  let fiscal: number | null = null;
  let latest: string | null = null;
  for (const r of results) {
    const tags = r.tags();
    const end = r.end ?? r.start;
    if (tags.has(TARGET) || relativeOf(tags) || !end.isCertain("year")) continue;
    const year = end.get("year")!;
    if (end.tags().has(FISCAL)) {
      fiscal = Math.max(fiscal ?? -Infinity, year);
      continue;
    }
    calendar = Math.max(calendar ?? -Infinity, year);
    if (end.isCertain("month")) {
      const last = lastDay(end, year);
      if (latest === null || last > latest) latest = last;
    }
  }
  const year = calendar === null ? fiscal : fiscal === null ? calendar : Math.max(calendar, fiscal - 1);
  return { year, latest };
}

export function referenceOf(published: string | null, results: readonly ParsedResult[]): Reference {
  if (published !== null) return { day: published, year: Number(published.slice(0, 4)), latest: null };
  return { day: null, ...latestStated(results) };
}

/**
 * The instant chrono parses against. chrono needs one, and fills components
 * the text leaves out from it; interval.ts reads only what the text states
 * and resolves the rest from the Reference, so an undated document gets a
 * fixed instant rather than the clock.
 */
export function chronoInstant(published: string | null): Date {
  const [year, month, day] = (published ?? "2000-07-01").split("-").map(Number);
  return new Date(year!, month! - 1, day!, 12);
}
