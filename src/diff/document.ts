/**
 * Lookups over one extraction that the diff needs, built once: a segment by
 * its id, the section a segment sits under, the sentence around a span.
 */
import { splitSentences } from "../normalize/sentences.ts";
import type { Entity, Extraction, Section, Segment, Span } from "../schema.ts";
import { indexContaining } from "../spans.ts";

export interface DocumentIndex {
  readonly extraction: Extraction;
  segment(id: number | null): Segment | undefined;
  /** The section a segment is under (itself when it is one). */
  sectionOf(id: number | null): Section | undefined;
  /** Bullets under each section, by section id. */
  bulletsUnder(sectionId: number): number;
  entity(key: string | null): Entity | undefined;
  /** The sentence of the segment that holds [start, end); the segment's line when it has no segment. */
  sentenceAt(span: Span, segmentId: number | null): Span;
}

export function indexDocument(x: Extraction): DocumentIndex {
  const segments = new Map<number, Segment>();
  for (const s of [...x.goals, ...x.sections, ...x.bullets, ...x.paragraphs]) segments.set(s.id, s);
  const sections = new Map<number, Section | null>();
  const sectionOf = (id: number | null): Section | undefined => {
    if (id === null) return undefined;
    const known = sections.get(id);
    if (known !== undefined) return known ?? undefined;
    const s = segments.get(id);
    const found = !s ? undefined : s.kind === "section" ? s : s.kind === "goal" ? undefined : sectionOf(s.parent);
    sections.set(id, found ?? null);
    return found;
  };
  const bullets = new Map<number, number>();
  for (const b of x.bullets) {
    const section = sectionOf(b.id);
    if (section) bullets.set(section.id, (bullets.get(section.id) ?? 0) + 1);
  }
  const entities = new Map(x.entities.map((e) => [e.key, e]));
  const sentences = new Map<number, Span[]>();
  const sentencesOf = (s: Segment): Span[] => {
    let list = sentences.get(s.id);
    if (!list) {
      list = splitSentences(x.text, [s.span]);
      sentences.set(s.id, list);
    }
    return list;
  };
  return {
    extraction: x,
    segment: (id) => (id === null ? undefined : segments.get(id)),
    sectionOf,
    bulletsUnder: (id) => bullets.get(id) ?? 0,
    entity: (key) => (key === null ? undefined : entities.get(key)),
    sentenceAt(span, segmentId) {
      const s = segmentId === null ? undefined : segments.get(segmentId);
      if (s) {
        const list = sentencesOf(s);
        const at = indexContaining(list, span[0], span[1]);
        if (at >= 0) return list[at]!;
        if (s.span[0] <= span[0] && span[1] <= s.span[1]) return s.span;
      }
      const start = x.text.lastIndexOf("\n", span[0] - 1) + 1;
      const newline = x.text.indexOf("\n", span[1]);
      return [start, newline < 0 ? x.text.length : newline];
    },
  };
}
