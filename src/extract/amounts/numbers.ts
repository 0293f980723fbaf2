/**
 * Numbers as written: numerals ("1,500,000", "20.4 million") and number words
 * ("twenty-six", "a dozen", "half a million", "one hundred and fifty"),
 * found in one pass of one compiled pattern.
 */
import { NUMBER, NUMBER_WORDS } from "./lexicon.ts";

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** How the number is written: digits, words, or a multiplier word ("twice"). */
  form: "numeral" | "words" | "multiplier";
  /** The numeral alone, without scale words ("1,500" of "1,500 million"); null for words. */
  numeral: string | null;
  /** The factor of the scale words after the numeral ("1.5 million": 1000000); 1 when there are none. */
  scale: number;
  /** The upper bound when the token is a range joined by a hyphen ("10-15"). */
  valueMax: number | null;
}

export function scanNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const { numeral, scale, words, multiplier } = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (numeral !== undefined) {
      const factor = (scale ?? "").match(/[a-z]+/gi)?.reduce((f, w) => f * NUMBER_WORDS.scales.get(w.toLowerCase())!, 1) ?? 1;
      tokens.push({ start, end, value: scaleBy(parseNumeral(numeral), factor), form: "numeral", numeral, scale: factor, valueMax: null });
    } else if (words !== undefined) {
      tokens.push(...parseWordNumbers(words, start));
    } else if (multiplier !== undefined) {
      tokens.push({ start, end, value: NUMBER_WORDS.multipliers.get(multiplier.toLowerCase())!, form: "multiplier", numeral: null, scale: 1, valueMax: null });
    }
  }
  return tokens;
}

export function parseNumeral(numeral: string): number {
  return Number(numeral.replace(/,/g, ""));
}

/** `value` times `factor`, exact for powers of ten: 20.4 million is 20400000, not 20399999.999999996. */
export function scaleBy(value: number, factor: number): number {
  const exponent = Math.log10(factor);
  const written = String(value);
  return Number.isInteger(exponent) && !written.includes("e") ? Number(`${written}e${exponent}`) : value * factor;
}

interface Word {
  word: string;
  start: number;
  end: number;
}

type Step = "none" | "article" | "unit" | "teen" | "ten" | "hundred" | "scale" | "group";

/**
 * Splits a run of number words into the numbers it holds: "three and four" is
 * two numbers, "one hundred and fifty" one. Each word may follow only what an
 * English number allows before it (no "five six", no "twenty thirty").
 */
export function parseWordNumbers(run: string, offset: number): NumberToken[] {
  const words: Word[] = [...run.matchAll(/[a-z]+/gi)].map((m) => ({
    word: m[0].toLowerCase(),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
  const out: NumberToken[] = [];
  for (let i = 0; i < words.length; ) {
    const read = readWordNumber(words, i);
    if (read) {
      out.push(read.token);
      i = read.next;
    } else i++;
  }
  return out;
}

function readWordNumber(words: readonly Word[], first: number): { token: NumberToken; next: number } | null {
  let i = first;
  let half = false;
  let step: Step = "none";
  if (words[i]!.word === "half" && /^an?$/.test(words[i + 1]?.word ?? "")) {
    half = true;
    i += 2;
    step = "article";
  } else if (/^an?$/.test(words[i]!.word)) {
    i += 1;
    step = "article";
  }
  let total = 0;
  let group = step === "article" ? 1 : 0;
  let lastScale = Infinity;
  let end = -1;
  for (; i < words.length; i++) {
    const { word } = words[i]!;
    if (word === "and") {
      const next = words[i + 1]?.word ?? "";
      if ((step === "hundred" || step === "scale") && (NUMBER_WORDS.cardinals.has(next) || NUMBER_WORDS.tens.has(next))) continue;
      break;
    }
    const cardinal = NUMBER_WORDS.cardinals.get(word);
    const ten = NUMBER_WORDS.tens.get(word);
    const scale = NUMBER_WORDS.scales.get(word);
    const groupOf = NUMBER_WORDS.groups.get(word);
    if (cardinal !== undefined) {
      const teen = cardinal >= 10;
      if (!(step === "none" || step === "hundred" || step === "scale" || (step === "ten" && !teen))) break;
      group += cardinal;
      step = teen ? "teen" : "unit";
    } else if (ten !== undefined) {
      if (!(step === "none" || step === "hundred" || step === "scale")) break;
      group += ten;
      step = "ten";
    } else if (scale === 100) {
      if (!(step === "article" || ((step === "unit" || step === "teen" || step === "ten") && group < 100))) break;
      group *= 100;
      step = "hundred";
    } else if (scale !== undefined) {
      if (step === "none" || step === "scale" || step === "group" || scale >= lastScale) break;
      total += group * scale;
      group = 0;
      lastScale = scale;
      step = "scale";
    } else if (groupOf !== undefined) {
      if (!(step === "article" || step === "unit" || step === "teen" || step === "ten")) break;
      group *= groupOf;
      step = "group";
    } else break;
    end = words[i]!.end;
  }
  if (step === "none" || step === "article") return null;
  const value = (total + group) * (half ? 0.5 : 1);
  return { token: { start: words[first]!.start, end, value, form: "words", numeral: null, scale: 1, valueMax: null }, next: i };
}
