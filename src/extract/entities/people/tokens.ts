/**
 * The word tokens of a stretch of normalized text, with their offsets: what
 * the name and title rules walk over. One linear regex pass; nothing is
 * copied out of the text but the token strings.
 */

export type TokenKind = "word" | "quote" | "comma" | "open" | "close" | "other";

export interface Token {
  kind: TokenKind;
  /** [start, end) in the normalized text; a possessive "’s" is left out of a word. */
  start: number;
  end: number;
  text: string;
  /** Lower case, accents and quote style folded: what lexicons are keyed by. */
  fold: string;
  /** The word is followed by "’s"/"'s" (which the span leaves out). */
  possessive: boolean;
  /** Only spaces separate it from the token before (no line break). */
  joined: boolean;
  /** Inside a mention an earlier matcher found (an agency, a place): never part of a name. */
  blocked: boolean;
}

const TOKEN = /([“"‘][^“”"‘’\n]{1,40}[”"’]|'(?=\p{Lu})[^'\n]{1,40}')|([\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|['’\-.]+(?=[\p{L}\p{M}\p{N}]))*)(\.)?|(,)|([(\[])|([)\]])|(\S)/gu;
const POSSESSIVE = /['’]s$/u;

export function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[‘’`]/g, "'").toLowerCase();
}

/**
 * `dotted(word)` says whether "word." is one token (an initial, "Jr.", "Dr.")
 * rather than a word before a sentence's full stop.
 */
export function tokenize(text: string, start: number, end: number, dotted: (word: string) => boolean): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let last = 0;
  for (const m of slice.matchAll(TOKEN)) {
    const at = start + m.index;
    const gap = slice.slice(last, m.index);
    // A full stop left out of the word before ends what it belongs to, as a line break does.
    const joined = tokens.length > 0 && !gap.includes("\n") && !gap.includes(".");
    last = m.index + m[0].length;
    let kind: TokenKind;
    let s = at;
    let e = at + m[0].length;
    let possessive = false;
    if (m[1]) kind = "quote";
    else if (m[2]) {
      kind = "word";
      if (m[3] && !dotted(m[2])) {
        e -= 1;
        last -= 1;
      }
      if (POSSESSIVE.test(m[2]) && m[2].length > 2) {
        possessive = true;
        e = at + m[2].length - 2;
      }
    } else if (m[4]) kind = "comma";
    else if (m[5]) kind = "open";
    else if (m[6]) kind = "close";
    else kind = "other";
    const t = text.slice(s, e);
    tokens.push({ kind, start: s, end: e, text: t, fold: fold(t), possessive, joined, blocked: false });
  }
  return tokens;
}

/** Starts with a capital letter: a word that can be part of a name or a title. */
export function capitalized(t: Token): boolean {
  return t.kind === "word" && /^\p{Lu}/u.test(t.text);
}

/** "B." or "J": a single capital, an initial. */
export function initial(t: Token): boolean {
  return t.kind === "word" && /^\p{Lu}\.?$/u.test(t.text);
}

/** Written all in capitals, two letters or more: an acronym, never part of a name. */
export function allCaps(t: Token): boolean {
  return t.kind === "word" && /^[\p{Lu}\p{N}.\-]{2,}$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);
}

/** Spans of mentions found earlier, merged and sorted once, asked by binary search. */
export class SpanSet {
  private readonly spans: [number, number][] = [];

  constructor(spans: Iterable<readonly [number, number]>) {
    for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
      const last = this.spans[this.spans.length - 1];
      if (last && s < last[1]) last[1] = Math.max(last[1], e);
      else this.spans.push([s, e]);
    }
  }

  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = this.spans[mid]!;
      if (end <= s) hi = mid - 1;
      else if (start >= e) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

/** Marks the tokens inside a found mention as blocked. */
export function blockTokens(tokens: readonly Token[], found: SpanSet): void {
  for (const t of tokens) t.blocked = found.overlaps(t.start, t.end);
}
