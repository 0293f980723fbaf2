/** The period a document covers: from its earliest date to its latest, and when it was published. */
import type { Extraction, Period } from "../schema.ts";

export function periodOf(x: Extraction): Period {
  let from: string | null = null;
  let to: string | null = null;
  for (const d of x.dates) {
    // ISO days compare as strings.
    if (d.from !== null && (from === null || d.from < from)) from = d.from;
    if (d.to !== null && (to === null || d.to > to)) to = d.to;
  }
  return { from, to, published: x.published, dates: x.dates.length };
}
