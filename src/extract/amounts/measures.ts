/**
 * What a number measures, read from the words written around it: a currency
 * before or after it (money), a unit after it (percent, quantity, duration),
 * "times" or "-fold" (multiplier), else it counts something.
 */
import type { AmountKind } from "../../schema.ts";
import {
  AGE_WORDS,
  alternation,
  CURRENCY_BEFORE,
  CURRENCY_CODE_AFTER,
  CURRENCY_NAME_AFTER,
  currencyNamed,
  HYPHEN,
  currencyOfSymbol,
  MULTIPLIER_CUES,
  SCALE_ABBREVIATION,
  SCALE_ABBREVIATIONS,
  UNIT_ABBREVIATION,
  UNIT_NAME,
  unitAbbreviated,
  unitNamed,
} from "./lexicon.ts";
import { type NumberToken, scaleBy } from "./numbers.ts";

/** A number with what it measures; the span covers currency and unit, never the qualifier. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  kind: AmountKind;
  unit: string | null;
  /** The number that gives the value, and the one that ends a range. */
  first: NumberToken;
  last: NumberToken;
  /** The unit is joined by a hyphen ("12-year prison sentence"): the figure modifies the noun after it. */
  adjective: boolean;
  /** Joined to another figure as a range or a change ("from six to nine"). */
  paired: boolean;
}

const TIMES = /(?:[^\S\n]+|-)times(?![\p{L}\d])/iuy;
const FOLD = /(?:-?fold|x)(?![\p{L}\d])/uy;
/** "ages 16-24", "aged 18", "the ages of 18 and 49": years of age. */
const AGE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(AGE_WORDS)})(?:[^\S\n]+of)?[^\S\n]+$`, "iu");

/** Reads the measure of `token`; a range token ("10-15 years") keeps its upper bound. */
export function measure(text: string, token: NumberToken): Figure {
  const figure: Figure = {
    start: token.start,
    end: token.end,
    value: token.value,
    valueMax: token.valueMax,
    kind: token.form === "multiplier" ? "multiplier" : "count",
    unit: null,
    first: token,
    last: token,
    adjective: false,
    paired: false,
  };
  if (token.form === "multiplier") {
    // "twice as much" multiplies; "released twice" counts occasions; "a threefold rise" multiplies.
    if (!/fold$/i.test(text.slice(token.start, token.end)) && !comparisonAt(text, token.end)) figure.kind = "count";
    return figure;
  }
  if (readCurrency(text, figure)) return figure;
  if (readUnit(text, figure)) return figure;
  if (readMultiplier(text, figure)) return figure;
  if (AGE_BEFORE.test(text.slice(Math.max(0, figure.start - 12), figure.start))) {
    figure.kind = "duration";
    figure.unit = "year";
  }
  return figure;
}

function scale(figure: Figure, factor: number): void {
  figure.value = scaleBy(figure.value, factor);
  if (figure.valueMax !== null) figure.valueMax = scaleBy(figure.valueMax, factor);
}

function readCurrency(text: string, figure: Figure): boolean {
  const { first } = figure;
  const before = first.form === "numeral" ? CURRENCY_BEFORE.exec(text.slice(Math.max(0, figure.start - 8), figure.start)) : null;
  if (before) {
    figure.unit = before.groups!.symbol ? currencyOfSymbol(before.groups!.symbol)! : before.groups!.code!;
    figure.kind = "money";
    figure.start -= before[0].length;
    if (first.scale === 1) {
      SCALE_ABBREVIATION.lastIndex = figure.end;
      const abbr = SCALE_ABBREVIATION.exec(text);
      if (abbr) {
        scale(figure, SCALE_ABBREVIATIONS.get(abbr[0])!);
        figure.end += abbr[0].length;
      }
    }
  }
  for (const after of [CURRENCY_NAME_AFTER, CURRENCY_CODE_AFTER]) {
    after.lastIndex = figure.end;
    const m = after.exec(text);
    const named = m ? currencyNamed(m.groups!.name ?? m.groups!.code!) : undefined;
    if (named && (figure.unit === null || figure.unit === named.code)) {
      figure.unit = named.code;
      figure.kind = "money";
      scale(figure, named.factor);
      figure.end = after.lastIndex;
      break;
    }
  }
  return figure.kind === "money";
}

/** A unit after the number, also past a "+" ("3,500+ hours", "50+%"): the span then holds the "+". */
function readUnit(text: string, figure: Figure): boolean {
  for (const at of text[figure.end] === "+" ? [figure.end, figure.end + 1] : [figure.end]) {
    UNIT_NAME.lastIndex = at;
    const name = UNIT_NAME.exec(text);
    UNIT_ABBREVIATION.lastIndex = at;
    const abbr = name ? null : UNIT_ABBREVIATION.exec(text);
    const entry = name ? unitNamed(name.groups!.name!) : abbr ? unitAbbreviated(abbr.groups!.abbr!) : undefined;
    const matched = (name ?? abbr)?.[0];
    if (!entry || matched === undefined) continue;
    figure.kind = entry.kind;
    figure.unit = entry.unit;
    figure.adjective = new RegExp(HYPHEN).test(matched);
    figure.end = at + matched.length;
    return true;
  }
  return false;
}

/**
 * "four times the amount", "twice as much", "a threefold rise", "10x": a
 * multiplier. "three times" without a comparison after it counts occasions.
 */
function readMultiplier(text: string, figure: Figure): boolean {
  FOLD.lastIndex = figure.end;
  const fold = FOLD.exec(text);
  if (fold && (fold[0] !== "x" || figure.first.form === "numeral")) {
    figure.kind = "multiplier";
    figure.end += fold[0].length;
    return true;
  }
  TIMES.lastIndex = figure.end;
  const times = TIMES.exec(text);
  if (!times || !comparisonAt(text, figure.end + times[0].length)) return false;
  figure.kind = "multiplier";
  figure.end += times[0].length;
  return true;
}

const NEXT_WORD = /[^\S\n]*(\p{L}*)/uy;

/** A comparison follows: "as much", "the amount", "more likely", "higher". */
function comparisonAt(text: string, at: number): boolean {
  NEXT_WORD.lastIndex = at;
  const next = NEXT_WORD.exec(text)![1]!.toLowerCase();
  return MULTIPLIER_CUES.has(next) || /^[a-z]{2,}er$/.test(next);
}
