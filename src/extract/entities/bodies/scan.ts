/**
 * One document as the body matcher sees it: its tokens, the lexicon terms
 * that start at each token, and the candidates the matcher proposes.
 */
import type { Block } from "../../../model.ts";
import type { Agency, DerivedBody, GazetteerEntry, Place } from "../gazetteer.ts";
import { lookUp, type Hit, type PhraseKind, type Term } from "./lexicon.ts";
import type { Token, TokenLayer } from "../tokens.ts";
import { WordClass } from "../compromise.ts";

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
  /** Made from the context only (the country named before): never wins over an unflagged reading. */
  readonly contextual?: boolean;
}

/** Words a list item that is one name may have ("• University of North Carolina – Greensboro"). */
const MAX_NAME_ITEM_WORDS = 8;

/** A list item that is a name, not a headline: short, and not opened by a verb ("• Enhance Ocean Observations") or an -ing form. */
function nameItem(block: Block | undefined, tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  const first = words[0];
  return block?.kind === "item" && !!first && words.length <= MAX_NAME_ITEM_WORDS && !first.lex.is(WordClass.verb) && !/ing$/i.test(first.form);
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
  /** Found by an alias only (a short form: "State", "Health and Human Services"). */
  readonly alias: boolean;
  /** Tokens of a "U.S." written before a U.S. body's name, which supports its U.S. readings ("U.S. Treasury"). */
  readonly prefix: number;
}

/** Candidates by their first and by their end token. */
export interface Edges {
  readonly byFirst: ReadonlyMap<number, readonly Candidate[]>;
  readonly byEnd: ReadonlyMap<number, readonly Candidate[]>;
}

export function edges(candidates: readonly Candidate[]): Edges {
  const byFirst = new Map<number, Candidate[]>();
  const byEnd = new Map<number, Candidate[]>();
  for (const c of candidates) {
    byFirst.set(c.first, [...(byFirst.get(c.first) ?? []), c]);
    byEnd.set(c.end, [...(byEnd.get(c.end) ?? []), c]);
  }
  return { byFirst, byEnd };
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

type Listed = Exclude<Term["kind"], "phrase">;
type Found<K extends Term["kind"]> = { readonly term: Extract<Term, { kind: K }>; readonly end: number };
type PlaceHit = { readonly place: Place; readonly end: number; readonly flagged: boolean };

const NONE: readonly never[] = Object.freeze([]);

/** The terms at one token, sorted by kind once so that patterns look them up in constant time. */
type At = { readonly [K in Listed]: readonly Found<K>[] } & {
  /** Places named here, longest first. */
  readonly places: readonly PlaceHit[];
  /** The end of the longest phrase of each kind. */
  readonly phrases: ReadonlyMap<PhraseKind, number> | null;
};

const EMPTY: At = { entry: NONE, demonym: NONE, office: NONE, generic: NONE, district: NONE, places: NONE, phrases: null };

function sortHits(hits: readonly Hit[]): At {
  if (hits.length === 0) return EMPTY;
  const lists: { [K in Listed]?: Found<K>[] } = {};
  let phrases: Map<PhraseKind, number> | null = null;
  let places: PlaceHit[] | null = null;
  for (const { value, end } of hits) {
    if (value.kind === "phrase") {
      phrases ??= new Map();
      if ((phrases.get(value.phrase) ?? -1) < end) phrases.set(value.phrase, end);
      continue;
    }
    ((lists[value.kind] ??= []) as { term: Term; end: number }[]).push({ term: value, end });
    if (value.kind === "entry" && value.entry.type === "place") (places ??= []).push({ place: value.entry, end, flagged: value.flagged });
  }
  return {
    entry: lists.entry ?? NONE, demonym: lists.demonym ?? NONE, office: lists.office ?? NONE, generic: lists.generic ?? NONE,
    district: lists.district ?? NONE, places: places?.sort((a, b) => b.end - a.end) ?? NONE, phrases,
  };
}

export class Scan {
  readonly tokens: readonly Token[];
  /** The tokens where some term starts, in order: the only places a pattern can start. */
  readonly marked: readonly number[];
  private readonly at: readonly At[];

  readonly text: string;
  private readonly blocks: readonly Block[];

  constructor(layer: TokenLayer) {
    this.text = layer.text;
    this.blocks = layer.doc.blocks;
    this.tokens = layer.tokens;
    this.at = lookUp(this.tokens).map(sortHits);
    this.marked = this.at.flatMap((a, i) => (a === EMPTY ? [] : [i]));
  }

  /** Tokens i and j (i < j) may belong to one name. */
  joined(i: number, j: number): boolean {
    return i >= 0 && j < this.tokens.length && this.tokens[i]!.region === this.tokens[j]!.region;
  }

  /** The longest phrase of a kind starting at i: its end, or -1. */
  phrase(i: number, kind: PhraseKind): number {
    return this.at[i]?.phrases?.get(kind) ?? -1;
  }

  /** Terms of one kind starting at i. */
  terms<K extends Listed>(i: number, kind: K): At[K] {
    return this.at[i]?.[kind] ?? NONE;
  }

  /** Places named at i (countries, states, cities), longest first. */
  places(i: number): readonly PlaceHit[] {
    return this.at[i]?.places ?? NONE;
  }

  private readonly titleRegions = new Map<number, boolean>();

  /**
   * Whether the region (block) of token i is written in title case, as
   * headlines are ("Office of Management and Budget Releases Guidance"):
   * there capitals do not mark names. A lower-case word of four letters or
   * more that is no function word says it is not: "Valerie Biden Owens,
   * chair of the UD Biden Institute"; nor is a list item that is a name.
   */
  titleCased(i: number): boolean {
    const region = this.tokens[i]!.region;
    let known = this.titleRegions.get(region);
    if (known === undefined) {
      let first = i;
      while (first > 0 && this.tokens[first - 1]!.region === region) first--;
      let words = 0;
      let capitals = 0;
      let content = false;
      let end = first;
      for (; end < this.tokens.length && this.tokens[end]!.region === region; end++) {
        const t = this.tokens[end]!;
        if (!t.word || t.form.length < 4) continue;
        words++;
        if (t.lex.upper) capitals++;
        else if (t.lex.shape === "lower" && !t.lex.is(WordClass.function)) content = true;
      }
      known = words >= 4 && capitals >= words * 0.8 && !content && !nameItem(this.blocks[region], this.tokens.slice(first, end));
      this.titleRegions.set(region, known);
    }
    return known;
  }

  /** The key of token i. */
  readonly key = (i: number): string | undefined => this.tokens[i]?.key;

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
