/**
 * What the word after a candidate says about it, by compromise's tags on
 * the few words around it (never a whole document). A lower-case generic
 * body word before a noun is a modifier: "Russian military aircraft" and
 * "Mexican government officials" speak of aircraft and officials, "the
 * Mexican government gathered data" of the government. A common word at a
 * sentence start is a body's name when a verb follows: "Treasury designated
 * two firms", not "State officials said". And a capitalized run that
 * compromise reads as a person's name is no town: "Katherine Tai, Ohio".
 */
import { readPersons, readSpans } from "../compromise.ts";
import type { Scan } from "./scan.ts";

/** The span that compromise reads for the lower-case word at token `end` with the words from `first`, and the word's offset in it; null when there is none. */
function window(scan: Scan, first: number, end: number): { text: string; offset: number } | null {
  const next = scan.tokens[end];
  if (!next || !next.word || next.lex.shape !== "lower" || !scan.joined(end - 1, end)) return null;
  const last = Math.min(scan.tokens.length, end + 3);
  return { text: scan.text.slice(scan.tokens[first]!.start, scan.tokens[last - 1]!.end), offset: next.start - scan.tokens[first]!.start };
}

/** compromise's tags of the word after each span [first, end), the spans read in one batch; null where there is none. */
function tagsAfter(scan: Scan, spans: readonly (readonly [number, number])[]): (readonly string[] | null)[] {
  const windows = spans.map(([first, end]) => window(scan, first, end));
  const read = readSpans(windows.flatMap((w) => (w ? [w.text] : [])));
  let k = 0;
  return windows.map((w) => (w ? (read[k++]!.find((t) => t.start === w.offset)?.tags ?? null) : null));
}

/** For each span, whether the word after it is a noun that the span modifies ("Mexican government officials"). */
export function usedAsModifiers(scan: Scan, spans: readonly (readonly [number, number])[]): boolean[] {
  return tagsAfter(scan, spans).map((tags) => !!tags && tags.includes("Noun") && !tags.includes("Verb"));
}

export function verbFollows(scan: Scan, first: number, end: number): boolean {
  return tagsAfter(scan, [[first, end]])[0]?.includes("Verb") ?? false;
}

/** Whether compromise reads tokens [first, end) as a person's name (and not as a place) or as adjectives only. */
export function namesPerson(scan: Scan, first: number, end: number): boolean {
  const r = readPersons([scan.text.slice(scan.tokens[first]!.start, scan.tokens[end - 1]!.end)])[0]!;
  return r.person || r.adjectives;
}
