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

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+|\S/gu;
const QUOTES = /[\u2018\u2019\u02bc`´]/g;
const HYPHENS = /[\u2010\u2011]/g;

/** Accents removed, one apostrophe and one hyphen style. */
export function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").replace(QUOTES, "'").replace(HYPHENS, "-");
}

function keyOf(form: string): string {
  return form === "&" ? "and" : form.toLowerCase();
}

/** Tokens of a term (a name in the gazetteer), with the same rules as the text. */
export function termTokens(text: string): { form: string; key: string }[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const form = fold(m[0]);
    return { form, key: keyOf(form) };
  });
}

/** Tokens of the text; `blocks` (sorted, not overlapping) give the regions. */
export function tokenize(text: string, blocks: readonly Block[]): Token[] {
  const tokens: Token[] = [];
  let b = 0;
  let lineRegion = -1;
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    while (b < blocks.length && blocks[b]!.end <= start) b++;
    const inBlock = b < blocks.length && blocks[b]!.start <= start;
    if (!inBlock && prevEnd >= 0 && text.slice(prevEnd, start).includes("\n")) lineRegion--;
    const form = fold(m[0]);
    tokens.push({
      start, end, form, key: keyOf(form), word: /[\p{L}\p{N}]/u.test(m[0]),
      region: inBlock ? b : lineRegion, glued: start === prevEnd,
    });
    prevEnd = end;
  }
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
