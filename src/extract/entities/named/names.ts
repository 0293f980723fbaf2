/**
 * Program and law names in one sentence's tokens. A name is a title-case
 * run (capitalized words, small words such as "of" or "a" between them, an
 * "(ACR)" inside) that ends with an end head ("National Drug Control
 * Strategy", "Bipartisan Safer Communities Act"), with an optional tail
 * ("Strategic Dialogue on Illicit Finance", "Framework for Security, Public
 * Health, and Safe Communities"), or that starts with a start head
 * ("Operation Without a Trace"), or that a law start opens with a tail
 * ("Executive Order on Promoting Competition in the American Economy"). Runs
 * are trimmed at the left: no "The", no sentence-initial verb (nor a verb
 * joined to it: "Reinstating and Expanding"), nothing an earlier matcher
 * found, no verb phrase or clause before a determiner ("Expanding the
 * Central American Minors Program").
 */
import { BODY_WORDS, TITLE_HEADS } from "../people/lexicon.ts";
import { WordClass } from "../compromise.ts";
import { sloganCopula } from "../lexemes.ts";
import { TypeBit } from "../tokens.ts";
import type { Word } from "../words.ts";
import {
  CLAUSE_LINKS, DETERMINERS, GENERIC_WORDS, INNER_WORDS, LAW_ENDS, LAW_STARTS, LEADING_WORDS, LOWER_ENDS, PROGRAM_ENDS, PROGRAM_STARTS,
  START_STOPS, TAIL_CONNECTORS, TAIL_WORDS,
} from "./lexicon.ts";

export interface NamedCandidate {
  type: "program" | "law";
  /** Word range [first, end) of the mention. */
  first: number;
  end: number;
  /** Where the head starts: the words before it are the name's modifiers. */
  headStart: number;
  /** Word range of the name up to its head, without tail: what short mentions repeat. */
  headEnd: number;
  /** An acronym in parentheses inside the name ("Drug-Free Communities (DFC) Program"). */
  acronym: string | null;
}

/**
 * A possessive ends a name, unless it is a group's: "Children’s Health
 * Insurance Program", "Young Women’s Empowerment Initiative" (a plural noun,
 * not an owner: "DEA’s", "the Administration’s").
 */
function ends(t: Word | undefined): boolean {
  return !!t && t.possessive && !t.lex.is(WordClass.plural);
}

function joined(tokens: readonly Word[], i: number): Word | undefined {
  const t = tokens[i];
  return t?.joined && !ends(tokens[i - 1]) ? t : undefined;
}

/** Agencies and organizations are never part of a name; places may be ("U.S.-Mexico ..."). */
const BODIES = TypeBit.agency | TypeBit.organization;

function titleWord(t: Word | undefined): boolean {
  return !!t && t.kind === "word" && (t.lex.upper || t.lex.numeric || t.lex.camel) && !t.taken(BODIES);
}

/** The end of the title-case run that starts at tokens[i] (index after it), and an inner acronym. */
/** "and the" starts another phrase: a tail does not run on into it ("... on Gender Equity and the Administration"). */
function andThe(tokens: readonly Word[], k: number): boolean {
  return tokens[k]!.fold === "and" && tokens[k + 1]?.fold === "the";
}

function runEnd(tokens: readonly Word[], i: number, inner: ReadonlySet<string> = INNER_WORDS, tail = false): { end: number; acronym: string | null } {
  let j = i + 1;
  let acronym: string | null = null;
  for (;;) {
    if (ends(tokens[j - 1])) break;
    if (titleWord(joined(tokens, j))) {
      j++;
      continue;
    }
    let k = j;
    while (joined(tokens, k) && inner.has(tokens[k]!.fold) && !tokens[k]!.lex.upper && !(tail && andThe(tokens, k))) k++;
    if (k > j && titleWord(joined(tokens, k))) {
      j = k;
      continue;
    }
    // A tail's topic goes on after "on", a date does not: "for Action on Gender-Based Online Harassment", not "... on Monday", "... on May 25".
    const topic = joined(tokens, j + 1);
    const date = topic?.lex.is(WordClass.calendar) || tokens[j + 2]?.lex.numeric;
    if (tail && k === j && joined(tokens, j)?.fold === "on" && titleWord(topic) && !date) {
      j++;
      continue;
    }
    const t = joined(tokens, j);
    if (t?.kind === "open" && (tokens[j + 1] ?? t).lex.allCaps && tokens[j + 2]?.kind === "close" && titleWord(joined(tokens, j + 3))) {
      acronym = tokens[j + 1]!.text;
      j += 3;
      continue;
    }
    break;
  }
  return { end: j, acronym };
}

