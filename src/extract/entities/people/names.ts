/**
 * Name candidates in one sentence's tokens: an optional title ("Secretary of
 * State", "Costa Rican President", "Cartel Leader"), then a capitalized name
 * with its particles ("de la"), initials, hyphens, a nickname in quotes
 * ("Juan “El Huevo” Gerardo Treviño Chávez"), a generational suffix
 * (", Jr.") and a following a.k.a. name ("(a.k.a. “Chocho”)").
 * Whether a candidate without a title or such a cue is a person is left to
 * compromise (see people/index.ts).
 */
import {
  ALIAS_CUES, BODY_WORDS, CONNECTORS, DEMONYMS, PARTICLES, PORTFOLIO_ENDS, PORTFOLIOS, SUFFIXES, TITLE_HEADS,
  TITLE_MODIFIERS, WEAK_HEADS,
} from "./lexicon.ts";
import { allCaps, capitalized, initial, type Token } from "./tokens.ts";

export interface NameCandidate {
  /** Where the title before the name stands, or null. */
  titleSpan: [number, number] | null;
  /** The title is a rank or word that also names things: one capitalized word after it is not enough. */
  weakTitle: boolean;
  /** The tokens of the name itself: words, particles, initials, the suffix; not the nickname. */
  parts: Token[];
  /** [start, end) of the mention: the name as written, nickname included, title and possessive left out. */
  span: [number, number];
  /** Nicknames in quotes inside the name and a.k.a. names after it. */
  aliases: string[];
  suffix: string | null;
  /** The mention ends in a possessive ("Biden’s"). */
  possessive: boolean;
}

const MAX_PORTFOLIO = 6;

/** A word that can be part of a name: capitalized, not an acronym, not a word of body names. */
function nameWord(t: Token | undefined): boolean {
  return !!t && !t.blocked && capitalized(t) && !allCaps(t) && !BODY_WORDS.has(t.fold);
}

function next(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  return t?.joined ? t : undefined;
}

/**
 * A portfolio after a connector: listed ("State", "Homeland Security"),
 * closed by a portfolio word ("Western Hemisphere Affairs"), or an acronym
 * ("ONDCP"). Returns the index after it, or -1.
 */
function portfolio(tokens: readonly Token[], i: number): number {
  const listed = PORTFOLIOS.longest(tokens, i);
  let end = listed?.end ?? -1;
  for (let j = i; j < tokens.length && j < i + MAX_PORTFOLIO && (j === i || next(tokens, j)); j++) {
    const t = tokens[j]!;
    if (!capitalized(t) && !(j > i && t.fold === "and")) break;
    if (PORTFOLIO_ENDS.has(t.fold) && j + 1 > end) end = j + 1;
    if (t.possessive) break;
  }
  if (end < 0 && tokens[i] && allCaps(tokens[i]!)) end = i + 1;
  return end;
}

interface TitleMatch {
  end: number;
  weak: boolean;
}

/** The title that starts at tokens[i]: [demonym] (modifier | portfolio)* head (connector portfolio)*. */
export function readTitle(tokens: readonly Token[], i: number): TitleMatch | null {
  let j = DEMONYMS.longest(tokens, i)?.end ?? i;
  let head: TitleMatch | null = null;
  for (;;) {
    if (j > i && !next(tokens, j)) break;
    const h = TITLE_HEADS.longest(tokens, j);
    const m = TITLE_MODIFIERS.longest(tokens, j);
    if (h && (!m || h.end >= m.end)) {
      head = { end: h.end, weak: WEAK_HEADS.has(h.phrase) && !head };
      j = h.end;
    } else if (m) j = m.end;
    else break;
    if (tokens[j - 1]!.possessive) break;
  }
  if (!head) return null;
  j = head.end;
  for (;;) {
    const c = next(tokens, j) ? CONNECTORS.longest(tokens, j) : null;
    const p = c && next(tokens, c.end) ? portfolio(tokens, c.end) : -1;
    if (p < 0) break;
    j = p;
  }
  return { end: j, weak: head.weak };
}

