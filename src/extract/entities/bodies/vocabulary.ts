/**
 * The words the body matcher's patterns are made of (data/vocabulary.json):
 * the head words that end a body's name ("Office", "Commission") or start it
 * in Spanish ("Fiscalía"), organization heads and company suffixes, the
 * title words that make "Secretary of State" a person's title, and the
 * phrases of the U.S. Attorney's Office, district court and mission patterns.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { termTokens } from "./tokens.ts";

const Words = z.array(z.string().min(1)).min(1);

const Vocabulary = z.strictObject({
  agencyHeads: Words,
  agencyHeadsFirst: Words,
  organizationHeads: Words,
  organizationHeadsFirst: Words,
  cartelWords: Words,
  cartelConnectives: Words,
  companySuffixes: Words,
  titleWords: Words,
  attorneyOffices: Words,
  districtCourts: Words,
  districtLinks: Words,
  embassies: Words,
  consulates: Words,
  missionLinks: Words,
  missionSenderLinks: Words,
  nameConnectives: Words,
  nameStops: Words,
});
export type Vocabulary = z.infer<typeof Vocabulary>;

function load(): Vocabulary {
  const file = join(import.meta.dirname, "..", "data", "vocabulary.json");
  const parsed = Vocabulary.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`vocabulary.json: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export const VOCABULARY: Readonly<Vocabulary> = Object.freeze(load());

/** Token keys of one-token words, for set lookups ("office", "de"). */
export function keySet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((w) => {
    const t = termTokens(w);
    return t.length === 1 ? [t[0]!.key] : [];
  }));
}
