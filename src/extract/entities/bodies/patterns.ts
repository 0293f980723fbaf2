/**
 * Bodies that the gazetteer cannot list one by one, made from patterns over
 * its terms: U.S. Attorney's Offices and district courts by district,
 * departments' component offices, a country's generic bodies, embassies and
 * consulates, sub-national and joint bodies named after a place or their
 * member agencies, bodies led by their head word, departments named together,
 * towns by their state; and the organizations of organizations.ts.
 */
import { entityKey, slug } from "../../../resolve/keys.ts";
import { componentOffice, countryPlace, defaultReading, diplomaticMission, nationalBody, type Agency, type Organization, type Place } from "../gazetteer.ts";
import { derivedBody, type Body, type Candidate, type Edges, type Scan } from "./scan.ts";
import { publicName } from "./heads.ts";
import { usedAsModifiers } from "./modifier.ts";
import { cartelsAndCompanies, describedOrganizations, headedOrganizations, listedOrganizations, spanishOrganizations } from "./organizations.ts";
import { directionalPlaces, geographicFeatures, placeLists, unlistedTowns } from "./places.ts";
import {
  clearAgency, clearBody, CONNECTIVES, endsPossessive, made, nameOf, nameWord, placeAt, runStart, STOPS, titleAt, unlisted, withComplement,
} from "./runs.ts";
import { relatives } from "./support.ts";
import { VOCABULARY, keySet, linker } from "./vocabulary.ts";

const DISTRICT_LINK = linker(VOCABULARY.districtLinks);
const MISSION_LINK = linker(VOCABULARY.missionLinks);
const SENDER_LINK = linker(VOCABULARY.missionSenderLinks);

function countryOf(place: Place): Place | null {
  return place.kind === "country" ? place : null;
}

/** "U.S. Attorney's Office for the Southern District of Texas", "U.S. District Court for the District of Arizona". */
function districtBodies(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const i of scan.marked) {
    for (const kind of ["attorneyOffice", "districtCourt"] as const) {
      const e = scan.phrase(i, kind);
      if (e < 0 || !scan.joined(i, e)) continue;
      const link = DISTRICT_LINK(scan.key, e);
      const at = link > 0 ? link : e;
      for (const { term, end } of scan.terms(at, "district")) {
        out.push(made(i, scan.possessive(end), derivedBody(kind === "attorneyOffice" ? term.district.office : term.district.court)));
      }
    }
  }
  return out;
}

/** "HHS Office of Inspector General", "DHS’s OIG", "Office of Inspector General of the Department of Labor". */
function componentOffices(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  for (const [end, parents] of listed.byEnd) {
    const at = scan.is(end, "-") && scan.tokens[end]!.glued ? end + 1 : end;
    for (const parent of parents) {
      const agency = clearAgency(parent);
      if (!agency || !scan.joined(parent.end - 1, at)) continue;
      for (const { term, end: officeEnd } of scan.terms(at, "office")) {
        const first = endsPossessive(scan, parent) ? at : parent.first;
        out.push(made(first, scan.possessive(officeEnd), derivedBody(componentOffice(agency, term.office))));
      }
    }
  }
  for (const i of scan.marked) {
    for (const { term, end } of scan.terms(i, "office")) {
      if (!scan.is(end, "of") && !scan.is(end, "for")) continue;
      const at = scan.is(end + 1, "the") ? end + 2 : end + 1;
      for (const parent of listed.byFirst.get(at) ?? []) {
        const agency = clearAgency(parent);
        if (agency) out.push(made(i, parent.end, derivedBody(componentOffice(agency, term.office))));
      }
    }
  }
  return out;
}

/** A country written before a name: its demonym ("Mexican") or its name ("Costa Rica"), with where it ends. */
function senders(scan: Scan, i: number): { country: Place; end: number }[] {
  const out: { country: Place; end: number }[] = [];
  if (scan.terms(i, "demonym").length === 0 && scan.places(i).length === 0) return out;
  for (const { term, end } of scan.terms(i, "demonym")) {
    const c = countryOf(term.place);
    if (c) out.push({ country: c, end });
  }
  for (const p of scan.places(i)) {
    const c = countryOf(p.place);
    if (c) out.push({ country: c, end: p.end });
  }
  return out;
}

function lowerCase(scan: Scan, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (scan.tokens[k]!.lex.shape !== "lower") return false;
  return true;
}

