/**
 * What a figure counts or measures, as a short noun phrase: "745 community
 * coalitions" -> "community coalitions", "800 pounds of fentanyl" ->
 * "fentanyl", "a 12-year prison sentence" -> "prison sentence". The diff pairs
 * figures across years by it, so it is kept clean: no leading "more" or
 * "additional", no trailing preposition, and it ends at the head noun.
 *
 * English count phrases end at their plural head ("20.4 million fake
 * pills and ..."), so the phrase runs to the first plural, through
 * modifiers joined by "and" or commas ("domestic and international
 * arrests", "safe, effective vaccine doses"), and on through "of" + a bare
 * noun phrase ("deadly doses of fentanyl").
 */
import nlp from "compromise";
import { FUNCTION_WORDS, IRREGULAR_PLURALS, LEADING_MODIFIERS, NUMBER_WORDS } from "./lexicon.ts";
import type { Figure } from "./measures.ts";

/** A word: letters and digits with inner hyphens, apostrophes and dots ("U.S.-based", "experts’", "co-conspirators"). */
const WORD = /[^\S\n]*(\p{L}[\p{L}\p{N}]*(?:[-’'.]+[\p{L}\p{N}]+)*[’']?\.?)/uy;
const MAX_WORDS = 6;
/** Adverbs by their suffix ("fatally", "medically"); not "supply", "family" or "assembly". */
const ADVERB = /(?:ally|ively|ously|fully|ently|antly|edly|ately|ingly|ibly)$/;
/** "-ing" after a noun, by its suffix; with three letters or fewer before it ("king", "ring") it is a noun itself. */
const PRESENT_PARTICIPLE = /\p{L}{3}ing$/u;
/** An object after an "-ing" word makes it a verb ("representing 170 Tribes", "directing the Secretary"); "funding for" stays a noun. */
const OBJECT_AFTER = /^[^\S\n]+(?:the|a|an|that|this|these|those|its|their|our|his|her|\d)/iu;

/** The item of `figure`; the text after it starts at `from` (past a qualifier written after it: "3 or more children"). */
export function itemOf(text: string, figure: Figure, from: number): string | null {
  switch (figure.kind) {
    case "count": {
      // "the 83-member coalition": the item starts after the hyphen.
      const at = /^[-\u2010\u2011]\p{L}/u.test(text.slice(from, from + 2)) ? from + 1 : from;
      // "one of the first countries" is a turn of phrase; "two of its leaders" counts them.
      return nounPhrase(text, at)?.text ?? (figure.value >= 2 ? partOf(text, at) : null);
    }
    case "quantity":
    case "duration":
      return figure.adjective ? (nounPhrase(text, from)?.text ?? null) : ofPhrase(text, from);
    case "money":
      return inPhrase(text, from);
    default:
      return null;
  }
}

/** "largest", "most": "one of the world's largest firms" ranks, and counts nothing. */
const SUPERLATIVE = /^(?:\p{L}{2,}est|most|best|worst|least)$/iu;
/** Nouns that end like a superlative: "two of the arrest warrants". */
const EST_NOUNS = new Set(["arrest", "interest", "forest", "guest", "request", "protest", "west", "test", "contest", "harvest", "priest", "quest", "chest", "crest", "conquest", "manifest", "southwest", "northwest", "midwest"]);

/** "two of its leaders" -> "leaders": a part of a group, which ends at its plural head. */
function partOf(text: string, at: number): string | null {
  const m = /[^\S\n]+of[^\S\n]+(?:the|its|their|his|her|our|these|those)(?=[^\S\n])/iy;
  m.lastIndex = at;
  const phrase = m.exec(text) ? nounPhrase(text, m.lastIndex, false) : null;
  const words = phrase?.text.split(" ") ?? [];
  return words.length > 0 && isPlural(words.at(-1)!) && !words.some((w) => SUPERLATIVE.test(w) && !EST_NOUNS.has(w.toLowerCase())) ? phrase!.text : null;
}

/** "800 pounds of fentanyl" -> "fentanyl". */
function ofPhrase(text: string, at: number): string | null {
  const m = /[^\S\n]+of[^\S\n]+/y;
  m.lastIndex = at;
  return m.exec(text) ? (nounPhrase(text, m.lastIndex, false)?.text ?? null) : null;
}

/** "$5 million in grants" -> "grants"; not a place ("in Central America") nor a cut phrase ("in federal, state ..."). */
function inPhrase(text: string, at: number): string | null {
  const m = /[^\S\n]+in[^\S\n]+/y;
  m.lastIndex = at;
  const phrase = m.exec(text) ? nounPhrase(text, m.lastIndex, false) : null;
  const whole = phrase?.ending === "head" || phrase?.ending === "boundary";
  return phrase && whole && !/\p{Lu}/u.test(phrase.text) ? phrase.text : null;
}

interface Token {
  word: string;
  end: number;
}

function readWord(text: string, at: number): Token | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m) return null;
  // A final period ends the sentence unless the word is an abbreviation with inner dots ("U.S.").
  const word = /\.$/.test(m[1]!) && !/\.\p{L}/u.test(m[1]!) ? m[1]!.slice(0, -1) : m[1]!;
  return { word, end: m.index + m[0].length - (m[1]!.length - word.length) };
}

