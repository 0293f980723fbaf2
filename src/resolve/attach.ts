import type { AmountFact, DateFact, SegmentedDoc } from "../model.ts";
import type { Amount, DateMention, Entity } from "../schema.ts";
import { indexContaining } from "../spans.ts";

/** Ties each figure and date to its segment and to the entities of its sentence. */
export function attach(
  doc: SegmentedDoc,
  entities: readonly Entity[],
  amounts: readonly AmountFact[],
  dates: readonly DateFact[],
): { amounts: Amount[]; dates: DateMention[] } {
  const segmentSpans = doc.segments.map((s) => s.span);
  const context = (start: number, end: number) => {
    const at = indexContaining(segmentSpans, start, end);
    const sentence = doc.sentences[indexContaining(doc.sentences, start, end)];
    const inSentence = sentence
      ? entities.filter((e) => e.mentions.some((m) => m.span[0] >= sentence[0] && m.span[1] <= sentence[1])).map((e) => e.key)
      : [];
    return { segment: at >= 0 ? doc.segments[at]!.id : null, subject: null, entities: inSentence };
  };
  return {
    amounts: amounts.map((a) => ({ ...a, ...context(a.span[0], a.span[1]) })),
    dates: dates.map((d) => ({ ...d, ...context(d.span[0], d.span[1]) })),
  };
}
