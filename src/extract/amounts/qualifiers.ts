/**
 * Qualifiers bound a figure without changing its value: "more than 10,000"
 * is over 10000, "nearly $1.5 billion" nearly 1500000000, "18 or older" at
 * least 18. They stay outside the figure's span.
 */
import type { Qualifier } from "../../schema.ts";
import { alternation, QUALIFIER_PHRASES } from "./lexicon.ts";
import type { Figure } from "./measures.ts";

function byPhrase(table: Record<string, string[]>): ReadonlyMap<string, Qualifier> {
  return new Map(Object.entries(table).flatMap(([q, phrases]) => phrases.map((p): [string, Qualifier] => [normal(p), q as Qualifier])));
}

function normal(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, " ");
}

const BEFORE = byPhrase(QUALIFIER_PHRASES.before);
const AFTER = byPhrase(QUALIFIER_PHRASES.after);
const BEFORE_PATTERN = new RegExp(String.raw`(?<![\p{L}])(?<phrase>${alternation(BEFORE.keys())})[^\S\n]*$`, "iu");
const AFTER_PATTERN = new RegExp(String.raw`(?<phrase>${alternation(AFTER.keys())})(?![\p{L}])`, "iuy");
const AFTER_GAP = /[^\S\n]*/y;

/**
 * The figure's qualifier, and where the text after the figure goes on (past
 * a qualifier written after it: "3 or more children"). "over" before a
 * duration that follows another figure spans time rather than bounding it
 * ("$12 million over 4 years").
 */
export function qualifierOf(text: string, figure: Figure, previous: Figure | undefined): { qualifier: Qualifier | null; end: number } {
  AFTER_GAP.lastIndex = figure.end;
  AFTER_GAP.exec(text);
  AFTER_PATTERN.lastIndex = text[figure.end] === "+" || text[figure.end] === "-" ? figure.end : AFTER_GAP.lastIndex;
  const after = AFTER_PATTERN.exec(text);
  const end = after ? AFTER_PATTERN.lastIndex : figure.end;
  // "50+%", "3,500+ hours": the "+" sits inside the span, before the unit.
  const plus = text[figure.last.end] === "+" && figure.end > figure.last.end + 1;
  const before = BEFORE_PATTERN.exec(text.slice(Math.max(0, figure.start - 30), figure.start));
  if (before) {
    const phrase = normal(before.groups!.phrase!);
    const spansTime = figure.kind === "duration" && phrase === "over" && previous !== undefined &&
      /^\s*$/.test(text.slice(previous.end, figure.start - before[0].length));
    if (!spansTime) return { qualifier: BEFORE.get(phrase)!, end };
  }
  if (plus) return { qualifier: "at_least", end };
  return { qualifier: after ? AFTER.get(normal(after.groups!.phrase!))! : null, end };
}