/** "safe, effective": a lowercase modifier, then another after the comma (not "and", not a noun or verb form: "assistance, provides"). */
function isAdjectiveInSeries(word: string, next: Token | null): boolean {
  if (!/^\p{Ll}/u.test(word) || isPlural(word) || next === null) return false;
  const after = next.word;
  return /^\p{Ll}/u.test(after) && !FUNCTION_WORDS.has(after) && !isPlural(after) && !/ing$/.test(after);
}

function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.cardinals.has(word) || NUMBER_WORDS.tens.has(word) || NUMBER_WORDS.scales.has(word);
}

function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  return /[a-z]{2}s$/.test(w) && !/(?:ss|us|is)$/.test(w);
}

function isPossessive(word: string): boolean {
  return /[’']s?$/.test(word);
}

/** How a noun phrase ended: at its plural head, at a word or period that cannot go on it, at other punctuation, or with no end seen. */
type Ending = "head" | "boundary" | "punctuation" | "open";

interface Phrase {
  text: string;
  ending: Ending;
}

/** The noun phrase that starts at `at`; `ofTail` lets it go on through "of" + a bare noun phrase. */
function nounPhrase(text: string, at: number, ofTail = true): Phrase | null {
  const words: string[] = [];
  let pos = at;
  let pendingAnd = -1;
  let ending: Ending = "open";
  for (let t = readWord(text, pos); t && words.length < MAX_WORDS; t = readWord(text, pos)) {
    const lower = t.word.toLowerCase();
    if (words.length === 0 && LEADING_MODIFIERS.has(lower)) {
      pos = t.end;
      continue;
    }
    if ((lower === "and" || lower === "or") && words.length > 0) {
      if (pendingAnd < 0) pendingAnd = words.length;
      words.push(t.word);
      pos = t.end;
      continue;
    }
    if (FUNCTION_WORDS.has(lower) || isNumberWord(lower) || FUNCTION_WORDS.has(/^\p{L}+(?=\p{N})/u.exec(lower)?.[0] ?? "")) {
      ending = "boundary";
      break;
    }
    words.push(t.word);
    pos = t.end;
    const next = text[pos];
    if (next === "," && pendingAnd < 0 && isAdjectiveInSeries(t.word, readWord(text, pos + 1))) {
      // Adjectives in a series: "500,000 safe, effective COVID-19 vaccine doses".
      pendingAnd = words.length;
      words[words.length - 1] += ",";
      pos += 1;
      continue;
    }
    if (next !== undefined && /[^\s\p{L}\p{N}’'-]/u.test(next) && !isPossessive(t.word)) {
      if (pendingAnd >= 0 && next !== "." && !isPlural(t.word)) words.length = pendingAnd;
      ending = next === "." ? "boundary" : "punctuation";
      pendingAnd = -1;
      break;
    }
    if (isPlural(t.word) && !isPossessive(t.word) && !modifiesNext(text, t)) {
      pendingAnd = -1;
      ending = "head";
      break;
    }
  }
  if (pendingAnd >= 0) words.length = pendingAnd;
  // A phrase does not end in an adverb, nor in a participle before a function word: that is the verb ("not one used for", "Boeing 707 carrying").
  const after = text.slice(pos, pos + 12);
  while (words.length > 0 && (ADVERB.test(words.at(-1)!) || isTrailingParticiple(words, ending, after))) words.pop();
  // Nor does it start with one: "two fatally wounded" names no noun.
  if (words.length > 0 && ADVERB.test(words[0]!) && !isPlural(words.at(-1)!)) return null;
  if (words.length === 0) return null;
  words[words.length - 1] = words[words.length - 1]!.replace(/,$/, "");
  const tail = ofTail ? ofPhrase(text, pos) : null;
  return { text: tail ? `${words.join(" ")} of ${tail}` : words.join(" "), ending };
}

/**
 * The last word is the verb of a clause rather than the end of the noun
 * phrase: a past participle before a function word or alone ("not one used
 * for"), a present participle after a noun and before its object ("four
 * Tribal consortium representing 170 Tribes", "a Presidential Memorandum
 * directing the Secretary").
 */
function isTrailingParticiple(words: readonly string[], ending: Ending, after: string): boolean {
  const last = words.at(-1)!;
  if (/ed$/.test(last)) return ending === "boundary" || words.length === 1;
  return PRESENT_PARTICIPLE.test(last) && words.length > 1 && OBJECT_AFTER.test(after);
}

/**
 * A plural that modifies the noun after it: another plural ("police
 * officers", "forensics experts"), or a capitalized word inside a name
 * ("Drug-Free Communities Coalitions").
 */
function modifiesNext(text: string, t: Token): boolean {
  if (!/^\s/.test(text[t.end] ?? "")) return false;
  const next = readWord(text, t.end);
  if (next === null || FUNCTION_WORDS.has(next.word.toLowerCase())) return false;
  if (/^\p{Lu}/u.test(t.word) && /^\p{Lu}/u.test(next.word)) return true;
  return isPlural(next.word) && !IRREGULAR_PLURALS.has(next.word.toLowerCase()) && !isVerbAfter(t.word, next.word);
}

/** A word in -s after a plural is its verb as often as a second noun ("refugees remains", "leaders continues"); compromise tells them apart. */
function isVerbAfter(noun: string, word: string): boolean {
  return nlp(`${noun} ${word}`).terms().eq(1).has("#Verb");
}
