/**
 * Amounts: money, counts, quantities, percents, durations and multipliers
 * (GUIDELINES "Amounts"). One pass of one pattern finds every number; each
 * is then measured from the words beside it, judged (identifiers, dates,
 * ordinals and years are not amounts), joined into ranges, and given its
 * qualifier and the item it counts. Numbers inside a date or an entity name
 * ("fiscal year 2021", "Executive Order 14059") belong to those.
 */
import type { AmountFact, DateFact, EntityMention, SegmentedDoc } from "../../model.ts";
import type { Span } from "../../schema.ts";
import { opensCount } from "../dates/counts.ts";
import { itemOf } from "./item.ts";
import { durationByHead, measuredByLabel } from "./labels.ts";
import { alternation, BEFORE_PRONOUN_ONE } from "./lexicon.ts";
import { type Figure, measure } from "./measures.ts";
import { dropNotAmounts } from "./not-amounts.ts";
import { scanNumbers } from "./numbers.ts";
import { qualifierOf } from "./qualifiers.ts";
import { joinHyphenated, joinRanges, joinRatios } from "./ranges.ts";
import { moneyWithoutSign } from "./spoken-money.ts";

/** Money, counts, quantities, percents, durations and multipliers, in text order. */
export function extractAmounts(
  doc: SegmentedDoc,
  mentions: readonly EntityMention[],
  dates: readonly DateFact[],
): AmountFact[] {
  const { text } = doc;
  const isTaken = containmentTest([...mentions.map((m) => m.span), ...dates.map((d) => d.span)]);
  const tokens = joinHyphenated(text, scanNumbers(text)).filter((t) => !isTaken(t.start, t.end));
  const dayEnds = dates.filter((d) => /(?<!\d)\d{1,2}$/.test(d.text)).map((d) => d.span[1]);
  const measured = joinRatios(text, tokens.map((t) => measure(text, t)));
  const figures = dropNotAmounts(text, measured, dayEnds).filter((f) => !isYear(text, f));
  const amounts: AmountFact[] = [];
  let previous: Figure | undefined;
  for (const figure of joinRanges(text, figures)) {
    const qualifier = qualifierOf(text, figure, previous);
    const item = itemOf(text, figure, qualifier.end);
    if (figure.kind === "count" && figure.first.form === "words" && !countsSomething(text, figure, item)) continue;
    if (figure.kind === "count" && item === null && qualifier.qualifier === null && namesWithNumber(text, figure)) continue;
    const byWords = figure.kind !== "count" ? null : item !== null ? durationByHead(item) : measuredByLabel(text, figure.start, figure.end);
    amounts.push({
      text: text.slice(figure.start, figure.end),
      span: [figure.start, figure.end],
      kind: byWords?.kind ?? figure.kind,
      value: figure.value,
      valueMax: figure.valueMax,
      unit: byWords ? byWords.unit : figure.unit,
      qualifier: qualifier.qualifier,
      item: byWords ? byWords.item : item,
    });
    previous = figure;
  }
  return moneyWithoutSign(doc, amounts);
}

/**
 * A bare four-digit number from 1500 to 2100 is a year ("In 2022", "the 2018
 * crisis", "in 1787"): counts that large are written with a comma ("2,022").
 * So is "two thousand twenty-one", a proclamation's year; a count that large
 * is written in digits. Years are dropped before ranges are joined, so "2019
 * to 193 million" lends no scale. A number that opens a sentence and counts
 * what follows is no year ("1700 oxygen concentrators").
 */
function isYear(text: string, f: Figure): boolean {
  if (f.kind !== "count" || !Number.isInteger(f.value)) return false;
  if (f.first.form === "numeral") {
    return /^\d{4}$/.test(f.first.numeral!) && f.value >= 1500 && f.value <= 2100 && !opensCount(text, f.start, f.end);
  }
  return f.first.form === "words" && f.value > 2000 && f.value <= 2100 && !/\b(?:hundred|and)\b/i.test(text.slice(f.first.start, f.first.end));
}

/** "celebrating America 250", "the Artemis 2 crew": a small number that counts nothing after a name inside a sentence is part of the name. */
const NAME_BEFORE = /[\p{Ll},;][^\S\n]+\p{Lu}\p{Ll}+[^\S\n]$/u;

/** Small and plain, and not a row of a list ("East Asia 15,000; Europe 40,000", "Europe 400;"). */
function namesWithNumber(text: string, f: Figure): boolean {
  return (
    f.first.form === "numeral" && /^\d{1,3}$/.test(f.first.numeral ?? "") && f.first.scale === 1 && !/^[;:|]/.test(text.slice(f.end, f.end + 1)) &&
    NAME_BEFORE.test(text.slice(Math.max(0, f.start - 32), f.start))
  );
}

const DETERMINER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(BEFORE_PRONOUN_ONE)})[^\S\n]+$`, "iu");

/**
 * A small number in words counts only what it names ("five municipalities",
 * "one tip"; not "the two also met", "one of the strongest", "no one"), or
 * stands in a range or change ("from six to nine"). "over one million" is a
 * count by itself.
 */
function countsSomething(text: string, f: Figure, item: string | null): boolean {
  if (f.value >= 1000 || f.paired) return true;
  if (item === null) return false;
  return f.value !== 1 || !DETERMINER_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start));
}

/**
 * A test for a number that one of `spans` holds whole, for queries in
 * increasing order of start. A span that cuts a number ("000 Rural HIV
 * Challenge" of "$500,000 Rural ...") does not hold it.
 */
function containmentTest(spans: Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let from = 0;
  return (start, end) => {
    while (from < sorted.length && sorted[from]![1] <= start) from++;
    for (let k = from; k < sorted.length && sorted[k]![0] <= start; k++) if (sorted[k]![1] >= end) return true;
    return false;
  };
}
