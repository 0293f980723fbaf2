/**
 * The one token layer of a document that every entity matcher reads (the
 * spaCy Doc model): the normalized text tokenized once into words, dotted
 * abbreviations ("U.S.", "S.A.") and single punctuation marks, each with its
 * exact span, its lexeme (folded form, shape, lexicon classes: lexemes.ts),
 * its block and its sentence. Whitespace and line breaks between tokens do
 * not count, so a name matches across a line break; a block boundary does (a
 * name never runs from one paragraph or bullet into the next). Matchers
 * mark the mentions they find on the tokens (as spaCy's token.ent_type), so
 * that later matchers see them; the words that name rules read are a view
 * over the same tokens (words.ts).
 */
import type { EntityMention, SegmentedDoc } from "../../model.ts";
import type { EntityType, Span } from "../../schema.ts";
import { lexemeAt, type Lexeme } from "./lexemes.ts";
import { sentenceWords, type Word } from "./words.ts";

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly lex: Lexeme;
  /** `lex.form` and `lex.key`, at hand. */
  readonly form: string;
  readonly key: string;
  readonly word: boolean;
  /** Tokens of different regions (blocks) never belong to one name. */
  readonly region: number;
  /** Index of the sentence (SegmentedDoc.sentences) that holds the token; -1 outside every sentence. */
  readonly sentence: number;
  /** No whitespace between this token and the one before. */
  readonly glued: boolean;
}

/** Character classes by code unit, computed once: 2 letter, 1 other word character (mark, digit), 0 not. */
const CLASS = new Uint8Array(0x10000);
const IS_SPACE = new Uint8Array(0x10000);
{
  const letter = /\p{L}/u;
  const word = /[\p{L}\p{M}\p{N}]/u;
  const space = /\s/;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    CLASS[c] = letter.test(ch) ? 2 : word.test(ch) ? 1 : 0;
    IS_SPACE[c] = space.test(ch) ? 1 : 0;
  }
}
const DOT = 46;

/**
 * Token boundaries: dotted abbreviations ("U.S.", two or more letters each
 * followed by a period), runs of word characters, and any other single
 * character that is not a space; and every offset of `cuts` (sorted), where
 * a sentence starts or ends inside a run ("PROTECT OUR PEOPLE|The United
 * States", a heading glued to its text). One pass over the code units.
 */
function scanTokens(text: string, emit: (start: number, end: number) => void, cuts: readonly number[] = []): void {
  const n = text.length;
  let i = 0;
  let c = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (IS_SPACE[code]) {
      i++;
      continue;
    }
    if (!CLASS[code]) {
      const pair = code >= 0xd800 && code < 0xdc00 && i + 1 < n;
      emit(i, (i += pair ? 2 : 1));
      continue;
    }
    while (c < cuts.length && cuts[c]! <= i) c++;
    const limit = c < cuts.length ? Math.min(cuts[c]!, n) : n;
    let j = i;
    while (j + 1 < limit && CLASS[text.charCodeAt(j)] === 2 && text.charCodeAt(j + 1) === DOT) {
      if (j + 2 < limit && CLASS[text.charCodeAt(j + 2)] === 2) j += 2;
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
    while (j < limit && CLASS[text.charCodeAt(j)]) j++;
    emit(i, j);
    i = j;
  }
}

/** The lexemes of a term (a name in the gazetteer, a phrase of a lexicon), split by the rules of the text. */
export function termTokens(text: string): Lexeme[] {
  const out: Lexeme[] = [];
  scanTokens(text, (start, end) => out.push(lexemeAt(text, start, end)));
  return out;
}

/**
 * Whether a text token can stand for a term token: the same spelling, or a
 * capitalized or upper-case rendering of it ("Office Of", "GOVERNMENT",
 * "MEXICO"). A capitalized term word is never matched by a lower-case one
 * ("mobile" is not "Mobile"), and acronyms must match exactly.
 */
export function caseFits(term: Lexeme, text: Lexeme, exact: boolean): boolean {
  if (term.form === text.form) return true;
  if (exact) return false;
  if (term.shape === "lower") return text.shape === "title" || text.shape === "upper";
  if (term.shape === "title" || term.shape === "other") return text.shape === "upper" && text.form.length > 1;
  return false;
}

/** One bit per entity type, for the marks on tokens. */
export const TypeBit: Readonly<Record<EntityType, number>> = { agency: 1, organization: 2, place: 4, program: 8, law: 16, person: 32 };
/** The bits of every type. */
export const ANY_TYPE = 63;

export class TokenLayer {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Per token, the TypeBits of the mentions marked on it. */
  private readonly marks: Uint8Array;
  private words: (readonly (readonly Word[])[]) | null = null;

  constructor(readonly doc: SegmentedDoc) {
    const { text, blocks, sentences } = doc;
    this.text = text;
    const tokens: Token[] = [];
    let b = 0;
    let s = 0;
    let lineRegion = -1;
    let prevEnd = -1;
    scanTokens(text, (start, end) => {
      while (b < blocks.length && blocks[b]!.end <= start) b++;
      while (s < sentences.length && sentences[s]![1] <= start) s++;
      const inBlock = b < blocks.length && blocks[b]!.start <= start;
      if (!inBlock && prevEnd >= 0 && text.slice(prevEnd, start).includes("\n")) lineRegion--;
      const lex = lexemeAt(text, start, end);
      const sentence = s < sentences.length && sentences[s]![0] <= start && end <= sentences[s]![1] ? s : -1;
      tokens.push({
        start, end, lex, form: lex.form, key: lex.key, word: lex.word,
        region: inBlock ? b : lineRegion, sentence, glued: start === prevEnd,
      });
      prevEnd = end;
    }, sentences.flatMap((x) => x));
    this.tokens = tokens;
    this.marks = new Uint8Array(tokens.length);
  }

  /** The first token that ends after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Marks the tokens each mention overlaps with its type, for the matchers after the one that found it. */
  mark(mentions: readonly EntityMention[]): void {
    for (const m of mentions) this.markSpan(m.span, TypeBit[m.type]);
  }

  private markSpan([start, end]: Span, bit: number): void {
    for (let k = this.tokenAt(start); k < this.tokens.length && this.tokens[k]!.start < end; k++) this.marks[k]! |= bit;
  }

  /** Whether a mention of one of the types in `bits` was marked on a token of [first, end). */
  marked(first: number, end: number, bits: number): boolean {
    for (let k = first; k < end; k++) if ((this.marks[k]! & bits) !== 0) return true;
    return false;
  }

  /** The words of each sentence, as name rules read them (words.ts), built once. */
  sentenceWords(): readonly (readonly Word[])[] {
    return (this.words ??= sentenceWords(this));
  }
}
