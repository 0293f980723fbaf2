/**
 * Programs and laws. Head-word rules over each sentence's tokens propose the
 * names (names.ts); numbered executive orders come from one pattern, every
 * variant named "Executive Order N". A shorter name that repeats the end of
 * a longer one in the document ("Bicentennial Framework", "DFC Program") is
 * a mention of the longer one. Agencies and organizations found earlier are
 * never part of a name; places may be ("U.S.-Mexico ...").
 */
import type { EntityMention, SegmentedDoc } from "../../../model.ts";
import type { Span } from "../../../schema.ts";
import { longFormStart } from "../bodies/acronyms.ts";
import { readVerbs } from "../compromise.ts";
import type { TokenLayer } from "../tokens.ts";
import type { Word } from "../words.ts";
import { cutClauses, mayOpen, namedCandidates, type NamedCandidate } from "./names.ts";

/** "Executive Order 14059", "Executive Order (EO) 14059", "E.O. 14059", "EO 14059", "Executive Orders 14059 and 14060". */
const EXECUTIVE_ORDER =
  /\b(?:Executive\s+Orders?|E\.\s?O\.|EO)(?:\s*\((?:EO|E\.O\.)\))?\s+(?:No\.\s*|Number\s+)?(\d{4,5})\b((?:(?:,\s*|,?\s+and\s+)\d{4,5}\b)*)/g;
/** "Public Law 117-58", "Pub. L. 117-58", "P.L. 117-58". */
const PUBLIC_LAW = /\b(?:Public\s+Law|Pub\.\s?L\.|P\.\s?L\.)\s+(?:No\.\s*)?(\d{2,3})[-–](\d{1,3})\b/g;
/** "Civil Rights Act of 1964", "the 1964 Civil Rights Act": the year is no part of the name. */
const YEAR_TAIL = /\s+of\s+(?:19|20)\d\d$/;
const YEAR_HEAD = /^(?:19|20)\d\d\s+(?=\p{Lu})/u;
/** "Section 232 of the Trade Expansion Act": a part of the act; the act is the name. */
const LAW_PART = /^(?:(?:Section|Sec\.|Title|Article|Chapter|Part)\s+)?[\dIVX]+[A-Za-z]?(?:\([a-z0-9]+\))*\s+of\s+(?:the\s+)?/;
/** A chief executive's title before a name: "CEO of the Delaware Prosperity Partnership" heads an organization, whatever its head word. */
const EXECUTIVE_BEFORE = /\b(?:CEO|Chief Executive Officer|Executive Director|Founder|Co-Founder|Cofounder|Chairman|Chairwoman)(?:\s+and\s+\p{L}+)?\s+of\s+(?:the\s+)?$/iu;

/** Heads of names that recur year after year, the year telling one meeting from the next. */
const RECURRING = /\b(?:Dialogue|Summit|Conference|Forum|Ministerial|Meeting|Roundtable|Consultations|Talks)$/;
const US_PREFIX = /^(?:U\.S\.|United States)\s+/;

interface Named {
  type: "program" | "law";
  span: Span;
  name: string;
  /** The name through its head, without tail and without leading words: its short forms end it. */
  core: string[];
  /** Words follow the head ("Dialogue on Illicit Finance"): the core alone is a short form. */
  tail: boolean;
  acronym: string | null;
  aliases: string[];
}

export function matchNamed(doc: SegmentedDoc, layer: TokenLayer): EntityMention[] {
  const named = sentenceNames(layer.sentenceWords()).flatMap(({ words, names }) => names.map((c) => withSeries(doc.text, toNamed(doc.text, words, c))));
  const linked = linkShortNames(named);
  const led = new Set(linked.filter((n) => n.type === "program" && EXECUTIVE_BEFORE.test(doc.text.slice(Math.max(0, n.span[0] - 48), n.span[0]))).map((n) => n.name));
  return [...linked, ...executiveOrders(doc.text), ...publicLaws(doc.text)].map((n) => ({
    type: led.has(n.name) ? ("organization" as const) : n.type,
    span: n.span,
    name: n.name,
    acronym: n.acronym,
    key: null,
    aliases: n.aliases,
    country: null,
    title: null,
    parent: null,
  }));
}

/**
 * The names of each sentence. Whether a sentence's first word is a verb
 * (then no name starts with it) is asked of compromise only where the
 * answer changes the names, for all such words of the document at once.
 */
function sentenceNames(sentences: readonly (readonly Word[])[]): { words: readonly Word[]; names: NamedCandidate[] }[] {
  const out = sentences.map((words) => ({ words, names: namedCandidates(words, false) }));
  const open: { at: number; verb: NamedCandidate[] }[] = [];
  for (const [at, { words, names }] of out.entries()) {
    if (!mayOpen(words[0])) continue;
    const verb = namedCandidates(words, true);
    if (!sameNames(names, verb)) open.push({ at, verb });
  }
  const verbs = readVerbs(open.map(({ at }) => out[at]!.words[0]!.text));
  open.forEach(({ at, verb }, k) => {
    if (verbs[k]) out[at]!.names = verb;
  });
  cutClauses(out);
  return out;
}

function sameNames(a: readonly NamedCandidate[], b: readonly NamedCandidate[]): boolean {
  return a.length === b.length && a.every((x, k) => x.first === b[k]!.first && x.end === b[k]!.end && x.type === b[k]!.type && x.headEnd === b[k]!.headEnd && x.acronym === b[k]!.acronym);
}

