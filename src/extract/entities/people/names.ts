/**
 * Name candidates in one sentence's tokens: an optional title ("Secretary of
 * State", "Costa Rican President", "Cartel Leader"), then a capitalized name
 * with its particles ("de la"), initials, hyphens, a nickname in quotes
 * ("Juan “El Huevo” Gerardo Treviño Chávez"), a generational suffix
 * (", Jr.") and a following a.k.a. name ("(a.k.a. “Chocho”)").
 * Whether a candidate is a person is decided in people/index.ts.
 */
import {
  ALIAS_CUES, BODY_WORDS, CONNECTORS, DEMONYMS, END_WORDS, PARTICLES, PERSON_NOUNS, PLACE_NAMES, PORTFOLIO_ENDS, PORTFOLIOS, SUFFIXES, THING_HEADS,
  TITLE_HEADS, TITLE_MODIFIERS, WEAK_HEADS,
} from "./lexicon.ts";
import { WordClass } from "../compromise.ts";
import { ANY_TYPE, TypeBit } from "../tokens.ts";
import type { PhraseMatch } from "../phrases.ts";
import type { Word } from "../words.ts";

export interface NameCandidate {
  /** Where the title before the name (or after it and a comma) stands, or null. */
  titleSpan: [number, number] | null;
  /** The title is a rank or word that also names things: one capitalized word after it is not enough. */
  weakTitle: boolean;
  /** The title is such a word made an office by a body's name or a portfolio ("OMB Director"): compromise still reads the name. */
  officeTitle: boolean;
  /** The tokens of the name itself: words, particles, initials, the suffix; not the nickname. */
  parts: Word[];
  /** [start, end) of the mention: the name as written, nickname included, title and possessive left out. */
  span: [number, number];
  /** Nicknames in quotes inside the name and a.k.a. names after it. */
  aliases: string[];
  suffix: string | null;
  /** The suffix follows a comma: "Othon Marban, Sr.". */
  suffixComma: boolean;
  /** A comma, an article and a noun for a person follow: "Hevrin Khalaf, a Syrian Kurdish politician". */
  described: boolean;
}

const MAX_PORTFOLIO = 6;
/** How far past a portfolio's "and" a given name may start the name ("Finance and Public Credit Rogelio Ramírez"). */
const MAX_GIVEN_LOOKAHEAD = 5;
const NICKNAME = /^(?:[\p{Lu}\p{Ll}]\p{Ll}*|\p{N}+)(?:[\s-](?:[\p{Lu}\p{Ll}]\p{Ll}*|\p{N}+)){0,3}$/u;

/** Inside a mention an earlier matcher found (an agency, a place, a program): never part of a name. */
function blocked(t: Word): boolean {
  return t.taken(ANY_TYPE);
}

/** A word that can be part of a name: capitalized, not an acronym, not a function word, a month or a word of body names. */
function nameWord(t: Word | undefined): boolean {
  return !!t && t.lex.upper && !t.lex.allCaps && !BODY_WORDS.has(t.fold) && !t.lex.is(WordClass.function | WordClass.calendar) && !blocked(t);
}

function next(tokens: readonly Word[], i: number): Word | undefined {
  const t = tokens[i];
  return t?.joined && !tokens[i - 1]?.possessive ? t : undefined;
}

/** Index of the first given name among the capitalized words from i (at most `max` ahead), or -1. */
function givenAhead(tokens: readonly Word[], i: number, max: number): number {
  for (let j = i; j < i + max && (j === i || next(tokens, j)); j++) {
    const t = tokens[j]!;
    if (!t.lex.upper && !(j > i && /^(?:and|y|of|for|the|de|del)$/.test(t.fold))) return -1;
    if (t.lex.is(WordClass.given)) return j;
  }
  return -1;
}

/**
 * A portfolio after a connector: listed ("State", "Homeland Security"),
 * closed by a portfolio word ("Western Hemisphere Affairs"), or an acronym
 * ("ONDCP"); "and" more of it runs up to a given name. Returns the index
 * after it, or -1.
 */
