/**
 * A span stated relative to a date is that span (GUIDELINES): "the 12
 * months leading up to April 2021" is May 2020 through April 2021; "the 30
 * days before May 1, 2022" ends on April 30; "the six months following
 * the attack on ..." is not anchored to a date and stays a duration.
 * Only a date with a stated year anchors a span.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, addUnits, partsOf } from "../calendar.ts";
import { textBefore } from "../context.ts";
import { COUNT_PATTERN, countOf } from "../lexicon.ts";
import { grainTag } from "../tags.ts";
import { firstDay, lastDay } from "../interval.ts";

const LINK = "(leading\\s+up\\s+to|up\\s+to|ending(?:\\s+(?:in|on))?|ended(?:\\s+(?:in|on))?|through|before|prior\\s+to|preceding|after|following)\\s+$";
const PATTERN = new RegExp(
  `(?:\\bthe\\s+)?(?:(?:past|last|previous|preceding|first|next|following)\\s+)?(${COUNT_PATTERN})[\\s-]+(day|week|month|year)s?` +
    `(?:[\\s-]+period)?\\s+${LINK}`,
  "i",
);
/** The word that links a span to its date, tested first: it is rare, the whole pattern is not cheap. */
const LINKED = new RegExp(`\\b${LINK}`, "i");

type Direction = "through" | "before" | "after";
type Unit = Parameters<typeof addUnits>[1];

function directionOf(word: string): Direction {
  const w = word.toLowerCase();
  if (/^(before|prior|preceding)/.test(w)) return "before";
  if (/^(after|following)/.test(w)) return "after";
  return "through";
}

function anchored(context: ParsingContext, result: ParsingResult): ParsingResult | null {
  if (!result.start.isCertain("year") || result.end) return null;
  const before = textBefore(context.text, result.index, 96);
  const m = LINKED.test(before) ? PATTERN.exec(before) : null;
  const count = m ? countOf(m[1]!) : undefined;
  if (!m || count === undefined) return null;
  const unit = m[2]!.toLowerCase() as Unit;
  const from = firstDay(result.start, result.start.get("year")!);
  const to = lastDay(result.start, result.start.get("year")!);
  let span: [string, string];
  switch (directionOf(m[3]!)) {
    case "through":
      span = [addUnits(addDays(to, 1), unit, -count), to];
      break;
    case "before":
      span = [addUnits(from, unit, -count), addDays(from, -1)];
      break;
    case "after":
      span = [addDays(to, 1), addDays(addUnits(addDays(to, 1), unit, count), -1)];
      break;
  }
  const index = result.index - m[0].length;
  return context
    .createParsingResult(index, result.index + result.text.length, partsOf(span[0]), partsOf(span[1]))
    .addTag(grainTag("range"));
}

export const anchoredSpanRefiner: Refiner = {
  refine: (context, results) => results.map((r) => anchored(context, r) ?? r),
};