/** "Mexican government", "Costa Rican Coast Guard", "Government of Mexico", "Mexico’s National Guard". */
function nationalBodies(scan: Scan): Candidate[] {
  // A lower-case generic word may modify the noun after it ("Mexican government officials"): those words are read in one batch.
  const found: { candidate: Candidate; modifies: [number, number] | null }[] = [];
  for (const i of scan.marked) {
    for (const { country, end } of senders(scan, i)) {
      const own = scan.possessive(end);
      for (const { term, end: g } of scan.terms(own, "generic")) {
        if (!scan.joined(i, own)) continue;
        const candidate = made(own > end ? own : i, scan.possessive(g), derivedBody(nationalBody(country, term.body)));
        found.push({ candidate, modifies: lowerCase(scan, own, g) ? [i, g] : null });
      }
    }
    for (const { term, end: g } of scan.terms(i, "generic")) {
      const link = SENDER_LINK(scan.key, g);
      if (link < 0 || !scan.joined(i, link)) continue;
      for (const p of scan.places(link)) {
        const c = countryOf(p.place);
        if (c) found.push({ candidate: made(i, scan.possessive(p.end), derivedBody(nationalBody(c, term.body))), modifies: null });
      }
    }
  }
  const asked = found.filter((f) => f.modifies !== null);
  const read = usedAsModifiers(scan, asked.map((f) => f.modifies!));
  const modifiers = new Set(asked.filter((_, k) => read[k]));
  return found.filter((f) => !modifiers.has(f)).map((f) => f.candidate);
}

/** Whether a country's name or demonym ends just before token i ("Costa Rican | Coast Guard"). */
function namedCountry(scan: Scan, i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (senders(scan, k).some((x) => x.end === i)) return true;
  return false;
}

/** The nearest country named before token i in its sentence (not the United States), if any. */
function countryBefore(scan: Scan, i: number): Place | null {
  for (let k = i - 1; k >= 0 && scan.joined(k, i) && !/^[.!?;]$/.test(scan.tokens[k]!.form); k--) {
    for (const p of scan.places(k)) if (!p.flagged && p.place.kind === "country" && p.place.country !== "US" && p.end <= i) return p.place;
    for (const { term, end } of scan.terms(k, "demonym")) if (term.place.country !== "US" && end <= i) return term.place;
  }
  return null;
}

/** Token i continues another name: "College of the Armed Forces", "General of the Army". */
function complement(scan: Scan, i: number): boolean {
  const of = scan.is(i - 1, "the") ? i - 2 : i - 1;
  return scan.is(of, "of") && !!scan.tokens[of - 1] && scan.tokens[of - 1]!.lex.capitalized;
}

/**
 * A generic body named without its country ("the Ministry of Health",
 * "the National Police"): the body of the country named last before it in
 * the same sentence, as a reading that needs support (support.ts weighs it
 * against the gazetteer's readings of the same words). Not when the words
 * are part of a longer name.
 */
function contextualBodies(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const i of scan.marked) {
    for (const { term, end } of scan.terms(i, "generic")) {
      if (lowerCase(scan, i, end) || namedCountry(scan, i) || scan.ownerEnd(i) !== i || SENDER_LINK(scan.key, end) > 0) continue;
      const next = scan.tokens[end];
      if (complement(scan, i) || (next && scan.joined(end - 1, end) && next.lex.capitalized)) continue;
      const country = countryBefore(scan, i);
      if (!country) continue;
      const body = derivedBody(nationalBody(country, term.body));
      out.push({ ...made(i, scan.possessive(end), body), readings: [{ body, flagged: true, contextual: true }] });
    }
  }
  return out;
}

/** The host place after an embassy or consulate word ("in Mexico City", "Mexico City"). */
function host(scan: Scan, at: number): { place: Place; end: number } | null {
  const link = MISSION_LINK(scan.key, at);
  for (const from of link > 0 ? [link, at] : [at]) {
    const p = scan.places(from).find((x) => x.place.country !== null && scan.joined(at - 1, from));
    if (p) return { place: p.place, end: p.end };
  }
  return null;
}

