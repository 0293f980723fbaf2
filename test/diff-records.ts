/**
 * Extraction records with facts added by hand, so that the diff is tested on
 * real text and segments whatever the extractors find: each fact is named by
 * its text, and its span, segment and sentence entities are worked out here.
 */
import type { Amount, DateMention, Entity, EntityType, Extraction, Segment } from "../src/schema.ts";

export interface EntitySpec {
  key: string;
  type: EntityType;
  name: string;
  acronym?: string;
  /** Every occurrence of each text is a mention. */
  mentions: readonly string[];
}

export interface AmountSpec extends Partial<Omit<Amount, "text" | "span" | "segment" | "entities">> {
  text: string;
  kind: Amount["kind"];
  value: number;
  /** Which occurrence of the text (default the first). */
  nth?: number;
}

export interface DateSpec {
  text: string;
  from: string | null;
  to: string | null;
  grain?: DateMention["grain"];
}

export interface Facts {
  entities?: EntitySpec[];
  amounts?: AmountSpec[];
  dates?: DateSpec[];
}

/** Where a text stands as whole words: "5,000" is not the end of "125,000". */
function allOccurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  const wordChar = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const joined = (wordChar(at) && wordChar(at - 1)) || (wordChar(end - 1) && wordChar(end));
    if (!joined && !(out.length > 0 && at < out.at(-1)![1])) out.push([at, end]);
  }
  if (out.length === 0) throw new Error(`"${needle}" is not in the text`);
  return out;
}

function occurrence(text: string, needle: string, nth = 0): [number, number] {
  const found = allOccurrences(text, needle)[nth];
  if (!found) throw new Error(`"${needle}" has no occurrence ${nth} in the text`);
  return found;
}

/** The extraction with its entities, amounts and dates replaced by the facts given. */
export function withFacts(x: Extraction, facts: Facts): Extraction {
  const segments: Segment[] = [...x.goals, ...x.sections, ...x.bullets, ...x.paragraphs];
  const segmentAt = ([start, end]: [number, number]) => segments.find((s) => s.span[0] <= start && end <= s.span[1])?.id ?? null;
  const entities: Entity[] = (facts.entities ?? []).map((e) => ({
    key: e.key, type: e.type, name: e.name, acronym: e.acronym ?? null, aliases: [], country: null, title: null, parent: null,
    mentions: e.mentions.flatMap((m) => allOccurrences(x.text, m)).map((span) => ({ text: x.text.slice(span[0], span[1]), span, segment: segmentAt(span) })),
  }));
  const entitiesIn = (segment: number | null) => entities.filter((e) => e.mentions.some((m) => m.segment === segment)).map((e) => e.key);
  const amounts: Amount[] = (facts.amounts ?? []).map(({ nth, ...a }) => {
    const span = occurrence(x.text, a.text, nth);
    const segment = segmentAt(span);
    return {
      valueMax: null, unit: null, qualifier: null, item: null, subject: null, ...a,
      span, segment, entities: entitiesIn(segment),
    };
  }).sort((a, b) => a.span[0] - b.span[0]);
  const dates: DateMention[] = (facts.dates ?? []).map((d) => {
    const span = occurrence(x.text, d.text);
    const segment = segmentAt(span);
    return { text: d.text, span, from: d.from, to: d.to, grain: d.grain ?? "day", segment, subject: null, entities: entitiesIn(segment) };
  });
  return { ...x, entities, amounts, dates };
}
