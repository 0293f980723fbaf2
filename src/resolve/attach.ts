/**
 * Ties each figure and date to what it measures: its segment, the entities of
 * its sentence, and its subject where one is clear — the entity that is the
 * grammatical subject of the clause holding the figure ("SAMHSA awarded
 * nearly $1.5 billion" -> SAMHSA; "The Department of State's INL has provided
 * $93 million" -> INL), so that one can ask how much an agency awarded.
 *
 * The clause is read with a little English syntax and no parser: the clause
 * starts after the last ";", ":" or subordinating word ("which", "that")
 * before the figure; its subject is the entity mention that a verb group
 * follows ("awarded", "has provided", "also committed to"), unless the mention
 * is the object of a preposition or of a verb ("canines in Mexico helped",
 * "partnered with FEADLE to investigate"). "through" and "via" name the body
 * that acts ("HHS, through SAMHSA, awarded"). Coordinated subjects ("INL and
 * ATF trained") have no one subject. A figure in a phrase that opens the
 * sentence ("In 2021, DEA seized") takes the subject after the comma. The
 * words are data: data/clauses.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { AmountFact, DateFact, SegmentedDoc } from "../model.ts";
import type { Amount, DateMention, Entity, Span } from "../schema.ts";
import { indexContaining } from "../spans.ts";

const Words = z.array(z.string().min(1));
const CLAUSE_WORDS = z
  .object({
    boundaries: Words,
    prepositions: Words,
    agentPrepositions: Words,
    auxiliaries: Words,
    irregularPast: Words,
    adverbs: Words,
    notVerbs: Words,
    nameWords: Words,
    openers: Words,
  })
  .parse(JSON.parse(readFileSync(join(import.meta.dirname, "data", "clauses.json"), "utf8")));

const PREPOSITIONS: ReadonlySet<string> = new Set(CLAUSE_WORDS.prepositions);
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(CLAUSE_WORDS.agentPrepositions);
const OPENERS: ReadonlySet<string> = new Set(CLAUSE_WORDS.openers);
const AUXILIARIES: ReadonlySet<string> = new Set(CLAUSE_WORDS.auxiliaries);
const IRREGULAR_PAST: ReadonlySet<string> = new Set(CLAUSE_WORDS.irregularPast);

const words = (list: readonly string[]) => list.join("|");
const BOUNDARY = new RegExp(String.raw`[;:]|(?<![\p{L}])(?:${words(CLAUSE_WORDS.boundaries)})(?![\p{L}])`, "giu");
const ADVERB = String.raw`(?:${words(CLAUSE_WORDS.adverbs)}|\p{L}+ly)`;
/** A verb group opening the text after a mention: "), awarded", " has provided", " also committed". */
const VERB_GROUP = new RegExp(
  String.raw`^[\s),]*(?:${ADVERB}\s+)*(?:${words([...CLAUSE_WORDS.auxiliaries, ...CLAUSE_WORDS.irregularPast])}|(?!(?:${words(CLAUSE_WORDS.notVerbs)})(?![\p{L}]))\p{Ll}[\p{Ll}-]*(?:ed|[a-rt-z]s))(?![\p{L}])`,
  "iu",
);
const AUXILIARY = new RegExp(String.raw`(?<![\p{L}])(?:${words(CLAUSE_WORDS.auxiliaries)})(?![\p{L}])`, "iu");
/** Two mentions of one noun phrase: "Name (ACR)", "Possessor’s Head". */
const SAME_PHRASE = /^(?:\s*\(|[’']s\s+)$/;
const COORDINATION = /^[\s)]*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?$/i;
/** Words inside a name: capitalized, or "of", "the", "and" ("Department of the Treasury"). */
const NAME_WORD = new RegExp(String.raw`^(?:\p{Lu}|(?:${words(CLAUSE_WORDS.nameWords)})$)`, "u");
const TOKEN = /\p{L}[\p{L}.’'-]*|\p{N}+|[^\s\p{L}\p{N}]/gu;

interface Placed {
  key: string;
  span: Span;
}

export function attach(
  doc: SegmentedDoc,
  entities: readonly Entity[],
  amounts: readonly AmountFact[],
  dates: readonly DateFact[],
): { amounts: Amount[]; dates: DateMention[] } {
  const segmentSpans = doc.segments.map((s) => s.span);
  const mentions: Placed[] = entities
    .flatMap((e) => e.mentions.map((m) => ({ key: e.key, span: m.span })))
    .sort((a, b) => a.span[0] - b.span[0]);
  const byEnd = [...mentions].sort((a, b) => a.span[1] - b.span[1]);
  const context = (start: number, end: number) => {
    const at = indexContaining(segmentSpans, start, end);
    const sentence = doc.sentences[indexContaining(doc.sentences, start, end)];
    const inSentence = sentence ? within(mentions, sentence) : [];
    return {
      segment: at >= 0 ? doc.segments[at]!.id : null,
      subject: rowLabel(doc.text, byEnd, [start, end]) ?? (sentence ? subjectOf(doc.text, sentence, [start, end], inSentence) : null),
      entities: [...new Set(inSentence.map((m) => m.key))],
    };
  };
  return {
    amounts: amounts.map((a) => ({ ...a, ...context(a.span[0], a.span[1]) })),
    dates: dates.map((d) => ({ ...d, ...context(d.span[0], d.span[1]) })),
  };
}

/** The mentions inside `span`, from mentions sorted by start. */
function within(mentions: readonly Placed[], [start, end]: Span): Placed[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span[0] < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Placed[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.span[0] < end; i++) if (mentions[i]!.span[1] <= end) out.push(mentions[i]!);
  return out;
}

/** The key of the entity that is the subject of the clause holding `figure`, or null. */
export function subjectOf(text: string, sentence: Span, figure: Span, inSentence: readonly Placed[]): string | null {
  const clauseStart = clauseStartBefore(text, sentence[0], figure[0]);
  const before = inSentence.filter((m) => m.span[0] >= clauseStart && m.span[1] <= figure[0]);
  for (let i = before.length - 1; i >= 0; i--) {
    const found = subjectAt(text, clauseStart, before, i, figure[0]);
    if (found !== undefined) return found;
  }
  return before.length === 0 ? subjectAfterOpening(text, clauseStart, figure, inSentence) : null;
}

/** Dot leaders or a colon between a row's label and its figure. */
const LEADER = /^\s*(?::|(?:[.…]\s*){2,})\s*$/;
/** What may stand before a row's label on its line: nothing, a list mark or separator, a colon, or the figure of the row before. */
const ROW_END = /^[^\S\n]*(?:[;,.]|\n|$)/;
const ROW_START = /(?:^|[\n;,:•*-]|\d)\s*$/;

/**
 * "Africa . . . . 40,000 East Asia . . . . 15,000", "Mexico: 20,000;
 * Canada: 15,000": in a list of rows, the figure's subject is its own
 * row's label when an entity names it, never the next row's. Dot leaders
 * and colons cut sentences and clauses, so the row is read on its line.
 */
function rowLabel(text: string, mentions: readonly Placed[], [at, end]: Span): string | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span[1] <= at) lo = mid + 1;
    else hi = mid;
  }
  const last = mentions[lo - 1];
  const leader = last ? LEADER.exec(text.slice(last.span[1], at)) : null;
  if (!last || !leader) return null;
  // After a colon the figure is the row's value only if it ends the row ("Mexico: 20,000;"), not a heading's first word ("Partnership: Seven Decades of ...").
  if (leader[0].includes(":") && !ROW_END.test(text.slice(end, end + 3))) return null;
  const lineStart = text.lastIndexOf("\n", last.span[0] - 1) + 1;
  return ROW_START.test(text.slice(lineStart, last.span[0])) ? last.key : null;
}

