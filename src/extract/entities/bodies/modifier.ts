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

/** compromise's tags of the lower-case word at token `end`, read with the words from `first`; null when there is none. */
function tagsAfter(scan: Scan, first: number, end: number): readonly string[] | null {
  const next = scan.tokens[end];
  if (!next || !next.word || next.lex.shape !== "lower" || !scan.joined(end - 1, end)) return null;
  const last = Math.min(scan.tokens.length, end + 3);
  const text = scan.text.slice(scan.tokens[first]!.start, scan.tokens[last - 1]!.end);
  const offset = next.start - scan.tokens[first]!.start;
  return readSpans([text])[0]!.find((t) => t.start === offset)?.tags ?? null;
}

export function usedAsModifier(scan: Scan, first: number, end: number): boolean {
  const tags = tagsAfter(scan, first, end);
  return !!tags && tags.includes("Noun") && !tags.includes("Verb");
}

export function verbFollows(scan: Scan, first: number, end: number): boolean {
  return tagsAfter(scan, first, end)?.includes("Verb") ?? false;
}

/** Whether compromise reads tokens [first, end) as a person's name (and not as a place) or as adjectives only. */
export function namesPerson(scan: Scan, first: number, end: number): boolean {
  const r = readPersons([scan.text.slice(scan.tokens[first]!.start, scan.tokens[end - 1]!.end)])[0]!;
  return r.person || r.adjectives;
}
