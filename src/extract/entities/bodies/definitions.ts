/**
 * In-document definitions, "Full Name (ACR)": a capitalized name followed
 * by its acronym in parentheses.
 *
 * - A name that is a body's (its head word says so, see heads.ts) and that
 *   no other rule found becomes a new body with that acronym ("National
 *   Coordination Center (NCC)", "Joint Maritime Force (JMF-Panama)", and
 *   for a government body an acronym of another language: "Joint Regional
 *   Air and Navy Operations Center (CROAN)"); refine.ts ties the later
 *   acronym mentions to it, as it does for the acronym of a body found
 *   otherwise.
 * - When the acronym is listed for a body with a similar name, the name is
 *   that body's, as written ("National Oceanic and Atmospheric Agency
 *   (NOAA)", "Center for Medicare and Medicaid Services (CMS)"), whatever
 *   its head word would make of it.
 * - Otherwise a listed acronym is redefined: "Bipartisan Safer Communities
 *   Act (SCA)" makes SCA the act's, not the gazetteer's bureau, and the
 *   listed readings of SCA are dropped everywhere in the document.
 * - A defined name that is no body still holds its words: "Central America"
 *   in "Central America Regional Security Initiative (CARSI)" is no place.
 */
import { entityKey } from "../../../resolve/keys.ts";
import { acronymLike, longFormStart } from "./acronyms.ts";
import { headKind } from "./heads.ts";
import { owningAgency, subBody } from "./runs.ts";
import { edges, Rank, type Body, type Candidate, type Scan } from "./scan.ts";
import { fold } from "../lexemes.ts";
import { VOCABULARY, keySet } from "./vocabulary.ts";

const CONNECTIVES = keySet(VOCABULARY.nameConnectives);
const STOPS = keySet(VOCABULARY.nameStops);

/** The acronym between parentheses at token i ("(" ACR ")"): its text and the token after ")", or null. */
export function parenthesized(scan: Scan, i: number): { acronym: string; end: number } | null {
  if (!scan.is(i, "(")) return null;
  let j = i + 1;
  while (j < i + 6 && scan.joined(i, j) && !scan.is(j, ")")) j++;
  if (!scan.is(j, ")") || j === i + 1) return null;
  const acronym = scan.text.slice(scan.tokens[i + 1]!.start, scan.tokens[j - 1]!.end);
  return acronymLike(acronym) ? { acronym, end: j + 1 } : null;
}

/**
 * The name that ends just before token `end` and that `acronym` may
 * define: capitalized words and connectives, trimmed to the Schwartz–Hearst
 * long form when the acronym abbreviates it (`abbreviates`), and to a
 * capitalized first word; null if there is no such name of two words or
 * more. An acronym that does not abbreviate the name may be another
 * language's ("Joint Regional Air and Navy Operations Center (CROAN)").
 */
function longFormBefore(scan: Scan, end: number, acronym: string): { start: number; abbreviates: boolean } | null {
  const walk = (commas: boolean) => {
    let first = end;
    while (first > 0 && first > end - 14 && scan.joined(first - 1, end - 1)) {
      const t = scan.tokens[first - 1]!;
      if (!t.lex.capitalized && !CONNECTIVES.has(t.key) && !(commas && t.key === ",")) break;
      first--;
    }
    return first;
  };
  const longForm = (first: number) => longFormStart(acronym, scan.text.slice(scan.tokens[first]!.start, scan.tokens[end - 1]!.end));
  let first = walk(false);
  if (first >= end) return null;
  let at = longForm(first);
  // A name with a series in it ("American Federation of State, County and Municipal Employees (AFSCME)"), where its acronym says so.
  const listed = walk(true);
  if (listed < first && scan.tokens[listed]!.key !== ",") {
    const further = longForm(listed);
    if (further >= 0 && (at < 0 || further < scan.tokens[first]!.start - scan.tokens[listed]!.start + at)) [first, at] = [listed, further];
  }
  let start = first;
  while (at >= 0 && start < end && scan.tokens[start]!.start - scan.tokens[first]!.start < at) start++;
  while (start < end && (STOPS.has(scan.tokens[start]!.key) || !scan.tokens[start]!.lex.capitalized)) start++;
  return end - start >= 2 ? { start, abbreviates: at >= 0 } : null;
}

