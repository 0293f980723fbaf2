/**
 * What a figure measures when the words beside it are a label rather than
 * a phrase: a counted noun whose head is a unit of time ("6,590 maritime
 * patrol hours" is 6590 hours of patrol), and the label before a figure
 * that stands alone in a list item or a table row ("Hours flown: 310",
 * "Tents: 1,500"), which says what the figure counts or in what unit.
 */
import { currencyNamed, currencyOfSymbol, TIME_DETERMINERS, unitNamed, type UnitEntry } from "./lexicon.ts";

export interface Measured {
  kind: "count" | "money" | "percent" | "quantity" | "duration";
  unit: string | null;
  item: string | null;
}

/**
 * "maritime patrol hours" -> 6590 hour of "maritime patrol"; null when the
 * head is no unit of time, or the words place a time rather than count it
 * ("Defender-Europe 23 next year").
 */
export function durationByHead(item: string): Measured | null {
  const words = item.split(" ");
  if (TIME_DETERMINERS.has(words[0]!.toLowerCase())) return null;
  const head = words.at(-1)!.split(/[-\u2010\u2011]/);
  const unit = unitNamed(head.at(-1)!);
  if (unit?.kind !== "duration") return null;
  const rest = [...words.slice(0, -1), ...head.slice(0, -1)].join(" ");
  return { kind: "duration", unit: unit.unit, item: rest === "" ? null : rest };
}

/** A label that opens the line and ends in a colon right before the figure, which ends the line. */
const LABEL_BEFORE = /(?:^|\n)[^\S\n]*(?:[•*-][^\S\n]*)?([^\n:•]{2,60}?)[^\S\n]*:[^\S\n]*$/u;
const LINE_END_AFTER = /^[^\S\n]*[.;]?[^\S\n]*(?:\n|$)/;
/** Longer than this, the words before the colon are a sentence ("The ceilings are as follows:"), not a label. */
const MAX_LABEL_WORDS = 5;

/** What the label of a list item or table row says of its figure ("Hours flown: 310"); null when there is none. */
export function measuredByLabel(text: string, start: number, end: number): Measured | null {
  if (!LINE_END_AFTER.test(text.slice(end, end + 4))) return null;
  const label = LABEL_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1];
  if (!label || !/^\p{Lu}/u.test(label) || label.split(/\s+/).length > MAX_LABEL_WORDS) return null;
  const words = label.match(/[\p{L}$€£¥]+(?:[-’'][\p{L}]+)*/gu) ?? [];
  for (const w of words) {
    const currency = currencyOfSymbol(w) ?? currencyNamed(w)?.code;
    if (currency) return { kind: "money", unit: currency, item: null };
    const unit: UnitEntry | undefined = unitNamed(w);
    if (unit) return { kind: unit.kind, unit: unit.unit, item: null };
  }
  return { kind: "count", unit: null, item: label.trim() };
}
