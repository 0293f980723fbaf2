/**
 * Which words a date's span holds. chrono's spans may start with "on" or
 * end in spaces; those go. A date that is one bare word, a month or a year,
 * keeps the preposition that makes it a date ("In April", "in 2022", "by
 * 2025", as the gold files write them); other dates stand alone ("October
 * 2021", "July 12"). A date after "by", "until" or "no later than", or a
 * year or span of years before a goal word ("the 2030 Agenda", "2025
 * targets", "the 2022-2026 Strategic Plan"), is a deadline or goal.
 */
import type { ParsingResult, Refiner } from "chrono-node";
import { textAfter, textBefore } from "../context.ts";
import { GOAL_WORDS } from "../lexicon.ts";
import { TARGET, relativeOf } from "../tags.ts";

const LEADING = /^(?:on\s+)?\s*/i;
const TRAILING = /(?:\s+of)?[\s,]*$/i;
const PREPOSITION = /\b(in|by)\s+$/i;
const DEADLINE = /\b(?:(?:by|until|till)\s+(?:(?:at\s+least|no\s+later\s+than|the\s+end\s+of)\s+)?|(?:no|not)\s+later\s+than\s+)$/i;
/** A year or a span of years ("the 2022-2026 Strategic Plan"), as a goal word may follow it. */
const YEARS = /^\d{4}(?:[-–]\d{2,4})?$/;
/** Up to three words after a year, the last of which may be a goal word. */
const FOLLOWING_WORDS = /^(?:[\s-]+[\p{L}’'-]+){1,3}/u;

function isGoal(text: string, r: ParsingResult): boolean {
  if (DEADLINE.test(textBefore(text, r.index))) return true;
  if (!YEARS.test(r.text)) return false;
  const words = FOLLOWING_WORDS.exec(textAfter(text, r.index + r.text.length))?.[0].toLowerCase().split(/[\s-]+/) ?? [];
  return words.some((w) => GOAL_WORDS.has(w));
}

/** A month name or a year alone: the words that need their preposition. */
function isBareWord(r: ParsingResult): boolean {
  if (r.end || relativeOf(r.tags()) || /\s/.test(r.text)) return false;
  return /^\d{4}$/.test(r.text) || (r.start.isCertain("month") && !r.start.isCertain("day"));
}

export const spanRefiner: Refiner = {
  refine(context, results: ParsingResult[]) {
    return results.map((r) => {
      const lead = LEADING.exec(r.text)![0].length;
      const trail = TRAILING.exec(r.text.slice(lead))![0].length;
      let start = r.index + lead;
      const end = r.index + r.text.length - trail;
      const trimmed = start !== r.index || end !== r.index + r.text.length;
      const result = trimmed ? context.createParsingResult(start, end, r.start, r.end) : r;
      if (isGoal(context.text, result)) result.addTag(TARGET);
      const preposition = isBareWord(result) ? PREPOSITION.exec(textBefore(context.text, start)) : null;
      if (!preposition) return result;
      start -= preposition[0].length;
      return context.createParsingResult(start, end, result.start, result.end);
    });
  },
};
