/**
 * The project's gazetteers: government bodies, places and organizations.
 * The JSON files in ./data are read once, validated with zod (one schema per
 * file type), given their cross-document keys and frozen.
 *
 * ## Files (each an array of objects)
 *
 * - `agencies-<area>.json` — government bodies of any country:
 *   `{ name, acronyms?, aliases?, country, parent, ambiguous?, key? }`.
 *   `name` is the body's official name, in its country's language when that is
 *   written in Latin script ("Fiscalía General de la República"), else in
 *   English; English names and the short forms releases use are aliases.
 *   `country` is ISO 3166-1 alpha-2 ("US", "MX"). `parent` is the key or the
 *   exact name of the entry the body belongs to (same country), or null.
 * - `districts.json` — the U.S. federal judicial districts, the data behind
 *   the "U.S. Attorney's Office for the <district>" pattern:
 *   `{ state, code, directions, of?, office? }`. `directions` lists the
 *   districts of a state ("Southern" → "Southern District of Texas"); empty
 *   when the state is one district ("District of Arizona"). `of` is what
 *   follows "District of" when it is not the state's name ("Columbia",
 *   "the Virgin Islands"). `office` names one U.S. Attorney's Office that
 *   serves several districts (Guam and the Northern Mariana Islands). The
 *   same districts name the U.S. District Courts ("U.S. District Court for
 *   the Southern District of Texas", `agency:us:district-court-sdtx`).
 * - `offices.json` — offices that nearly every U.S. department and agency
 *   has ("Office of Inspector General", "Office of the General Counsel"):
 *   `{ name, acronyms?, aliases? }`. They are bodies only together with
 *   their parent ("HHS Office of Inspector General"); see componentOffice.
 * - `bodies.json` — the generic bodies that every country has ("Ministry of
 *   Defense", "National Police", "Coast Guard", "Government"):
 *   `{ name, aliases?, form }`. The matcher makes them specific with a
 *   country ("Costa Rican Coast Guard", "Government of Mexico"); see
 *   nationalBody. `form` says how the canonical name is built: "demonym"
 *   ("Costa Rican Coast Guard") or "of" ("Government of Costa Rica").
 * - `places-<area>.json` — `{ name, kind, country, within?, aliases?,
 *   demonyms?, ambiguous?, key? }`. `kind` is country | state | province |
 *   city | region. Dependent territories with their own ISO code are kind
 *   "country" (Greenland, Hong Kong), except U.S. territories, which are
 *   states of "US" as U.S. releases treat them. `country` is the place's own
 *   code for a country, null for regions that span countries. `within` is
 *   the key or name of the state or province that holds a city. The first
 *   demonym is the adjective ("Mexican"), used to build names.
 * - `organizations.json` — non-government organizations:
 *   `{ name, acronyms?, aliases?, kind, country?, key? }`; `kind` is
 *   international | ngo | company | criminal (GUIDELINES: international
 *   organizations such as the EU or INTERPOL are organizations, not agencies).
 *   `organizations-<kind>.json` add more of one kind: the largest companies
 *   that releases name without a suffix or a cue ("Pfizer", "Stellantis");
 *   a short form that is also a word, a place or a surname ("Apple", "Ford",
 *   "Delta") is an ambiguous alias.
 * - `omissions.json` — read by the coverage test only: bodies of
 *   ../shared/lexicon/agency_codes.csv deliberately left out, with a reason.
 * - `vocabulary.json` — not entries but the words the body matcher's
 *   patterns are made of (head words, company suffixes, title words, the
 *   phrases of the district and mission patterns); read by
 *   bodies/vocabulary.ts.
 *
 * ## Terms and ambiguity
 *
 * Acronyms, aliases and demonyms are terms: a string, or
 * `{ "text": "CT", "ambiguous": true }`. An ambiguous term is also a common
 * word, a U.S. state abbreviation or a name several bodies share ("State",
 * "Treasury", "CA", "SAT", "Attorney General's Office"); the matcher must
 * not take it alone but only with support: an in-document definition
 * ("Bureau of Counterterrorism (CT)"), another unambiguous mention of the
 * same entry in the document, or, for a body of another country, a mention
 * of that country. An agency with `ambiguous: true` shares its name with a
 * body of another parent ("Office of Intelligence and Analysis" of DHS and of
 * Treasury): a mention of the parent nearby is the support. A place with
 * `ambiguous: true` has a name that is also a common word, a given name or
 * another place's name ("Georgia", "Jordan", "Chad", "Mobile").
 *
 * Several entries may share a term (FGR is Mexico's and El Salvador's
 * attorney general's office; INL is State's narcotics bureau and the Idaho
 * National Laboratory). At most one of them takes it unflagged: the reading
 * a U.S. release means when nothing else is said (a test checks it; see
 * defaultReading). The others flag it and need support: a definition in the
 * document, or their country's mention.
 *
 * The data lists neither "U.S."/"the" prefixes nor possessives: the matcher
 * handles those for every entry.
 *
 * ## Keys
 *
 * - agency: `agency:<country>:<slug>`; the slug comes from the entry's first
 *   acronym that is not ambiguous (`agency:us:dea`, `agency:mx:fgr`), else
 *   from its name without a leading "U.S."/"United States"
 *   (`agency:us:department-of-state`: "DOS" is flagged). An unflagged
 *   acronym has one holder, so acronym slugs do not collide.
 * - Bodies made from patterns: U.S. Attorney's Offices are
 *   `agency:us:usao-<code>`, the justice.gov code: the direction's initial,
 *   "d" and the postal code (`usao-sdtx`), or the postal code alone for a
 *   one-district state (`usao-az`); district courts `district-court-<code>`;
 *   a department's office `<department key>-<office acronym>`
 *   (`agency:us:hhs-oig`); a country's generic body
 *   `agency:<country>:<slug of the generic name>` (`agency:hn:coast-guard`);
 *   embassies by host country (`agency:us:embassy-mx`), consulates by city
 *   (`agency:us:consulate-guadalajara`).
 * - place: `place:<slug of name>`; organization: `organization:<slug>` by
 *   the agency rule.
 * - Bodies the gazetteer does not know (named after their state or country,
 *   led by a head word, defined in the document) are keyed by their name
 *   (resolve/keys.ts): `agency:mx:coahuila-regional-identification-center`
 *   when the name says the country, else `agency:<slug>`; a sub-body named
 *   after its listed owner takes the owner's key as a prefix
 *   (`agency:us:usaid-bureau-of-policy`).
 * - An explicit `key` (the part after the type, and country for agencies)
 *   overrides the rule. Entries whose names collide take one: the country
 *   or best-known place keeps the bare slug, others add a qualifier
 *   (`place:georgia-us`). A test checks that keys are unique.
 * Keys must not change once published: give new entries explicit keys
 * rather than alter the derivation of existing ones.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { slug } from "../../resolve/keys.ts";

const DATA = join(import.meta.dirname, "data");

export interface Term {
  readonly text: string;
  readonly ambiguous: boolean;
}

const TermSchema = z
  .union([z.string().min(1), z.strictObject({ text: z.string().min(1), ambiguous: z.boolean() })])
  .transform((t): Term => (typeof t === "string" ? { text: t, ambiguous: false } : t));

const Terms = z.array(TermSchema).default([]);
const CountryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code");
const KeySlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a slug");

const AgencyEntry = z.strictObject({
  name: z.string().min(1),
  acronyms: Terms,
  aliases: Terms,
  country: CountryCode,
  parent: z.string().min(1).nullable(),
  ambiguous: z.boolean().default(false),
  key: KeySlug.optional(),
});

const Direction = z.enum(["Northern", "Southern", "Eastern", "Western", "Middle", "Central"]);
export type Direction = z.infer<typeof Direction>;

const DistrictEntry = z.strictObject({
  state: z.string().min(1),
  code: z.string().regex(/^[a-z]{2}$/, "expected a lower-case postal code"),
  directions: z.array(Direction),
  of: z.string().min(1).optional(),
  office: z.strictObject({ code: KeySlug, name: z.string().min(1) }).optional(),
});

const OfficeEntry = z.strictObject({
  name: z.string().min(1),
  acronyms: Terms,
  aliases: Terms,
});

const BodyEntry = z.strictObject({
  name: z.string().min(1),
  aliases: Terms,
  form: z.enum(["demonym", "of"]),
});

const PlaceKind = z.enum(["country", "state", "province", "city", "region"]);
export type PlaceKind = z.infer<typeof PlaceKind>;

const PlaceEntry = z.strictObject({
  name: z.string().min(1),
  kind: PlaceKind,
  country: CountryCode.nullable(),
  within: z.string().min(1).optional(),
  aliases: Terms,
  demonyms: Terms,
  ambiguous: z.boolean().default(false),
  key: KeySlug.optional(),
});

const OrganizationKind = z.enum(["international", "ngo", "company", "criminal"]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

const OrganizationEntry = z.strictObject({
  name: z.string().min(1),
  acronyms: Terms,
  aliases: Terms,
  kind: OrganizationKind,
  country: CountryCode.nullable().default(null),
  key: KeySlug.optional(),
});

/** What every listed entry has. */
interface Listed {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly Term[];
}

