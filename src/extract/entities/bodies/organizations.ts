/**
 * Organizations the gazetteer cannot list one by one: criminal groups named
 * as cartels, companies by their legal suffix, organizations by their head
 * word in English and Spanish, and the items of lists of organizations.
 */
import { WordClass } from "../compromise.ts";
import { sloganCopula } from "../lexemes.ts";
import { termTokens } from "../tokens.ts";
import { parenthesized } from "./definitions.ts";
import { headKind } from "./heads.ts";
import { CONNECTIVES, listSeparator, made, nameOf, nameWord, owningAgency, placeAt, runStart, STOPS, subBody, titleAt, unlisted, withComplement } from "./runs.ts";
import type { Candidate, Edges, Reading, Scan } from "./scan.ts";
import { VOCABULARY, keySet, linker } from "./vocabulary.ts";

const CARTEL_LINK = linker(VOCABULARY.cartelConnectives);
const CARTEL_LINKS = new Set(["-"]);
const COMPANY_LINKS = new Set(["-", "&", "of", "de", "del", "la"]);

/**
 * Criminal groups named as cartels ("Juárez Cartel", "Cartel de Santa Rosa
 * de Lima", "Cartel del Noreste") and companies by their legal suffix
 * ("Grupo Ejemplo, S.A. de C.V.", "Acme Chemical Co., Ltd.").
 */
export function cartelsAndCompanies(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const i of scan.marked) {
    const cartel = scan.phrase(i, "cartel");
    if (cartel > 0) {
      const first = runStart(scan, i, 4, CARTEL_LINKS);
      if (first >= 0 && scan.terms(first, "demonym").length === 0) out.push(unlisted(scan, first, cartel, "organization", null));
      // Spanish order: "Cartel de(l) <Name>", or "Cartel <Place> ..." ("Cartel Jalisco Nueva Generación").
      const link = CARTEL_LINK(scan.key, cartel);
      if (link > 0 || scan.places(cartel).length > 0) {
        const from = link > 0 ? link : cartel;
        let last = -1;
        for (let e = from; e < from + 6 && nameWord(scan, e) && scan.joined(i, e); e++) if (scan.tokens[e]!.lex.capitalized) last = e + 1;
        if (last > 0) out.push(unlisted(scan, i, last, "organization", null));
      }
    }
    const suffix = scan.phrase(i, "companySuffix");
    if (suffix > 0 && i > 0) {
      const before = scan.is(i - 1, ",") ? i - 1 : i;
      const first = runStart(scan, before, 6, COMPANY_LINKS);
      if (first >= 0 && scan.joined(first, suffix - 1)) out.push(unlisted(scan, first, suffix, "organization", null));
    }
  }
  return out;
}

const ORGANIZATION_NOUNS = linker(VOCABULARY.organizationNouns);
const SURNAME_HEADS = keySet(VOCABULARY.surnameHeads);
/** "Kent State University (OH)": the state, no acronym. */
const STATE_CODES = new Set(VOCABULARY.statePostalCodes);
/** Words of a description between its article and its noun: "a Texas-based textile manufacturer". */
const MAX_DESCRIPTION_WORDS = 4;
/** What may follow the noun that ends a description: "a nonprofit that ...", "a company based in ...". */
const DESCRIPTION_LINKS = new Set([
  "that", "which", "whose", "based", "headquartered", "founded", "in", "with", "from", "dedicated", "working", "serving", "focused", "affiliated", "linked", "led", "owned", "operating", "known",
]);
/** Inside a described name: "Land O’Lakes", "Johnson & Johnson", "Saraya al-Areen", "Casa de la Cultura"; not "of" ("CEO of ActZero, a ..." is ActZero). */
const DESCRIBED_LINKS = new Set(["-", "&", "al", "el", "de", "del", "la", "los", "las"]);

