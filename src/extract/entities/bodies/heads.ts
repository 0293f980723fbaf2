/**
 * The head word of a body's name: the word that says what kind of body it
 * is. English puts it last ("Regional Identification Center") or before the
 * first preposition ("Ministry of Defense", "Council on Transnational
 * Organized Crime"); Spanish puts it first ("Fiscalía General"). A weak head
 * ("Center", "Council", "Unit") names a government body only together with
 * a public-sector word ("National", "Security", "Interagency"); a shared
 * head ("Center", "Council", "Institute") names an organization unless such
 * a word (not a common one: "National") stands before it: "Boston Medical
 * Center" is a hospital, the "Institute for Security and Technology" an NGO.
 */
import type { Scan } from "./scan.ts";
import { VOCABULARY, keySet } from "./vocabulary.ts";

const PREPOSITIONS = new Set(["of", "for", "on", "against", "to"]);
const PUBLIC = keySet(VOCABULARY.publicWords);
const COMMON_PUBLIC = keySet(VOCABULARY.commonPublicWords);

export type HeadKind = "agency" | "organization" | "other";

const PLURAL_HEADS = new Set(Object.keys(VOCABULARY.coordinatedHeads).map((w) => w.toLowerCase()));

/** The token after the head of the name [first, end): the first preposition's position, else `end`. */
export function headEnd(scan: Scan, first: number, end: number): number {
  for (let k = first + 1; k < end; k++) if (PREPOSITIONS.has(scan.tokens[k]!.key)) return k;
  return end;
}

type HeadPhrase = "agencyHead" | "weakAgencyHead" | "sharedHead" | "organizationHead" | "otherHead";

/** Where a head of the kind that ends at `end` starts, within [first, end); -1 when there is none. */
function headStart(scan: Scan, first: number, end: number, kind: HeadPhrase): number {
  for (let k = end - 1; k >= first && k >= end - 3; k--) if (scan.phrase(k, kind) === end) return k;
  return -1;
}

function endsWith(scan: Scan, first: number, end: number, kind: HeadPhrase): boolean {
  return headStart(scan, first, end, kind) >= 0;
}

/** Whether a public-sector word is among tokens [first, end); with `common` false, one that NGOs' names share does not count ("National"). */
export function publicName(scan: Scan, first: number, end: number, common = true): boolean {
  for (let k = first; k < end; k++) {
    const key = scan.tokens[k]!.key;
    if (PUBLIC.has(key) && (common || !COMMON_PUBLIC.has(key))) return true;
  }
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
  // A shared head is a government body's by a public-sector word before it ("Trilateral Fentanyl Committee"),
  // not one in what follows ("Institute for Security and Technology"), nor a common one ("National").
  const shared = headStart(scan, first, h, "sharedHead");
  if (shared >= 0) return publicName(scan, first, shared, false) ? "agency" : "organization";
  if (endsWith(scan, first, h, "weakAgencyHead") && publicName(scan, first, end)) return "agency";
  if (endsWith(scan, first, h, "organizationHead")) return "organization";
  return null;
}

/** Whether the name [first, end) has an agency head word, strong or weak. */
export function hasAgencyHead(scan: Scan, first: number, end: number): boolean {
  const h = headEnd(scan, first, end);
  return scan.phrase(first, "agencyHeadFirst") > 0 || endsWith(scan, first, h, "agencyHead") || endsWith(scan, first, h, "weakAgencyHead");
}
