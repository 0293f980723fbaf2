/**
 * Program and law names in one sentence's tokens. A name is a title-case
 * run (capitalized words, small words such as "of" or "a" between them, an
 * "(ACR)" inside) that ends with an end head ("National Drug Control
 * Strategy", "Bipartisan Safer Communities Act"), with an optional tail
 * ("Strategic Dialogue on Illicit Finance", "Framework for Security, Public
 * Health, and Safe Communities"), or that starts with a start head
 * ("Operation Without a Trace"). Runs are trimmed at the left: no "The", no
 * sentence-initial verb, nothing an earlier matcher found.
 */
import { BODY_WORDS } from "../people/lexicon.ts";
import { WordClass } from "../compromise.ts";
import { TypeBit } from "../tokens.ts";
import type { Word } from "../words.ts";
import {
  GENERIC_WORDS, INNER_WORDS, LAW_ENDS, LEADING_WORDS, LOWER_ENDS, PROGRAM_ENDS, PROGRAM_STARTS, TAIL_CONNECTORS, TAIL_WORDS,
} from "./lexicon.ts";

export interface NamedCandidate {
  type: "program" | "law";
  /** Word range [first, end) of the mention. */
  first: number;
  end: number;
  /** Word range of the name up to its head, without tail: what short mentions repeat. */
  headEnd: number;
  /** An acronym in parentheses inside the name ("Drug-Free Communities (DFC) Program"). */
  acronym: string | null;
}

function joined(tokens: readonly Word[], i: number): Word | undefined {
  const t = tokens[i];
  return t?.joined && !tokens[i - 1]?.possessive ? t : undefined;
}

/** Agencies and organizations are never part of a name; places may be ("U.S.-Mexico ..."). */
const BODIES = TypeBit.agency | TypeBit.organization;

function titleWord(t: Word | undefined): boolean {
  return !!t && t.kind === "word" && (t.lex.upper || t.lex.numeric || t.lex.camel) && !t.taken(BODIES);
}

/** The end of the title-case run that starts at tokens[i] (index after it), and an inner acronym. */
function runEnd(tokens: readonly Word[], i: number, inner: ReadonlySet<string> = INNER_WORDS): { end: number; acronym: string | null } {
  let j = i + 1;
  let acronym: string | null = null;
  for (;;) {
    if (tokens[j - 1]!.possessive) break;
    if (titleWord(joined(tokens, j))) {
      j++;
      continue;
    }
    let k = j;
    while (joined(tokens, k) && inner.has(tokens[k]!.fold) && !tokens[k]!.lex.upper) k++;
    if (k > j && titleWord(joined(tokens, k))) {
      j = k;
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

/** A tail after a head: "on Illicit Finance", "for Security, Public Health, and Safe Communities". */
function tailEnd(tokens: readonly Word[], i: number): number {
  const c = joined(tokens, i);
  if (!c || !TAIL_CONNECTORS.has(c.fold) || !titleWord(joined(tokens, i + 1))) return i;
  let end = runEnd(tokens, i + 1, TAIL_WORDS).end;
  for (;;) {
    let k = end;
    if (tokens[k]?.kind !== "comma" || !tokens[k]!.joined) break;
    k++;
    if (joined(tokens, k)?.fold === "and") k++;
    if (!titleWord(joined(tokens, k))) break;
    end = runEnd(tokens, k, TAIL_WORDS).end;
  }
  return end;
}

/** A word that starts no name: "The", "Its", "Why", a function word. */
function leading(t: Word): boolean {
  return LEADING_WORDS.has(t.fold) || INNER_WORDS.has(t.fold) || t.lex.is(WordClass.function);
}

/** Whether a name may start with a sentence's first word, so that whether it is a verb counts (see trimLeft). */
export function mayOpen(t: Word | undefined): boolean {
  return titleWord(t) && !leading(t!);
}

/** Drops leading words that start no name: "The", "Its", "Why", a sentence's first word when it is a verb (`verbFirst`). */
function trimLeft(tokens: readonly Word[], i: number, end: number, verbFirst: boolean): number {
  let j = i;
  while (j < end && (leading(tokens[j]!) || (j === 0 && verbFirst))) j++;
  return j;
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
    const run = runEnd(tokens, i);
    const parts = splitAtAnd(tokens, i, run.end);
    const found = parts.flatMap(([s, e]) => inRun(tokens, s, e, run.acronym, verbFirst));
    out.push(...found);
    i = Math.max(run.end, ...found.map((f) => f.end));
  }
  return out;
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
  for (let k = Math.max(first, end - 2); k < end; k++) if (PROGRAM_ENDS.longest(tokens, k)?.end === end) return true;
  return false;
}

/** Past a body's name and its connector: "Task Force on the Inflation Reduction Act" names the act. */
function pastBody(tokens: readonly Word[], i: number, end: number): number {
  let start = i;
  for (let k = i; k < end - 1; k++) {
    const f = tokens[k]!.fold;
    if (!BODY_WORDS.has(f) || LAW_ENDS.has(f) || PROGRAM_ENDS.starts(f) || !TAIL_CONNECTORS.has(tokens[k + 1]!.fold)) continue;
    start = tokens[k + 2]?.fold === "the" ? k + 3 : k + 2;
  }
  return start;
}

function inRun(tokens: readonly Word[], i: number, end: number, acronym: string | null, verbFirst: boolean): NamedCandidate[] {
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
    const law = LAW_ENDS.has(t.fold) && !INNER_WORDS.has(tokens[k - 1]!.fold);
    const after = law ? k + 1 : (PROGRAM_ENDS.longest(tokens, k)?.end ?? -1);
    // A head ends the run or opens its tail: "Law Enforcement" is no law.
    if (after < 0 || after > end || (after < end && !INNER_WORDS.has(tokens[after]!.fold))) continue;
    [headStart, head, type] = [k, after, law ? "law" : "program"];
  }
  const tail = head > 0 ? tailEnd(tokens, head) : -1;
  if (head > 0 && (specific(tokens, first, headStart) || specific(tokens, head + 1, tail))) {
    return [{ type, first, end: tail, headEnd: head, acronym }];
  }
  if (PROGRAM_STARTS.has(tokens[first]!.fold) && tokens[first]!.lex.upper && end - first >= 2) {
    return [{ type: "program", first, end, headEnd: end, acronym }];
  }
  const lower = joined(tokens, end);
  if (lower && LOWER_ENDS.has(lower.fold) && !lower.lex.upper) {
    const words = tokens.slice(first, end).filter((t) => t.lex.upper && !t.lex.allCaps);
    if (words.length >= 2) return [{ type: "program", first, end: end + 1, headEnd: end + 1, acronym }];
  }
  if (end - first === 1 && tokens[first]!.lex.camel) return [{ type: "program", first, end, headEnd: end, acronym: null }];
  return [];
}
