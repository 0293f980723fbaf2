/** The words around a span of the text, as the date filters and refiners read them. */

/** Spaces within a line; a line break ends the words a date can lean on. */
const GAP = "[ \\t\\u00a0]+";
const WORD_BEFORE = new RegExp(`(\\S+)${GAP}$`);
const WORD_AFTER = new RegExp(`^${GAP}(\\S+)`);
/** How far to look: longer than any word a rule reads. */
const WINDOW = 48;

/** The text just before `index` (at most a window), for patterns anchored at its end. */
export function textBefore(text: string, index: number, window = WINDOW): string {
  return text.slice(Math.max(0, index - window), index);
}

/** The text just after `end` (at most a window), for patterns anchored at its start. */
export function textAfter(text: string, end: number, window = WINDOW): string {
  return text.slice(end, end + window);
}

/** The whitespace-separated word before `index`, when only spaces lie between. */
export function wordBefore(text: string, index: number): { word: string; start: number } | null {
  const before = textBefore(text, index);
  const m = WORD_BEFORE.exec(before);
  return m ? { word: m[1]!, start: index - before.length + m.index } : null;
}

/** The whitespace-separated word after `end`, when only spaces lie between. */
export function wordAfter(text: string, end: number): string | null {
  return WORD_AFTER.exec(textAfter(text, end))?.[1] ?? null;
}

/** Whether a sentence, line or list item starts at `index` (nothing but spaces, marks or an opening quote before it). */
export function startsSentence(text: string, index: number): boolean {
  const m = /(\S)[\s"“‘(*•-]*$/u.exec(textBefore(text, index));
  return m === null || /[.!?:;]/.test(m[1]!) || /\n[\s"“‘(*•-]*$/u.test(textBefore(text, index));
}

/** The whitespace-delimited token around [start, end). */
export function tokenAround(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
  while (e < text.length && !/\s/.test(text[e]!)) e++;
  return text.slice(s, e);
}