function portfolio(tokens: readonly Word[], i: number): number {
  const body = agencyBefore(tokens, i);
  let end = Math.max(PORTFOLIOS.longest(tokens, i)?.end ?? -1, PLACE_NAMES.longest(tokens, i)?.end ?? -1, body > i ? body : -1);
  for (let j = i; j < tokens.length && j < i + MAX_PORTFOLIO && (j === i || next(tokens, j)); j++) {
    const t = tokens[j]!;
    if (!t.lex.upper && !(j > i && t.fold === "and")) break;
    if (PORTFOLIO_ENDS.has(t.fold) && j + 1 > end) end = j + 1;
    if (t.possessive) break;
  }
  if (end < 0 && tokens[i] && tokens[i]!.lex.allCaps) end = i + 1;
  if (end < 0) {
    const given = givenAhead(tokens, i, MAX_GIVEN_LOOKAHEAD);
    if (given > i) end = given;
  }
  if (end > 0 && next(tokens, end)?.fold === "and") {
    const given = givenAhead(tokens, end + 1, MAX_GIVEN_LOOKAHEAD);
    if (given > end + 1) end = given;
  } else if (end > 0) {
    end = Math.max(end, seriesEnd(tokens, end));
  }
  return end;
}

/**
 * The rest of a series of portfolios after the first (", Population and
 * Migration" in "Undersecretary of Human Rights, Population and Migration
 * Arturo Medina"): capitalized items between commas, then "and" and more of
 * it up to a given name. No item starts with a given name: that is a name
 * after the title ("Minister of Foreign Affairs, Marcelo Ebrard and ...").
 * Returns the index of the given name, or -1.
 */
function seriesEnd(tokens: readonly Word[], i: number): number {
  let k = i;
  while (next(tokens, k)?.kind === "comma") {
    const item = next(tokens, k + 1);
    if (item?.fold === "and") break;
    if (!item?.lex.upper || item.lex.is(WordClass.given)) return -1;
    k += 2;
    while (next(tokens, k)?.lex.upper && !tokens[k]!.lex.is(WordClass.given)) k++;
  }
  if (k === i) return -1;
  const and = next(tokens, k)?.kind === "comma" ? k + 1 : k;
  if (next(tokens, and)?.fold !== "and") return -1;
  const given = givenAhead(tokens, and + 1, MAX_GIVEN_LOOKAHEAD);
  return given > and + 1 ? given : -1;
}

interface TitleMatch {
  end: number;
  weak: boolean;
  /**
   * A body's name or a portfolio makes the head an office ("OMB Director",
   * "Director of the Office of Management and Budget"): a weak head then
   * titles a name of two words.
   */
  office: boolean;
}

/**
 * The title that starts at tokens[i]: [an agency's name ("OMB Director") or
 * a demonym] then heads and their modifiers ("Deputy", "Treasury",
 * "Foreign") and "of"/"for" portfolios, in any order, with at least one
 * capitalized head ("Chief of Staff to the National Security Advisor"). A
 * title in the possessive ("President’s Budget") titles no one.
 */
function readTitle(tokens: readonly Word[], i: number): TitleMatch | null {
  const body = agencyBefore(tokens, i);
  return (body > i ? titleFrom(tokens, i, body, true) : null) ?? titleFrom(tokens, i, DEMONYMS.longest(tokens, i)?.end ?? i, false);
}

/** The heads, modifiers and portfolios of a title from tokens[j] on, the title starting at tokens[i]; `office`: a body's name came first. */
function titleFrom(tokens: readonly Word[], i: number, j: number, office: boolean): TitleMatch | null {
  let head: TitleMatch | null = null;
  for (;;) {
    if (j > i && !next(tokens, j)) break;
    const h = TITLE_HEADS.longest(tokens, j);
    const m = TITLE_MODIFIERS.longest(tokens, j);
    if (h && (!m || h.end >= m.end) && tokens[j]!.lex.upper) {
      const prev = head as TitleMatch | null;
      head = { end: h.end, weak: WEAK_HEADS.has(h.phrase) && (!prev || prev.weak), office: office || (prev?.office ?? false) };
      j = h.end;
    } else if (m) j = m.end;
    else if (head && head.end === j) {
      const c: PhraseMatch | null = next(tokens, j) ? CONNECTORS.longest(tokens, j) : null;
      const p: number = c && next(tokens, c.end) ? portfolio(tokens, c.end) : -1;
      if (p < 0) break;
      head = { end: (j = p), weak: head.weak, office: true };
      continue;
    } else break;
    if (tokens[j - 1]!.possessive) return null;
  }
  return head;
}