/**
 * Whether mention `i` of `mentions` is the subject of the verb before `until`:
 * its key, null when it shares the subject with another ("INL and ATF"),
 * undefined when it is not the subject.
 */
function subjectAt(text: string, clauseStart: number, mentions: readonly Placed[], i: number, until: number): string | null | undefined {
  const head = mentions[i]!;
  const bridge = text.slice(head.span[1], until);
  const verb = VERB_GROUP.exec(bridge);
  if (!verb) return undefined;
  // Another finite verb between ("signed the Act, the first law Congress has passed in 30 years"): the figure is in a clause of its own.
  if (AUXILIARY.test(bridge.slice(verb[0].length))) return null;
  let first = i;
  while (first > 0 && SAME_PHRASE.test(text.slice(mentions[first - 1]!.span[1], mentions[first]!.span[0]))) first--;
  if (isGoverned(text, clauseStart, mentions[first]!.span[0])) return undefined;
  const previous = mentions[first - 1];
  if (previous && previous.span[0] >= clauseStart && COORDINATION.test(text.slice(previous.span[1], mentions[first]!.span[0]))) return null;
  return head.key;
}

/**
 * "In 2021, DEA seized ...": a figure in a short opening phrase takes the
 * subject of the clause after the comma. The phrase opens with a
 * preposition; a figure after a bare name is a row of a list ("Africa
 * 20,000, East Asia 15,000 ..."), whose next row is no subject of it.
 */
