/** The words around a span of the text, as the date filters and refiners read them. */

/** Spaces within a line; a line break ends the words a date can lean on. */
const isGap = (c: string | undefined) => c === " " || c === "\t" || c === "\u00a0";
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
/** What may stand between a sentence's start and its first word: quotes, brackets, bullets. */
const OPENING = new Set(['"', "“", "‘", "(", "[", "*", "•", "-", "–", "—"]);
/** How far to look: longer than any word a rule reads. */
const WINDOW = 48;
/** How much of a line decides whether it is in title case. */
const LINE = 200;
/** A word of four letters or more (so not "of", "the", "and") that starts in lower case. */
const LOWER_WORD = /(?<!\p{L})\p{Ll}\p{L}{3}/u;
const CAPITALIZED_WORD = /\p{Lu}\p{L}{3}/gu;

/** The text just before `index` (at most a window), for patterns anchored at its end. */
export function textBefore(text: string, index: number, window = WINDOW): string {
  return text.slice(Math.max(0, index - window), index);
}

/** The text just after `end` (at most a window), for patterns anchored at its start. */
export function textAfter(text: string, end: number, window = WINDOW): string {
  return text.slice(end, end + window);
}

/** The whitespace-separated word before `index`, when only spaces lie between (a backward scan: this runs per date). */
export function wordBefore(text: string, index: number): { word: string; start: number } | null {
  let end = index;
  while (isGap(text[end - 1])) end--;
  if (end === index) return null;
  let start = end;
  while (start > 0 && start > index - WINDOW && !isSpace(text[start - 1])) start--;
  return start === end ? null : { word: text.slice(start, end), start };
}

/** Whether a sentence, line or list item starts at `index`: before it only spaces, marks and quotes, then a stop, a line break or the text's start. */
export function startsSentence(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && i > index - WINDOW) {
    const c = text[i - 1]!;
    if (c === "\n") return true;
    if (!OPENING.has(c) && !isSpace(c)) return ".!?:;".includes(c);
    i--;
  }
  return i === 0;
}

/**
 * Whether the line around `index` is written in title case (a headline or
 * heading: "First Lady Previews 2025 White House Easter Egg Roll"), where
 * capitals do not mark names.
 */
export function inTitleCase(text: string, index: number): boolean {
  const from = Math.max(text.lastIndexOf("\n", index) + 1, index - LINE);
  const next = text.indexOf("\n", index);
  const line = text.slice(from, next < 0 ? index + LINE : Math.min(next, index + LINE));
  return !LOWER_WORD.test(line) && (line.match(CAPITALIZED_WORD)?.length ?? 0) > 1;
}

/** The whitespace-delimited token around [start, end). */
export function tokenAround(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && !isSpace(text[s - 1])) s--;
  while (e < text.length && !isSpace(text[e])) e++;
  return text.slice(s, e);
}
