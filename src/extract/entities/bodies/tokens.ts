/**
 * Tokens of the normalized text, for matching names: words, dotted
 * abbreviations ("U.S.", "S.A.") and single punctuation marks, each with its
 * exact span. Whitespace and line breaks between tokens do not count, so a
 * name matches across a line break; a block boundary does (a name never
 * runs from one paragraph or bullet into the next).
 */
import type { Block } from "../../../model.ts";

export interface Token {
  readonly start: number;
  readonly end: number;
  /** The text without accents, with one quote and one hyphen style: "Fiscalia", "Attorney", "'". */
  readonly form: string;
  /** `form` in lower case, "&" as "and": what a trie compares. */
  readonly key: string;
  readonly word: boolean;
  /** Tokens of different regions (blocks) never belong to one name. */
  readonly region: number;
  /** No whitespace between this token and the one before. */
  readonly glued: boolean;
}

const QUOTES = /[\u2018\u2019\u02bc`´]/g;
const HYPHENS = /[\u2010\u2011]/g;
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;
const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{M}\p{N}]/u;

/** Accents removed, one apostrophe and one hyphen style. */
export function fold(s: string): string {
  if (PLAIN.test(s)) return s;
  return s.normalize("NFKD").replace(/\p{M}/gu, "").replace(QUOTES, "'").replace(HYPHENS, "-");
}

function keyOf(form: string): string {
  return form === "&" ? "and" : form.toLowerCase();
}

/** Character classes by code unit, computed once: 2 letter, 1 other word character (mark, digit), 0 not. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = LETTER.test(ch) ? 2 : WORD.test(ch) ? 1 : 0;
}
const SPACE = /\s/;
const IS_SPACE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) IS_SPACE[c] = SPACE.test(String.fromCharCode(c)) ? 1 : 0;
const DOT = 46;

/**
 * Token boundaries: dotted abbreviations ("U.S.", two or more letters each
 * followed by a period), runs of word characters, and any other single
 * character that is not a space. One pass over the code units.
 */
function scanTokens(text: string, emit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (IS_SPACE[c]) {
      i++;
      continue;
    }
    if (!CLASS[c]) {
      const pair = c >= 0xd800 && c < 0xdc00 && i + 1 < n;
      emit(i, (i += pair ? 2 : 1));
      continue;
    }
    let j = i;
    while (j + 1 < n && CLASS[text.charCodeAt(j)] === 2 && text.charCodeAt(j + 1) === DOT && j + 2 <= n) {
      if (j + 2 < n && CLASS[text.charCodeAt(j + 2)] === 2) j += 2;
      else {
        j += 2;
        break;
      }
    }
    if (j - i >= 4 && text.charCodeAt(j - 1) === DOT) {
      emit(i, j);
      i = j;
      continue;
    }
    j = i + 1;
    while (j < n && CLASS[text.charCodeAt(j)]) j++;
    emit(i, j);
    i = j;
  }
}

/** Tokens of a term (a name in the gazetteer), with the same rules as the text. */
export function termTokens(text: string): { form: string; key: string }[] {
  const out: { form: string; key: string }[] = [];
  scanTokens(text, (start, end) => {
    const form = fold(text.slice(start, end));
    out.push({ form, key: keyOf(form) });
  });
  return out;
}

function hasUpper(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Tokens of the text; `blocks` (sorted, not overlapping) give the regions. */
export function tokenize(text: string, blocks: readonly Block[]): Token[] {
  const tokens: Token[] = [];
  // One lower-casing of the whole text, when it keeps every offset (it nearly always does).
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  let b = 0;
  let lineRegion = -1;
  let prevEnd = -1;
  scanTokens(text, (start, end) => {
    while (b < blocks.length && blocks[b]!.end <= start) b++;
    const inBlock = b < blocks.length && blocks[b]!.start <= start;
    if (!inBlock && prevEnd >= 0 && text.slice(prevEnd, start).includes("\n")) lineRegion--;
    const raw = text.slice(start, end);
    const plain = PLAIN.test(raw);
    const form = plain ? raw : fold(raw);
    let key: string;
    if (!plain || !aligned || raw === "&") key = keyOf(form);
    else key = hasUpper(text, start, end) ? lower.slice(start, end) : raw;
    tokens.push({
      start, end, form, key,
      word: CLASS[text.charCodeAt(start)]! > 0, region: inBlock ? b : lineRegion, glued: start === prevEnd,
    });
    prevEnd = end;
  });
  return tokens;
}

export type Shape = "lower" | "title" | "upper" | "other";

/** "government" lower, "Mexico" title, "DEA"/"MEXICO" upper, "eTrace"/"14059"/"," other. */
export function shape(form: string): Shape {
  if (!/\p{L}/u.test(form)) return "other";
  if (form === form.toLowerCase()) return "lower";
  if (form === form.toUpperCase()) return "upper";
  const first = form[0]!;
  return first === first.toUpperCase() && form.slice(1) === form.slice(1).toLowerCase() ? "title" : "other";
}

/** A word written with a capital, as names are ("Mexico", "DEA", "McAllen"). */
export function capitalized(t: Token): boolean {
  const s = shape(t.form);
  return t.word && (s === "title" || s === "upper" || (s === "other" && /^\p{Lu}/u.test(t.form)));
}

/**
 * Whether a text token can stand for a term token: the same spelling, or a
 * capitalized or upper-case rendering of it ("Office Of", "GOVERNMENT",
 * "MEXICO"). A capitalized term word is never matched by a lower-case one
 * ("mobile" is not "Mobile"), and acronyms must match exactly.
 */
export function caseFits(termForm: string, textForm: string, exact: boolean): boolean {
  if (termForm === textForm) return true;
  if (exact) return false;
  const term = shape(termForm);
  const text = shape(textForm);
  if (term === "lower") return text === "title" || text === "upper";
  if (term === "title" || term === "other") return text === "upper" && textForm.length > 1;
  return false;
}
