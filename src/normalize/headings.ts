/**
 * How a line reads: a heading ("Public Health", "Targeted Financial
 * Measures:"), a lead-in that opens a list ("We commit to:"), or a sentence.
 * Markup says a line is emphasized (bold, underlined, italic); the shape says
 * whether that emphasis makes it a heading. A line without emphasis (all of
 * plain text; a short paragraph before a list elsewhere) must also be
 * capitalized to be a heading.
 */
import type { BlockInput } from "./builder.ts";
import { DATE_SOURCE, isDateOnly } from "./dates.ts";
import { splitSentences } from "./sentences.ts";

/** How the source emphasized a whole line: bold or underlined, or italic only. */
export type Emphasis = NonNullable<BlockInput["emphasis"]>;

export type LineShape = "heading" | "lead-in" | "sentence";

/** Words that title case leaves in lower case. */
const MINOR_WORDS = new Set([
  "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "onto",
  "over", "under", "via", "vs", "per", "as", "than", "upon", "about", "against", "across", "through", "between", "among",
  "after", "before", "within", "without", "our", "their", "its", "his", "her", "my", "your", "de", "del", "la", "las",
  "los", "el", "y", "e",
]);

/**
 * Closed-class words that make a line ending in a colon a clause that opens a
 * list ("We commit to:", "Speakers include:", "The Working Groups are as
 * follows:") rather than a heading ("Life-saving efforts in the region:").
 */
const CLAUSE_WORDS = new Set([
  "i", "we", "you", "he", "she", "it", "they", "is", "are", "was", "were", "be", "been", "being", "am", "will", "would",
  "shall", "should", "can", "could", "may", "might", "must", "has", "have", "had", "do", "does", "did", "include",
  "includes", "included", "including", "following", "follows", "below", "said", "says", "stated", "added", "noted",
]);
/** Words a clause starts with, where a heading would not ("The dialogue covered three topics:"). */
const CLAUSE_OPENERS = new Set(["the", "this", "these", "those", "today", "today’s", "today's", "yesterday", "yesterday’s", "yesterday's", "if", "when", "as", "to", "in", "during", "specifically", "additionally", "together"]);
/** A lead-in ends where the list continues it: "by:", "to:", "the following:". */
const DANGLING_WORDS = new Set([...MINOR_WORDS, "that", "which", "who", "whom", "where"]);

/** Share of a title's major words that must be capitalized: writers often leave "is" or "are" small. */
const TITLE_CASE_SHARE = 0.75;
const MAX_HEADING_WORDS = 25;
/** A sentence-case lead-in is rarely longer; a heading that long is written in title case. */
const MAX_SENTENCE_CASE_COLON_WORDS = 12;
/** A plain-text line with no markup must be shorter to be taken as a heading. */
const MAX_PLAIN_HEADING_WORDS = 15;

