/**
 * The chrono configuration for fact sheets and press releases (DESIGN.md:
 * extend the library, not its output). From chrono's casual English it
 * keeps the parsers of calendar dates and drops those of times of day,
 * durations ("in 30 years", "3 years ago") and weekdays. It adds parsers for
 * years, fiscal years, quarters, seasons, relative years, spans of days
 * across months and dates written in words, and refiners that filter false
 * dates, add days listed after a date, build ranges, share years, anchor spans to dates, open ranges and
 * settle spans.
 */
import { Chrono, casual } from "chrono-node";
import { anchoredSpanRefiner } from "./refiners/anchored-spans.ts";
import { falseDateFilter } from "./refiners/filters.ts";
import { listedDayRefiner } from "./refiners/listed-days.ts";
import { openRangeRefiner } from "./refiners/open-ranges.ts";
import { rangeRefiner } from "./refiners/ranges.ts";
import { sharedYearRefiner } from "./refiners/shared-years.ts";
import { spanRefiner } from "./refiners/spans.ts";
import { daySpanParser } from "./parsers/day-spans.ts";
import { fiscalYearParser } from "./parsers/fiscal.ts";
import { quarterParser } from "./parsers/quarters.ts";
import { relativeParser } from "./parsers/relative.ts";
import { seasonParser } from "./parsers/seasons.ts";
import { writtenDateParser } from "./parsers/written-dates.ts";
import { yearParser } from "./parsers/years.ts";

/** chrono's parsers of calendar dates, by class name ("today" comes with its casual words; the filter keeps only days). */
const CHRONO_PARSERS: ReadonlySet<string> = new Set([
  "ISOFormatParser",
  "ENYearMonthDayParser",
  "SlashDateFormatParser",
  "ENSlashMonthFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENMonthNameParser",
  "ENCasualDateParser",
]);

/**
 * chrono's refiners that matter without times of day: overlaps, "end of
 * May", a year after a date ("May 17 … 2022") and ranges ("2017 to 2022").
 * Its time, time-zone and weekday refiners only cost time here; its
 * "unlikely format" filters drop every result written in digits alone,
 * which a year is, and "May" after anything but "in" ("in late May"): the
 * false-date filter does their work.
 */
const CHRONO_REFINERS: ReadonlySet<string> = new Set([
  "ENEndOfPeriodRefiner",
  "OverlapRemovalRefiner",
  "ENExtractYearSuffixRefiner",
  "ENMergeDateRangeRefiner",
]);

/** Keeps the listed parts of chrono's list, in its order, and fails loudly when a chrono release renames one. */
function keep<T extends object>(parts: readonly T[], names: ReadonlySet<string>): T[] {
  const kept = parts.filter((p) => names.has(p.constructor.name));
  const missing = [...names].filter((n) => !kept.some((p) => p.constructor.name === n));
  if (missing.length > 0) throw new Error(`chrono-node no longer has ${missing.join(", ")}`);
  return kept;
}

function configure(): Chrono {
  const chrono = casual.clone();
  chrono.parsers = keep(chrono.parsers, CHRONO_PARSERS);
  chrono.refiners = keep(chrono.refiners, CHRONO_REFINERS);
  chrono.parsers.push(yearParser, fiscalYearParser, quarterParser, seasonParser, relativeParser, daySpanParser, writtenDateParser);
  chrono.refiners.unshift(falseDateFilter);
  chrono.refiners.push(listedDayRefiner, rangeRefiner, sharedYearRefiner, anchoredSpanRefiner, openRangeRefiner, spanRefiner);
  return chrono;
}

export const dateParser: Chrono = configure();
