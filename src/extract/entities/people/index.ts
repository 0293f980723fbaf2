/**
 * People. Per sentence, a linear pass of title and name rules proposes
 * candidates (names.ts); a title ("Secretary of State"), a generational
 * suffix, a nickname or an a.k.a. name makes a candidate a person, and the
 * others are read by compromise (compromise.ts), once per distinct name.
 * Short mentions are then tied to the full names of the same document
 * (short.ts), so that "Quintana" carries the name "Carlos Arturo Quintana",
 * and a surname alone to the person a title made of it ("President Putin").
 * Words inside the mentions earlier matchers found (agencies, places,
 * programs) never become part of a name.
 */
import type { EntityMention, SegmentedDoc } from "../../../model.ts";
import { entityKey } from "../../../resolve/keys.ts";
import type { Span } from "../../../schema.ts";
import { readNames, WordClass, type NameReading } from "../compromise.ts";
import { keyOf, lexeme } from "../lexemes.ts";
import type { TokenLayer } from "../tokens.ts";
import { spanWords, type Word } from "../words.ts";
import { CHARACTER_CUES, DEMONYMS, PARTICLES, PLACE_NAMES, SUFFIXES } from "./lexicon.ts";
import { nameCandidates, type NameCandidate } from "./names.ts";
import { type FullName, ShortForms } from "./short.ts";

/** A candidate that the rules leave to compromise's reading. */
const READ = "read";

interface Candidate extends NameCandidate {
  /** The words that carry the name: no particles, initials or suffix. */
  words: string[];
  /** The name as the person's name: parts joined by single spaces, ", Jr." kept. */
  name: string;
  title: string | null;
}

