/**
 * Money said without its sign: transcripts and briefings read "$60.4
 * billion" as "60.4 billion" ("The budget requests 60.4 billion – with a
 * B – for ..."). A figure written in digits and a scale word that counts
 * nothing is money where the document states money, and either the words
 * beside it ask for or spend it ("requests 60.4 billion", "6.4 billion in
 * humanitarian assistance") or its passage (paragraph or list item) states
 * money in that scale and counts nothing. It takes the currency of the
 * nearest money the document states.
 */
import type { AmountFact, SegmentedDoc } from "../../model.ts";
import { indexContaining } from "../../spans.ts";
import { alternation, MONEY_NOUNS, MONEY_VERBS, NUMBER_WORDS } from "./lexicon.ts";

const LARGE = 1_000_000;
/** Digits and a scale word money is said in ("60.4 billion"), nothing else. */
const SCALED = new RegExp(
  String.raw`^\d[\d,.]*[^\S\n]*(?:${alternation([...NUMBER_WORDS.scales].filter(([, v]) => v >= LARGE).map(([w]) => w))})$`,
  "i",
);
const VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(MONEY_VERBS)})[^\S\n]+(?:(?:a|an|the|historic|additional|another|nearly|over|about|some)[^\S\n]+)*$`, "iu");
const NOUN_AFTER = new RegExp(String.raw`^(?:[^\S\n]+more)?[^\S\n]+in[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,4}?(?:${alternation(MONEY_NOUNS)})(?![\p{L}])`, "iu");

const isLarge = (a: AmountFact) => a.value >= LARGE;
const isBare = (a: AmountFact) => a.kind === "count" && a.item === null && SCALED.test(a.text);

export function moneyWithoutSign(doc: Pick<SegmentedDoc, "text" | "segments">, amounts: readonly AmountFact[]): AmountFact[] {
  const stated = amounts.filter((a) => a.kind === "money");
  if (stated.length === 0 || !amounts.some(isBare)) return [...amounts];
  const spans = doc.segments.map((s) => s.span);
  const segmentOf = amounts.map((a) => indexContaining(spans, a.span[0], a.span[1]));
  const nearest = (a: AmountFact) => stated.reduce((m, b) => (Math.abs(b.span[0] - a.span[0]) < Math.abs(m.span[0] - a.span[0]) ? b : m));
  return amounts.map((a, i) => (isBare(a) && (spentByWords(doc.text, a) || inMoneyPassage(amounts, segmentOf, i)) ? { ...a, kind: "money", unit: nearest(a).unit } : a));
}

function spentByWords(text: string, a: AmountFact): boolean {
  return VERB_BEFORE.test(text.slice(Math.max(0, a.span[0] - 50), a.span[0])) || NOUN_AFTER.test(text.slice(a.span[1], a.span[1] + 80));
}

/** Its passage states large money and counts nothing large. */
function inMoneyPassage(amounts: readonly AmountFact[], segmentOf: readonly number[], i: number): boolean {
  if (segmentOf[i]! < 0) return false;
  const passage = amounts.filter((b, j) => j !== i && segmentOf[j] === segmentOf[i] && isLarge(b));
  return passage.some((b) => b.kind === "money") && !passage.some((b) => b.kind === "count" && b.item !== null);
}