/**
 * Names that a description after a comma says are an organization's:
 * "Rethink Food, a national nonprofit, ...", "Nespresso, a coffee company
 * based in ...": a run of capitalized words, a comma, "a" or "an", a few
 * words and an organization noun that ends the description. Not a name the
 * gazetteer or an earlier rule knows, nor one that starts with a place, a
 * title or a stop word, nor a single word the lexicon knows ("Today, a
 * coalition of ...").
 */
export function describedOrganizations(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  scan.tokens.forEach((t, end) => {
    if (t.key !== "," || !(scan.is(end + 1, "a") || scan.is(end + 1, "an")) || !scan.joined(end - 1, end + 1)) return;
    let noun = -1;
    for (let k = end + 2; k < end + 3 + MAX_DESCRIPTION_WORDS && scan.joined(end, k) && noun < 0; k++) {
      const e = ORGANIZATION_NOUNS(scan.key, k);
      const after = e > 0 ? scan.tokens[e] : undefined;
      if (e > 0 && (!after || !scan.joined(e - 1, e) || !after.lex.word || DESCRIPTION_LINKS.has(after.key))) noun = e;
    }
    if (noun < 0) return;
    const first = runStart(scan, end, 5, DESCRIBED_LINKS);
    if (first < 0 || listed.byEnd.has(end) || listed.byFirst.has(first) || placeAt(scan, first) || titleAt(scan, first)) return;
    const word = scan.tokens[first]!.lex;
    if (end - first === 1 && (word.is(WordClass.common | WordClass.opener | WordClass.function | WordClass.calendar | WordClass.given) || word.allCaps)) return;
    out.push(unlisted(scan, first, end, "organization", null));
  });
  return out;
}

const ORGANIZATION_LINK = linker(VOCABULARY.organizationLinks);
const FOUNDATIONS = keySet(VOCABULARY.independentHeads);
const LIST_INTRODUCER = linker(VOCABULARY.listIntroducers);
const LIST_CUES = keySet(VOCABULARY.listCues);
const ITEM_LINKS = keySet(VOCABULARY.listItemLinks);
const GENERIC_NAMES = new Set(VOCABULARY.genericNames.map((n) => termTokens(n).map((t) => t.key).join(" ")));
/** The plurals of head words ("Institutions", "Universities"): a list item that ends in one names a kind. */
const HEAD_PLURALS = new Set(
  [...VOCABULARY.organizationHeads, ...VOCABULARY.weakAgencyHeads, ...VOCABULARY.agencyHeads]
    .map((h) => h.toLowerCase())
    .flatMap((h) => (/y$/.test(h) ? [`${h.slice(0, -1)}ies`] : [`${h}s`])),
);

/** Whether tokens [first, end) are a common phrase that a head makes ("Civil Society", "Credit Union"). */
function generic(scan: Scan, first: number, end: number): boolean {
  return GENERIC_NAMES.has(scan.tokens.slice(first, end).map((t) => t.key).join(" "));
}

/**
 * The first token of the words that modify a head at token k: capitalized
 * words, with "&", hyphens and apostrophes between them ("Bill & Melinda
 * Gates Foundation", "Women’s Sports Foundation", "Texas A&M University",
 * "Sandra Day O’Connor College"); not a stop word, a title or another
 * name's head; k when there are none.
 */
function modifiersStart(scan: Scan, k: number): number {
  let first = k;
  for (let j = k - 1; j >= 0 && j >= k - 8 && scan.joined(j, k); j--) {
    const t = scan.tokens[j]!;
    if (t.lex.capitalized) {
      // "A" is a stop word, but not in "A&M"; a head ends another name ("Tigerlily Foundation Fight Colorectal Cancer ...").
      if ((titleAt(scan, j) && !scan.tokens[j + 1]!.glued) || headAt(scan, j)) break;
      first = j;
    } else if (first !== j + 1) break;
    else if (copulaInName(scan, j)) continue;
    else if (t.key === "s" && t.glued && scan.tokens[j - 1]?.form === "'" && scan.tokens[j - 2]?.lex.is(WordClass.plural)) j--;
    else if (t.form !== "&" && !((t.form === "-" || (t.form === "'" && apostrophe(scan, j))) && t.glued && scan.tokens[j + 1]!.glued)) break;
  }
  return first;
}

