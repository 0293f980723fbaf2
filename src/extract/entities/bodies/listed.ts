/**
 * Candidates for the gazetteer's own entries: every listed name, alias or
 * acronym found in the text, with all the entries that share it (support
 * decides between them later). A U.S. body takes a "U.S.", "US" or
 * "United States" written before a name listed without it, and that prefix is
 * support enough for a shared word ("U.S. Treasury").
 */
import { entryBody, Rank, type Candidate, type Reading, type Scan } from "./scan.ts";

const US_WORDS = [["U.S."], ["US"], ["United", "States"], ["UNITED", "STATES"]];

/** Tokens of a "U.S.", "US" or "United States" that ends just before token i, else 0. */
function usPrefix(scan: Scan, i: number): number {
  for (const words of US_WORDS) {
    const first = i - words.length;
    if (first >= 0 && scan.joined(first, i) && words.every((w, k) => scan.tokens[first + k]!.form === w)) return words.length;
  }
  return 0;
}

export function listedCandidates(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const i of scan.marked) {
    const byEnd = new Map<number, { readings: Map<string, Reading>; acronym: string | null; alias: boolean }>();
    for (const { term, end } of scan.terms(i, "entry")) {
      const group = byEnd.get(end) ?? { readings: new Map<string, Reading>(), acronym: null, alias: true };
      byEnd.set(end, group);
      group.alias &&= term.alias;
      const known = group.readings.get(term.entry.key);
      if (!known || (known.flagged && !term.flagged)) group.readings.set(term.entry.key, { body: entryBody(term.entry), flagged: term.flagged });
      if (term.acronym !== null) group.acronym = term.acronym;
    }
    for (const [end, group] of byEnd) {
      let readings = [...group.readings.values()];
      const usBodies = readings.filter((r) => r.body.type === "agency" && r.body.country === "US");
      const us = usBodies.length > 0 ? usPrefix(scan, i) : 0;
      // "U.S. Treasury", "U.S. Army": the prefix says which body a shared word means.
      if (us > 0) readings = usBodies;
      out.push({ first: i - us, end: scan.possessive(end), readings, rank: Rank.listed, acronym: group.acronym, alias: group.alias, prefix: us });
    }
  }
  return out;
}