export function matchPeople(doc: SegmentedDoc, layer: TokenLayer): EntityMention[] {
  const candidates = [...titleCandidates(doc, layer), ...layer.sentenceWords().flatMap((words) => sentenceCandidates(doc.text, words))];

  const headings = headingSpans(doc);
  const settled: (boolean | typeof READ)[] = candidates.map((c) => byRule(c, overlapsAny(headings, c.span)));
  // Names of two words or more first: they are the full names that short mentions stand for.
  read(candidates, settled, (c) => c.words.length >= 2);
  const full = new Map<string, FullName>();
  for (const [i, p] of candidates.entries()) {
    if (settled[i] === true && p.words.length >= 2 && !full.has(p.name)) full.set(p.name, { name: p.name, at: p.span[0], words: p.words, title: p.title });
  }
  const forms = new ShortForms(full.values());
  // A one-word name that stands for a full name is that person, whatever compromise would say.
  read(candidates, settled, (c) => c.words.length < 2 && !forms.resolve(c.words, c.span[0], c.title));

  // A one-word name that a title made a person ("President Putin") is that person without the title too ("close to Putin").
  const titledAlone = new Map<string, string>();
  for (const [i, c] of candidates.entries()) if (settled[i] === true && c.words.length === 1 && c.titleSpan) titledAlone.set(keyOf(c.words[0]!), c.name);

  const titles = new Map<string, string>();
  const out: { c: Candidate; name: string }[] = [];
  for (const [i, c] of candidates.entries()) {
    const long = forms.resolve(c.words, c.span[0], c.title);
    const alone = !long && settled[i] !== true && c.words.length === 1 ? titledAlone.get(keyOf(c.words[0]!)) : undefined;
    if (!long && !alone && settled[i] !== true) continue;
    const name = long?.name ?? alone ?? c.name;
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

const is = (word: string, bits: number) => lexeme(word).is(bits);

/** Settles the candidates left to compromise (READ) that `which` picks, by its reading of their names, in one batch. */
function read(candidates: readonly Candidate[], settled: (boolean | typeof READ)[], which: (c: Candidate) => boolean): void {
  const open = candidates.flatMap((c, i) => (settled[i] === READ && which(c) ? [i] : []));
  const readings = readNames(open.map((i) => candidates[i]!.words.join(" ")));
  open.forEach((i, k) => (settled[i] = readAsPerson(candidates[i]!, readings[k]!)));
}

/**
 * A generational suffix, a nickname, a description ("..., a Syrian Kurdish
 * politician") or a patronymic makes a name of two words or more a person;
 * so does a title, unless the name is all places or dates to compromise's
 * lexicon. A one-word name after a title, a name after a rank that also
 * names things ("Major League ..."), and a name without a title are left to
 * compromise's reading (READ); no untitled name comes from a heading's Title
 * Case alone, or starts with a common word.
 */
function byRule(c: Candidate, inHeading: boolean): boolean | typeof READ {
  if (c.words.length === 0) return false;
  if (c.words.length >= 2 && (c.suffix !== null || c.aliases.length > 0 || c.described || patronymic(c.words))) return true;
  if (c.titleSpan && !c.weakTitle && !c.officeTitle) return c.words.length >= 2 ? !c.words.every((w) => is(w, WordClass.thing)) : READ;
  if (c.words.length < 2 || inHeading || (!c.titleSpan && is(c.words[0]!, WordClass.common))) return false;
  return READ;
}

/**
 * compromise reads no word of it as a thing; a titled word is no common word
 * ("First Lady Continues"); a name after an office ends in no common word or
 * plural ("Coordinator for Caribbean Firearms Prosecutions"); a name after a
 * rank ("Private Sector Engagement") or without a title is one of its
 * people().
 */
function readAsPerson(c: Candidate, r: NameReading): boolean {
  if (r.thing) return false;
  const last = c.words[c.words.length - 1]!;
  if (c.officeTitle) return !r.lastCommon && !r.plural;
  if (c.titleSpan) return c.weakTitle ? r.person && !r.lastCommon : !r.common;
  return !r.lastCommon && (r.person || doubleSurname(last) || secondSurname(c.words, r));
}

/** A Russian-style patronymic between a given name and a surname: "Dmitry Vladimirovich Gusev", "Ksenia Gennadevna Frank". */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|yevich|ovna|evna|yevna|ichna)$/u;

function patronymic(words: readonly string[]): boolean {
  return words.length >= 3 && words.slice(1, -1).some((w) => PATRONYMIC.test(w));
}

/** "Cardenas-Guillén": two capitalized surnames joined by a hyphen, neither a place or a demonym ("Indo-Pacific", "U.S.-Mexico"). */
function doubleSurname(word: string): boolean {
  const parts = word.split("-");
  return parts.length === 2 && parts.every((p) => /^\p{Lu}\p{Ll}{2,}$/u.test(p) && !PLACE_NAMES.has(p) && !DEMONYMS.has(p));
}

/**
 * A name of three words or more that opens with a given name and that
 * compromise reads as a person up to its last word, which its lexicon knows
 * as no common word or place: a second surname ("Brenda Isabel Rocha
 * Chacon", "Gustavo Eduardo Porras Cortes").
 */
function secondSurname(words: readonly string[], r: NameReading): boolean {
  return (
    words.length >= 3 && r.personBeforeLast && !r.plural && is(words[0]!, WordClass.given) && !is(words[words.length - 1]!, WordClass.common | WordClass.thing)
  );
}

/** Section headings, goal titles and the document's title: Title Case that makes every word look like a name. */
function headingSpans(doc: SegmentedDoc): Span[] {
  const spans: Span[] = doc.segments.filter((s) => s.kind === "section").map((s) => s.span);
  for (const s of doc.segments) if (s.kind === "goal") spans.push(s.titleSpan);
  if (doc.titleSpan) spans.push(doc.titleSpan);
  return spans;
}

function overlapsAny(spans: readonly Span[], [start, end]: Span): boolean {
  return spans.some(([s, e]) => s < end && start < e);
}

/**
 * The title is no sentence but names people too ("Readout of President
 * Biden’s Meeting with President Sergio Mattarella"), under heading rules.
 * In a title-case headline a name runs on into the words after it
 * ("President Biden Announces Student Loan Relief"): a name with a word that
 * compromise knows as no name, or does not read as a person to its end, is
 * left out.
 */
function titleCandidates(doc: SegmentedDoc, layer: TokenLayer): Candidate[] {
  const span = doc.titleSpan;
  if (!span || doc.sentences.some(([s, e]) => s < span[1] && span[0] < e)) return [];
  const candidates = sentenceCandidates(doc.text, spanWords(layer, span)).filter((c) => !c.words.some((w) => is(w, WordClass.common)));
  const readings = readNames(candidates.map((c) => c.words.join(" ")));
  return candidates.filter((_, i) => readings[i]!.person && !readings[i]!.common && !readings[i]!.plural);
}

function sentenceCandidates(text: string, words: readonly Word[]): Candidate[] {
  // "PBS KIDS Characters: Daniel Tiger, ...": after a cue for characters, names are no people.
  const cue = words.findIndex((w) => CHARACTER_CUES.has(w.fold));
  const fiction = cue < 0 ? Infinity : words[cue]!.end;
  return nameCandidates(words).filter((c) => c.span[0] < fiction).map((c) => ({
    ...c,
    // A particle that starts a name and is a given name is the given name ("Ben Cardin"; not "Di Maio").
    words: c.parts.filter((p, i) => !p.lex.initial && !SUFFIXES.has(p.fold) && !(PARTICLES.starts(p.fold) && (i > 0 || !is(p.text, WordClass.given)))).map((p) => p.text),
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