/** A copula inside a slogan-like name ("Food is Medicine Coalition"), after a word that is no title, head or place. */
function copulaInName(scan: Scan, j: number): boolean {
  if (titleAt(scan, j - 1) || headAt(scan, j - 1) || placeAt(scan, j - 1)) return false;
  return sloganCopula((k) => (k >= 0 && scan.joined(k, j) ? scan.tokens[k]!.lex : undefined), j);
}

/** An apostrophe inside a name: after a group's plural ("Veterans’ ..."), or in a surname ("O’Connor"). */
function apostrophe(scan: Scan, j: number): boolean {
  const before = scan.tokens[j - 1];
  return !!before && (before.lex.is(WordClass.plural) || (before.form.length === 1 && before.lex.upper));
}

/** A head of any kind ends at token j: a name that holds one is two names ("Tigerlily Foundation Fight ..."). */
function headAt(scan: Scan, j: number): boolean {
  return (["organizationHead", "sharedHead", "agencyHead", "weakAgencyHead"] as const).some((kind) => scan.phrase(j, kind) === j + 1);
}

/** Whether the capitalized words from token i end in a head ("American Council"). */
function headedRun(scan: Scan, i: number): boolean {
  for (let j = i; j < i + 5 && scan.joined(i, j) && scan.tokens[j]!.lex.capitalized; j++) if (headAt(scan, j)) return true;
  return false;
}

/**
 * Whether a listed body or organization starts among tokens [first, end):
 * the name is its sub-body's ("NATO Alliance", "Senate Foreign Relations
 * Committee"). Not by an ambiguous term ("GE" in "GE Aerospace
 * Foundation") or a company ("BlackRock Investment Institute"), and not
 * for a foundation, which is an organization of its own ("Walmart
 * Foundation").
 */
function owned(scan: Scan, listed: Edges, first: number, k: number): boolean {
  if (FOUNDATIONS.has(scan.key(k) ?? "")) return false;
  const owner = (r: Reading) => r.body.type !== "place" && !r.flagged && !(r.body.entry?.type === "organization" && r.body.entry.kind === "company");
  for (let j = first; j < k; j++) {
    if ((listed.byFirst.get(j) ?? []).some((c) => c.readings.some(owner))) return true;
  }
  return false;
}

/**
 * Organizations by their head word, which the gazetteer cannot list:
 * "National Basketball Association", "James Beard Foundation", "Harvard
 * University", "American Academy of Pediatrics", "University of Notre
 * Dame", "Council on American-Islamic Relations", "Institute for Security
 * and Technology". A shared head ("Center", "Council", "Committee") names a
 * government body with a public-sector word ("Trilateral Fentanyl
 * Committee"), and so does a weak agency head ("Interagency Working
 * Group"); see heads.ts. Not in a title-cased headline, not a common phrase
 * ("Civil Society"), not a body that a listed agency in its name owns, not
 * a name the gazetteer has.
 */