/** The end of the title-case runs that commas join to a run ending at `end` ("Security, Public Health, and Safe Communities"). */
function seriesEnd(tokens: readonly Word[], end: number, inner: ReadonlySet<string>, tail: boolean): number {
  for (;;) {
    let k = end;
    if (tokens[k]?.kind !== "comma" || !tokens[k]!.joined) return end;
    k++;
    if (joined(tokens, k)?.fold === "and") k++;
    if (!titleWord(joined(tokens, k))) return end;
    end = runEnd(tokens, k, inner, tail).end;
  }
}

/** A tail after a head: "on Illicit Finance", "for Security, Public Health, and Safe Communities". */
function tailEnd(tokens: readonly Word[], i: number): number {
  const c = joined(tokens, i);
  if (!c || !TAIL_CONNECTORS.has(c.fold) || !titleWord(joined(tokens, i + 1))) return i;
  return seriesEnd(tokens, runEnd(tokens, i + 1, TAIL_WORDS, true).end, TAIL_WORDS, true);
}

/** A word that starts no name: "The", "Its", "Why", a function word. */
function leading(t: Word): boolean {
  return LEADING_WORDS.has(t.fold) || INNER_WORDS.has(t.fold) || t.lex.is(WordClass.function);
}

/** Whether a name may start with a sentence's first word, so that whether it is a verb counts (see trimLeft). */
export function mayOpen(t: Word | undefined): boolean {
  return titleWord(t) && !leading(t!);
}

/**
 * Drops leading words that start no name: "The", "Its", "Why", a
 * sentence's first word when it is a verb (`verbFirst`), with a verb it is
 * joined to ("Reinstating and Expanding", "Restart and Expand").
 */
function trimLeft(tokens: readonly Word[], i: number, end: number, verbFirst: boolean): number {
  let j = i;
  if (j === 0 && !leading(tokens[0]!) && verbFirst) {
    j = 1;
    if (tokens[1] && (tokens[1].fold === "and" || tokens[1].fold === "or") && titleWord(joined(tokens, 2))) j = 3;
  }
  while (j < end && leading(tokens[j]!)) j++;
  return j;
}

/** Title words among tokens [first, end). */
function titleWords(tokens: readonly Word[], first: number, end: number): number {
  let n = 0;
  for (let k = first; k < end; k++) if (tokens[k]!.lex.upper || tokens[k]!.lex.numeric) n++;
  return n;
}

/**
 * Where a name whose head starts at `headStart` starts, once a verb phrase
 * or a clause before a determiner is dropped ("Expanding the Central American
 * Minors Program", "Critical Investments in Latino Families in the American
 * Rescue Plan"): after the last determiner that two title words still follow.
 */
function nameStart(tokens: readonly Word[], first: number, headStart: number): number {
  let start = first;
  for (let k = first + 1; k < headStart; k++) {
    // A head before it makes what follows its tail: "Roadmap for a Renewed U.S.-Canada Partnership".
    if (headAt(tokens, k - 1)) return start;
    if (DETERMINERS.has(tokens[k]!.fold) && titleWords(tokens, k + 1, headStart) >= 2) start = k + 1;
  }
  return start;
}

function headAt(tokens: readonly Word[], k: number): boolean {
  const t = tokens[k]!;
  return t.lex.upper && (LAW_ENDS.has(t.fold) || PROGRAM_ENDS.longest(tokens, k) !== null);
}

/** The end of a name a start head opens ("Operation Overdrive and ..."): before a word that ends it, small words trimmed. */
function startedEnd(tokens: readonly Word[], first: number, end: number): number {
  let stop = first + 1;
  while (stop < end && !START_STOPS.has(tokens[stop]!.fold)) stop++;
  while (stop > first + 1 && INNER_WORDS.has(tokens[stop - 1]!.fold)) stop--;
  return stop;
}