/** "U.S. Mission to NATO", "U.S. Mission to the African Union": a country's mission to an organization or a country. */
function missionsTo(scan: Scan, first: number, sender: Place, at: number): Candidate[] {
  const hosts = scan.terms(at, "entry").filter((h) => !h.term.flagged && (h.term.entry.type === "organization" || (h.term.entry.type === "place" && h.term.entry.kind === "country")));
  return hosts.map(({ term, end }) => {
    const label = sender.country === "US" ? "U.S." : (sender.demonyms[0]?.text ?? sender.name);
    const name = `${label} Mission to ${term.entry.type === "organization" ? nameOf(scan, at, end) : term.entry.name}`;
    const key = `agency:${sender.country!.toLowerCase()}:mission-to-${term.entry.key.slice(term.entry.key.indexOf(":") + 1)}`;
    return made(first, scan.possessive(end), { type: "agency", key, name, acronym: null, country: sender.country, parent: null, entry: null });
  });
}

/**
 * "U.S. Embassy in Mexico City", "U.S. Consulate General Monterrey",
 * "Embassy of Mexico in Washington", "the Mexican Embassy", "Embassy Kyiv".
 */
function missions(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const mission = (i: number): { kind: "embassy" | "consulate"; end: number } | null => {
    const c = scan.phrase(i, "consulate");
    if (c > 0) return { kind: "consulate", end: c };
    const e = scan.phrase(i, "embassy");
    return e > 0 ? { kind: "embassy", end: e } : null;
  };
  const emit = (first: number, kind: "embassy" | "consulate", sender: Place, after: number) => {
    const h = host(scan, after);
    const us = countryPlace("US")!;
    if (!h && sender === us) return;
    const where = h?.place ?? us;
    if (kind === "consulate" && where.kind !== "city") return;
    out.push(made(first, scan.possessive(h?.end ?? after), derivedBody(diplomaticMission(kind, sender, where))));
  };
  for (const i of scan.marked) {
    for (const { country, end } of senders(scan, i)) {
      const m = mission(end);
      if (m && scan.joined(i, end)) emit(i, m.kind, country, m.end);
      const to = scan.phrase(end, "mission");
      if (to > 0 && scan.is(to, "to") && scan.joined(i, to + 1)) out.push(...missionsTo(scan, i, country, scan.is(to + 1, "the") ? to + 2 : to + 1));
    }
    const m = mission(i);
    if (!m) continue;
    const link = SENDER_LINK(scan.key, m.end);
    for (const p of link < 0 ? [] : scan.places(link)) {
      const c = countryOf(p.place);
      if (c && scan.joined(i, link)) emit(i, m.kind, c, p.end);
    }
    // The State Department's own usage: "Embassy Kyiv", "Consulate General Monterrey" are the United States'.
    const city = scan.places(m.end).find((p) => p.place.kind === "city" && !p.flagged);
    if (link < 0 && city && scan.joined(i, m.end) && !namedCountry(scan, i)) emit(i, m.kind, countryPlace("US")!, m.end);
  }
  return out;
}

/**
 * The end of a body's name whose words run from `from` to an agency head
 * ("Regional Identification Center"), with the capitalized phrase a head
 * may take ("Department of Public Safety", "Committee on Foreign
 * Relations"), or -1. At least `minWords` words come before the head unless
 * such a phrase follows it; a weak head needs a public-sector word in the
 * name from `first` on, unless `owned` (the name follows its owner's).
 */
function headedName(scan: Scan, first: number, from: number, minWords: number, owned = false, startsBody: (i: number) => boolean = () => false): number {
  let best = -1;
  for (let k = from; k < from + 8 && nameWord(scan, k) && scan.joined(from, k); k++) {
    if (k > from && (placeAt(scan, k) || titleAt(scan, k))) break;
    const strong = scan.phrase(k, "agencyHead");
    const h = strong > 0 ? strong : scan.phrase(k, "weakAgencyHead");
    if (h < 0 || (k > from && CONNECTIVES.has(scan.tokens[k - 1]!.key))) continue;
    const e = withComplement(scan, from, h, startsBody);
    if (e === h && k - from < minWords) continue;
    if (strong > 0 || owned || publicName(scan, first, e)) best = e;
  }
  return best;
}

/** The one international organization a listed candidate clearly names, if it does. */
function internationalOrganization(c: Candidate): Organization | null {
  const e = clearBody(c)?.entry;
  return e?.type === "organization" && e.kind === "international" ? e : null;
}

