/**
 * Whether a lower-case generic body word is used as a modifier: "Russian
 * military aircraft", "Mexican government officials" speak of aircraft and
 * officials, not of the body; "the Mexican government gathered data" does.
 * compromise tags the few words after the candidate (never a whole document).
 */
import nlp from "compromise";
import type { Scan } from "./scan.ts";
import { shape } from "./tokens.ts";

export function usedAsModifier(scan: Scan, first: number, end: number): boolean {
  const next = scan.tokens[end];
  if (!next || !next.word || shape(next.form) !== "lower" || !scan.joined(end - 1, end)) return false;
  const last = Math.min(scan.tokens.length, end + 3);
  const text = scan.text.slice(scan.tokens[first]!.start, scan.tokens[last - 1]!.end);
  const offset = next.start - scan.tokens[first]!.start;
  const terms = nlp(text).json({ offset: true }) as { terms: { tags: string[]; offset: { start: number } }[] }[];
  const term = terms.flatMap((s) => s.terms).find((t) => t.offset.start === offset);
  return !!term && term.tags.includes("Noun") && !term.tags.includes("Verb");
}