/**
 * The end of a law's title after its start ("Executive Order on ..."): the
 * run and the title-case runs a comma joins to it ("on Diversity, Equity,
 * Inclusion, and Accessibility in the Federal Workforce"), up to a date
 * after it ("... in July").
 */
function titleEnd(tokens: readonly Word[], from: number, end: number): number {
  const last = seriesEnd(tokens, end, INNER_WORDS, false);
  for (let k = from; k + 1 < last; k++) {
    const next = tokens[k + 1]!;
    if (INNER_WORDS.has(tokens[k]!.fold) && (next.lex.numeric || next.lex.is(WordClass.calendar))) return k;
  }
  return last;
}

/** Words other than "National", "Federal" say which one it is (those before the head, or the tail). */
function specific(tokens: readonly Word[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (!GENERIC_WORDS.has(tokens[k]!.fold) && !INNER_WORDS.has(tokens[k]!.fold)) return true;
  return false;
}

/** Every program and law name in a sentence; `verbFirst`: compromise reads its first word as a verb. */
export function namedCandidates(tokens: readonly Word[], verbFirst: boolean): NamedCandidate[] {
  const out: NamedCandidate[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!titleWord(tokens[i])) {
      i++;
      continue;
    }
    const run = withSlogan(tokens, i, runEnd(tokens, i));
    const parts = splitAtAnd(tokens, i, run.end);
    const found = parts.flatMap(([s, e]) => inRun(tokens, s, e, run.acronym, verbFirst));
    out.push(...found);
    i = Math.max(run.end, ...found.map((f) => f.end));
  }
  return out;
}

/** A one-word run that a copula carries on into a slogan-like name: "Food is Medicine Research Initiative". */
function withSlogan(tokens: readonly Word[], i: number, run: { end: number; acronym: string | null }): { end: number; acronym: string | null } {
  const j = run.end;
  if (j !== i + 1 || !titleWord(joined(tokens, j + 1))) return run;
  const at = (k: number) => (k >= 0 && tokens.slice(k + 1, j + 1).every((t) => t.joined) ? tokens[k]!.lex : undefined);
  return sloganCopula(at, j) ? runEnd(tokens, j + 1) : run;
}

/** "Root Causes Strategy and Collaborative Migration Management Strategy": two names, split at an "and" after a head. */
function splitAtAnd(tokens: readonly Word[], first: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let start = first;
  for (let k = first + 1; k < end - 1; k++) {
    if (tokens[k]!.fold !== "and" || !endsWithHead(tokens, start, k)) continue;
    parts.push([start, k]);
    start = tokens[k + 1]!.fold === "the" ? k + 2 : k + 1;
  }
  parts.push([start, end]);
  return parts;
}

function endsWithHead(tokens: readonly Word[], first: number, end: number): boolean {
  const last = tokens[end - 1]!;
  if (LAW_ENDS.has(last.fold)) return true;
  // "the Trade Act of 2002 and the Homeland Security Act": an act's year ends it too.
  if (last.lex.numeric && end - first >= 3 && tokens[end - 2]!.fold === "of" && LAW_ENDS.has(tokens[end - 3]!.fold)) return true;
  for (let k = Math.max(first, end - 2); k < end; k++) if (PROGRAM_ENDS.longest(tokens, k)?.end === end) return true;
  return false;
}

/** Past a body's name or a title's head and its connector: "Task Force on the Inflation Reduction Act" names the act. */
function pastBody(tokens: readonly Word[], i: number, end: number): number {
  let start = i;
  for (let k = i; k < end - 1; k++) {
    const f = tokens[k]!.fold;
    // Nor is a title's head and its "of": "Director of the Fulbright Program" (not "Justice for All"); without
    // "the" the capitalized words after it are the title's portfolio, no program ("Director of Political Strategy").
    const body = BODY_WORDS.has(f) && !LAW_ENDS.has(f) && !PROGRAM_ENDS.starts(f);
    const at = body ? k + 1 : (TITLE_HEADS.longest(tokens, k)?.end ?? -1);
    if (at < 0 || at >= end || !(body ? TAIL_CONNECTORS.has(tokens[at]!.fold) : tokens[at]!.fold === "of")) continue;
    if (!body && tokens[at + 1]?.fold !== "the") {
      for (start = at + 1; start < end && tokens[start]!.lex.upper; start++);
      k = start - 1;
      continue;
    }
    start = tokens[at + 1]?.fold === "the" ? at + 2 : at + 1;
  }
  return start;
}

