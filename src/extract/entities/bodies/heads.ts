/**
 * The head word of a body's name: the word that says what kind of body it
 * is. English puts it last ("Regional Identification Center") or before the
 * first preposition ("Ministry of Defense", "Council on Transnational
 * Organized Crime"); Spanish puts it first ("Fiscalía General"). A weak head
 * ("Center", "Council", "Unit") names a government body only together with
 * a public-sector word ("National", "Security", "Interagency"): "Boston
 * Medical Center" is a hospital.
 */
import type { Scan } from "./scan.ts";
import { VOCABULARY, keySet } from "./vocabulary.ts";

const PREPOSITIONS = new Set(["of", "for", "on", "against", "to"]);
const PUBLIC = keySet(VOCABULARY.publicWords);

export type HeadKind = "agency" | "organization" | "other";

const PLURAL_HEADS = new Set(Object.keys(VOCABULARY.coordinatedHeads).map((w) => w.toLowerCase()));

/** The token after the head of the name [first, end): the first preposition's position, else `end`. */
export function headEnd(scan: Scan, first: number, end: number): number {
  for (let k = first + 1; k < end; k++) if (PREPOSITIONS.has(scan.tokens[k]!.key)) return k;
  return end;
}

function endsWith(scan: Scan, first: number, end: number, kind: "agencyHead" | "weakAgencyHead" | "organizationHead" | "otherHead"): boolean {
  for (let k = end - 1; k >= first && k >= end - 3; k--) if (scan.phrase(k, kind) === end) return true;
  return false;
}

/** Whether a public-sector word is among tokens [first, end). */
export function publicName(scan: Scan, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (PUBLIC.has(scan.tokens[k]!.key)) return true;
  return false;
}

/**
 * The kind of body that the name [first, end) is, by its head word: "other"
 * for a name that is no body ("Environmental Protection Act", "Ministries
 * of Defense"); null when the head says nothing.
 */
export function headKind(scan: Scan, first: number, end: number): HeadKind | null {
  if (scan.phrase(first, "agencyHeadFirst") > 0) return "agency";
  if (scan.phrase(first, "organizationHeadFirst") > 0) return "organization";
  const h = headEnd(scan, first, end);
  if (endsWith(scan, first, h, "otherHead") || PLURAL_HEADS.has(scan.tokens[h - 1]!.key)) return "other";
  if (endsWith(scan, first, h, "agencyHead")) return "agency";
  if (endsWith(scan, first, h, "weakAgencyHead") && publicName(scan, first, end)) return "agency";
  if (endsWith(scan, first, h, "organizationHead")) return "organization";
  return null;
}

/** Whether the name [first, end) has an agency head word, strong or weak. */
export function hasAgencyHead(scan: Scan, first: number, end: number): boolean {
  const h = headEnd(scan, first, end);
  return scan.phrase(first, "agencyHeadFirst") > 0 || endsWith(scan, first, h, "agencyHead") || endsWith(scan, first, h, "weakAgencyHead");
}
