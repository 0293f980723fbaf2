/**
 * One document as the body matcher sees it: its tokens, the lexicon terms
 * that start at each token, and the candidates the matcher proposes.
 */
import type { Agency, DerivedBody, GazetteerEntry, Place } from "../gazetteer.ts";
import { lookUp, type Hit, type PhraseKind, type Term } from "./lexicon.ts";
import { tokenize, type Token } from "./tokens.ts";
import type { Block } from "../../../model.ts";

/** What a candidate may name: a gazetteer entry, or a body made from a pattern or a definition. */
export interface Body {
  readonly type: "agency" | "organization" | "place";
  readonly key: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly country: string | null;
  readonly parent: string | null;
  readonly entry: GazetteerEntry | null;
}

export interface Reading {
  readonly body: Body;
  /** The term needs support in the document to mean this body. */
  readonly flagged: boolean;
}

/** Precedence at equal span: a listed name before a pattern, a pattern before a guess from a definition. */
export const Rank = { listed: 0, pattern: 1, defined: 2 } as const;
export type Rank = (typeof Rank)[keyof typeof Rank];

export interface Candidate {
  /** Token range [first, end). */
  readonly first: number;
  readonly end: number;
  readonly readings: readonly Reading[];
  readonly rank: Rank;
  /** The acronym the text uses, when the candidate is one. */
  readonly acronym: string | null;
}

export function firstClearAcronym(e: GazetteerEntry): string | null {
  return e.type === "place" ? null : (e.acronyms.find((a) => !a.ambiguous)?.text ?? null);
}

export function entryBody(e: GazetteerEntry): Body {
  return {
    type: e.type, key: e.key, name: e.name, acronym: firstClearAcronym(e),
    country: e.country, parent: e.type === "agency" ? e.parent : null, entry: e,
  };
}

export function derivedBody(d: DerivedBody | Agency): Body {
  return "type" in d ? entryBody(d) : { type: "agency", key: d.key, name: d.name, acronym: null, country: d.country, parent: d.parent, entry: null };
}

export class Scan {
  readonly tokens: readonly Token[];
  readonly hits: readonly (readonly Hit[])[];

  constructor(readonly text: string, blocks: readonly Block[]) {
    this.tokens = tokenize(text, blocks);
    this.hits = lookUp(this.tokens);
  }

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Tokens i and j (i < j) may belong to one name. */
  joined(i: number, j: number): boolean {
    return j < this.tokens.length && this.tokens[i]!.region === this.tokens[j]!.region;
  }

  /** The longest phrase of a kind starting at i: its end, or -1. */
  phrase(i: number, kind: PhraseKind): number {
    let end = -1;
    for (const h of this.hits[i] ?? []) if (h.value.kind === "phrase" && h.value.phrase === kind && h.end > end) end = h.end;
    return end;
  }

  /** Terms of one kind starting at i. */
  terms<K extends Term["kind"]>(i: number, kind: K): { term: Extract<Term, { kind: K }>; end: number }[] {
    const out: { term: Extract<Term, { kind: K }>; end: number }[] = [];
    for (const h of this.hits[i] ?? []) if (h.value.kind === kind) out.push({ term: h.value as Extract<Term, { kind: K }>, end: h.end });
    return out;
  }

  /** Places named at i (countries, states, cities), longest first. */
  places(i: number): { place: Place; end: number; flagged: boolean }[] {
    return this.terms(i, "entry")
      .filter((h) => h.term.entry.type === "place")
      .map((h) => ({ place: h.term.entry as Place, end: h.end, flagged: h.term.flagged }))
      .sort((a, b) => b.end - a.end);
  }

  /** Whether token i is the word (key) `key`. */
  is(i: number, key: string): boolean {
    return this.tokens[i]?.key === key;
  }

  /** Where the name ends whose possessive ends just before token i ("DEA’s (…)"): i when there is none. */
  ownerEnd(i: number): number {
    for (const k of [i - 2, i - 1]) if (k > 0 && this.possessive(k) === i) return k;
    return i;
  }

  /** The possessive after token `end - 1` ("DEA’s", "States’"): the new end, else `end`. */
  possessive(end: number): number {
    const t = this.tokens[end];
    if (!t || t.form !== "'" || !t.glued || !this.joined(end - 1, end)) return end;
    const s = this.tokens[end + 1];
    if (s && s.key === "s" && s.glued) return end + 2;
    return /s$/i.test(this.tokens[end - 1]!.form) ? end + 1 : end;
  }
}