/** The end of an agency's name that starts at tokens[i] ("OMB", "Department of Justice"), not in the possessive; i when there is none. */
function agencyBefore(tokens: readonly Word[], i: number): number {
  let j = i;
  while (tokens[j]?.taken(TypeBit.agency) && (j === i || next(tokens, j)) && !tokens[j]!.possessive) j++;
  return j;
}

/** ", Jr." / " Sr." after a name: the index after it, or -1. */
function suffixAt(tokens: readonly Word[], i: number): number {
  const comma = tokens[i]?.kind === "comma" && tokens[i]!.joined ? 1 : 0;
  const t = tokens[i + comma];
  return t?.joined && t.kind === "word" && SUFFIXES.has(t.fold) ? i + comma + 1 : -1;
}

/** "(a.k.a. “Chocho”)", ", a.k.a. 'El Huevo'", "alias El Huevo": the alias. */
function aliasAfter(tokens: readonly Word[], i: number): string | null {
  let j = i;
  if (tokens[j]?.kind === "open" || tokens[j]?.kind === "comma") j++;
  const cue = tokens[j]?.joined ? ALIAS_CUES.longest(tokens, j) : null;
  if (!cue) return null;
  j = cue.end;
  const q = next(tokens, j);
  if (q?.kind === "quote") return unquote(q.text);
  const words: Word[] = [];
  while (nameWord(next(tokens, j))) words.push(tokens[j++]!);
  return words.length > 0 ? words.map((w) => w.text).join(" ") : null;
}

function unquote(q: string): string {
  return q.slice(1, -1).replace(/[\s,.;:]+$/u, "").trim();
}

/** A title that starts at j and titles a name: where a name run stops ("... Canada Associate Deputy Minister Tricia Geddes"). */
function titleInside(tokens: readonly Word[], j: number): boolean {
  const t = readTitle(tokens, j);
  return t !== null && next(tokens, t.end) !== undefined && readName(tokens, t.end) !== null;
}