export function headedOrganizations(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  // After "and", a listed name or one with a head of its own starts: "American Society of Civil Engineers and American Council of ...".
  const startsBody = (i: number) => listed.byFirst.has(i) || headedRun(scan, i);
  for (const k of scan.marked) {
    const h = Math.max(scan.phrase(k, "organizationHead"), scan.phrase(k, "sharedHead"));
    if (h < 0 || scan.phrase(k, "cartel") > 0 || scan.titleCased(k)) continue;
    const first = modifiersStart(scan, k);
    let end = withComplement(scan, first, h, startsBody);
    // A complement of its own: "University of Arkansas School of Law", "Association of Schools and Programs of Public Health".
    for (let more = end > h ? withComplement(scan, first, end, startsBody) : end; more > end; more = withComplement(scan, first, end, startsBody)) end = more;
    if (first === k && end === h) continue;
    const type = headKind(scan, first, end);
    end = withCampus(scan, withCompanion(scan, end));
    // A capitalized word after the head carries the name on ("Major League Baseball", "Harvard University Press");
    // a name defined with its acronym is the definitions' to read (definitions.ts).
    const next = scan.tokens[end];
    const defined = parenthesized(scan, end);
    if ((next && scan.joined(end - 1, end) && next.lex.capitalized) || (defined && !STATE_CODES.has(defined.acronym))) continue;
    if (generic(scan, first, end) || (/ing$/.test(scan.tokens[first]!.key) && generic(scan, first + 1, end))) continue;
    // A given name and a head that is also a surname name a person: "Janet Mills".
    if (k === first + 1 && SURNAME_HEADS.has(scan.key(k) ?? "") && scan.tokens[first]!.lex.is(WordClass.given)) continue;
    if ((type !== "organization" && type !== "agency") || owned(scan, listed, first, k)) continue;
    if ((listed.byFirst.get(first) ?? []).some((c) => c.end >= end)) continue;
    // Another body's own: a listed agency's sub-body ("DOT’s Center for Transportation Workforce Development"), else nothing ("the President’s Committee on the Arts").
    if (scan.ownerEnd(first) !== first) {
      const owner = owningAgency(scan, listed, first);
      if (owner) out.push(made(first, scan.possessive(end), subBody(scan, first, end, owner)));
      continue;
    }
    if (first === k && countryNamed(scan, listed, h, end)) continue;
    out.push(unlisted(scan, first, end, type, null));
  }
  return out;
}

/** A university's campus after a dash, where the name ends its line: "University of Nevada – Reno". */
function withCampus(scan: Scan, end: number): number {
  const dash = scan.tokens[end];
  if (!dash || !/^[–—-]$/.test(dash.form) || dash.glued || !/\b(?:university|college)\b/i.test(nameOf(scan, Math.max(0, end - 6), end))) return end;
  let e = end + 1;
  while (e < end + 4 && scan.joined(end, e) && scan.tokens[e]!.lex.capitalized) e++;
  return e > end + 1 && (e >= scan.tokens.length || !scan.joined(end, e)) ? e : end;
}

/** The end of a name through a second head that "and" joins to its end ("Hagley Museum and Library", "... Museum and Education Center"), else `end`. */
function withCompanion(scan: Scan, end: number): number {
  if (!scan.is(end, "and") || !scan.joined(end, end + 1)) return end;
  const e = scan.phrase(end + 1, "companionHead");
  if (e < 0 || !scan.joined(end, e - 1)) return end;
  const next = scan.tokens[e];
  return next && scan.joined(e - 1, e) && next.lex.capitalized ? end : e;
}

/** A country's official name, not an organization: "Federation of Saint Kitts and Nevis" (the head's complement [h + 1, end) is a country). */
function countryNamed(scan: Scan, listed: Edges, h: number, end: number): boolean {
  const at = scan.is(h + 1, "the") ? h + 2 : h + 1;
  return (listed.byFirst.get(at) ?? []).some((c) => c.end === end && c.readings.some((r) => r.body.entry?.type === "place" && r.body.entry.kind === "country"));
}

/**
 * Organizations whose Spanish name leads with its head: "Fundación Carlos
 * Slim", "Asociación Mexicana de Bancos", "Banco Azteca", "Colectivo
 * Solecito de Veracruz".
 */
