/**
 * Sentence spans within spans of text. A period ends a sentence unless it
 * belongs to an abbreviation ("U.S.", "Jr.", "Dr.") or an initial ("Antony J.").
 */
import type { Span } from "../schema.ts";

const ABBREVIATIONS = new Set([
  "u.s", "u.n", "u.k", "e.u", "d.c", "jr", "sr", "dr", "mr", "mrs", "ms", "st", "no", "vs", "etc", "inc", "co", "corp",
  "ltd", "gen", "gov", "sen", "rep", "rev", "hon", "lt", "col", "capt", "sgt", "adm", "amb", "dept", "jan", "feb", "mar",
  "apr", "aug", "sept", "sep", "oct", "nov", "dec", "a.k.a", "i.e", "e.g", "p.m", "a.m", "fig", "approx", "est",
]);

const BOUNDARY = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;

/** The sentences of each span, in order; spans must be in order and must not overlap. */
export function splitSentences(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) out.push(...sentencesOf(text, span));
  return out;
}

/** The first sentence of a span, or null when the span holds no text. */
export function firstSentence(text: string, span: Span): Span | null {
  return sentencesOf(text, span, 1)[0] ?? null;
}

function sentencesOf(text: string, [from, to]: Span, limit = Infinity): Span[] {
  const spans: Span[] = [];
  let start = from;
  const content = text.slice(from, to);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(content); m && spans.length < limit; m = BOUNDARY.exec(content)) {
    const end = from + m.index + m[0].length;
    const word = /([A-Za-z.]+)\.["”’)]*$/.exec(text.slice(start, end))?.[1]?.toLowerCase() ?? "";
    if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) continue;
    spans.push(trim(text, start, end));
    start = end;
  }
  if (start < to && spans.length < limit) spans.push(trim(text, start, to));
  return spans.filter(([s, e]) => e > s);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}
