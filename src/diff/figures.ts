/**
 * Figures of two documents paired by what they measure. Two figures can be
 * one measure only when their kind and unit agree; then, best first:
 * - the same subject entity and the same counted item (or, without items,
 *   a like sentence): "SAMHSA awarded $1.5 billion" / "SAMHSA awarded $1.9
 *   billion";
 * - the same counted item: "745 community coalitions" / "751 community coalitions";
 * - a like sentence around them, when the subject is missing: "Europe and
 *   Central Asia . . . 10,000" / "Europe and Central Asia . . . 15,000".
 * A different subject or a different item rules a pair out. Only figures
 * that share a subject, an item word or a nearby word are compared, so two
 * long documents do not cost the product of their figures.
 */
import type { Amount, DocumentDiff, FigureChange, FigurePairing, FigureRef, Span } from "../schema.ts";
import type { DocumentIndex } from "./document.ts";
import { pairBest, pairsSharingKeys } from "./pairing.ts";
import { dice, plainWords, tokens, tokensAt } from "./similarity.ts";

/** Items this alike count the same thing ("community coalitions", "coalitions"). */
const SAME_ITEM = 0.5;
/** Sentences this alike state the same measure. */
const SAME_CONTEXT = 0.5;
/** With the same subject and no item to compare, the sentence must agree this much (one agency states many sums of money). */
const SUBJECT_CONTEXT = 0.3;
/**
 * With the same item, the sentences must share at least this much when each
 * document counts that item once, and up to SAME_CONTEXT when many figures
 * count it: an item that several figures share says less of which is which.
 */
const ITEM_CONTEXT = 0.2;
/** Words either side of a figure that say what it counts. */
const NEAR_WORDS = 5;
/** How much the nearby words weigh against the whole sentence. */
const NEAR_WEIGHT = 0.6;
/** An equal value tips a tie: the figure most likely restated. */
const SAME_VALUE_BONUS = 0.25;
/** What sitting under like section headings adds. */
const SECTION_WEIGHT = 0.25;

interface Figure {
  amount: Amount;
  bucket: string;
  subject: string | null;
  item: Set<string> | null;
  /** How many figures of its document count the same item (1 without an item). */
  itemShare: number;
  near: Set<string>;
  sentence: Set<string>;
  /** The sentence's plain words, to know it unchanged. */
  sentenceWords: string;
  section: Set<string>;
  ref: FigureRef;
}

export function diffFigures(old: DocumentIndex, neu: DocumentIndex): DocumentDiff["figures"] {
  const oldFigures = countShares(figures(old));
  const newFigures = countShares(figures(neu));
  const pairing = pairBest(oldFigures, newFigures, pairsSharingKeys(oldFigures, newFigures, indexKeys, (o, n) => score(o, n)?.score ?? null));

  const changed: FigureChange[] = [];
  let kept = 0;
  for (const p of pairing.pairs) {
    const o = p.old.amount;
    const n = p.new.amount;
    if (o.value === n.value && o.valueMax === n.valueMax) {
      kept++;
      continue;
    }
    const absolute = round(level(n) - level(o));
    changed.push({
      old: p.old.ref,
      new: p.new.ref,
      pairedBy: score(p.old, p.new)!.basis,
      change: { absolute, relative: level(o) === 0 ? null : round(absolute / Math.abs(level(o))) },
    });
  }
  return { changed, added: pairing.onlyNew.map((f) => f.ref), removed: pairing.onlyOld.map((f) => f.ref), kept };
}

function figures(doc: DocumentIndex): Figure[] {
  const amounts = doc.extraction.amounts;
  const like = (a: Amount, b: Amount | undefined) => b !== undefined && b.kind === a.kind && b.unit === a.unit;
  return amounts.map((a, i) => {
    const [previous, next] = [amounts[i - 1], amounts[i + 1]];
    return figure(doc, a, [like(a, previous) ? previous!.span[1] : 0, like(a, next) ? next!.span[0] : doc.extraction.text.length]);
  });
}

/**
 * `between`: from the end of the like figure before to the start of the
 * like figure after. The words beyond a figure of the same measure, or
 * beyond a ";", are that figure's, so they are not read as this one's near
 * words ("Africa 20,000; East Asia 15,000; ..."); a figure of another
 * measure beside it is part of its phrase ("$7.4 billion or 14 percent
 * above FY 2021 enacted levels").
 */