export interface Agency extends Listed {
  readonly type: "agency";
  readonly acronyms: readonly Term[];
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  /** Key of the body this one belongs to. */
  readonly parent: string | null;
  /** The name alone needs support: another body has the same name. */
  readonly ambiguous: boolean;
}

export interface Place extends Listed {
  readonly type: "place";
  readonly kind: PlaceKind;
  readonly country: string | null;
  /** Key of the state or province that holds it. */
  readonly within: string | null;
  readonly demonyms: readonly Term[];
  /** The name alone needs support: it is also a word, a given name or another place. */
  readonly ambiguous: boolean;
}

export interface Organization extends Listed {
  readonly type: "organization";
  readonly acronyms: readonly Term[];
  readonly kind: OrganizationKind;
  readonly country: string | null;
}

export type GazetteerEntry = Agency | Place | Organization;

/** A body that is one only with its parent: "Office of Inspector General". */
export interface ComponentOffice {
  readonly name: string;
  readonly acronyms: readonly Term[];
  readonly aliases: readonly Term[];
}

/** A body every country has: "Coast Guard", "Ministry of Defense". */
export interface NationalBody {
  readonly name: string;
  readonly aliases: readonly Term[];
  readonly form: "demonym" | "of";
}

/** The name, key and parent of a body made from a pattern. */
export interface DerivedBody {
  readonly name: string;
  readonly key: string;
  readonly country: string;
  readonly parent: string | null;
}