function subjectAfterOpening(text: string, clauseStart: number, figure: Span, inSentence: readonly Placed[]): string | null {
  const opening = text.slice(clauseStart, figure[0]).match(TOKEN) ?? [];
  const first = opening.find((t) => /^\p{L}/u.test(t))?.toLowerCase();
  if (opening.length > 4 || first === undefined || !(PREPOSITIONS.has(first) || AGENT_PREPOSITIONS.has(first) || OPENERS.has(first))) return null;
  const comma = /^[^,;:.]{0,30},/.exec(text.slice(figure[1], figure[1] + 32));
  if (!comma) return null;
  const after = figure[1] + comma[0].length;
  const next = inSentence.filter((m) => m.span[0] >= after);
  for (let i = 0; i < next.length; i++) {
    const gap = text.slice(i === 0 ? after : next[i - 1]!.span[1], next[i]!.span[0]);
    if (i === 0 ? !/^\s*(?:the\s+)?$/i.test(gap) : !SAME_PHRASE.test(gap)) return null;
    const end = next[i + 1]?.span[0] ?? text.length;
    if (VERB_GROUP.test(text.slice(next[i]!.span[1], end))) return next[i]!.key;
  }
  return null;
}

function clauseStartBefore(text: string, sentenceStart: number, at: number): number {
  const prefix = text.slice(sentenceStart, at);
  let start = sentenceStart;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(prefix); m; m = BOUNDARY.exec(prefix)) start = sentenceStart + m.index + m[0].length;
  return start;
}

/**
 * The noun phrase that starts at `at` is governed by a word before it: a
 * preposition ("in Mexico", "with the federal Special Prosecutor") or a verb
 * whose object it is, within the four words before it. A possessor is part
 * of the phrase ("the Department of the Treasury’s OFAC") and is skipped.
 */
function isGoverned(text: string, clauseStart: number, at: number): boolean {
  const tokens = text.slice(Math.max(clauseStart, at - 120), at).match(TOKEN) ?? [];
  let k = tokens.length - 1;
  if (k >= 0 && /[’']s?$/.test(tokens[k]!)) {
    k--;
    while (k >= 0 && NAME_WORD.test(tokens[k]!)) k--;
  }
  for (const stop = k - 4; k >= 0 && k > stop; k--) {
    const token = tokens[k]!;
    if (!/^\p{L}/u.test(token)) return false;
    const lower = token.toLowerCase();
    if (AGENT_PREPOSITIONS.has(lower)) return false;
    if (PREPOSITIONS.has(lower) || AUXILIARIES.has(lower) || IRREGULAR_PAST.has(lower) || /^\p{Ll}[\p{Ll}-]*ed$/u.test(token)) return true;
  }
  return false;
}
