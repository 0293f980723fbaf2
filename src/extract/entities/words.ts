/**
 * The words that the name rules of people and of programs read, as a view
 * over the token layer (tokens.ts), sentence by sentence: tokens joined by
 * inner apostrophes, hyphens and periods make one word ("O’Neill",
 * "Cardenas-Guillén", "U.S.-Mexico", "a.k.a."); a final period stays with
 * initials and listed abbreviations ("J.", "Jr.", "Lt.") and otherwise ends
 * what it follows; a possessive "’s" is left out of the word's span and
 * flagged; a short stretch in quotes is one word ("“El Huevo”").
 */
import { lexemeAt, type Lexeme } from "./lexemes.ts";
import { dotted } from "./people/lexicon.ts";
import type { TokenLayer } from "./tokens.ts";
import type { Span } from "../../schema.ts";

export type WordKind = "word" | "quote" | "comma" | "open" | "close" | "other";

export class Word {
  constructor(
    private readonly layer: TokenLayer,
    readonly kind: WordKind,
    /** [start, end) in the normalized text; a possessive "’s" is left out. */
    readonly start: number,
    readonly end: number,
    readonly lex: Lexeme,
    /** The word is followed by "’s"/"'s" (which the span leaves out). */
    readonly possessive: boolean,
    /** Only spaces separate it from the word before in its sentence (no line break, no full stop). */
    readonly joined: boolean,
    /** The tokens of its span, [first, last). */
    readonly first: number,
    readonly last: number,
  ) {}

  get text(): string {
    return this.lex.text;
  }

  /** The lexicon key: lower case, accents and quote style folded. */
  get fold(): string {
    return this.lex.key;
  }

  /** Whether a mention of one of the types in `bits` (tokens.ts TypeBit) was found on it. */
  taken(bits: number): boolean {
    return this.layer.marked(this.first, this.last, bits);
  }
}

const DOT = 46;
const LINE_BREAK = 10;
const CONNECTORS = new Set(["'", "’", "-", "."]);
const PUNCTUATION: Readonly<Record<string, WordKind>> = { ",": "comma", "(": "open", "[": "open", ")": "close", "]": "close" };
const OPENING_QUOTES = new Set(["“", '"', "‘"]);
const CLOSING_QUOTES = new Set(["”", '"', "’"]);
const QUOTE_STOPS = new Set(["“", "”", '"', "‘", "’", "\n"]);
/** The most characters a quoted word holds. */
const MAX_QUOTED = 40;
const POSSESSIVE = /['’]s$/u;

/**
 * The end of a quoted word that opens at `at` (“El Huevo”, 'Chapo'): the
 * stretch runs to the first quote mark, which must close it, within
 * MAX_QUOTED characters and before `limit`; -1 when there is none.
 */
function quoteEnd(text: string, at: number, limit: number): number {
  const open = text[at]!;
  const single = open === "'";
  if (!OPENING_QUOTES.has(open) && !(single && /^\p{Lu}/u.test(text[at + 1] ?? ""))) return -1;
  for (let q = at + 1; q < limit && q <= at + MAX_QUOTED + 1; q++) {
    const ch = text[q]!;
    if (single ? ch === "'" || ch === "\n" : QUOTE_STOPS.has(ch)) return q > at + 1 && (single ? ch === "'" : CLOSING_QUOTES.has(ch)) ? q + 1 : -1;
  }
  return -1;
}

function lineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === LINE_BREAK) return true;
  return false;
}

/** The words of tokens [from, to), one sentence that ends at `limit`. */
function wordsOf(layer: TokenLayer, from: number, to: number, limit: number): Word[] {
  const { text, tokens } = layer;
  const words: Word[] = [];
  /** Where the last word's text ended, and whether a full stop left out of it ends what it belongs to. */
  let last = -1;
  let stopped = false;
  const connector = (k: number) => k < to && tokens[k]!.glued && tokens[k]!.end - tokens[k]!.start === 1 && CONNECTORS.has(text[tokens[k]!.start]!);
  const firstFrom = (k: number, offset: number) => {
    while (k < to && tokens[k]!.start < offset) k++;
    return k;
  };
  for (let i = from; i < to; ) {
    const t = tokens[i]!;
    const joined = words.length > 0 && !stopped && !lineBreak(text, last, t.start);
    stopped = false;
    const quoted = quoteEnd(text, t.start, limit);
    if (quoted > 0) {
      const j = firstFrom(i, quoted);
      words.push(new Word(layer, "quote", t.start, quoted, lexemeAt(text, t.start, quoted), false, joined, i, j));
      last = quoted;
      i = j;
      continue;
    }
    if (!t.word) {
      words.push(new Word(layer, PUNCTUATION[t.form] ?? "other", t.start, t.end, t.lex, false, joined, i, i + 1));
      last = t.end;
      i++;
      continue;
    }
    // Tokens joined by a run of connectors before a word character; a dotted abbreviation ends in one.
    let j = i + 1;
    for (;;) {
      let k = j;
      while (connector(k)) k++;
      const dotBefore = text.charCodeAt(tokens[j - 1]!.end - 1) === DOT;
      if ((k > j || dotBefore) && k < to && tokens[k]!.glued && tokens[k]!.word) j = k + 1;
      else break;
    }
    let end = tokens[j - 1]!.end;
    // The word without a final period, and whether one follows it.
    let bare = end;
    let period = false;
    if (text.charCodeAt(end - 1) === DOT) {
      bare = end - 1;
      period = true;
    } else if (j < to && tokens[j]!.glued && tokens[j]!.form === ".") {
      period = true;
      j++;
    }
    const core = text.slice(t.start, bare);
    last = tokens[j - 1]!.end;
    if (period && dotted(core)) end = last;
    else {
      end = bare;
      if (period) {
        last--;
        stopped = true;
      }
    }
    const possessive = core.length > 2 && POSSESSIVE.test(core);
    if (possessive) end = bare - 2;
    const whole = end === t.end;
    words.push(new Word(layer, "word", t.start, end, whole ? t.lex : lexemeAt(text, t.start, end), possessive, joined, i, whole ? i + 1 : firstFrom(i, end)));
    i = j;
  }
  return words;
}

/** The words of every sentence of the layer's document, by sentence index. */
export function sentenceWords(layer: TokenLayer): Word[][] {
  const { tokens, doc } = layer;
  const out: Word[][] = doc.sentences.map(() => []);
  for (let i = 0; i < tokens.length; ) {
    const s = tokens[i]!.sentence;
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.sentence === s) end++;
    if (s >= 0) out[s] = wordsOf(layer, i, end, doc.sentences[s]![1]);
    i = end;
  }
  return out;
}

/** The words of a span outside every sentence (a document's title), read as one sentence. */
export function spanWords(layer: TokenLayer, [start, end]: Span): Word[] {
  const from = layer.tokenAt(start);
  let to = from;
  while (to < layer.tokens.length && layer.tokens[to]!.end <= end) to++;
  return wordsOf(layer, from, to, end);
}
