/**
 * The one measure behind every pairing in a diff: Dice's coefficient over
 * content tokens. A token is a word folded to lower case without accents,
 * its plural folded and cut to its first letters (a truncation stemmer:
 * "Homicides" and "homicide", "Trafficking" and "traffickers" meet, and
 * "counties" stays apart from "countries"), with English function words and
 * single letters left out.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** Letters a token keeps: enough to tell words apart, few enough to join their forms. */
const STEM_LENGTH = 6;

const STOP_WORDS: ReadonlySet<string> = new Set(
  z
    .object({ words: z.array(z.string()) })
    .parse(JSON.parse(readFileSync(join(import.meta.dirname, "data", "stopwords.json"), "utf8"))).words,
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export interface TokenAt {
  token: string;
  start: number;
  end: number;
}

/** Folds a word to its token, or null for a word that carries no content. */
export function stem(word: string, options: { numbers?: boolean } = {}): string | null {
  let w = word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’]s?$/, "");
  if (w.length < 2 || STOP_WORDS.has(w)) return null;
  if (/^\d+$/.test(w)) return options.numbers === false ? null : w;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w.slice(0, STEM_LENGTH);
}

/** The content tokens of a text with their offsets in it. */
export function tokensAt(text: string, options: { numbers?: boolean } = {}): TokenAt[] {
  const out: TokenAt[] = [];
  for (const m of text.matchAll(WORD)) {
    const token = stem(m[0], options);
    if (token !== null) out.push({ token, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function tokens(text: string, options: { numbers?: boolean } = {}): Set<string> {
  return new Set(tokensAt(text, options).map((t) => t.token));
}

/** Dice's coefficient of two token sets: 2|A∩B| / (|A| + |B|); 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return (2 * intersectionSize(a, b)) / (a.size + b.size);
}

/** The share of `part`'s tokens that `whole` has too. */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  return part.size === 0 ? 0 : intersectionSize(part, whole) / part.size;
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n;
}

/** Texts that differ only in case, accents, spacing and punctuation. */
export function sameWords(a: string, b: string): boolean {
  return plainWords(a) === plainWords(b);
}

/** A text's words in lower case without accents, one space apart. */
export function plainWords(s: string): string {
  return (s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}