/** ", Jr." / " Sr." after a name: the index after it, or -1. */
function suffixAt(tokens: readonly Token[], i: number): number {
  const comma = tokens[i]?.kind === "comma" && tokens[i]!.joined ? 1 : 0;
  const t = next(tokens, i + comma);
  return t && SUFFIXES.has(t.fold) ? i + comma + 1 : -1;
}

/** "(a.k.a. “Chocho”)", ", a.k.a. 'El Huevo'", "alias El Huevo": the alias and the index after it. */
function aliasAfter(tokens: readonly Token[], i: number): { alias: string; end: number } | null {
  let j = i;
  const open = tokens[j]?.kind === "open" || tokens[j]?.kind === "comma";
  if (open) j++;
  const cue = next(tokens, j) ? ALIAS_CUES.longest(tokens, j) : null;
  if (!cue) return null;
  j = cue.end;
  const q = next(tokens, j);
  if (q?.kind === "quote") return { alias: unquote(q.text), end: j + 1 };
  const words: Token[] = [];
  while (nameWord(next(tokens, j))) words.push(tokens[j++]!);
  return words.length > 0 ? { alias: words.map((w) => w.text).join(" "), end: j } : null;
}

function unquote(q: string): string {
  return q.slice(1, -1).trim();
}

/** The name that starts at tokens[i], or null. */
function readName(tokens: readonly Token[], i: number): Omit<NameCandidate, "titleSpan" | "weakTitle"> | null {
  const first = tokens[i];
  if (!first || !(nameWord(first) || (initial(first) && !first.blocked)) || SUFFIXES.has(first.fold)) return null;
  const parts: Token[] = [tokens[i]!];
  const aliases: string[] = [];
  let j = i + 1;
  let end = tokens[i]!.end;
  while (!tokens[j - 1]!.possessive) {
    const t = next(tokens, j);
    if (!t) break;
    if (SUFFIXES.has(t.fold)) break;
    if (nameWord(t) || (initial(t) && !t.blocked)) {
      parts.push(t);
    } else if (t.kind === "quote" && nameWord(next(tokens, j + 1))) {
      aliases.push(unquote(t.text));
    } else if (t.kind === "word") {
      const p = PARTICLES.longest(tokens, j);
      if (!p || !nameWord(next(tokens, p.end))) break;
      for (let k = j; k < p.end; k++) parts.push(tokens[k]!);
      j = p.end;
      continue;
    } else break;
    end = t.end;
    j++;
  }
  if (parts.some((p) => BODY_WORDS.has(p.fold))) return null;
  let suffix: string | null = null;
  const s = suffixAt(tokens, j);
  if (s > 0 && !tokens[j - 1]!.possessive) {
    suffix = tokens[s - 1]!.text;
    parts.push(tokens[s - 1]!);
    end = tokens[s - 1]!.end;
    j = s;
  }
  const alias = aliasAfter(tokens, j);
  if (alias) aliases.push(alias.alias);
  // A body word right after the name makes it the name of a body ("Vicente Carrillo Fuentes Organization").
  const after = next(tokens, j);
  if (after && BODY_WORDS.has(after.fold) && capitalized(after)) return null;
  return { parts, span: [tokens[i]!.start, end], aliases, suffix, possessive: tokens[j - 1]!.possessive };
}

/** Every name candidate in a sentence, left to right, titles read first. */
export function nameCandidates(tokens: readonly Token[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const title = readTitle(tokens, i);
    const at = title && next(tokens, title.end) ? title.end : i;
    const name = readName(tokens, at);
    if (name) {
      const titled = title !== null && at === title.end;
      out.push({ ...name, titleSpan: titled ? [tokens[i]!.start, tokens[at - 1]!.end] : null, weakTitle: titled && title.weak });
      i = tokens.findIndex((t) => t.start >= name.span[1]);
      if (i < 0) break;
    } else i = title ? Math.max(title.end, i + 1) : i + 1;
  }
  return out;
}