function inRun(tokens: readonly Word[], i: number, end: number, acronym: string | null, verbFirst: boolean): NamedCandidate[] {
  for (let k = i; k < end; k++) {
    const law = LAW_STARTS.longest(tokens, k);
    if (law && TAIL_CONNECTORS.has(joined(tokens, law.end)?.fold ?? "") && titleWord(joined(tokens, law.end + 1))) {
      const e = titleEnd(tokens, law.end + 1, end);
      return [{ type: "law", first: k, end: e, headStart: k, headEnd: e, acronym }];
    }
  }
  const first = trimLeft(tokens, pastBody(tokens, i, end), end, verbFirst);
  if (first >= end) return [];
  // The last head of the run ends the name; a law head wins over a program head before it.
  let head = -1;
  let headStart = -1;
  let type: NamedCandidate["type"] = "program";
  for (let k = first + 1; k < end; k++) {
    const t = tokens[k]!;
    if (!t.lex.upper || t.lex.allCaps) continue;
    // "Bipartisan Infrastructure Law", not "Convention on the Law".
    const isLaw = LAW_ENDS.has(t.fold) && !INNER_WORDS.has(tokens[k - 1]!.fold);
    const after = isLaw ? k + 1 : (PROGRAM_ENDS.longest(tokens, k)?.end ?? -1);
    // A head ends the run or opens its tail: "Law Enforcement" is no law.
    if (after < 0 || after > end || (after < end && !INNER_WORDS.has(tokens[after]!.fold))) continue;
    [headStart, head, type] = [k, after, isLaw ? "law" : "program"];
  }
  const tail = head > 0 ? tailEnd(tokens, head) : -1;
  if (head > 0) {
    for (const start of new Set([nameStart(tokens, first, headStart), first])) {
      if (specific(tokens, start, headStart) || specific(tokens, head + 1, tail)) return [{ type, first: start, end: tail, headStart, headEnd: head, acronym }];
    }
  }
  if (PROGRAM_STARTS.has(tokens[first]!.fold) && tokens[first]!.lex.upper && end - first >= 2) {
    const e = startedEnd(tokens, first, end);
    if (e - first >= 2) return [{ type: "program", first, end: e, headStart: first, headEnd: e, acronym }];
  }
  const lower = joined(tokens, end);
  if (lower && LOWER_ENDS.has(lower.fold) && !lower.lex.upper) {
    for (const start of new Set([nameStart(tokens, first, end), first])) {
      const words = tokens.slice(start, end).filter((t) => t.lex.upper && !t.lex.allCaps);
      if (words.length >= 2) return [{ type: "program", first: start, end: end + 1, headStart: end, headEnd: end + 1, acronym }];
    }
  }
  if (end - first === 1 && tokens[first]!.lex.camel) return [{ type: "program", first, end, headStart: first, headEnd: end, acronym: null }];
  return [];
}

/**
 * Names that hold a clause before a name the document also gives alone:
 * "Water Infrastructure Investments with American Rescue Plan" is "American
 * Rescue Plan" when the document names it alone elsewhere. Each name is cut
 * after the first clause link that such a name of two title words or more
 * follows (a determiner after the link left out).
 */
export function cutClauses(sentences: readonly { words: readonly Word[]; names: NamedCandidate[] }[]): void {
  const core = (words: readonly Word[], first: number, end: number) => words.slice(first, end).filter((w) => w.kind === "word").map((w) => w.fold).join(" ");
  const alone = new Set<string>();
  for (const { words, names } of sentences) for (const n of names) alone.add(core(words, n.first, n.headEnd));
  for (const { words, names } of sentences) {
    names.forEach((n, at) => {
      for (let k = n.first + 1; k < n.headStart; k++) {
        if (!CLAUSE_LINKS.has(words[k]!.fold)) continue;
        const from = DETERMINERS.has(words[k + 1]?.fold ?? "") ? k + 2 : k + 1;
        if (titleWords(words, from, n.headStart) < 2 || !alone.has(core(words, from, n.headEnd))) continue;
        names[at] = { ...n, first: from };
        return;
      }
    });
  }
}
