/**
 * Ranges and pairs of numbers. Numerals joined by a hyphen are judged as one
 * ("10-15" is a range; "2021-02", "117-58" and "202-456-1111" are not
 * figures). Measured figures joined by "to", a dash or "between ... and"
 * become one range ("$4.3 to $4.7 million", "between 10 and 20"); "from A to
 * B" states a change, so it stays two figures. In both, a bare first number
 * takes the measure of the second ("10 to 40 percent", "from 14 to 72").
 */
import { FUNCTION_WORDS } from "./lexicon.ts";
import type { Figure } from "./measures.ts";
import { type NumberToken, parseNumeral, scaleBy } from "./numbers.ts";

/**
 * Joins numerals written with a hyphen, an en dash or "-to-" and no space
 * between. Two ascending numbers are a range ("10-15", "5-to-12"); anything
 * else so joined (a year and a number, a descending pair or a ratio, three
 * parts, a phone number) is dropped whole.
 */
export function joinHyphenated(text: string, tokens: readonly NumberToken[]): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j + 1 < tokens.length && joined(text, tokens[j]!, tokens[j + 1]!)) j++;
    const a = tokens[i]!;
    const b = tokens[j]!;
    if (j === i) out.push(a);
    else if (j === i + 1 && isRange(a, b)) {
      out.push({ ...a, end: b.end, valueMax: b.value, scale: b.scale, value: scaleBy(a.value, b.scale) });
    }
    i = j + 1;
  }
  return out;
}

const JOIN = /^(?:[-–\u2010\u2011]|-to-)$/;

function joined(text: string, a: NumberToken, b: NumberToken): boolean {
  return a.form === "numeral" && b.form === "numeral" && b.start - a.end <= 4 && JOIN.test(text.slice(a.end, b.start));
}

function isRange(a: NumberToken, b: NumberToken): boolean {
  const [x, y] = [a.numeral!, b.numeral!];
  if (a.scale !== 1 || /^0\d/.test(y)) return false;
  if (/^\d{4}$/.test(x) && /^\d{2,4}$/.test(y)) return false;
  if (/^\d{3}$/.test(x) && /^\d{4}$/.test(y)) return false;
  return parseNumeral(y) > a.value;
}

const RANGE_LINK = /^[^\S\n]*(?:to|through|-|–)[^\S\n]*$/;
const PAIR_LINK = /^[^\S\n]+and[^\S\n]+$/;
const BETWEEN_BEFORE = /(?<![\p{L}])between(?:[^\S\n]+the[^\S\n]+ages[^\S\n]+of)?[^\S\n]+$/iu;
const FROM_BEFORE = /(?<![\p{L}])from[^\S\n]+$/iu;

const RATIO_LINK = /^[^\S\n]+(?:in|out[^\S\n]+of)(?:[^\S\n]+every)?[^\S\n]+$/i;

/**
 * "1 in 6 households", "one out of every five children": a share, read as
 * one figure that counts the part (the whole is in its text), never as two
 * counts.
 */
export function joinRatios(text: string, figures: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1];
    if (b && isWholeCount(a) && isWholeCount(b) && a.value < b.value && RATIO_LINK.test(text.slice(a.end, b.start))) {
      out.push({ ...a, end: b.end, last: b.last });
      i++;
    } else out.push(a);
  }
  return out;
}

function isWholeCount(f: Figure): boolean {
  return f.kind === "count" && f.valueMax === null && f.first.scale === 1 && Number.isInteger(f.value);
}

/** Joins ranges and lends a bare number the measure of its partner; `measured` are in text order. */
export function joinRanges(text: string, measured: readonly Figure[]): Figure[] {
  const figures = [...measured];
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1];
    if (!b) {
      out.push(a);
      continue;
    }
    const link = text.slice(a.end, b.start);
    const before = text.slice(Math.max(0, a.start - 24), a.start);
    const between = BETWEEN_BEFORE.test(before) && PAIR_LINK.test(link);
    const from = FROM_BEFORE.test(before) && /^[^\S\n]*to[^\S\n]*$/.test(link);
    if (!between && !RANGE_LINK.test(link)) {
      out.push(a);
      continue;
    }
    const [x, y] = lend(text, { ...a, paired: true }, { ...b, paired: true }, between);
    if (from) {
      out.push(x);
      figures[i + 1] = y;
      continue;
    }
    // Not a range after all ("1.7 billion – 6 percent of last year’s"): each keeps its own measure.
    if (x.kind !== y.kind || x.unit !== y.unit || y.value <= x.value) {
      out.push(a);
      continue;
    }
    out.push({ ...x, end: y.end, valueMax: y.valueMax ?? y.value, last: y.last, adjective: y.adjective });
    i++;
  }
  return out;
}

/**
 * "$4.3 to $4.7 million", "10 to 40 percent": a first number takes the
 * second's scale, and its kind and unit when it has none; "ages 16 to 24",
 * "between the ages of 18 and 49 die": a bare second number that ends its
 * phrase, or closes a "between", takes the first's.
 */
function lend(text: string, a: Figure, b: Figure, between: boolean): [Figure, Figure] {
  const lends = b.first.scale !== 1 && a.first.scale === 1 && a.first.form === "numeral" && /^\d{1,3}(?:\.\d+)?$/.test(a.first.numeral!);
  const value = lends ? scaleBy(a.value, b.first.scale) : a.value;
  if (a.kind === "count") return [{ ...a, value, kind: b.kind, unit: b.unit }, b];
  if (b.kind === "count" && b.first.scale === 1 && (between || endsPhrase(text, b.end))) return [{ ...a, value }, { ...b, kind: a.kind, unit: a.unit }];
  return [{ ...a, value }, b];
}

/** Nothing is named after `at`: punctuation, the end, or a function word. */
function endsPhrase(text: string, at: number): boolean {
  const next = /^[^\S\n]*(\p{L}*)/u.exec(text.slice(at, at + 30))!;
  return next[1] === "" ? !/^[^\S\n]*\p{N}/u.test(text.slice(at, at + 3)) : FUNCTION_WORDS.has(next[1]!.toLowerCase());
}