/** Words cut to five letters: "Aeronautical" and "Aeronautics" are one. */
function stems(name: string): Set<string> {
  return new Set(fold(name).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3).map((w) => w.slice(0, 5)));
}

/** Whether two names share more than half their words (by stem). */
export function similarNames(a: string, b: string): boolean {
  const x = stems(a);
  const y = stems(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared * 2 > new Set([...x, ...y]).size;
}

/** A listed body's name and aliases; a made body's name. */
function namesOf(body: Body): string[] {
  return body.entry ? [body.entry.name, ...body.entry.aliases.map((a) => a.text)] : [body.name];
}

function nameOf(scan: Scan, first: number, end: number): string {
  return scan.text.slice(scan.tokens[first]!.start, scan.tokens[end - 1]!.end).replace(/\s+/g, " ");
}

export interface Definitions {
  /** Bodies named by their definitions. */
  readonly candidates: Candidate[];
  /** Listed acronyms that the document defines as something else. */
  readonly redefined: ReadonlySet<string>;
  /**
   * Token ranges of defined names that are not bodies ("United Farm Workers
   * of America (UFW)", "Central America Regional Security Initiative
   * (CARSI)"): the places and bodies inside them are parts of a name.
   */
  readonly names: readonly { readonly first: number; readonly end: number }[];
}

export function definitions(scan: Scan, known: readonly Candidate[]): Definitions {
  const knownEdges = edges(known);
  const { byFirst, byEnd } = knownEdges;
  const candidates: Candidate[] = [];
  const redefined = new Set<string>();
  const names: { first: number; end: number }[] = [];
  for (let i = 1; i < scan.tokens.length; i++) {
    const def = parenthesized(scan, i);
    if (!def) continue;
    const end = scan.ownerEnd(i);
    const listed = (byFirst.get(i + 1) ?? []).filter((c) => c.acronym === def.acronym && c.end === def.end - 1).flatMap((c) => c.readings);
    const keys = new Set(listed.map((r) => r.body.key));
    const owners = [...(byEnd.get(end) ?? []), ...(end === i ? [] : (byEnd.get(i) ?? []))];
    if (owners.some((c) => c.readings.some((r) => keys.has(r.body.key)))) continue;
    const long = longFormBefore(scan, end, def.acronym);
    if (!long) continue;
    const { start } = long;
    const type = headKind(scan, start, end);
    // An acronym of another language defines only a new government body's name ("... Operations Center (CROAN)"),
    // redefining a listed acronym only where that needs support ("Supreme Electoral Council (CSE)" in Nicaragua).
    if (!long.abbreviates && (type !== "agency" || listed.some((r) => !r.flagged) || owners.length > 0)) continue;
    const name = nameOf(scan, start, end);
    const owner = owners.find((c) => c.first <= start);
    const same = type === "other" ? undefined : listed.find((r) => r.body.type !== "place" && namesOf(r.body).some((n) => similarNames(name, n)));
    if (same) {
      // Weighed with the owner's own reading at the same span (index.ts), the definition supports this one.
      candidates.push({ first: owner?.first ?? start, end: owner?.end ?? scan.possessive(end), rank: Rank.defined, acronym: def.acronym, alias: false, prefix: 0, readings: [same] });
      continue;
    }
    if (listed.length > 0) redefined.add(def.acronym);
    // A body found otherwise: refine.ts gives it the acronym.
    if (owner) continue;
    if (type === null || type === "other") {
      names.push({ first: start, end });
      continue;
    }
    const ownedBy = owningAgency(scan, knownEdges, start);
    const body: Body = ownedBy
      ? subBody(scan, start, end, ownedBy, def.acronym)
      : { type, key: entityKey(type, name, null), name, acronym: def.acronym, country: null, parent: null, entry: null };
    candidates.push({ first: start, end: scan.possessive(end), rank: Rank.defined, acronym: def.acronym, alias: false, prefix: 0, readings: [{ body, flagged: false }] });
  }
  return { candidates, redefined, names };
}
