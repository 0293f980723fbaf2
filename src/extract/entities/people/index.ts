/**
 * People. Per sentence, a linear pass of title and name rules proposes
 * candidates (names.ts); a title ("Secretary of State"), a generational
 * suffix, a nickname or an a.k.a. name makes a candidate a person, and the
 * others are read by compromise, taught through its plugin API (tagger.ts).
 * Short mentions are then tied to the full names of the same document
 * (short.ts), so that "Quintana" carries the name "Carlos Arturo Quintana".
 * Tokens inside the mentions earlier matchers found (agencies, places,
 * programs) never become part of a name.
 */
import type { EntityMention, SegmentedDoc } from "../../../model.ts";
import { entityKey } from "../../../resolve/keys.ts";
import type { Span } from "../../../schema.ts";
import { DEMONYMS, dotted, PARTICLES, PLACE_NAMES, SUFFIXES } from "./lexicon.ts";
import { nameCandidates, type NameCandidate } from "./names.ts";
import { type FullName, ShortForms } from "./short.ts";
import { commonWord, type Reading, readNames, thingWord } from "./tagger.ts";
import { blockTokens, initial, SpanSet, tokenize, type Token } from "./tokens.ts";

/** A candidate that the rules leave to compromise's reading. */
const READ = "read";

interface Candidate extends NameCandidate {
  /** The words that carry the name: no particles, initials or suffix. */
  words: string[];
  /** The name as the person's name: parts joined by single spaces, ", Jr." kept. */
  name: string;
  title: string | null;
}

export function matchPeople(doc: SegmentedDoc, found: readonly EntityMention[]): EntityMention[] {
  const blocked = new SpanSet(found.map((m) => m.span));
  const candidates = doc.sentences.flatMap((s) => sentenceCandidates(doc.text, s, blocked));

  const headings = new SpanSet(headingSpans(doc));
  const settled: (boolean | typeof READ)[] = candidates.map((c) => byRule(c, headings.overlaps(c.span[0], c.span[1])));
  // Each name is read alone, so each distinct one is read once.
  const open = [...new Set(candidates.filter((_, i) => settled[i] === READ).map((c) => c.words.join(" ")))];
  const readings = new Map(readNames(open).map((r, k) => [open[k]!, r]));
  for (const [i, c] of candidates.entries()) if (settled[i] === READ) settled[i] = readAsPerson(c, readings.get(c.words.join(" "))!);
  const people = candidates.filter((_, i) => settled[i] === true);
  const full = new Map<string, FullName>();
  for (const p of people) if (p.words.length >= 2 && !full.has(p.name)) full.set(p.name, { name: p.name, at: p.span[0], words: p.words });
  const forms = new ShortForms(full.values());

  const titles = new Map<string, string>();
  const out: { c: Candidate; name: string }[] = [];
  for (const [i, c] of candidates.entries()) {
    const long = forms.resolve(c.words, c.span[0]);
    if (!long && settled[i] !== true) continue;
    const name = long?.name ?? c.name;
    if (c.title && !titles.has(name)) titles.set(name, c.title);
    out.push({ c, name });
  }
  return out.map(({ c, name }) => ({
    type: "person",
    span: c.span,
    name,
    acronym: null,
    key: entityKey("person", withoutInitials(name)),
    aliases: withoutInitials(name) === name ? c.aliases : [...c.aliases, withoutInitials(name)],
    country: null,
    title: titles.get(name) ?? null,
    parent: null,
  }));
}

/**
 * A generational suffix or a nickname makes a name of two words a person;
 * so does a title, unless the name is all places or dates to compromise's
 * lexicon. A one-word name after a title, a name after a rank that also
 * names things ("Major League ..."), and a name without a title are left to
 * compromise's reading (READ); no untitled name comes from a heading's Title
 * Case alone, or starts with a common word.
 */
function byRule(c: Candidate, inHeading: boolean): boolean | typeof READ {
  if (c.words.length === 0) return false;
  if (c.words.length >= 2 && (c.suffix !== null || c.aliases.length > 0)) return true;
  if (c.titleSpan && !c.weakTitle) return c.words.length >= 2 ? !c.words.every(thingWord) : READ;
  if (c.words.length < 2 || inHeading || (!c.titleSpan && commonWord(c.words[0]!))) return false;
  return READ;
}

/**
 * compromise reads no word of it as a thing; a titled word is no common word
 * ("First Lady Continues"); a name after a rank ("Private Sector
 * Engagement") or without a title is one of its people().
 */
function readAsPerson(c: Candidate, r: Reading): boolean {
  if (r.thing) return false;
  const last = c.words[c.words.length - 1]!;
  if (c.titleSpan) return c.weakTitle ? r.person && !r.lastCommon : !r.common;
  return !r.lastCommon && (r.person || doubleSurname(last));
}

/** "Cardenas-Guillén": two capitalized surnames joined by a hyphen, neither a place or a demonym ("Indo-Pacific", "U.S.-Mexico"). */
function doubleSurname(word: string): boolean {
  const parts = word.split("-");
  return parts.length === 2 && parts.every((p) => /^\p{Lu}\p{Ll}{2,}$/u.test(p) && !PLACE_NAMES.has(p) && !DEMONYMS.has(p));
}

/** Section headings, goal titles and the document's title: Title Case that makes every word look like a name. */
function headingSpans(doc: SegmentedDoc): Span[] {
  const spans: Span[] = doc.segments.filter((s) => s.kind === "section").map((s) => s.span);
  for (const s of doc.segments) if (s.kind === "goal") spans.push(s.titleSpan);
  if (doc.titleSpan) spans.push(doc.titleSpan);
  return spans;
}

function sentenceCandidates(text: string, [start, end]: Span, blocked: SpanSet): Candidate[] {
  const tokens = tokenize(text, start, end, dotted);
  blockTokens(tokens, blocked);
  return nameCandidates(tokens).map((c) => ({
    ...c,
    words: c.parts.filter((p) => !initial(p) && !SUFFIXES.has(p.fold) && !PARTICLES.starts(p.fold)).map((p) => p.text),
    name: personName(c),
    title: c.titleSpan ? text.slice(c.titleSpan[0], c.titleSpan[1]).replace(/\s+/g, " ") : null,
  }));
}

/** "Antony J. Blinken" → "Antony Blinken": the form the cross-document key is made from. */
function withoutInitials(name: string): string {
  return name.replace(/(?<=\S) \p{Lu}\.(?= )/gu, "");
}

function personName(c: NameCandidate): string {
  const words = c.parts.map((p) => p.text);
  if (c.suffix === null) return words.join(" ");
  return `${words.slice(0, -1).join(" ")}${c.suffixComma ? "," : ""} ${c.suffix}`;
}
