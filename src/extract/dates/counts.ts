/**
 * A four-digit number that opens a sentence or a list item and is followed
 * by a plural noun phrase counts it ("1700 oxygen concentrators to obtain
 * oxygen"): no year reads that way, while a year that opens a sentence is
 * its subject ("2022 marks 200 years"). compromise tells the noun from the
 * verb, on the few words after such a number only.
 */
import nlp from "compromise";
import { startsSentence } from "./context.ts";

/** The words after the number that the check reads: a lowercase one first. */
const FOLLOWING = /^[^\S\n]+\p{Ll}[\p{L}-]*(?:[^\S\n]+[\p{L}-]+){0,3}/u;

export function opensCount(text: string, start: number, end: number): boolean {
  if (!/^\d{4}$/.test(text.slice(start, end)) || !startsSentence(text, start)) return false;
  const words = FOLLOWING.exec(text.slice(end, end + 80))?.[0];
  if (words === undefined) return false;
  const doc = nlp(text.slice(start, end) + words);
  const phrase = doc.match("^#Value [(#Adjective|#Noun)+]", 0);
  // A "plural" before a determiner is a verb taken for a noun ("2020 census data shows that").
  return phrase.found && phrase.terms().last().has("#Plural") && !doc.has("^#Value (#Adjective|#Noun)+ (#Determiner|that)");
}