export interface JudicialDistrict {
  /** "Southern District of Texas", "District of Columbia". */
  readonly name: string;
  readonly state: string;
  readonly direction: Direction | null;
  /** justice.gov code: "sdtx", "az". */
  readonly code: string;
  /** The U.S. Attorney's Office for the district. */
  readonly office: DerivedBody;
  /** The U.S. District Court for the district. */
  readonly court: DerivedBody;
}

/**
 * The form names are compared in: accents, case, quote style, "&" and
 * punctuation do not count, nor a leading "the" or "U.S."/"United States".
 */
export function nameKey(s: string): string {
  const t = spelling(s).replace(/^the /, "");
  const bare = t.replace(/^(u s|united states) /, "");
  return bare || t;
}

/** A term without accents, case, quote style or punctuation ("Fiscalía" = "FISCALIA"). */
function spelling(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function readEntries<S extends z.ZodType>(file: string, schema: S): z.output<S>[] {
  const parsed = z.array(schema).safeParse(JSON.parse(readFileSync(join(DATA, file), "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Every `<prefix>-*.json` file of the data folder, in name order. */
function readAll<S extends z.ZodType>(prefix: string, schema: S): z.output<S>[] {
  return readdirSync(DATA)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".json"))
    .sort()
    .flatMap((f) => readEntries(f, schema));
}

function firstClearAcronym(acronyms: readonly Term[]): string | undefined {
  return acronyms.find((a) => !a.ambiguous)?.text;
}

function withoutUs(name: string): string {
  return name.replace(/^(U\.S\.|United States)\s+/, "");
}

function freezeTerms(terms: readonly Term[]): readonly Term[] {
  return Object.freeze(terms.map((t) => Object.freeze({ ...t })));
}

/** Keys by name, for references by name; a name two entries share refers to neither (null). */
function uniqueIndex<T>(entries: readonly T[], nameOf: (e: T) => string, keyOf: (e: T) => string): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const e of entries) index.set(nameOf(e), index.has(nameOf(e)) ? null : keyOf(e));
  return index;
}

function buildAgencies(entries: readonly z.output<typeof AgencyEntry>[]): readonly Agency[] {
  const keyOf = (e: z.output<typeof AgencyEntry>) =>
    `agency:${e.country.toLowerCase()}:${e.key ?? slug(firstClearAcronym(e.acronyms) ?? withoutUs(e.name))}`;
  const byName = uniqueIndex(entries, (e) => `${e.country}|${e.name}`, keyOf);
  const keys = new Set(entries.map(keyOf));
  return Object.freeze(
    entries.map((e): Agency => {
      let parent: string | null = null;
      if (e.parent !== null) {
        parent = e.parent.startsWith("agency:") ? e.parent : (byName.get(`${e.country}|${e.parent}`) ?? null);
        if (parent === null || !keys.has(parent)) throw new Error(`agency "${e.name}": no parent "${e.parent}" in ${e.country}`);
      }
      return Object.freeze({
        type: "agency", key: keyOf(e), name: e.name, acronyms: freezeTerms(e.acronyms),
        aliases: freezeTerms(e.aliases), country: e.country, parent, ambiguous: e.ambiguous,
      });
    }),
  );
}

function buildPlaces(entries: readonly z.output<typeof PlaceEntry>[]): readonly Place[] {
  const keyOf = (e: z.output<typeof PlaceEntry>) => `place:${e.key ?? slug(e.name)}`;
  const byName = uniqueIndex(entries, (e) => e.name, keyOf);
  const keys = new Set(entries.map(keyOf));
  return Object.freeze(
    entries.map((e): Place => {
      let within: string | null = null;
      if (e.within !== undefined) {
        within = e.within.startsWith("place:") ? e.within : (byName.get(e.within) ?? null);
        if (within === null || !keys.has(within)) throw new Error(`place "${e.name}": no place "${e.within}"`);
      }
      return Object.freeze({
        type: "place", key: keyOf(e), name: e.name, kind: e.kind, country: e.country, within,
        aliases: freezeTerms(e.aliases), demonyms: freezeTerms(e.demonyms), ambiguous: e.ambiguous,
      });
    }),
  );
}

function buildOrganizations(entries: readonly z.output<typeof OrganizationEntry>[]): readonly Organization[] {
  return Object.freeze(
    entries.map((e): Organization => Object.freeze({
      type: "organization",
      key: `organization:${e.key ?? slug(firstClearAcronym(e.acronyms) ?? e.name)}`,
      name: e.name, acronyms: freezeTerms(e.acronyms), aliases: freezeTerms(e.aliases),
      kind: e.kind, country: e.country,
    })),
  );
}

export const AGENCIES: readonly Agency[] = buildAgencies(readAll("agencies", AgencyEntry));
export const PLACES: readonly Place[] = buildPlaces(readAll("places", PlaceEntry));
export const ORGANIZATIONS: readonly Organization[] = buildOrganizations([
  ...readEntries("organizations.json", OrganizationEntry), ...readAll("organizations", OrganizationEntry),
]);

export const COMPONENT_OFFICES: readonly ComponentOffice[] = Object.freeze(
  readEntries("offices.json", OfficeEntry).map((o) =>
    Object.freeze({ name: o.name, acronyms: freezeTerms(o.acronyms), aliases: freezeTerms(o.aliases) })),
);

export const NATIONAL_BODIES: readonly NationalBody[] = Object.freeze(
  readEntries("bodies.json", BodyEntry).map((b) => Object.freeze({ name: b.name, aliases: freezeTerms(b.aliases), form: b.form })),
);

const DOJ = "agency:us:doj";
const INITIAL: Record<Direction, string> = {
  Northern: "n", Southern: "s", Eastern: "e", Western: "w", Middle: "m", Central: "c",
};

/** The districts of one state: names, justice.gov codes, their U.S. Attorney's Office and court. */
function expandDistricts(d: z.output<typeof DistrictEntry>): JudicialDistrict[] {
  const of = d.of ?? d.state;
  const district = (direction: Direction | null): JudicialDistrict => {
    const name = direction ? `${direction} District of ${of}` : `District of ${of}`;
    const code = direction ? `${INITIAL[direction]}d${d.code}` : d.code;
    return Object.freeze({
      name, state: d.state, direction, code,
      office: Object.freeze({
        name: d.office?.name ?? `U.S. Attorney's Office for the ${name}`,
        key: `agency:us:usao-${d.office?.code ?? code}`,
        country: "US",
        parent: DOJ,
      }),
      court: Object.freeze({
        name: `U.S. District Court for the ${name}`,
        key: `agency:us:district-court-${code}`,
        country: "US",
        parent: null,
      }),
    });
  };
  return d.directions.length === 0 ? [district(null)] : d.directions.map(district);
}

export const JUDICIAL_DISTRICTS: readonly JudicialDistrict[] = Object.freeze(
  readEntries("districts.json", DistrictEntry).flatMap(expandDistricts),
);

/** Every entry of every type, for one matcher over all of them. */
export const ENTRIES: readonly GazetteerEntry[] = Object.freeze([...AGENCIES, ...PLACES, ...ORGANIZATIONS]);

function groupBy<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): ReadonlyMap<string, readonly T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const k of new Set(keysOf(item))) {
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
  }
  for (const list of map.values()) Object.freeze(list);
  return map;
}

