/**
 * Numbers that measure nothing (GUIDELINES "Not amounts"): identifiers
 * ("EO 14059", "GOAL 1", "FY2023", "COVID-19", "Title 42", "8 U.S.C. 1157"),
 * parts of dates and times ("May 17", "7-8 July", "10:30", "3 p.m."),
 * ordinals and fractions ("38th", "two-thirds"), phone numbers, web
 * addresses, list labels ("1)"), ages after a name ("Maria Soto, 31, of
 * Tijuana"), and names quoted whole ("“el 85”"). Years
 * are judged later, once ranges are joined.
 */
import {
  alternation,
  CITATIONS_AFTER,
  CLOCK,
  FUNCTION_WORDS,
  HYPHEN,
  LABELS,
  MONTHS,
  NUMBER_WORDS,
  QUALIFIER_PHRASES,
} from "./lexicon.ts";
import type { Figure } from "./measures.ts";

const LABEL_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d.])(?:${alternation(LABELS)})s?\)?[^\S\n]*(?:\([\p{L}.]{1,10}\)[^\S\n]*)?$`,
  "iu",
);
const CITATION_AFTER = new RegExp(String.raw`[^\S\n]+(?:${alternation(CITATIONS_AFTER)})|\([\p{L}\d]{1,4}\)`, "uy");
/** "EO 14059", "UNEA 5.2": a short capitalized code before a plain number. */
const CODE_BEFORE = /(?<![\p{L}\d])(\p{Lu}{2,4})[^\S\n]$/u;
const LETTER = /\p{L}/u;
/** "Maria Soto, 31, of Tijuana", "a.k.a. “El Tecla,” 42, of Hermosillo": a person's age between commas after the name or alias. */
const AGE_BEFORE = /(?:\p{Lu}[\p{L}.’'-]*,|,[”"]|[”"],)[^\S\n]*$/u;
const AGE_AFTER = /,[^\S\n]+(?:of|from|who|was|is|pleaded|a|an)(?![\p{L}])/uy;
const MONTH_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(MONTHS)})[^\S\n]+$`, "u");
const MONTH_AFTER = new RegExp(String.raw`[^\S\n]+(?:${alternation(MONTHS)})(?![\p{L}])`, "uy");
const CLOCK_AFTER = new RegExp(String.raw`[^\S\n]*(?:${alternation(CLOCK)})(?![\p{L}])`, "uy");
const ORDINAL_WORDS = alternation(NUMBER_WORDS.ordinals);
/** "38th", "21st"; "one-third", "two thirds", "one half of", "forty-fifth". */
const ORDINAL_AFTER = new RegExp(
  String.raw`(?:st|nd|rd|th)(?![\p{L}])|${HYPHEN}(?:${ORDINAL_WORDS})s?(?![\p{L}])|[^\S\n]+(?:${ORDINAL_WORDS})(?:s(?![\p{L}])|[^\S\n]+of(?![\p{L}]))`,
  "iuy",
);
/** After a numeral: letters ("5G", "1990s"), a code part ("1-800-FEMA", "3-D"), or digits past a slash, colon, dot or plus ("24/7", "10:30", "2+2"). */
const GLUED_AFTER = new RegExp(String.raw`\p{L}|${HYPHEN}\p{Lu}|[/:.,+]\d`, "uy");
/** A word joined to a number word by a hyphen: "one-stop", "two-way", "one-on-one". */
const COMPOUND_AFTER = new RegExp(String.raw`${HYPHEN}\p{L}`, "uy");
const OPEN_QUOTE_BEFORE = /[“"]([^“”"\n]{0,30})$/u;
const CLOSE_QUOTE_AFTER = /([^“”"\n]{0,30})[”"]/uy;
/** Between two numbers of one list: "Wards 7 and 8", "October 13 and 14", "Executive Orders 14017 and 14001". */
const LIST_LINK = /^(?:,?[^\S\n]+(?:and|or|to|through|then)[^\S\n]+|,[^\S\n]*|[^\S\n]*[–-][^\S\n]*)$/;
const DAY_LINK = /^(?:[^\S\n]+(?:and|or|to|through)[^\S\n]+|[^\S\n]*[–-][^\S\n]*)$/;
const WEB_ADDRESS = /^(?:https?:|www\.)|\.(?:gov|com|org|net|edu|int|mil)(?:\/|$)|%[0-9A-F]{2}/i;

/** Words that may be glued to a numeral by a scraper ("to72"): function words and qualifiers. */
const GLUE_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...Object.values(QUALIFIER_PHRASES.before).flat().filter((p) => /^\p{L}+$/u.test(p)),
]);

type Verdict = "amount" | "not" | "identifier";

/**
 * The figures that are amounts. A plain number listed right after an
 * identifier or a day shares its reading ("Sections 3 and 4", "October 13
 * and 14"); so does a day number joined by "and", "to" or a dash to a date
 * that ends in a day (`dayEnds`: where such dates end).
 */
export function dropNotAmounts(text: string, figures: readonly Figure[], dayEnds: readonly number[]): Figure[] {
  const kept: Figure[] = [];
  const days = [...dayEnds].sort((a, b) => a - b);
  let d = 0;
  let previous: { end: number; verdict: Verdict | "day" } | null = null;
  for (const figure of figures) {
    while (d < days.length && days[d]! <= figure.start) {
      if (previous === null || days[d]! > previous.end) previous = { end: days[d]!, verdict: "day" };
      d++;
    }
    let verdict = judge(text, figure);
    const link = previous ? text.slice(previous.end, figure.start) : "";
    if (verdict === "amount" && isPlainInteger(figure) &&
        ((previous?.verdict === "identifier" && LIST_LINK.test(link)) ||
         (previous?.verdict === "day" && figure.value <= 31 && DAY_LINK.test(link)))) verdict = "identifier";
    if (verdict === "amount") kept.push(figure);
    previous = { end: figure.end, verdict };
  }
  return kept;
}

