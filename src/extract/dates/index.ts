/**
 * Date mentions: one pass of the configured chrono over the normalized text,
 * names skipped, each result resolved to a closed interval against the
 * document's reference date.
 */
import type { ParsedResult } from "chrono-node";
import type { DateFact, EntityMention, SegmentedDoc } from "../../model.ts";
import { dateParser } from "./configuration.ts";
import { insideName } from "./names.ts";
import { intervalOf } from "./interval.ts";
import { chronoInstant, referenceOf } from "./reference.ts";

/** Reads only the text and the published day, so a caller may pass any document stage that has them. */
export function extractDates(doc: Pick<SegmentedDoc, "text" | "published">, mentions: readonly EntityMention[]): DateFact[] {
  const inName = insideName(mentions);
  const results: ParsedResult[] = dateParser
    .parse(doc.text, chronoInstant(doc.published))
    .filter((r) => !inName(r.index, r.index + r.text.length));
  const reference = referenceOf(doc.published, results);
  return results.flatMap((r) => {
    const interval = intervalOf(r, reference);
    if (!interval) return [];
    const span: [number, number] = [r.index, r.index + r.text.length];
    return [{ text: r.text, span, ...interval }];
  });
}
