/**
 * Phrase lexicons over words (words.ts): a trie keyed by folded words, so
 * that a list of thousands of multi-word phrases is matched in time linear
 * in the phrase, not in the list; and the loader of the lexicons' data files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { keyOf } from "./lexemes.ts";
import type { Word } from "./words.ts";

/** Reads and validates a lexicon's JSON data file, once, at load. */
export function readLexicon<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(join(dir, file), "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** A set of single words, folded as words are. */
export function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(keyOf));
}

interface Node {
  next: Map<string, Node>;
  /** The phrase that ends here, as listed. */
  phrase: string | null;
}

export interface PhraseMatch {
  /** Index of the token after the phrase. */
  end: number;
  phrase: string;
}

/** Splits a listed phrase into words as the text is split ("Lt. Col." → "lt." "col."). */
function words(phrase: string): string[] {
  return phrase.split(/\s+/).filter(Boolean).map(keyOf);
}

export class PhraseTrie {
  private readonly root: Node = { next: new Map(), phrase: null };

  constructor(phrases: Iterable<string>) {
    for (const p of phrases) this.add(p);
  }

  add(phrase: string): void {
    let node = this.root;
    for (const w of words(phrase)) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), phrase: null }));
      node = child;
    }
    node.phrase ??= phrase;
  }

  /** Longest phrase starting at tokens[i], through words only. */
  longest(tokens: readonly Word[], i: number): PhraseMatch | null {
    let node = this.root;
    let best: PhraseMatch | null = null;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.kind !== "word" || (j > i && (!t.joined || tokens[j - 1]!.possessive))) break;
      const child = node.next.get(t.fold);
      if (!child) break;
      node = child;
      if (node.phrase !== null) best = { end: j + 1, phrase: node.phrase };
    }
    return best;
  }

  /** Whether the text is a listed phrase. */
  has(text: string): boolean {
    let node: Node | undefined = this.root;
    for (const w of words(text)) if (!(node = node.next.get(w))) return false;
    return node.phrase !== null;
  }

  /** Whether a listed phrase starts with this folded word. */
  starts(word: string): boolean {
    return this.root.next.has(word);
  }
}
