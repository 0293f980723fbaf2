/**
 * Drops what reads like a date but is not one (GUIDELINES: not dates are
 * durations, ages, identifiers). Runs first among the refiners, so that
 * nothing is merged with or loses an overlap to a false date.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { textAfter, tokenAround, wordAfter, wordBefore, startsSentence } from "../context.ts";
import { DATE_CUES, IDENTIFIER_WORDS, MONTH_PATTERN, PRESENT_SENSE, UNIT_WORDS, monthOf } from "../lexicon.ts";
import { isCasualDay } from "../tags.ts";

const MONTH_WORD = new RegExp(`\\b${MONTH_PATTERN}\\b`, "gi");
const URL_LIKE = /:\/\/|www\.|@|\.(?:gov|com|org|net|edu|mil|int|io|us|mx)(?:\/|$)/i;
const CASUAL_PARSER = "parser/ENCasualDateParser";

type Rule = (text: string, result: ParsingResult) => boolean;

/** chrono's casual words other than today, yesterday and tomorrow ("now", "tonight") name no day. */
const casualNonDay: Rule = (_, r) => r.tags().has(CASUAL_PARSER) && !isCasualDay(r);

/** "today's challenges", "the students of today", "more important today than ever": nowadays, not the day. */
const presentSense: Rule = (text, r) => {
  if (!isCasualDay(r)) return false;
  const before = wordBefore(text, r.index)?.word.toLowerCase();
  if (before === "of" || before === "from") return true;
  const after = textAfter(text, r.index + r.text.length);
  const possessed = /^['’]s\s+([\p{L}-]+)/u.exec(after)?.[1];
  return /^\s+than\b/.test(after) || (possessed !== undefined && PRESENT_SENSE.has(possessed.toLowerCase()));
};

/** "February 30": chrono reads what the patterns allow, not what the calendar does. */
const invalidDate: Rule = (_, r) => !r.start.isValidDate() || (r.end !== undefined && r.end !== null && !r.end.isValidDate());

/** A numeric date without a year ("9/11", "24/7") is a fraction, a score or a name as often as a date. */
const numericWithoutYear: Rule = (_, r) => !/\p{L}/u.test(r.text) && !r.start.isCertain("year");

/** English capitalizes months: "march", "may" and "august" in lower case are other words. */
const lowerCaseMonth: Rule = (_, r) => {
  for (const m of r.text.matchAll(MONTH_WORD)) if (m[0][0] !== m[0][0]!.toUpperCase()) return true;
  return false;
};

/** "Section 2022", "No. 2022-25", "Resolution 2231": a number after a word that introduces identifiers. */
const identifier: Rule = (text, r) => {
  const before = wordBefore(text, r.index)?.word.toLowerCase().replace(/[.:]+$/, "");
  return before !== undefined && (IDENTIFIER_WORDS.has(before) || /[#§]$/.test(before));
};

/** "2000 tons", "1500 percent": a measure, not a year. */
const measure: Rule = (text, r) => {
  const after = textAfter(text, r.index + r.text.length);
  const words = /^\s+([\p{L}%]+)(?:\s+([\p{L}]+))?/u.exec(after);
  if (!words) return false;
  const first = words[1]!.toLowerCase();
  return UNIT_WORDS.has(first) || (words[2] !== undefined && UNIT_WORDS.has(`${first} ${words[2].toLowerCase()}`));
};

/**
 * "Agenda 2030", "Masterplan 2025", "NATO 2030": a year right after a
 * capitalized word inside a sentence, or after an acronym, ends a name. Date
 * words ("Since 2021" in a title) and possessives ("the President’s 2023
 * Budget") do not make names.
 */
const nameSuffix: Rule = (text, r) => {
  const before = wordBefore(text, r.index);
  if (!before || !/^\p{Lu}[\p{L}&-]*$/u.test(before.word)) return false;
  const word = before.word.toLowerCase();
  if (DATE_CUES.has(word) || monthOf(word) !== undefined) return false;
  return /^\p{Lu}{2,}$/u.test(before.word) || !startsSentence(text, before.start);
};

/** Paths, addresses and e-mail: "briefing-room/2022/10/13/", "www.state.gov/2022". */
const insideUrl: Rule = (text, r) => {
  const token = tokenAround(text, r.index, r.index + r.text.length);
  return URL_LIKE.test(token) || (token.split("/").length > 2 && /\p{L}/u.test(token) && !/\s/.test(r.text));
};

/** Rules for a number standing for a year, which letters would have told apart. */
const NUMBER_RULES: readonly Rule[] = [identifier, measure, nameSuffix];
const RULES: readonly Rule[] = [invalidDate, casualNonDay, presentSense, numericWithoutYear, lowerCaseMonth, insideUrl];

function isFalseDate(text: string, r: ParsingResult): boolean {
  if (RULES.some((rule) => rule(text, r))) return true;
  return /^\d/.test(r.text) && NUMBER_RULES.some((rule) => rule(text, r));
}

export const falseDateFilter: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => results.filter((r) => !isFalseDate(context.text, r)),
};
