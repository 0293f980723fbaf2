/**
 * Ranges between two dates that chrono's own range refiner does not join:
 * "between 2019 and 2022", "beginning in 2000 and continuing through 2012",
 * "from FY 2021 to 2023", and any pair where one side is already a span
 * (a fiscal year, a quarter). The opening word joins the span ("from January
 * to August 2022"). After a fiscal year, a bare year is a fiscal year too.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { textBefore } from "../context.ts";
import { FISCAL, grainTag } from "../tags.ts";

interface Connection {
  /** What stands before the first date, ending at it. */
  opener: RegExp;
  /** What stands between the two dates, whole. */
  between: RegExp;
}

const TO = "(?:to|through|thru|until|till|[-–—])";
/** "through early June 2022": the part of the second date the range runs to is that date's. */
const PART = "(?:(?:early|mid|late)[\\s-]+)?";
const CONNECTIONS: readonly Connection[] = [
  { opener: /\bbetween\s+$/i, between: /^\s*(?:and|[-–—])\s*$/i },
  { opener: /\bfrom\s+$/i, between: new RegExp(`^\\s*${TO}\\s*${PART}$`, "i") },
  {
    opener: /\b(?:beginning|starting|commencing)(?:\s+(?:in|on))?\s+$/i,
    between: new RegExp(`^\\s*,?\\s*(?:and\\s+)?(?:(?:continuing|running|lasting|ending|extending)\\s+)?(?:${TO}|in)\\s*${PART}$`, "i"),
  },
  // No opener: only a pair chrono left apart, because a side is a span already.
  { opener: /$/, between: new RegExp(`^\\s*${TO}\\s*${PART}$`, "i") },
];

/** The opener before a result that is itself a range ("from 2017 to 2022"), to join its span. */
const RANGE_OPENER = /\b(?:from|between)\s+$/i;

/** A bare year after a fiscal year ("FY 2021 to 2023") ends on September 30 of that fiscal year. */
function fiscalEnd(context: ParsingContext, first: ParsingResult, second: ParsingResult): ParsingComponents {
  const end = second.end ?? second.start;
  if (!first.tags().has(FISCAL) || second.tags().has(FISCAL) || end.isCertain("month")) return end;
  return context.createParsingComponents({ year: end.get("year")!, month: 9, day: 30 }).addTag(FISCAL);
}

function join(context: ParsingContext, first: ParsingResult, second: ParsingResult, openerLength: number): ParsingResult {
  const index = first.index - openerLength;
  const end = second.index + second.text.length;
  const result = context.createParsingResult(index, end, first.start, fiscalEnd(context, first, second));
  return result.addTag(grainTag("range"));
}

/** The length of the opener before `first` when `second` closes a range with it, else -1. */
function connection(text: string, first: ParsingResult, second: ParsingResult): number {
  const between = text.slice(first.index + first.text.length, second.index);
  const before = textBefore(text, first.index);
  for (const { opener, between: middle } of CONNECTIONS) {
    if (!middle.test(between)) continue;
    const open = opener.exec(before);
    if (open) return open[0].length;
  }
  return -1;
}

export const rangeRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const previous = out.at(-1);
      const opener = previous ? connection(context.text, previous, result) : -1;
      if (previous && opener >= 0) out[out.length - 1] = join(context, previous, result, opener);
      else out.push(result);
    }
    return out.map((r) => {
      const open = r.end ? RANGE_OPENER.exec(textBefore(context.text, r.index)) : null;
      return open ? context.createParsingResult(r.index - open[0].length, r.index + r.text.length, r.start, r.end) : r;
    });
  },
};