/** Agency acronyms joined by hyphens before a unit's name ("HSI-FGR"): where they end, and their countries. */
function jointMembers(scan: Scan, listed: Edges, i: number): { end: number; countries: Set<string> } | null {
  let at = i;
  const countries = new Set<string>();
  let members = 0;
  for (;;) {
    const agency = (listed.byFirst.get(at) ?? []).filter((c) => c.acronym !== null && c.end === at + 1).map(clearAgency).find((a) => a !== null);
    if (!agency) break;
    members++;
    countries.add(agency.country);
    at++;
    if (!(scan.is(at, "-") && scan.tokens[at]!.glued && scan.tokens[at + 1]?.glued)) break;
    at++;
  }
  return members >= 2 ? { end: at, countries } : null;
}

/** Places joined by hyphens from token i ("U.S.-Japan", "Haiti"): where they end and their countries. */
function placeChain(scan: Scan, i: number): { end: number; countries: Set<string> } | null {
  let at = i;
  const countries = new Set<string>();
  for (;;) {
    const p = scan.places(at).find((x) => !x.flagged && x.place.country !== null);
    if (!p) break;
    countries.add(p.place.country!);
    at = p.end;
    if (!(scan.is(at, "-") && scan.tokens[at]!.glued && scan.tokens[at + 1]?.glued)) break;
    at++;
  }
  if (countries.size === 0) return null;
  return { end: scan.is(at - 1, "-") ? at - 1 : at, countries };
}

/**
 * Bodies the gazetteer does not list, named after a state, province, city
 * or country ("Coahuila Regional Identification Center", "Texas Department
 * of Public Safety", "Honduran Security Ministry", "U.S.-Japan Economic
 * Policy Consultative Committee") or after the agencies that run them
 * ("HSI-FGR Transnational Criminal Investigative Unit"). A name the
 * gazetteer knows, or a country's generic body, is left to them; so is
 * "U.S." alone, whose bodies the gazetteer lists.
 */
function anchoredBodies(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  const known = (from: number, end: number, generic: boolean) =>
    (listed.byFirst.get(from) ?? []).some((c) => c.end >= end) || (generic && scan.terms(from, "generic").some((g) => g.end >= end));
  const country = (codes: Set<string>) => (codes.size === 1 ? [...codes][0]! : null);
  for (const i of scan.marked) {
    if (scan.places(i).length === 0 && scan.terms(i, "demonym").length === 0 && !listed.byFirst.has(i)) continue;
    const inChain = scan.is(i - 1, "-") && scan.tokens[i]!.glued && scan.places(i - 2).length + scan.terms(i - 2, "entry").length > 0;
    // A state's or city's body is its own even when the rest names a national one ("Michigan Supreme
    // Court", "California Department of Justice"); a country's generic body is nationalBodies'.
    const anchors: { end: number; country: string | null; local: boolean }[] = [];
    const chain = inChain ? null : placeChain(scan, i);
    if (chain && !(chain.countries.size === 1 && chain.countries.has("US") && scan.places(i).some((p) => p.place.kind === "country"))) {
      anchors.push({ end: chain.end, country: country(chain.countries), local: chain.countries.size === 1 && !scan.places(i).some((p) => p.place.kind === "country") });
    }
    for (const { term, end } of scan.terms(i, "demonym")) if (term.place.country !== "US") anchors.push({ end, country: term.place.country, local: false });
    for (const a of anchors) {
      const end = headedName(scan, i, a.end, 1, false, (k) => listed.byFirst.has(k));
      if (end < 0 || !scan.joined(i, a.end) || known(i, end, false) || (!a.local && known(a.end, end, true))) continue;
      out.push(unlisted(scan, i, end, "agency", a.country));
    }
    const joint = jointMembers(scan, listed, i);
    if (joint && scan.joined(i, joint.end)) {
      const end = headedName(scan, i, joint.end, 0);
      if (end > 0) out.push(unlisted(scan, i, end, "agency", country(joint.countries)));
    }
  }
  return out;
}

/**
 * A sub-body named after the listed body it belongs to: "Senate Foreign
 * Relations Committee", "Senate Committee on Foreign Relations",
 * "Department of Justice Anti-Corruption Task Force", "White House
 * Competition Council"; an international organization's is an organization
 * too ("UN Commission of Inquiry"); a U.S. agency's field office by its city
 * ("DEA San Diego Field Division", "HSI San Diego"). Its key is the owner's
 * with the rest of the name. When the rest is itself a listed body, the two
 * are two mentions instead.
 */