function isPlainInteger({ first, kind }: Figure): boolean {
  return kind === "count" && first.form === "numeral" && /^\d+$/.test(first.numeral!) && first.scale === 1;
}

function judge(text: string, figure: Figure): Verdict {
  const { start, end, first, last } = figure;
  const before = text.slice(Math.max(0, start - 40), start);
  const at = (pattern: RegExp, pos: number) => {
    pattern.lastIndex = pos;
    return pattern.test(text);
  };
  const bare = figure.kind === "count";
  const integer = isPlainInteger(figure);

  if (first.form === "numeral") {
    // Glued to letters: a code ("FY2023", "G20", "COVID-19"), unless the letters are a word a scraper glued on ("to72").
    const glued = lettersBefore(text, start);
    if (glued && !GLUE_WORDS.has(glued.toLowerCase())) return "not";
    // "COVID -19", "24/7", "10:30", "%20", "C5+1", a footnote glued to a word ("commitments.1"), a year ("’22").
    if (/\p{L}[^\S\n]?[-–\u2010\u2011]$|\d[/:.,]$|[%+]$|\p{L}[.,;:)”"’]$|(?:^|\s)[‘’']$/u.test(before)) return "not";
    if (isInWebAddress(text, start)) return "not";
  }
  if (end === last.end) {
    if (at(ORDINAL_AFTER, last.end)) return "not";
    if (last.form === "numeral" && at(GLUED_AFTER, last.end)) return "not";
    if (last.form === "numeral" && first.valueMax !== null && /^[-–\u2010\u2011]/.test(text.slice(last.end, last.end + 1))) return "not";
  }
  if (LABEL_BEFORE.test(before)) return "identifier";
  if (integer && figure.value <= 120 && AGE_BEFORE.test(before) && at(AGE_AFTER, last.end)) return "not";
  if (last.form === "numeral" && at(CITATION_AFTER, last.end)) return "identifier";
  if (bare && last.form === "words" && at(COMPOUND_AFTER, last.end)) return "not";
  if (!bare) return "amount";

  const code = CODE_BEFORE.exec(before)?.[1];
  if (first.form === "numeral" && /^[\d.]+$/.test(first.numeral!) && first.scale === 1 && code && !GLUE_WORDS.has(code.toLowerCase())) return "identifier";
  const day = integer && figure.value <= 31 && (figure.valueMax ?? 0) <= 31;
  if (day && (MONTH_BEFORE.test(before) || at(MONTH_AFTER, last.end))) return "identifier";
  if (integer && at(CLOCK_AFTER, last.end)) return "not";
  if (integer && isListLabel(text, figure)) return "not";
  return isQuotedName(text, figure) || isInName(text, figure) ? "not" : "amount";
}

/**
 * A capitalized number word inside a sentence, before a capitalized word, is
 * part of a name: "the Four Forest Restoration Initiative", "a One Health
 * focus". At a sentence start or in a Title Case heading ("Launching Two New
 * Programs") it is a count.
 */
function isInName(text: string, { start, end, first }: Figure): boolean {
  if (first.form !== "words" || !/^\p{Lu}/u.test(text[start]!)) return false;
  const previous = /(\S+)[^\S\n]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!previous || /[.!?:;"“”•*]$/u.test(previous)) return false;
  if (!/^[^\S\n]+\p{Lu}/u.test(text.slice(end, end + 3))) return false;
  const lineStart = text.lastIndexOf("\n", start) + 1;
  const lineEnd = text.indexOf("\n", end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const lowercase = line.match(/(?<![\p{L}’'-])\p{Ll}\p{L}{3,}/gu) ?? [];
  return lowercase.some((w) => !FUNCTION_WORDS.has(w));
}

/** The letters glued before `at` ("FY" of "FY2023"), or null. */
function lettersBefore(text: string, at: number): string | null {
  let s = at;
  while (s > 0 && at - s < 30 && LETTER.test(text[s - 1]!)) s--;
  return s < at ? text.slice(s, at) : null;
}

const SPACE = /\s/;

/** Inside a web address or an encoded link: "VA.gov/PACT", "%20American". */
function isInWebAddress(text: string, at: number): boolean {
  let s = at;
  let e = at;
  while (s > 0 && at - s < 200 && !SPACE.test(text[s - 1]!)) s--;
  while (e < text.length && e - at < 200 && !SPACE.test(text[e]!)) e++;
  return e - s > 6 && WEB_ADDRESS.test(text.slice(s, e));
}

/** "1. Text" opening a line; "1) text" with no "(" open before it; "(3)" or "[4]" alone in brackets. */
function isListLabel(text: string, { start, end }: Figure): boolean {
  const next = text[end];
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const line = text.slice(lineStart, start);
  if (next === "." && /^[\s•*-]*$/.test(line) && /^\s/.test(text[end + 1] ?? " ")) return true;
  const open = text[start - 1];
  if ((open === "(" && next === ")") || (open === "[" && next === "]")) return true;
  return next === ")" && line.lastIndexOf("(") <= line.lastIndexOf(")");
}

/** A number inside a short quotation is part of a name: “el 85”, “Fit for 55”. */
function isQuotedName(text: string, { start, end }: Figure): boolean {
  const open = OPEN_QUOTE_BEFORE.exec(text.slice(Math.max(0, start - 31), start));
  if (!open) return false;
  CLOSE_QUOTE_AFTER.lastIndex = end;
  const close = CLOSE_QUOTE_AFTER.exec(text);
  if (!close) return false;
  return `${open[1]} x ${close[1]}`.trim().split(/\s+/).length <= 4;
}