const BY_KEY = new Map<string, GazetteerEntry>(ENTRIES.map((e) => [e.key, e]));

const BY_ACRONYM = groupBy(ENTRIES, (e) => ("acronyms" in e ? e.acronyms.map((a) => a.text) : []));

/** Names, aliases, acronyms and demonyms-free names, by nameKey. */
const BY_NAME = groupBy(ENTRIES, (e) => [e.name, ...e.aliases.map((a) => a.text)].map(nameKey));

const DISTRICT_BY_NAME = new Map(JUDICIAL_DISTRICTS.map((d) => [nameKey(d.name), d]));

const NONE: readonly never[] = Object.freeze([]);

export function entryByKey(key: string): GazetteerEntry | undefined {
  return BY_KEY.get(key);
}

/** Entries with this acronym, compared exactly (case counts: "ICE", not "Ice"). */
export function entriesByAcronym(acronym: string): readonly GazetteerEntry[] {
  return BY_ACRONYM.get(acronym) ?? NONE;
}

/** Entries whose name or an alias has the same nameKey as `text`. */
export function entriesByName(text: string): readonly GazetteerEntry[] {
  return BY_NAME.get(nameKey(text)) ?? NONE;
}

/**
 * The entry a term means when the document gives no support for another:
 * the one holder of the acronym (exact case) or name (accents, case and
 * punctuation aside) that does not flag it. Undefined when every holder flags it.
 */