function figure(doc: DocumentIndex, a: Amount, between: Span): Figure {
  const text = doc.extraction.text;
  const wordsIn = ([start, end]: Span) =>
    tokensAt(text.slice(start, end), { numbers: false })
      .map((t) => ({ ...t, start: t.start + start, end: t.end + start }))
      .filter((t) => t.end <= a.span[0] || t.start >= a.span[1]);
  // A figure alone in its "sentence" (a table row cut at its dot leaders) is read with its whole segment.
  let [start, end] = doc.sentenceAt(a.span, a.segment);
  let words = wordsIn([start, end]);
  const segment = doc.segment(a.segment);
  if (words.length === 0 && segment) {
    [start, end] = segment.span;
    words = wordsIn(segment.span);
  }
  const [from, to] = ownPart(text, a.span, between);
  const before = words.filter((t) => t.end <= a.span[0] && t.start >= from).slice(-NEAR_WORDS);
  const after = words.filter((t) => t.start >= a.span[1] && t.end <= to).slice(0, NEAR_WORDS);
  const item = a.item === null ? null : tokens(a.item, { numbers: false });
  const section = doc.sectionOf(a.segment);
  const sentence = text.slice(start, end).replace(/\s+/g, " ");
  return {
    amount: a,
    bucket: `${a.kind}|${a.unit ?? ""}`,
    subject: a.subject,
    item: item && item.size > 0 ? item : null,
    itemShare: 1,
    near: new Set([...before, ...after].map((t) => t.token)),
    sentence: new Set(words.map((t) => t.token)),
    sentenceWords: plainWords(sentence),
    section: section ? tokens(section.heading) : new Set(),
    ref: {
      text: a.text, span: a.span, kind: a.kind, value: a.value, valueMax: a.valueMax, unit: a.unit, qualifier: a.qualifier,
      item: a.item, subject: a.subject, subjectName: doc.entity(a.subject)?.name ?? null, section: section?.heading ?? null, sentence,
    },
  };
}

/** The part of the text around a figure that speaks of it alone: within its neighbours and the nearest ";" either side. */
function ownPart(text: string, [start, end]: Span, [from, to]: Span): Span {
  const semicolonBefore = text.lastIndexOf(";", start - 1);
  const semicolonAfter = text.indexOf(";", end);
  return [Math.max(from, semicolonBefore + 1), Math.min(to, semicolonAfter < 0 ? text.length : semicolonAfter)];
}

function countShares(figures: Figure[]): Figure[] {
  const itemKey = (f: Figure) => `${f.bucket}|${[...f.item!].sort().join(" ")}`;
  const counts = new Map<string, number>();
  for (const f of figures) if (f.item) counts.set(itemKey(f), (counts.get(itemKey(f)) ?? 0) + 1);
  for (const f of figures) f.itemShare = f.item ? counts.get(itemKey(f))! : 1;
  return figures;
}

/** Keys a figure is found by, each within its kind and unit. */
function indexKeys(f: Figure): string[] {
  const keys = [`w:${f.bucket}|${f.sentenceWords}`];
  if (f.subject) keys.push(`s:${f.bucket}|${f.subject}`);
  for (const t of f.item ?? []) keys.push(`i:${f.bucket}|${t}`);
  for (const t of f.near) keys.push(`n:${f.bucket}|${t}`);
  return keys;
}

function score(o: Figure, n: Figure): { score: number; basis: FigurePairing } | null {
  if (o.bucket !== n.bucket) return null;
  const sameSubject = o.subject !== null && o.subject === n.subject;
  const otherSubject = o.subject !== null && n.subject !== null && !sameSubject;
  const item = o.item && n.item ? dice(o.item, n.item) : null;
  const sharing = Math.max(o.itemShare, n.itemShare);
  const otherItem = item !== null && item < SAME_ITEM;
  const context = o.sentenceWords === n.sentenceWords ? 1 : NEAR_WEIGHT * dice(o.near, n.near) + (1 - NEAR_WEIGHT) * dice(o.sentence, n.sentence);

  let basis: FigurePairing | null = null;
  if (sameSubject && !otherItem && (item !== null || context >= SUBJECT_CONTEXT)) basis = "subject";
  else if (!otherSubject && item !== null && !otherItem && context >= SAME_CONTEXT - (SAME_CONTEXT - ITEM_CONTEXT) / sharing) basis = "item";
  else if (!otherSubject && !otherItem && context >= SAME_CONTEXT) basis = "context";
  if (basis === null) return null;

  const sameValue = o.amount.value === n.amount.value && o.amount.valueMax === n.amount.valueMax;
  return {
    basis,
    score: (sameSubject ? 1 : 0) + (item ?? 0) + context + (sameValue ? SAME_VALUE_BONUS : 0) + SECTION_WEIGHT * dice(o.section, n.section),
  };
}

/** The value a change is measured on: a range counts by its midpoint. */
function level(a: Amount): number {
  return a.valueMax === null ? a.value : (a.value + a.valueMax) / 2;
}

/** Clears the float noise of a subtraction or division. */
function round(x: number): number {
  return Number(x.toPrecision(10));
}
