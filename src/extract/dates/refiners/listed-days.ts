/**
 * A second day listed after a date by its number alone: "October 13 and
 * 14", "July 17 and 18, 2021". Two days in a row are one span (a meeting
 * over two days, like "7-8 July"); two days apart are two dates of the
 * month ("June 1 and 15"). A year after the second day is both days'.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { textAfter } from "../context.ts";
import { DATE_CUES, UNIT_WORDS } from "../lexicon.ts";
import { NUMBER_END, YEAR } from "../patterns.ts";
import { grainTag } from "../tags.ts";

/** "and 14", "& 14th, 2021" (its day and year), and a look at the word after it. */
const SECOND_DAY = new RegExp(`^\\s+(?:and|&)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(${YEAR}))?${NUMBER_END}(?=\\s*(\\p{L}*))`, "iu");

/** A number before a unit ("14 percent") or a plural noun ("14 countries", "14 people") is no day. */
function countsNext(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Ll}/u.test(word) && !DATE_CUES.has(w) && (UNIT_WORDS.has(w) || /\p{L}{2}[^su']s$/u.test(w));
}

function withSecondDay(context: ParsingContext, r: ParsingResult): ParsingResult[] {
  // The day ends the date's text: "October 13", not "October 13, 2021".
  if (r.end || !r.start.isCertain("day") || r.start.isCertain("year") || !/\d(?:st|nd|rd|th)?$/i.test(r.text)) return [r];
  const m = SECOND_DAY.exec(textAfter(context.text, r.index + r.text.length));
  const first = r.start.get("day")!;
  const second = m ? Number(m[1]) : NaN;
  if (!m || second <= first || second > 31 || countsNext(m[3]!)) return [r];
  const month = r.start.get("month")!;
  const year = m[2] !== undefined ? Number(m[2]) : undefined;
  const start = { month, day: first, ...(year !== undefined ? { year } : {}) };
  const end = { month, day: second, ...(year !== undefined ? { year } : {}) };
  const stop = r.index + r.text.length + m[0].length;
  if (second === first + 1) return [context.createParsingResult(r.index, stop, start, end).addTag(grainTag("range"))];
  const dayAt = r.index + r.text.length + m[0].search(/\d/);
  return [
    m[2] !== undefined ? context.createParsingResult(r.index, r.index + r.text.length, start) : r,
    context.createParsingResult(dayAt, stop, end),
  ];
}

export const listedDayRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results.flatMap((r) => withSecondDay(context, r))) {
      // A part of the second day chrono read apart ("18, 2021") goes.
      const last = out.at(-1);
      if (last && r.index < last.index + last.text.length) continue;
      out.push(r);
    }
    return out;
  },
};