function toNamed(text: string, tokens: readonly Word[], c: NamedCandidate): Named {
  const span: Span = [tokens[c.first]!.start, tokens[c.end - 1]!.end];
  const written = clean(text.slice(span[0], span[1]));
  let name = c.acronym ? clean(written.replace(`(${c.acronym})`, "")) : written;
  const aliases: string[] = [];
  if (c.type === "law") {
    const part = name.replace(LAW_PART, "");
    // "U.S." is no part of an act's name, but the "U.S. Constitution" is not the "Constitution".
    const bare = (part.replace(US_PREFIX, "").includes(" ") ? part.replace(US_PREFIX, "") : part).replace(YEAR_TAIL, "").replace(YEAR_HEAD, "");
    if (bare !== name) aliases.push(name);
    name = bare;
  } else if (YEAR_HEAD.test(name) && RECURRING.test(name) && name.replace(YEAR_HEAD, "").split(" ").length >= 2) {
    // "the 2021 High-Level Security Dialogue" is that year's meeting of the dialogue; the "2030 Agenda" keeps its year.
    aliases.push(name);
    name = name.replace(YEAR_HEAD, "");
  }
  if (written !== name && !aliases.includes(written)) aliases.push(written);
  // A lower-case head is the writer's word for what the name is ("Legal Attaché program"): the name goes without it too.
  const head = tokens[c.headStart]!;
  if (c.type === "program" && c.headEnd === c.end && c.headStart === c.end - 1 && c.headStart > c.first && !head.lex.upper) aliases.push(clean(text.slice(span[0], tokens[c.end - 2]!.end)));
  const core = tokens.slice(c.first, c.headEnd).filter((t) => t.kind === "word" && t.text !== c.acronym).map((t) => t.fold);
  return { type: c.type, span, name, core, tail: c.end > c.headEnd, acronym: c.acronym, aliases };
}

/** Capitalized words, commas and "and" before a name: the series a name's first words may be ("Opioid, Stimulant, and"). */
const ACRONYM_AFTER = /^\s*\(([\p{Lu}][\p{L}\p{N}&-]{1,11})\)/u;
const SERIES_BEFORE = /(?:\p{Lu}[\p{L}-]*,?\s+(?:and\s+)?){2,8}$/u;

/**
 * A name that its acronym says begins before a series: "the Comprehensive
 * Opioid, Stimulant, and Substance Use Program (COSSUP)", where the words
 * run only from "Substance" on.
 */
function withSeries(text: string, n: Named): Named {
  const acronym = n.acronym ?? ACRONYM_AFTER.exec(text.slice(n.span[1], n.span[1] + 16))?.[1];
  if (!acronym || n.type !== "program" || longFormStart(acronym, n.name) === 0) return n;
  const series = SERIES_BEFORE.exec(text.slice(Math.max(0, n.span[0] - 120), n.span[0]));
  if (!series || !series[0].includes(",")) return n;
  const written = series[0] + text.slice(n.span[0], n.span[1]);
  if (longFormStart(acronym, clean(written.replace(`(${acronym})`, ""))) !== 0) return n;
  const span: Span = [n.span[0] - series[0].length, n.span[1]];
  const name = clean(text.slice(span[0], span[1]).replace(`(${acronym})`, ""));
  return { ...n, span, name, aliases: n.aliases.filter((a) => a !== name) };
}

function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * A name whose words are the last two or more words of a longer name's core
 * ("Bicentennial Framework" of "U.S.-Mexico Bicentennial Framework for
 * ..."), or the longer name's acronym and head ("DFC Program"), takes the
 * longer name.
 */
function linkShortNames(named: readonly Named[]): Named[] {
  const longer = new Map<string, Named>();
  const consider = (form: string, n: Named) => {
    const had = longer.get(form);
    if (!had || had.name.length < n.name.length) longer.set(form, n);
  };
  for (const n of named) {
    for (let k = 0; k <= n.core.length - 2; k++) if (k > 0 || n.tail) consider(n.core.slice(k).join(" "), n);
    const head = n.core[n.core.length - 1];
    if (n.acronym && head) consider(`${n.acronym.toLowerCase()} ${head}`, n);
  }
  return named.map((n) => {
    const long = n.tail ? undefined : longer.get(n.core.join(" "));
    if (!long || long.name === n.name || long.type !== n.type) return n;
    return { ...n, name: long.name, acronym: n.acronym ?? long.acronym, aliases: [...new Set([n.name, ...n.aliases])] };
  });
}

function executiveOrders(text: string): Named[] {
  const order = (span: Span, number: string): Named => {
    const written = clean(text.slice(span[0], span[1]));
    const name = `Executive Order ${number}`;
    return { type: "law", span, name, core: [], tail: false, acronym: null, aliases: written === name ? [] : [written] };
  };
  return [...text.matchAll(EXECUTIVE_ORDER)].flatMap((m) => {
    const listed = m[2] ?? "";
    const first = order([m.index, m.index + m[0].length - listed.length], m[1]!);
    const more = [...listed.matchAll(/\d+/g)].map((n) => {
      const at = m.index + m[0].length - listed.length + n.index;
      return order([at, at + n[0].length], n[0]);
    });
    return [first, ...more];
  });
}

function publicLaws(text: string): Named[] {
  return [...text.matchAll(PUBLIC_LAW)].map((m) => {
    const name = `Public Law ${m[1]}-${m[2]}`;
    const written = clean(m[0]);
    return { type: "law", span: [m.index, m.index + m[0].length], name, core: [], tail: false, acronym: null, aliases: written === name ? [] : [written] };
  });
}
