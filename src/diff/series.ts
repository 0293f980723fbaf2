/**
 * The stored documents of one annual series, found by title: with its year,
 * fiscal year, ordinal ("Second Meeting of the ...") and labels ("FACT
 * SHEET:") left out, a title must hold every word of the query, or the query
 * every word of the title; of several in one year, the title closest to the
 * query is the year's document (on a tie, the longer document: the fuller
 * account).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { DocumentSummary } from "../store/read.ts";
import { containment, dice, plainWords, stem, tokens } from "./similarity.ts";

const TitleWords = z.object({ ordinals: z.array(z.string()), occasions: z.array(z.string()), labels: z.array(z.string()) });
const TITLE_WORDS = TitleWords.parse(JSON.parse(readFileSync(join(import.meta.dirname, "data", "series-titles.json"), "utf8")));

/** Stems of the words that number or label one year's edition. */
const EDITION_STEMS: ReadonlySet<string> = new Set([...TITLE_WORDS.ordinals, ...TITLE_WORDS.occasions].map((w) => stem(w)!));
const LABELS = new RegExp(`\\b(?:${TITLE_WORDS.labels.map((l) => plainWords(l).replace(/ /g, "\\s+")).join("|")})\\b`, "g");
/** Years, fiscal years and numeric ordinals: FY 2023, fiscal year 2023, FY23, 2022, 2nd. */
const YEARS = /\b(?:(?:fy|fiscal\s+year)\s*\d{2,4}|(?:19|20)\d{2}|\d+(?:st|nd|rd|th))\b/g;
const TITLE_YEAR = /\b(?:fy|fiscal\s+year)\s*((?:19|20)?\d{2})\b|\b((?:19|20)\d{2})\b/i;

/** A title's words that stay the same from year to year. */
export function seriesTokens(title: string): Set<string> {
  const words = plainWords(title).replace(LABELS, " ").replace(YEARS, " ");
  return new Set([...tokens(words)].filter((t) => !EDITION_STEMS.has(t)));
}

/** The year a document reports on: the (fiscal) year its title names, else the year it was published. */
export function seriesYear(doc: Pick<DocumentSummary, "title" | "published">): number | null {
  const m = doc.title ? TITLE_YEAR.exec(doc.title) : null;
  if (m) {
    const y = m[1] ?? m[2]!;
    return y.length === 2 ? 2000 + Number(y) : Number(y);
  }
  return doc.published ? Number(doc.published.slice(0, 4)) : null;
}

/** A title whose words all are the query's must have this many of them (Dice) to be of its series. */
const SHORTER_TITLE = 0.5;

export interface Series {
  /** In date order. */
  members: DocumentSummary[];
  /** Matched the query, but another title of the same year is closer. */
  setAside: DocumentSummary[];
}

/** The series a title or key (words joined by hyphens) names among the stored documents. */
export function findSeries(documents: readonly DocumentSummary[], query: string, sizeOf: (d: DocumentSummary) => number): Series {
  const wanted = seriesTokens(query.includes(" ") ? query : query.replace(/[-_]+/g, " "));
  const scored = documents
    .filter((d) => d.title !== null)
    .map((d) => ({ d, title: seriesTokens(d.title!) }))
    // One title's words within the other's: "Memorandum on ..." is of the series of "Memorandum for the
    // Secretary of State on ...", but "... Economic Dialogue" is not of "... Security Dialogue".
    .filter((c) => containment(wanted, c.title) === 1 || (containment(c.title, wanted) === 1 && dice(wanted, c.title) >= SHORTER_TITLE))
    .map((c) => ({ d: c.d, score: dice(wanted, c.title) }));
  const byYear = new Map<number | string, { d: DocumentSummary; score: number }[]>();
  for (const c of scored) {
    const year = seriesYear(c.d) ?? `id:${c.d.id}`;
    byYear.set(year, [...(byYear.get(year) ?? []), c]);
  }
  const members: DocumentSummary[] = [];
  const setAside: DocumentSummary[] = [];
  for (const group of byYear.values()) {
    const best = Math.max(...group.map((c) => c.score));
    const closest = group.filter((c) => c.score === best).map((c) => c.d);
    const chosen = closest.length === 1 ? closest[0]! : closest.reduce((a, b) => (sizeOf(b) > sizeOf(a) ? b : a));
    members.push(chosen);
    setAside.push(...group.map((c) => c.d).filter((d) => d !== chosen));
  }
  const byDate = (d: DocumentSummary) => d;
  return { members: inDateOrder(members, byDate), setAside: inDateOrder(setAside, byDate) };
}

/** By publication date, undated last, then by id. */
export function inDateOrder<T>(items: readonly T[], summary: (item: T) => Pick<DocumentSummary, "published" | "id">): T[] {
  const key = (t: T) => summary(t).published ?? "9999";
  return [...items].sort((a, b) => key(a).localeCompare(key(b)) || summary(a).id - summary(b).id);
}