export function defaultReading(term: string): GazetteerEntry | undefined {
  const byAcronym = entriesByAcronym(term).find((e) => "acronyms" in e && e.acronyms.some((a) => a.text === term && !a.ambiguous));
  if (byAcronym) return byAcronym;
  const k = spelling(term);
  return entriesByName(term).find((e) =>
    [{ text: e.name, ambiguous: e.type !== "organization" && e.ambiguous }, ...e.aliases].some((t) => !t.ambiguous && spelling(t.text) === k));
}

/** The district named "Southern District of Texas", "District of Columbia", ... (compared by nameKey). */
export function judicialDistrict(name: string): JudicialDistrict | undefined {
  return DISTRICT_BY_NAME.get(nameKey(name));
}

/** "HHS" + "Office of Inspector General" → "Department of Health and Human Services Office of Inspector General". */
export function componentOffice(parent: Agency, office: ComponentOffice): DerivedBody {
  return Object.freeze({
    name: `${parent.name} ${office.name}`,
    key: `${parent.key}-${slug(office.acronyms[0]?.text ?? office.name)}`,
    country: parent.country,
    parent: parent.key,
  });
}

/** Each country's agencies by the nameKey of their names and aliases (the first holder wins). */
const AGENCY_BY_COUNTRY_NAME = new Map<string, Map<string, Agency>>();
for (const a of AGENCIES) {
  const index = AGENCY_BY_COUNTRY_NAME.get(a.country) ?? new Map<string, Agency>();
  AGENCY_BY_COUNTRY_NAME.set(a.country, index);
  for (const t of [a.name, ...a.aliases.map((x) => x.text)]) if (!index.has(nameKey(t))) index.set(nameKey(t), a);
}