function ownedBodies(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  for (const [first, owners] of listed.byFirst) {
    for (const c of owners) {
      const owner = clearAgency(c) ?? internationalOrganization(c);
      const isBody = (k: number) => (listed.byFirst.get(k) ?? []).some((x) => x.readings.some((r) => r.body.type !== "place"));
      if (!owner || endsPossessive(scan, c) || isBody(c.end) || !scan.joined(c.end - 1, c.end) || scan.titleCased(first)) continue;
      if (CONNECTIVES.has(scan.key(c.end) ?? "")) continue;
      // A field office by its city: "DEA San Diego Field Division", or the city alone ("HSI San Diego", "USAID Guatemala").
      const city = owner.type === "agency" && owner.country === "US" ? (listed.byFirst.get(c.end) ?? []).find((x) => x.readings.some((r) => r.body.type === "place") && !x.readings.some((r) => r.flagged)) : undefined;
      const headed = headedName(scan, first, c.end, 0, true, isBody);
      const end = headed > 0 ? headed : city && !scan.tokens[city.end]?.lex.capitalized ? city.end : -1;
      // A listed body inside the rest makes two bodies joined, not one: "USCG and State Department".
      let inner = false;
      for (let k = c.end + 1; k < end && !inner; k++) inner = isBody(k);
      if (end < 0 || inner) continue;
      const name = nameOf(scan, first, end);
      const key = `${owner.key}-${slug(nameOf(scan, c.end, end))}`;
      out.push(made(first, scan.possessive(end), { type: owner.type, key, name, acronym: null, country: owner.country, parent: owner.key, entry: null }));
    }
  }
  return out;
}

const LEADING_LINKS = new Set(["of", "for", "on"]);
const INNER_LINKS = new Set(["and", "&", "of", "for", "on", "the", "-"]);

/**
 * Bodies the gazetteer lacks whose English name leads with its head word:
 * "Bureau of European Affairs", "Office of Egypt and Levant Affairs",
 * "Jamaica’s Ministry of Science" (the country's), "USAID’s Bureau of
 * Policy" (a sub-body of USAID), "Ministry of Internal Affairs of the
 * Russian Federation". Not in a title-cased headline, not where the
 * gazetteer, a country's generic body ("Ministry of Health") or a
 * component office ("Office of Inspector General") starts, not inside a
 * longer capitalized name, and not after an owner that is no listed body or
 * place ("the Mayor’s Office of ...").
 */
function leadingBodies(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  for (const i of scan.marked) {
    const h = scan.phrase(i, "leadingHead");
    if (h < 0 || !LEADING_LINKS.has(scan.key(h) ?? "") || !scan.joined(i, h + 1) || scan.titleCased(i)) continue;
    if (listed.byFirst.has(i) || scan.terms(i, "generic").length > 0 || scan.terms(i, "office").length > 0) continue;
    const owned = scan.ownerEnd(i) !== i;
    const owner = owned ? ((listed.byEnd.get(i) ?? []).map(clearBody).find((b) => b !== null) ?? null) : null;
    const prev = scan.tokens[i - 1];
    if ((owned && !owner) || (!owned && prev && scan.joined(i - 1, i) && prev.lex.capitalized && !STOPS.has(prev.key))) continue;
    let last = -1;
    for (let k = scan.is(h + 1, "the") ? h + 2 : h + 1; k < h + 10 && scan.joined(i, k); k++) {
      const t = scan.tokens[k]!;
      if (t.lex.capitalized && !titleAt(scan, k)) last = k + 1;
      else if (!INNER_LINKS.has(t.key) || (t.key === "and" && scan.is(k + 1, "the"))) break;
    }
    if (last < 0) continue;
    // "of the Russian Federation" names the country; a trailing city ("... Families Philadelphia") is not the name's.
    let country = owner?.country ?? null;
    for (let k = h + 1; k < last; k++) {
      const p = scan.places(k).find((x) => x.end === last && !x.flagged);
      if (!p) continue;
      if (p.place.kind === "country" && scan.is(k - 1, "the") ? scan.is(k - 2, "of") : scan.is(k - 1, "of")) country = p.place.country;
      else if (p.place.kind !== "country" && !scan.is(k - 1, "of")) last = k;
      break;
    }
    if (last <= h + 1) continue;
    const name = nameOf(scan, i, last);
    const local = owner?.type === "place" && owner.entry?.type === "place" && owner.entry.kind !== "country" ? `${owner.name} ${name}` : name;
    const key = owner?.type === "agency" ? `${owner.key}-${slug(name)}` : entityKey("agency", local, country);
    out.push(made(i, scan.possessive(last), { type: "agency", key, name: local, acronym: null, country, parent: owner?.type === "agency" ? owner.key : null, entry: null }));
  }
  return out;
}

