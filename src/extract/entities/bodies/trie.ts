/**
 * A trie of terms by token key. Matching walks it once from each token, so
 * a document is matched in time linear in its length whatever the size of
 * the gazetteer (the longest term bounds each walk).
 */
import type { Lexeme } from "../lexemes.ts";
import { caseFits, termTokens, type Token } from "../tokens.ts";

export interface TermHit<T> {
  readonly value: T;
  /** Token index after the last token of the match. */
  readonly end: number;
}

interface Stored<T> {
  readonly value: T;
  readonly words: readonly Lexeme[];
  readonly exact: boolean;
}

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  readonly terms: Stored<T>[];
}

const newNode = <T>(): Node<T> => ({ next: new Map(), terms: [] });
const NONE: readonly never[] = Object.freeze([]);

function fits<T>(term: Stored<T>, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < term.words.length; k++) if (!caseFits(term.words[k]!, tokens[i + k]!.lex, term.exact)) return false;
  return true;
}

export class TokenTrie<T> {
  private readonly root: Node<T> = newNode();

  /** Adds a term; `exact` terms (acronyms) match only in their own case. */
  add(text: string, value: T, exact = false): void {
    const tokens = termTokens(text);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t.key);
      if (!child) node.next.set(t.key, (child = newNode()));
      node = child;
    }
    node.terms.push({ value, words: tokens, exact });
  }

  /** Every term that starts at token `i`, shortest first; no term crosses a region. */
  matchAt(tokens: readonly Token[], i: number): readonly TermHit<T>[] {
    const region = tokens[i]!.region;
    let node: Node<T> | undefined = this.root.next.get(tokens[i]!.key);
    if (!node) return NONE;
    const hits: TermHit<T>[] = [];
    node = this.root;
    for (let j = i; j < tokens.length && tokens[j]!.region === region; j++) {
      node = node.next.get(tokens[j]!.key);
      if (!node) break;
      for (const term of node.terms) if (fits(term, tokens, i)) hits.push({ value: term.value, end: j + 1 });
    }
    return hits;
  }
}
