/**
 * Drops what reads like a date but is not one (GUIDELINES: not dates are
 * durations, ages, identifiers). Runs first among the refiners, so that
 * nothing is merged with or loses an overlap to a false date.
 */
import type { ParsedComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { daysInMonth } from "../calendar.ts";
import { inTitleCase, startsSentence, textAfter, textBefore, tokenAround, wordBefore } from "../context.ts";
import { opensCount } from "../counts.ts";
import { DATE_CUES, EVENT_WORDS, FIELD_DATE_WORDS, IDENTIFIER_WORDS, MONTH_PATTERN, PRESENT_SENSE, UNIT_WORDS, monthOf } from "../lexicon.ts";
import { isCasualDay } from "../tags.ts";

const MONTH_WORD = new RegExp(`\\b${MONTH_PATTERN}\\b`, "gi");
const BARE_MONTH = new RegExp(`^${MONTH_PATTERN}\\.?$`, "i");
const URL_LIKE = /:\/\/|www\.|@|\.(?:gov|com|org|net|edu|mil|int|io|us|mx)(?:\/|$)/i;
const CASUAL_PARSER = "parser/ENCasualDateParser";

type Rule = (text: string, result: ParsingResult) => boolean;

/**
 * Whether what the text states is a real date ("February 30" is not). Only
 * the stated components count: chrono fills the rest from the reference,
 * and a year alone read against February 29 is no invalid date.
 */
function isValidStated(c: ParsedComponents): boolean {
  if (!c.isCertain("month")) return true;
  const month = c.get("month")!;
  if (month < 1 || month > 12) return false;
  // A day without a year may fall on February 29 of a leap year.
  const year = c.isCertain("year") ? c.get("year")! : 2000;
  return !c.isCertain("day") || (c.get("day")! >= 1 && c.get("day")! <= daysInMonth(year, month));
}

const invalidDate: Rule = (_, r) => !isValidStated(r.start) || (r.end != null && !isValidStated(r.end));

/** chrono's casual words other than today, yesterday and tomorrow ("now", "tonight") name no day. */
const casualNonDay: Rule = (_, r) => r.tags().has(CASUAL_PARSER) && !isCasualDay(r);

/**
 * "today's challenges", "the students of today", "more important today
 * than ever", "a brighter tomorrow": nowadays or the future, not a day.
 * "As of today", "earlier today" and "today's action" are the day.
 */
const presentSense: Rule = (text, r) => {
  if (!isCasualDay(r)) return false;
  const after = textAfter(text, r.index + r.text.length);
  const possessed = /^['’]s\s+([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase();
  if (possessed !== undefined) return PRESENT_SENSE.has(possessed);
  if (/^\s+than\b/.test(after)) return true;
  const before = wordBefore(text, r.index);
  const word = before?.word.toLowerCase();
  if (word === "of") return wordBefore(text, before!.start)?.word.toLowerCase() !== "as";
  if (word === "from") return true;
  // A noun after a determiner or an adjective: "a better tomorrow", "our tomorrow"; not after a name ("the Federal Register tomorrow").
  return /^tomorrow$/i.test(r.text) && word !== undefined && (/^(?:a|an|the|our|their|your|its)$/.test(word) || /^\p{Ll}+er$/u.test(before!.word));
};

/** "May God bless": the modal verb, where a sentence starts with it. */
const modalMay: Rule = (text, r) => r.text === "May" && startsSentence(text, r.index);

/** A numeric date without a year ("9/11", "24/7") is a fraction, a score or a name as often as a date. */
const numericWithoutYear: Rule = (_, r) => !/\p{L}/u.test(r.text) && !r.start.isCertain("year");

/** "February 30" read as February 2030, "May 22 people": two digits after a month are no year. */
const twoDigitYear: Rule = (_, r) => /^\p{L}+\.?,?\s+\d{2}$/u.test(r.text) && !r.start.isCertain("day");

/** "3.1-3.45 GHz", "PD 2021-05 of April": digits that go on from a longer number. */
const partOfNumber: Rule = (text, r) =>
  (/^\d/.test(r.text) && /\d[-–/.]?$/.test(textBefore(text, r.index, 2))) ||
  (/\d$/.test(r.text) && /^[-–/.,]?\d/.test(textAfter(text, r.index + r.text.length, 2)));

/** English capitalizes months: "march", "may" and "august" in lower case are other words. */
const lowerCaseMonth: Rule = (_, r) => {
  for (const m of r.text.matchAll(MONTH_WORD)) if (m[0][0] !== m[0][0]!.toUpperCase()) return true;
  return false;
};

/** "Section 2022", "No. 2022-25", "Resolution 2231": a number after a word that introduces identifiers. */
const identifier: Rule = (text, r) => {
  const before = wordBefore(text, r.index)?.word.toLowerCase().replace(/^\p{P}+|[.:]+$/gu, "");
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
 * "Agenda 2030", "NATO 2030", "Secretary-Treasurer April Verrett": a year
 * or a month name right after a capitalized word inside a sentence, or
 * after an acronym, is part of a name. Date words ("Since 2021"),
 * possessives ("the President’s 2023 Budget"), the name of a yearly event
 * ("World AIDS Day 2021": that year's) and title-case lines (headlines
 * capitalize every word) do not make names.
 */
const inName: Rule = (text, r) => {
  const before = wordBefore(text, r.index);
  const word = before?.word.replace(/^\p{P}+/u, "");
  if (!before || !word || !/^\p{Lu}[\p{L}&-]*$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (DATE_CUES.has(lower) || EVENT_WORDS.has(lower) || monthOf(word) !== undefined) return false;
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  return !startsSentence(text, before.start) && !inTitleCase(text, r.index);
};

/**
 * "VESSEL GROSS TONNAGE: 2081": a number alone after the capitalized label
 * of a record's field is that field's value; only a field that names a
 * date ("DATE OF BIRTH: 1961") holds a year.
 */
const fieldValue: Rule = (text, r) => {
  const lineStart = text.lastIndexOf("\n", r.index - 1) + 1;
  const label = /^[\s•*-]*(\p{Lu}[\p{Lu}\s.&/-]*\p{Lu}):\s*$/u.exec(text.slice(lineStart, r.index))?.[1];
  if (!label || !/^\s*(?:\n|$)/.test(textAfter(text, r.index + r.text.length, 2))) return false;
  return !label.split(/[\s./&-]+/).some((w) => FIELD_DATE_WORDS.has(w.toLowerCase()));
};

/** "Oxygen Concentrators: 1700 oxygen concentrators to obtain oxygen": a number that opens a sentence and counts what follows. */
const counts: Rule = (text, r) => opensCount(text, r.index, r.index + r.text.length);

/** Paths, addresses and e-mail: "briefing-room/2022/10/13/", "www.state.gov/2022". */
const insideUrl: Rule = (text, r) => {
  const token = tokenAround(text, r.index, r.index + r.text.length);
  return URL_LIKE.test(token) || (token.split("/").length > 2 && /\p{L}/u.test(token) && !/\s/.test(r.text));
};

const RULES: readonly Rule[] = [
  invalidDate,
  casualNonDay,
  presentSense,
  modalMay,
  numericWithoutYear,
  twoDigitYear,
  partOfNumber,
  lowerCaseMonth,
  insideUrl,
];
/** Rules for a number standing for a year, which letters would have told apart. */
const NUMBER_RULES: readonly Rule[] = [identifier, measure, inName, fieldValue, counts];

function isFalseDate(text: string, r: ParsingResult): boolean {
  if (RULES.some((rule) => rule(text, r))) return true;
  if (/^\d/.test(r.text)) return NUMBER_RULES.some((rule) => rule(text, r));
  return BARE_MONTH.test(r.text) && inName(text, r);
}

export const falseDateFilter: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => results.filter((r) => !isFalseDate(context.text, r)),
};
