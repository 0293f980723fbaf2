/**
 * Years, months, fiscal years and seasons named relative to the document's
 * date: "this year", "last year", "next fiscal year", "the current fiscal
 * year", "this month", "this summer", "last October", "this past August".
 * "The last year" and "the next year" are spans of twelve months ("over the
 * past year"), durations and no date.
 * The result carries a relative tag that interval.ts resolves against the
 * reference; its components only place it for chrono's own refiners.
 */
import { addMonths } from "../calendar.ts";
import { MONTH_PATTERN, SEASON_PATTERN, monthOf } from "../lexicon.ts";
import { defineParser } from "../patterns.ts";
import { relativeTag } from "../tags.ts";

const PATTERN = new RegExp(
  `(?<!\\w)(?:(this\\s+past|this|current)|(?<!\\bthe\\s+)(last|next))\\s+(?:(calendar|fiscal)\\s+)?` +
    `(year|month|${SEASON_PATTERN}|${MONTH_PATTERN})(?![\\w-])`,
  "i",
);

const OFFSETS: Readonly<Record<string, number>> = { this: 0, current: 0, "this past": -1, last: -1, next: 1 };

export const relativeParser = defineParser(PATTERN, (context, match) => {
  const modifier = (match[1] ?? match[2])!.toLowerCase().replace(/\s+/, " ");
  const kind = match[3]?.toLowerCase();
  const noun = match[4]!.toLowerCase();
  if (kind !== undefined && noun !== "year") return null;
  // "this past" goes back to a named month or season only ("this past year" is a duration).
  if (modifier === "this past" && (noun === "year" || noun === "month")) return null;
  const unit = kind === "fiscal" ? "fiscal_year" : noun;
  const offset = OFFSETS[modifier]!;
  const reference = context.reference.instant;
  const named = monthOf(noun);
  const components =
    named !== undefined
      ? { year: reference.getFullYear(), month: named }
      : unit === "month"
        ? addMonths({ year: reference.getFullYear(), month: reference.getMonth() + 1 }, offset)
        : { year: reference.getFullYear() + offset };
  return context.createParsingResult(match.index!, match[0], components).addTag(relativeTag({ unit, offset }));
});