export function spanishOrganizations(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  for (const i of scan.marked) {
    const h = scan.phrase(i, "organizationHeadFirst");
    if (h < 0 || scan.phrase(i, "cartel") > 0) continue;
    const from = ORGANIZATION_LINK(scan.key, h) > 0 ? ORGANIZATION_LINK(scan.key, h) : h;
    // The name starts right after its head: "Oboronlogistika OOO and SC South LLC" is two names.
    if (!scan.tokens[from]?.lex.capitalized) continue;
    let last = -1;
    for (let e = from; e < from + 8 && nameWord(scan, e) && scan.joined(i, e); e++) {
      // "... y Banco Azteca": another name starts after the "y".
      if (e > from && CONNECTIVES.has(scan.tokens[e]!.key) && startsName(scan, listed, e + 1)) break;
      if (scan.tokens[e]!.lex.capitalized) last = e + 1;
    }
    if (last < 0 || (listed.byFirst.get(i) ?? []).some((c) => c.end >= last)) continue;
    out.push(unlisted(scan, i, last, "organization", null));
  }
  return out;
}

/** Whether a name starts at token i: a listed one, one a Spanish head leads, or one a company suffix ends ("JSC Almaz and Radiopribor JSC"). */
function startsName(scan: Scan, listed: Edges, i: number): boolean {
  return listed.byFirst.has(i) || scan.phrase(i, "organizationHeadFirst") > 0 || scan.phrase(i, "agencyHeadFirst") > 0 || suffixed(scan, i);
}

/** Capitalized words from token i up to a company suffix. */
function suffixed(scan: Scan, i: number): boolean {
  for (let k = i; k < i + 6 && scan.joined(i, k) && scan.tokens[k]!.lex.capitalized; k++) if (k > i && scan.phrase(k, "companySuffix") > 0) return true;
  return false;
}

/** The end of a list item from token i: capitalized words with "&", "-" and small connectives between them; i when none. */
function itemEnd(scan: Scan, i: number): number {
  let end = i;
  for (let k = i; k < i + 8 && scan.joined(i, k); k++) {
    const t = scan.tokens[k]!;
    if (t.lex.capitalized && !STOPS.has(t.key)) end = k + 1;
    else if (end !== k || !(t.form === "&" || (t.form === "-" && t.glued) || (t.form === "'" && t.glued) || (t.key === "s" && t.glued) || ITEM_LINKS.has(t.key))) break;
  }
  return end;
}

/**
 * Organizations named in a list that a cue phrase introduces: "companies
 * including Google, Microsoft, and Acme Rockets", "partners such as
 * Walmart and Target". Items that are listed bodies or places stay theirs.
 */
export function listedOrganizations(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  const taken = (first: number, end: number) => {
    for (let k = first; k < end; k++) if (listed.byFirst.has(k) || listed.byEnd.has(k + 1)) return true;
    return false;
  };
  scan.tokens.forEach((t, i) => {
    // The cue is a common noun: lower case, or capitalized where a sentence starts ("Companies including ...").
    const prev = scan.tokens[i - 1];
    if (!LIST_CUES.has(t.key) || !(t.lex.shape === "lower" || (t.lex.shape === "title" && (!prev || !scan.joined(i - 1, i) || /^[.:;!?]$/.test(prev.form))))) return;
    const at = scan.is(i + 1, ",") ? i + 2 : i + 1;
    let k = LIST_INTRODUCER(scan.key, at);
    if (k < 0 || !scan.joined(i, k)) return;
    // "partners include the Argidius Foundation, PriceSmart Foundation, ...": the article is the list's, not the first item's.
    if (scan.is(k, "the")) k++;
    while (k >= 0 && k < scan.tokens.length && scan.joined(i, k)) {
      const end = itemEnd(scan, k);
      if (end === k) break;
      // A plural names a kind, not one organization: "Hispanic Serving Institutions".
      const last = scan.tokens[end - 1]!;
      if (!taken(k, end) && !last.lex.is(WordClass.plural) && !HEAD_PLURALS.has(last.key)) out.push(unlisted(scan, k, end, "organization", null));
      k = listSeparator(scan, end);
    }
  });
  return out;
}