/** The name that starts at tokens[i], or null. */
function readName(tokens: readonly Word[], i: number): Omit<NameCandidate, "titleSpan" | "weakTitle" | "officeTitle" | "described"> | null {
  const first = tokens[i];
  if (!first || !(nameWord(first) || (first.lex.initial && !blocked(first))) || SUFFIXES.has(first.fold)) return null;
  const parts: Word[] = [first];
  const aliases: string[] = [];
  let j = i + 1;
  let end = first.end;
  while (!tokens[j - 1]!.possessive) {
    const t = next(tokens, j);
    if (!t || SUFFIXES.has(t.fold)) break;
    if (nameWord(t) || (t.lex.initial && !blocked(t))) {
      if (titleInside(tokens, j) || THING_HEADS.longest(tokens, j)) break;
      parts.push(t);
    } else if (t.kind === "quote" && NICKNAME.test(unquote(t.text)) && nameWord(next(tokens, j + 1))) {
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
  let suffix: string | null = null;
  let suffixComma = false;
  const s = suffixAt(tokens, j);
  if (s > 0 && !tokens[j - 1]!.possessive) {
    suffix = tokens[s - 1]!.text;
    suffixComma = tokens[j]!.kind === "comma";
    parts.push(tokens[s - 1]!);
    end = tokens[s - 1]!.end;
    j = s;
  }
  const alias = aliasAfter(tokens, j);
  if (alias) aliases.push(alias);
  const last = parts[parts.length - 1]!;
  // A body word right after the name makes it the name of a body ("Vicente Carrillo Fuentes Organization").
  const after = next(tokens, j);
  if ((after && after.lex.upper && (BODY_WORDS.has(after.fold) || END_WORDS.has(after.fold))) || (!suffix && END_WORDS.has(last.fold))) return null;
  return { parts, span: [first.start, end], aliases, suffix, suffixComma };
}

/**
 * Where the name of a body ends, given the index after its body word: right
 * there ("Gulf Cartel Osiel ..."), or past an "of ..." part, at a title or a
 * given name ("Council of Economic Advisers Cecilia Rouse").
 */
function bodyEnd(tokens: readonly Word[], i: number): number {
  const c = next(tokens, i) ? CONNECTORS.longest(tokens, i) : null;
  if (!c) return i;
  let j = c.end;
  while (next(tokens, j) && (tokens[j]!.lex.upper || CONNECTORS.longest(tokens, j)) && !tokens[j]!.lex.is(WordClass.given) && !readTitle(tokens, j)) j++;
  return j;
}

/** A title after a name and a comma, as lists of attendees write it ("Shalanda Young, Director of the Office of Management and Budget"): its span, or null. */
function titleAfter(tokens: readonly Word[], i: number): { span: [number, number]; office: boolean } | null {
  if (tokens[i]?.kind !== "comma" || !tokens[i]!.joined || !next(tokens, i + 1)) return null;
  const title = readTitle(tokens, i + 1);
  return title && (!title.weak || title.office) ? { span: [tokens[i + 1]!.start, tokens[title.end - 1]!.end], office: title.weak } : null;
}

/** Words between the article and the noun of a description: "a Syrian Kurdish politician", "a longtime human rights defender". */
const MAX_DESCRIPTION_WORDS = 4;
const ARTICLES = new Set(["a", "an"]);
const DESCRIPTION_LINKS = new Set(["who", "whose", "from", "of", "in", "at", "for", "with", "and", "based", "living", "born"]);

/** Whether a comma, an age or not ("Li Zhenhua, 45, a Chinese national"), "a" or "an", a few words and a noun for a person follow tokens[i - 1]. */
function describedAfter(tokens: readonly Word[], i: number): boolean {
  if (tokens[i]?.kind === "comma" && /^\d{1,3}$/.test(next(tokens, i + 1)?.text ?? "") && next(tokens, i + 2)?.kind === "comma") i += 2;
  if (tokens[i]?.kind !== "comma" || !tokens[i]!.joined || !ARTICLES.has(next(tokens, i + 1)?.fold ?? "")) return false;
  for (let k = i + 2; k <= i + 2 + MAX_DESCRIPTION_WORDS; k++) {
    const t = next(tokens, k);
    if (t?.kind !== "word") return false;
    // The noun ends the description, or a phrase or participle about the person follows ("a national nonprofit" is no person).
    if (PERSON_NOUNS.has(t.fold)) {
      const after = next(tokens, k + 1);
      return after?.kind !== "word" || DESCRIPTION_LINKS.has(after.fold) || /\p{Ll}{3}(?:ing|ed)$/u.test(after.text);
    }
  }
  return false;
}

/** Every name candidate in a sentence, left to right, titles read first. */
export function nameCandidates(tokens: readonly Word[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  /** Where the words that open a sentence start: past "When", "Dear", "Additionally". */
  let opening = 0;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    const thing = THING_HEADS.longest(tokens, i);
    if (thing && t.lex.upper) {
      // Storms and ships bear given names: all that follows is the thing's name.
      for (i = thing.end; nameWord(next(tokens, i)); i++);
      continue;
    }
    if (t.lex.upper && BODY_WORDS.has(t.fold) && !blocked(t)) {
      i = bodyEnd(tokens, i + 1);
      continue;
    }
    const title = readTitle(tokens, i);
    if (!title && (i === opening || !t.joined) && t.lex.is(WordClass.opener) && next(tokens, i + 1)) {
      opening = ++i;
      continue;
    }
    let at = title && next(tokens, title.end) ? title.end : i;
    // "Farmers Jana Zweering", "Senior Directors Juan González": a common word before a given name opens no name.
    if (at === i && t.lex.is(WordClass.common) && next(tokens, i + 1) && tokens[i + 1]!.lex.is(WordClass.given)) at = i + 1;
    const name = readName(tokens, at);
    if (name) {
      const titled = title !== null && at === title.end;
      i = tokens.findIndex((x) => x.start >= name.span[1]);
      const after = titled || i < 0 || name.parts.length < 2 ? null : titleAfter(tokens, i);
      const office = titled && title.weak && title.office && name.parts.length >= 2;
      out.push({
        ...name, titleSpan: titled ? [t.start, tokens[at - 1]!.end] : (after?.span ?? null),
        weakTitle: titled && title.weak && !office, officeTitle: office || (after?.office ?? false),
        described: i >= 0 && describedAfter(tokens, i),
      });
      if (i < 0) break;
    } else i = title ? Math.max(title.end, i + 1) : i + 1;
  }
  return out;
}