/** "Miami-Dade County Sheriff’s Office". */
const HYPHEN = new Set(["-"]);

/**
 * A county's bodies, named after it: "Harris County Sheriff’s Office",
 * "Los Angeles County Department of Public Health". The county itself is a
 * place (places.ts) where no body's name goes on after it.
 */
function countyBodies(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (const k of scan.marked) {
    if (scan.key(k) !== "county" || !scan.tokens[k]!.lex.capitalized || scan.titleCased(k)) continue;
    const first = runStart(scan, k, 3, HYPHEN);
    const end = first >= 0 ? headedName(scan, first, k + 1, 0, true) : -1;
    if (end > 0) out.push(unlisted(scan, first, end, "agency", null));
  }
  return out;
}

/** Heads that only government bodies have: a name before one needs no country or owner ("Anti-Corruption Task Force"). */
const TEAM_HEADS = new Set(["task force", "task forces", "strike force", "working group", "task group"]);
/** "Anti-Money Laundering and Anti-Corruption Task Force". */
const TEAM_LINKS = new Set(["-", "and"]);
/** Words that alone make no team's name: "the Joint Task Force", "an Interagency Working Group". */
const TEAM_GENERIC = keySet(["Joint", "Interagency", "Special", "National", "Federal", "Bilateral", "Multilateral", "New", "Technical", "Senior", "Regional", "International"]);

/**
 * Government teams named by capitalized words before a head that only
 * they have: "the joint Anti-Money Laundering and Anti-Corruption Task
 * Force", "the Cyber Fraud Working Group". Not where a listed or patterned
 * body already starts, not in a title-cased headline, and not when every
 * word before the head is generic.
 */
function teamBodies(scan: Scan, listed: Edges): Candidate[] {
  const out: Candidate[] = [];
  for (const k of scan.marked) {
    const h = scan.phrase(k, "agencyHead");
    if (h < 0 || !TEAM_HEADS.has(scan.tokens.slice(k, h).map((t) => t.key).join(" ")) || scan.titleCased(k)) continue;
    const first = runStart(scan, k, 10, TEAM_LINKS);
    if (first < 0 || listed.byFirst.has(first) || placeAt(scan, first) || titleAt(scan, first)) continue;
    let specific = false;
    for (let j = first; j < k; j++) specific ||= scan.tokens[j]!.lex.capitalized && !TEAM_GENERIC.has(scan.key(j) ?? "");
    if (specific) out.push(unlisted(scan, first, withComplement(scan, first, h, (i) => listed.byFirst.has(i)), "agency", null));
  }
  return out;
}

const COORDINATED = new Map(Object.entries(VOCABULARY.coordinatedHeads).map(([plural, one]) => [plural.toLowerCase(), one]));

/** The agency the gazetteer names "<head> of <item>" ("Department of State") or "<item> <head>" ("Justice Department"). */
function namedWith(head: string, item: string, headFirst: boolean): Agency | null {
  const names = headFirst ? [`${head} of ${item}`, `${head} of the ${item}`] : [`${item} ${head}`];
  for (const n of names) {
    const e = defaultReading(n);
    if (e?.type === "agency") return e;
  }
  return null;
}

/** The longest item of a coordination that runs from `first` (forward) or ends at `end` (backward) and names an agency. */
function item(scan: Scan, head: string, at: number, forward: boolean): { first: number; end: number; agency: Agency } | null {
  for (let len = 5; len >= 1; len--) {
    const first = forward ? at : at - len;
    const end = forward ? at + len : at;
    if (first < 0 || end > scan.tokens.length || !scan.joined(first, end - 1)) continue;
    if (!scan.tokens[first]!.lex.capitalized || !scan.tokens[end - 1]!.lex.capitalized || STOPS.has(scan.tokens[first]!.key)) continue;
    const agency = namedWith(head, nameOf(scan, first, end), forward);
    if (agency) return { first, end, agency };
  }
  return null;
}

