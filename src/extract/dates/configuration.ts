/**
 * The chrono configuration for fact sheets and press releases (DESIGN.md:
 * extend the library, not its output). From chrono's casual English it
 * keeps the parsers of calendar dates and drops those of times of day,
 * durations ("in 30 years", "3 years ago") and weekdays; it adds parsers for
 * years, fiscal years, quarters, seasons, relative years and spans of days
 * across months, and refiners that filter false dates, build ranges, share
 * years, anchor spans to dates, open ranges and settle spans.
 */
import { Chrono, casual } from "chrono-node";
import { anchoredSpanRefiner } from "./refiners/anchored-spans.ts";
import { falseDateFilter } from "./refiners/filters.ts";
import { openRangeRefiner } from "./refiners/open-ranges.ts";
import { rangeRefiner } from "./refiners/ranges.ts";
import { sharedYearRefiner } from "./refiners/shared-years.ts";
import { spanRefiner } from "./refiners/spans.ts";
import { daySpanParser } from "./parsers/day-spans.ts";
import { fiscalYearParser } from "./parsers/fiscal.ts";
import { quarterParser } from "./parsers/quarters.ts";
import { relativeParser } from "./parsers/relative.ts";
import { seasonParser } from "./parsers/seasons.ts";
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

function configure(): Chrono {
  const chrono = casual.clone();
  chrono.parsers = chrono.parsers.filter((p) => CHRONO_PARSERS.has(p.constructor.name));
  if (chrono.parsers.length !== CHRONO_PARSERS.size) {
    throw new Error(`chrono-node no longer has the parsers ${[...CHRONO_PARSERS].join(", ")}`);
  }
  // Its "unlikely format" filter drops every result written in digits alone, which a year is; the false-date filter checks validity instead.
  chrono.refiners = chrono.refiners.filter((r) => r.constructor.name !== "UnlikelyFormatFilter");
  chrono.parsers.push(yearParser, fiscalYearParser, quarterParser, seasonParser, relativeParser, daySpanParser);
  chrono.refiners.unshift(falseDateFilter);
  chrono.refiners.push(rangeRefiner, sharedYearRefiner, anchoredSpanRefiner, openRangeRefiner, spanRefiner);
  return chrono;
}

export const dateParser: Chrono = configure();
