/**
 * Numbered goal headings: "GOAL 1: PROTECT OUR PEOPLE", "Pillar II – Legal
 * Pathways", "Pillar Five | Forging Partnerships", "Line of Effort 3.",
 * "Strategic Objective 2:". The heading's title is told from the sentence the
 * source ran into it: glued ("PROTECT OUR PEOPLEThe United States..."),
 * joined by a dash, or written as its first sentence.
 */
import { firstSentence } from "../normalize/sentences.ts";
import type { Span } from "../schema.ts";
import { NUMERAL, parseNumeral } from "./numerals.ts";

/** The words that number a goal, and the label each is reported under. */
const LABELS: readonly { pattern: string; label: string }[] = [
  { pattern: "goals?", label: "Goal" },
  { pattern: "pillars?", label: "Pillar" },
  { pattern: "priority|priorities", label: "Priority" },
  { pattern: "lines? of effort", label: "Line of Effort" },
  { pattern: "objectives?", label: "Objective" },
  { pattern: "part", label: "Part" },
];
/** Fact sheets number a handful of goals; a larger "number" is a word that looks like a Roman numeral. */
const MAX_GOAL_NUMBER = 50;
/** Words that may stand before the label ("Strategic Goal 1"). */
const QUALIFIERS = "strategic|key|core";

const PREFIX = new RegExp(
  String.raw`^(?:(?:${QUALIFIERS})\s+)?(${LABELS.map((l) => l.pattern).join("|")})\s+(?:(?:no\.?|number|#)\s*)?(${NUMERAL})(?![\p{L}\p{N}])\s*([:.|)–—-]?)\s*`,
  "iu",
);
const LABEL_OF = LABELS.map((l) => ({ re: new RegExp(`^(?:${l.pattern})$`, "i"), label: l.label }));

/** A dash that joins a heading to its sentence: spaced on at least one side (a hyphen on both). */
const JOINING_DASH = /\s+[–—]\s*|\s*[–—]\s+|\s+-\s+/;
/** Where an all-caps title runs into the next sentence: "PEOPLEThe", "PEOPLE The". */
const CAPS_THEN_SENTENCE = /^([^\p{Ll}]*?\p{Lu}{2,}[^\p{L}\s]*)(\s*)(?=\p{Lu}\p{Ll})/u;
/** Where a title-case title runs into the next sentence with no space: "Food AccessThe". */
const CAMEL_GLUE = /\p{Ll}{2}(?=\p{Lu}\p{Ll})/u;

export interface GoalHeading {
  label: string;
  number: number;
  /** The heading text only, in the normalized text. */
  title: Span;
  /** What the block holds after the title (the summary first), or null. */
  rest: Span | null;
}

/**
 * Reads a block as a goal heading. Without a separator after the number the
 * block must be a heading by markup or shape ("Goal 1 Protect Our People").
 */
export function goalHeading(text: string, [start, end]: Span, isHeading: boolean): GoalHeading | null {
  const content = text.slice(start, end);
  const m = PREFIX.exec(content);
  if (!m || !/^\p{Lu}/u.test(content)) return null;
  const number = parseNumeral(m[2]!);
  if (number === null || number < 1 || number > MAX_GOAL_NUMBER) return null;
  const afterPrefix = start + m[0].length;
  if (!m[3] && !isHeading && afterPrefix < end) return null;
  const label = LABEL_OF.find((l) => l.re.test(m[1]!.replace(/\s+/g, " ")))!.label;
  if (afterPrefix >= end) return { label, number, title: [afterPrefix, afterPrefix], rest: null };
  const { title, rest } = splitTitle(text, [afterPrefix, end]);
  return { label, number, title, rest };
}

/** Prose: a few words, some in lower case. */
function isProse(s: string): boolean {
  return /\p{Ll}/u.test(s) && s.trim().split(/\s+/).length >= 3;
}

/** The boundaries a title can have with the sentence after it; the earliest one is the title's end. */
function splitTitle(text: string, [start, end]: Span): { title: Span; rest: Span | null } {
  const body = text.slice(start, end);
  const candidates: { titleEnd: number; restStart: number }[] = [];
  const dash = JOINING_DASH.exec(body);
  if (dash && dash.index > 0 && isProse(body.slice(dash.index + dash[0].length))) {
    candidates.push({ titleEnd: dash.index, restStart: dash.index + dash[0].length });
  }
  const caps = CAPS_THEN_SENTENCE.exec(body);
  if (caps && isProse(body.slice(caps[0].length)) && (caps[2] === "" || caps[1]!.trim().split(/\s+/).length >= 2)) {
    candidates.push({ titleEnd: caps[1]!.length, restStart: caps[0].length });
  }
  const camel = CAMEL_GLUE.exec(body);
  if (camel && /[.!?]["”’)]*$/.test(body) && isProse(body.slice(camel.index + 2))) {
    candidates.push({ titleEnd: camel.index + 2, restStart: camel.index + 2 });
  }
  const sentence = firstSentence(text, [start, end]);
  const next = sentence && sentence[1] < end ? firstSentence(text, [sentence[1], end]) : null;
  if (sentence && next) candidates.push({ titleEnd: sentence[1] - start, restStart: next[0] - start });
  const best = candidates.reduce((a, b) => (b.titleEnd < a.titleEnd ? b : a), { titleEnd: body.length, restStart: body.length });
  return {
    title: trimTitle(text, start, start + best.titleEnd),
    rest: best.restStart < body.length ? [start + best.restStart, end] : null,
  };
}

/** An abbreviation ends the text when its last word holds another period: "U.S.", "D.C.". */
const ENDS_IN_ABBREVIATION = /\.[^\s.]*\.$/;

/** Drops what closes a heading (":", "|", a sentence's period, spaces), not the period of "U.S.". */
export function trimTitle(text: string, start: number, end: number): Span {
  let e = end;
  for (;;) {
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    const last = text[e - 1];
    const lastWord = text.slice(start, e).split(/\s/).pop() ?? "";
    if (last === ":" || last === "|" || (last === "." && !ENDS_IN_ABBREVIATION.test(lastWord))) e--;
    else break;
  }
  return [start, e];
}