/** The token after a list separator at k (",", "and", ", and", "or"), or -1. */
function separator(scan: Scan, k: number): number {
  if (scan.is(k, ",")) return scan.is(k + 1, "and") || scan.is(k + 1, "or") ? k + 2 : k + 1;
  return scan.is(k, "and") || scan.is(k, "or") ? k + 1 : -1;
}

/**
 * Departments named together under one plural head: "the Departments of
 * State and Justice", "the Departments of the Treasury and of Commerce",
 * "the State and Justice Departments". Each item is a mention of the body
 * that the gazetteer names with the head.
 */
function coordinated(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  scan.tokens.forEach((t, i) => {
    const head = COORDINATED.get(t.key);
    if (!head) return;
    if (scan.is(i + 1, "of")) {
      for (let k = i + 2; k < i + 24; ) {
        if (scan.is(k, "of")) k++;
        if (scan.is(k, "the")) k++;
        const found = item(scan, head, k, true);
        if (!found || !scan.joined(i, found.end - 1)) break;
        out.push(made(found.first, scan.possessive(found.end), derivedBody(found.agency)));
        k = separator(scan, found.end);
        if (k < 0) break;
      }
    }
    for (let k = i; k > i - 24; ) {
      const found = item(scan, head, k, false);
      if (!found || !scan.joined(found.first, i)) break;
      out.push(made(found.first, found.end, derivedBody(found.agency)));
      const before = found.first - 1;
      if (scan.is(before, "and") || scan.is(before, "or")) k = scan.is(before - 1, ",") ? before - 1 : before;
      else if (scan.is(before, ",")) k = before;
      else break;
    }
  });
  return out;
}


/** Bodies made from patterns; `listed` are the gazetteer's candidates, which some patterns build on. */
const COMMAND_REGIONS = keySet(VOCABULARY.commandRegions);

/**
 * A military service's component for a region: "U.S. Naval Forces Europe",
 * "U.S. Army South", "U.S. Air Forces in Europe", "U.S. Naval Forces
 * Central Command"; a sub-body of the service, keyed after it.
 */
function militaryComponents(scan: Scan, services: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of services) {
    const service = clearBody(c);
    if (service?.type !== "agency" || !relatives(service.entry).includes(VOCABULARY.militaryDepartment) || endsPossessive(scan, c)) continue;
    const at = scan.is(c.end, "in") ? c.end + 1 : c.end;
    if (!scan.joined(c.end - 1, at)) continue;
    const place = scan.places(at).find((p) => !p.flagged && (p.place.kind === "region" || p.place.kind === "country"));
    let end = place?.end ?? (COMMAND_REGIONS.has(scan.key(at) ?? "") && scan.tokens[at]!.lex.capitalized ? at + 1 : -1);
    if (end < 0) continue;
    const command = scan.phrase(end, "agencyHead");
    if (command > 0 && scan.joined(at, end)) end = command;
    const key = `${service.key}-${slug(nameOf(scan, at, end))}`;
    out.push(made(c.first, scan.possessive(end), { type: "agency", key, name: nameOf(scan, c.first, end), acronym: null, country: service.country, parent: service.key, entry: null }));
  }
  return out;
}

export function patternCandidates(scan: Scan, listed: Edges): Candidate[] {
  const national = nationalBodies(scan);
  return [
    ...districtBodies(scan),
    ...componentOffices(scan, listed),
    ...national,
    ...militaryComponents(scan, [...[...listed.byFirst.values()].flat(), ...national]),
    ...contextualBodies(scan),
    ...missions(scan),
    ...anchoredBodies(scan, listed),
    ...countyBodies(scan),
    ...teamBodies(scan, listed),
    ...ownedBodies(scan, listed),
    ...leadingBodies(scan, listed),
    ...cartelsAndCompanies(scan),
    ...headedOrganizations(scan, listed),
    ...describedOrganizations(scan, listed),
    ...spanishOrganizations(scan, listed),
    ...listedOrganizations(scan, listed),
    ...coordinated(scan),
    ...unlistedTowns(scan, listed),
    ...geographicFeatures(scan, listed),
    ...directionalPlaces(scan, listed),
    ...placeLists(scan, listed),
  ];
}
