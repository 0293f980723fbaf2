/**
 * Hand-made entities, amounts and dates on a real extraction's text, for
 * tests of what consumes them (store, export, API, report) independently of
 * the extractors: every mention is found in the text, so spans are exact.
 */
import type { Amount, DateMention, Entity, Extraction, Span } from "../../src/schema.ts";

export interface EntityNote extends Partial<Omit<Entity, "key" | "type" | "name" | "mentions">> {
  key: string;
  type: Entity["type"];
  name: string;
  /** Texts whose every occurrence (as a whole word) is a mention. */
  texts: string[];
}

export type AmountNote = Partial<Omit<Amount, "text" | "span" | "kind" | "value">> & Pick<Amount, "text" | "kind" | "value">;
export type DateNote = Partial<Omit<DateMention, "text" | "span" | "from">> & Pick<DateMention, "text" | "from">;

export interface Notes {
  entities?: EntityNote[];
  /** Each note marks the first occurrence of its text (the nth with `occurrence`). */
  amounts?: (AmountNote & { occurrence?: number })[];
  dates?: (DateNote & { occurrence?: number })[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function occurrences(text: string, needle: string): Span[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, "gu");
  return [...text.matchAll(re)].map((m) => [m.index, m.index + needle.length]);
}

function nth(text: string, needle: string, n = 0): Span {
  const found = occurrences(text, needle)[n];
  if (!found) throw new Error(`"${needle}" (occurrence ${n}) is not in the text`);
  return found;
}

/** The segment whose block holds the span; null for the title or text outside any segment. */
function segmentOf(x: Extraction, [start, end]: Span): number | null {
  const all = [...x.goals, ...x.sections, ...x.bullets, ...x.paragraphs];
  return all.find((s) => s.span[0] <= start && end <= s.span[1])?.id ?? null;
}

export function annotate(x: Extraction, notes: Notes): Extraction {
  const entities: Entity[] = (notes.entities ?? []).map(({ texts, ...e }) => {
    const found = texts.flatMap((t) => occurrences(x.text, t));
    // "Bicentennial Framework" inside "U.S.-Mexico Bicentennial Framework" is not a second mention.
    const spans = found
      .filter((s) => !found.some((o) => o !== s && o[0] <= s[0] && s[1] <= o[1] && o[1] - o[0] > s[1] - s[0]))
      .sort((a, b) => a[0] - b[0]);
    if (spans.length === 0) throw new Error(`no mention of ${e.key} in the text`);
    return {
      acronym: null, aliases: [], country: null, title: null, parent: null, ...e,
      mentions: spans.map((span) => ({ text: x.text.slice(...span), span, segment: segmentOf(x, span) })),
    };
  });
  const amounts: Amount[] = (notes.amounts ?? []).map(({ occurrence, ...a }) => {
    const span = nth(x.text, a.text, occurrence);
    return { valueMax: null, unit: null, qualifier: null, item: null, subject: null, entities: [], ...a, span, segment: segmentOf(x, span) };
  });
  const dates: DateMention[] = (notes.dates ?? []).map(({ occurrence, ...d }) => {
    const span = nth(x.text, d.text, occurrence);
    return { to: d.from, grain: "day", subject: null, entities: [], ...d, span, segment: segmentOf(x, span) };
  });
  return { ...x, entities, amounts, dates };
}