/**
 * A country's body of a generic kind: the gazetteer's own entry when the
 * country has one that bears the generic name, alone or with the country
 * ("National Police", "Colombian National Police", "Coast Guard of Costa
 * Rica"), else one named from the country ("Honduran Coast Guard").
 */
export function nationalBody(country: Place, body: NationalBody): Agency | DerivedBody {
  const cacheKey = `${country.key}|${body.name}`;
  let found = NATIONAL_CACHE.get(cacheKey);
  if (!found) NATIONAL_CACHE.set(cacheKey, (found = findNationalBody(country, body)));
  return found;
}

const NATIONAL_CACHE = new Map<string, Agency | DerivedBody>();

function findNationalBody(country: Place, body: NationalBody): Agency | DerivedBody {
  if (country.kind !== "country" || country.country === null) throw new Error(`${country.name} is not a country`);
  const code = country.country;
  const generic = [body.name, ...body.aliases.map((a) => a.text)];
  const demonyms = country.demonyms.map((d) => d.text);
  const countryNames = [country.name, ...country.aliases.map((a) => a.text)];
  const names = new Set(
    generic.flatMap((g) => [g, ...demonyms.map((d) => `${d} ${g}`), ...countryNames.flatMap((c) => [`${g} of ${c}`, `${g} of the ${c}`])]).map(nameKey),
  );
  const index = AGENCY_BY_COUNTRY_NAME.get(code);
  for (const n of names) {
    const own = index?.get(n);
    if (own) return own;
  }
  const demonym = demonyms[0];
  const name = body.form === "demonym" && demonym ? `${demonym} ${body.name}` : `${body.name} of ${country.name}`;
  return Object.freeze({ name, key: `agency:${code.toLowerCase()}:${slug(body.name)}`, country: code, parent: null });
}

const COUNTRY_BY_CODE = new Map(PLACES.filter((p) => p.kind === "country" && p.country !== null).map((p) => [p.country!, p]));

/** The country place of an ISO code ("MX" → Mexico). */
export function countryPlace(code: string): Place | undefined {
  return COUNTRY_BY_CODE.get(code.toUpperCase());
}

/**
 * A country's embassy in another country ("U.S. Embassy in Mexico",
 * `agency:us:embassy-mx`, whether the text says "in Mexico City" or "in
 * Mexico"), or its consulate in a city ("U.S. Consulate in Guadalajara",
 * `agency:us:consulate-guadalajara`).
 */
export function diplomaticMission(kind: "embassy" | "consulate", sender: Place, host: Place): DerivedBody {
  const from = sender.country === null ? undefined : countryPlace(sender.country);
  const where = host.country === null ? undefined : countryPlace(host.country);
  if (!from || !where) throw new Error(`no countries for a mission of ${sender.name} in ${host.name}`);
  const label = from.country === "US" ? "U.S." : (from.demonyms[0]?.text ?? from.name);
  // "in the United States", "in the Philippines": names that take an article, or list one as an alias.
  const article = /^United |(Republic|Islands|Territories)$/.test(where.name) || where.aliases.some((a) => a.text.toLowerCase() === `the ${where.name.toLowerCase()}`);
  const code = from.country!.toLowerCase();
  return Object.freeze(
    kind === "embassy"
      ? { name: `${label} Embassy in ${article ? "the " : ""}${where.name}`, key: `agency:${code}:embassy-${where.country!.toLowerCase()}`, country: from.country!, parent: null }
      : { name: `${label} Consulate in ${host.name}`, key: `agency:${code}:consulate-${host.key.slice("place:".length)}`, country: from.country!, parent: null },
  );
}
