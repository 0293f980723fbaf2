/**
 * Acronyms and the names they stand for, as documents define them:
 * "Full Name (ACR)" and "ACR (Full Name)". The long form is checked and
 * bounded by the Schwartz–Hearst rule (A. Schwartz and M. Hearst, "A simple
 * algorithm for identifying abbreviation definitions in biomedical text",
 * 2003): the acronym's letters occur in the name in order, its first letter
 * at the start of a word.
 */
import { fold } from "../lexemes.ts";

/** "DEA", "SEMAR", "DoD", "TCOs", "G7", "AML/CFT", "U.S.": at least two capitals, no spaces, short. */
export function acronymLike(s: string): boolean {
  return s.length <= 12 && /^[A-Z][A-Za-z0-9&./-]*$/.test(s) && (s.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/**
 * The letters that abbreviate the name: without a plural "s" ("TCOs" →
 * "TCO") or a hyphenated word after them ("JMF-Panama" → "JMF").
 */
function core(acronym: string): string {
  const suffixed = /^([A-Z][A-Za-z0-9&./]*?)-\p{Lu}\p{Ll}+$/u.exec(acronym);
  const letters = suffixed && acronymLike(suffixed[1]!) ? suffixed[1]! : acronym;
  return /[A-Z]s$/.test(letters) ? letters.slice(0, -1) : letters;
}

const SMALL_WORDS = new Set(["of", "and", "the", "for", "on", "to", "in", "against", "de", "del", "la", "y", "&"]);

/**
 * Where the words whose initials spell the acronym start, small words
 * aside ("American Academy of Pediatrics (AAP)", where the letters alone
 * would stop at "Academy"), or -1.
 */
function initialsStart(short: string, long: string): number {
  const words = [...long.matchAll(/[\p{L}\p{N}][^\s]*/gu)].filter((m) => !SMALL_WORDS.has(m[0]));
  const letters = short.replace(/[^\p{L}\p{N}]/gu, "");
  if (letters.length < 2 || words.length < letters.length) return -1;
  const last = words.slice(-letters.length);
  return last.every((w, k) => w[0][0] === letters[k]) ? last[0]!.index : -1;
}

/**
 * Where, in `name`, the long form of `acronym` starts (an index at a word
 * start), or -1 when the acronym's letters do not occur in order.
 */
export function longFormStart(acronym: string, name: string): number {
  const short = fold(core(acronym)).toLowerCase();
  const long = fold(name).toLowerCase();
  const initials = initialsStart(short, long);
  if (initials >= 0) return initials;
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s]!;
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1]!)))) l--;
    if (l < 0) return -1;
    l--;
  }
  return long.lastIndexOf(" ", l) + 1;
}