const TRAILING_CLOSERS = /["”’)\]*]+$/;
/** "II. ", "A. ", "3) ": the enumerator of a numbered heading is not a sentence of its own. */
const ENUMERATOR = /^(?:[IVXLC]{1,6}|[A-Z]|\d{1,2})[.)]\s+/;
/** A paragraph that is all one quotation; one with its attribution inside ("“...,” said the Secretary. “...”") is not. */
const QUOTATION = /^["“][^"”]*["”]$/u;
/** "– Secretary Antony J. Blinken", "President Joseph R. Biden, April 7, 2022": who said the quotation above. */
const ATTRIBUTION = new RegExp(String.raw`^[–—]|,\s*${DATE_SOURCE}$`, "iu");

function words(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’']+$/gu, "")).filter(Boolean);
}

/** A capital, a digit, or a name written in camel case ("eTrace"). */
const CAPITAL_START = /^(?:[\p{Lu}\p{N}]|\p{Ll}+\p{Lu})/u;

/** Title Case or ALL CAPS: the major words after the first start with a capital (all, or a share of them). */
export function isCapitalized(text: string, share = TITLE_CASE_SHARE): boolean {
  const all = words(text);
  const first = all[0];
  if (!first || !CAPITAL_START.test(first)) return false;
  if (!/\p{Ll}/u.test(text)) return /\p{Lu}/u.test(text);
  const major = all.slice(1).filter((w) => /^\p{L}/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  if (major.length === 0) return true;
  const capitalized = major.filter((w) => CAPITAL_START.test(w)).length;
  return capitalized / major.length >= share;
}

/** A sentence-case line ending in a colon: a clause opening a list, or a label heading what follows. */
function isLeadIn(text: string): boolean {
  const all = words(text).map((w) => w.toLowerCase());
  return (
    all.length > MAX_SENTENCE_CASE_COLON_WORDS ||
    text.includes(",") ||
    CLAUSE_OPENERS.has(all[0] ?? "") ||
    DANGLING_WORDS.has(all[all.length - 1] ?? "") ||
    all.some((w) => CLAUSE_WORDS.has(w))
  );
}

export function lineShape(line: string): LineShape {
  const text = line.trim().replace(ENUMERATOR, "");
  const count = text.split(/\s+/).length;
  if (!text || count > MAX_HEADING_WORDS || ATTRIBUTION.test(text) || isDateOnly(text)) return "sentence";
  if (splitSentences(text, [[0, text.length]]).length > 1) return "sentence";
  const last = text.replace(TRAILING_CLOSERS, "").slice(-1);
  if (last === "," || last === ";") return "sentence";
  const capitalized = isCapitalized(text);
  // A clause before a colon opens a list unless every major word is capitalized ("Banking, Insurance, and Consumer Finance:").
  if (last === ":") return count === 1 || isCapitalized(text, 1) || !isLeadIn(text.slice(0, -1)) ? "heading" : "lead-in";
  if (last === "." || last === "!" || last === "?") return capitalized ? "heading" : "sentence";
  return CAPITAL_START.test(text.replace(/^[^\p{L}\p{N}]+/u, "")) ? "heading" : "sentence";
}

/** A line without emphasis that reads as a heading: short, capitalized, no closing period. */
function isPlainHeading(line: string): boolean {
  const text = line.trim();
  return (
    text.split(/\s+/).length <= MAX_PLAIN_HEADING_WORDS &&
    !/[.!]$/.test(text.replace(TRAILING_CLOSERS, "")) &&
    isCapitalized(text) &&
    lineShape(text) === "heading"
  );
}

/**
 * Which paragraphs are headings, in context. Bold or underlined ones are when
 * they read as headings; italic ones also need capitals or a list to head;
 * plain ones need capitals and a block they can open (in plain text any block;
 * in markup, where headings are marked, only a list). A line set off after a
 * quotation is its attribution ("President Joseph R. Biden, Jr."), never a
 * heading, nor is a byline. A list of one emphasized item followed by prose is a numbered
 * heading ("2. *Labor*").
 */
export function refineHeadings<B extends BlockInput>(
  input: readonly B[],
  opens: (next: B) => boolean,
  eligible: (block: B) => boolean = () => true,
): B[] {
  const blocks = splitRunIns(input);
  return blocks.map((block, i) => {
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    if (block.kind === "item") return isNumberedHeading(block, prev, next) ? { ...block, kind: "heading", depth: 0 } : block;
    if (block.kind !== "paragraph" || block.byline || (prev && QUOTATION.test(prev.text.trim()))) return block;
    const text = block.text.trim();
    const heading =
      block.emphasis === "strong"
        ? lineShape(text) === "heading"
        : block.emphasis === "italic"
          ? lineShape(text) === "heading" && (isCapitalized(text) || next?.kind === "item")
          : next !== undefined && opens(next) && eligible(block) && isPlainHeading(text);
    return heading ? { ...block, kind: "heading" } : block;
  });
}

function isNumberedHeading(block: BlockInput, prev: BlockInput | undefined, next: BlockInput | undefined): boolean {
  return (
    block.emphasis !== undefined &&
    prev?.kind !== "item" &&
    next !== undefined &&
    next.kind !== "item" &&
    lineShape(block.text) === "heading" &&
    (block.emphasis === "strong" || isCapitalized(block.text))
  );
}

/**
 * Bold words that open a paragraph and close with a colon or a period are a
 * heading run into the paragraph ("COMBATING CYBERCRIME AND FRAUD: Today,
 * ...", "Making the Tax Code Fairer. The ..."): they become a bold line of
 * their own. Not in a transcript, where such words name the speaker and
 * recur ("QUESTION:", "MR PRICE:"), nor when they are one word, a number or
 * a two-word label in capitals ("Pillar 1:", "MS PORTER:").
 */
function splitRunIns<B extends BlockInput>(blocks: readonly B[]): B[] {
  const leads = blocks.flatMap((b) => (b.runIn ? [b.runIn.trim()] : []));
  if (leads.length === 0 || new Set(leads).size < leads.length) return [...blocks];
  return blocks.flatMap((block) => {
    const lead = block.runIn?.trim();
    const text = block.text.trimStart();
    if (!lead || block.kind !== "paragraph" || !text.startsWith(lead) || !isRunInHeading(lead)) return [block];
    const rest = text.slice(lead.length);
    if (!/[\p{L}\p{N}]/u.test(rest)) return [block];
    const { runIn: _, ...plain } = block;
    return [{ ...plain, text: lead, emphasis: "strong" } as B, { ...plain, text: rest, lostHeading: false } as B];
  });
}

function isRunInHeading(lead: string): boolean {
  if (!/[:.]$/.test(lead.replace(TRAILING_CLOSERS, ""))) return false;
  const named = words(lead).filter((w) => /\p{L}{2}/u.test(w));
  if (named.length < 2 || (named.length === 2 && !/\p{Ll}/u.test(lead))) return false;
  return lineShape(lead) === "heading";
}
