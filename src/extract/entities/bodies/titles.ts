/**
 * Department words inside people's titles belong to the title: "Secretary
 * of State", "Deputy Secretary of Treasury", "Treasury Secretary",
 * "Secretary of Health and Human Services". Only short forms (aliases
 * without a head word) are taken for titles: a body's own name ("Director
 * of the Pension Benefit Guaranty Corporation") or an acronym ("DEA
 * Administrator") is still a mention of the body.
 */
import { hasAgencyHead } from "./heads.ts";
import type { Candidate, Scan } from "./scan.ts";

function titleEndsAt(scan: Scan, k: number): boolean {
  return scan.phrase(k - 1, "title") === k || scan.phrase(k - 2, "title") === k;
}

export function inTitle(scan: Scan, c: Candidate): boolean {
  if (!c.alias || hasAgencyHead(scan, c.first, scan.ownerEnd(c.end)) || !c.readings.every((r) => r.body.type === "agency")) return false;
  const of = scan.is(c.first - 1, "the") ? c.first - 2 : c.first - 1;
  if (scan.is(of, "of") && titleEndsAt(scan, of) && scan.joined(of, c.first)) return true;
  return scan.phrase(c.end, "title") > 0 && scan.joined(c.end - 1, c.end);
}
