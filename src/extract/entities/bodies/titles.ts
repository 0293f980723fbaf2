/**
 * Department words inside people's titles belong to the title: "Secretary
 * of State", "Deputy Secretary of Treasury", "Treasury Secretary". A name
 * with a head word ("State Department Spokesperson", "Administrator of the
 * Drug Enforcement Administration") is still a mention of its body, and so
 * is an acronym ("DEA Administrator").
 */
import type { Candidate, Scan } from "./scan.ts";

function titleEndsAt(scan: Scan, k: number): boolean {
  return scan.phrase(k - 1, "title") === k || scan.phrase(k - 2, "title") === k;
}

function headed(scan: Scan, c: Candidate): boolean {
  const end = scan.ownerEnd(c.end);
  for (let k = c.first; k < end; k++) if (scan.phrase(k, "agencyHead") === end || scan.phrase(k, "agencyHeadFirst") > 0) return true;
  return false;
}

export function inTitle(scan: Scan, c: Candidate): boolean {
  if (c.acronym !== null || headed(scan, c) || !c.readings.every((r) => r.body.type === "agency")) return false;
  const of = scan.is(c.first - 1, "the") ? c.first - 2 : c.first - 1;
  if (scan.is(of, "of") && titleEndsAt(scan, of) && scan.joined(of, c.first)) return true;
  return scan.phrase(c.end, "title") > 0 && scan.joined(c.end - 1, c.end);
}
