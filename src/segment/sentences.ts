/**
 * Sentence spans within blocks. A period ends a sentence unless it belongs
 * to an abbreviation ("U.S.", "Jr.", "Dr.") or an initial ("Antony J.").
 */
import type { Block } from "../model.ts";
import type { Span } from "../schema.ts";

const ABBREVIATIONS = new Set([
  "u.s", "u.n", "u.k", "e.u", "d.c", "jr", "sr", "dr", "mr", "mrs", "ms", "st", "no", "vs", "etc", "inc", "co", "corp",
  "ltd", "gen", "gov", "sen", "rep", "rev", "hon", "lt", "col", "capt", "sgt", "adm", "amb", "dept", "jan", "feb", "mar",
  "apr", "aug", "sept", "sep", "oct", "nov", "dec", "a.k.a", "i.e", "e.g", "p.m", "a.m", "fig", "approx", "est",
]);

const BOUNDARY = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;

export function splitSentences(text: string, blocks: readonly Block[]): Span[] {
  const spans: Span[] = [];
  for (const block of blocks) {
    let start = block.start;
    const content = text.slice(block.start, block.end);
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(content); m; m = BOUNDARY.exec(content)) {
      const end = block.start + m.index + m[0].length;
      const word = /([A-Za-z.]+)\.["”’)]*$/.exec(text.slice(start, end))?.[1]?.toLowerCase() ?? "";
      if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) continue;
      spans.push(trim(text, start, end));
      start = end;
    }
    if (start < block.end) spans.push(trim(text, start, block.end));
  }
  return spans.filter(([s, e]) => e > s);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}
