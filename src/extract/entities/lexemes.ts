/**
 * What is known of a string apart from where it stands (spaCy's Lexeme):
 * its folded form, its case shape, and what compromise's lexicon says of
 * it. Tokens and words point to one interned lexeme per distinct string, so
 * each of these is computed once per word, not once per occurrence.
 */
import { WordClass, wordClasses } from "./compromise.ts";

const QUOTES = /[\u2018\u2019\u02bc`´]/g;
const HYPHENS = /[\u2010\u2011]/g;
/** Printable ASCII without the backtick: nothing to fold. */
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;

/** Accents removed, one apostrophe and one hyphen style; ASCII passes as it is. */
export function fold(s: string): string {
  if (PLAIN.test(s)) return s;
  return s.normalize("NFKD").replace(/\p{M}/gu, "").replace(QUOTES, "'").replace(HYPHENS, "-");
}

/** What lexicons and tries compare: the folded form in lower case, "&" as "and". */
export function keyOf(s: string): string {
  const form = fold(s);
  return form === "&" ? "and" : form.toLowerCase();
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

const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

export class Lexeme {
  /** Accents removed, one quote and one hyphen style, case kept: "Fiscalia", "Attorney", "'". */
  readonly form: string;
  /** `form` in lower case, "&" as "and". */
  readonly key: string;
  /** Starts with a letter, mark or digit. */
  readonly word: boolean;
  readonly shape: Shape;
  /** A word written with a capital, as names are ("Mexico", "DEA", "McAllen"). */
  readonly capitalized: boolean;
  /** Starts with an upper-case letter as written ("U.S.-Mexico", "Élan"). */
  readonly upper: boolean;
  /** "B." or "J": a single capital, an initial. */
  readonly initial: boolean;
  /** Written all in capitals, two letters or more ("DEA", "U.S.", "HSI-FGR"): an acronym. */
  readonly allCaps: boolean;
  /** Starts with a digit ("14059", "2030"). */
  readonly numeric: boolean;
  /** "eTrace": a lower-case prefix on a capitalized word, the shape of named systems. */
  readonly camel: boolean;
  private classBits = -1;

  constructor(readonly text: string) {
    this.form = fold(text);
    this.key = this.form === "&" ? "and" : this.form.toLowerCase();
    this.word = WORD_START.test(text);
    this.shape = shape(this.form);
    this.capitalized = this.word && (this.shape === "title" || this.shape === "upper" || (this.shape === "other" && UPPER_START.test(this.form)));
    this.upper = UPPER_START.test(text);
    this.initial = /^\p{Lu}\.?$/u.test(text);
    this.allCaps = /^[\p{Lu}\p{N}.-]{2,}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
    this.numeric = /^\p{N}/u.test(text);
    this.camel = /^\p{Ll}{1,2}\p{Lu}\p{Ll}+$/u.test(text);
  }

  /** Whether compromise's lexicon puts the word in one of the classes `bits` (compromise.ts WordClass). */
  is(bits: number): boolean {
    if (this.classBits < 0) this.classBits = wordClasses(this.text);
    return (this.classBits & bits) !== 0;
  }
}

/**
 * The interned lexemes: an open-addressing table keyed by an FNV-1a hash of
 * the characters, so that a word of the text is found without copying it
 * out (spaCy's StringStore). It forgets everything when it is 70% full:
 * numbers and typos keep coming.
 */
const SLOTS = 1 << 18;
const MASK = SLOTS - 1;
const FULL = Math.floor(SLOTS * 0.7);
const table: (Lexeme | undefined)[] = new Array<Lexeme | undefined>(SLOTS);
const hashes = new Int32Array(SLOTS);
let interned = 0;

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

/** The one lexeme of `text.slice(start, end)`. */
export function lexemeAt(text: string, start: number, end: number): Lexeme {
  const h = hashOf(text, start, end);
  const length = end - start;
  let slot = h & MASK;
  for (let lex = table[slot]; lex !== undefined; lex = table[(slot = (slot + 1) & MASK)]) {
    if (hashes[slot] === h && lex.text.length === length && text.startsWith(lex.text, start)) return lex;
  }
  if (interned >= FULL) {
    table.fill(undefined);
    interned = 0;
    slot = h & MASK;
  }
  const lex = new Lexeme(text.slice(start, end));
  table[slot] = lex;
  hashes[slot] = h;
  interned++;
  return lex;
}

/** The one lexeme of a string. */
export function lexeme(text: string): Lexeme {
  return lexemeAt(text, 0, text.length);
}

/** The copulas a slogan-like name may hold ("Food is Medicine Coalition"). */
const COPULAS = new Set(["is", "are"]);

/**
 * Whether the word at j is a copula inside a slogan-like name ("Food is
 * Medicine Coalition", "... Research Initiative"): one capitalized word
 * before it, which follows a function word ("the", "with"), alone or with
 * one lower-case word between ("the national Food is ..."); not a clause
 * ("said Smith is Harvard University's ..."). `at(k)` is the word at k
 * when it belongs to one name with the word at j, else undefined.
 */
export function sloganCopula(at: (k: number) => Lexeme | undefined, j: number): boolean {
  const copula = at(j);
  if (!copula || !COPULAS.has(copula.key) || copula.capitalized || !at(j - 1)?.capitalized) return false;
  const lower = (k: number) => { const l = at(k); return !!l && l.word && !l.capitalized; };
  const fn = (k: number) => lower(k) && at(k)!.is(WordClass.function);
  return fn(j - 2) || (lower(j - 2) && fn(j - 3));
}
