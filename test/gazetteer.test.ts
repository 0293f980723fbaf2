import { describe, expect, it } from "vitest";
import { EntityKey } from "../src/schema.ts";
import {
  AGENCIES,
  COMPONENT_OFFICES,
  ENTRIES,
  JUDICIAL_DISTRICTS,
  NATIONAL_BODIES,
  ORGANIZATIONS,
  PLACES,
  componentOffice,
  countryPlace,
  defaultReading,
  diplomaticMission,
  entriesByAcronym,
  entriesByName,
  entryByKey,
  judicialDistrict,
  nameKey,
  nationalBody,
  type Agency,
  type GazetteerEntry,
  type Place,
  type Term,
} from "../src/extract/entities/gazetteer.ts";

const COUNTRY_CODES = new Set(PLACES.filter((p) => p.kind === "country").map((p) => p.country));

function agency(key: string): Agency {
  const e = entryByKey(key);
  if (e?.type !== "agency") throw new Error(`no agency ${key}`);
  return e;
}

function place(key: string): Place {
  const e = entryByKey(key);
  if (e?.type !== "place") throw new Error(`no place ${key}`);
  return e;
}

function acronymsOf(e: GazetteerEntry): readonly Term[] {
  return e.type === "place" ? [] : e.acronyms;
}

/** Names and aliases as terms; a name is ambiguous when its entry says so. */
function namesOf(e: GazetteerEntry): Term[] {
  const ambiguous = e.type === "organization" ? false : e.ambiguous;
  return [{ text: e.name, ambiguous }, ...e.aliases];
}

/** Holders that take the term without support, by the term's form. */
function unflaggedHolders(termsOf: (e: GazetteerEntry) => readonly Term[], form: (s: string) => string) {
  const holders = new Map<string, Set<string>>();
  for (const e of ENTRIES) {
    for (const t of termsOf(e)) {
      if (t.ambiguous) continue;
      const k = form(t.text);
      holders.set(k, (holders.get(k) ?? new Set()).add(e.key));
    }
  }
  return [...holders].filter(([, keys]) => keys.size > 1).map(([k, keys]) => `${k}: ${[...keys].join(", ")}`);
}

describe("gazetteer integrity", () => {
  it("has entries of every kind", () => {
    expect(AGENCIES.length).toBeGreaterThan(600);
    expect(PLACES.length).toBeGreaterThan(900);
    expect(ORGANIZATIONS.length).toBeGreaterThan(200);
    expect(new Set(PLACES.map((p) => p.kind))).toEqual(new Set(["country", "state", "province", "city", "region"]));
  });

  it("gives every entry a unique key that the output schema accepts", () => {
    const keys = ENTRIES.map((e) => e.key);
    expect(keys.length - new Set(keys).size).toBe(0);
    const bad = keys.filter((k) => !EntityKey.safeParse(k).success);
    expect(bad).toEqual([]);
    for (const e of ENTRIES) expect(e.key.startsWith(`${e.type}:`)).toBe(true);
  });

  it("keys agencies by country, then acronym or name", () => {
    expect(agency("agency:us:dea").name).toBe("Drug Enforcement Administration");
    expect(agency("agency:us:department-of-state").aliases.map((a) => a.text)).toContain("State Department");
    expect(agency("agency:mx:fgr").name).toBe("Fiscalía General de la República");
    expect(agency("agency:us:congress").name).toBe("United States Congress");
    for (const a of AGENCIES) expect(a.key.startsWith(`agency:${a.country.toLowerCase()}:`)).toBe(true);
  });

  it("uses only country codes of the places file", () => {
    const bad = [
      ...AGENCIES.filter((a) => !COUNTRY_CODES.has(a.country)),
      ...ORGANIZATIONS.filter((o) => o.country !== null && !COUNTRY_CODES.has(o.country)),
      ...PLACES.filter((p) => p.country !== null && !COUNTRY_CODES.has(p.country)),
    ].map((e) => e.key);
    expect(bad).toEqual([]);
    expect(COUNTRY_CODES.size).toBeGreaterThan(195);
    expect(countryPlace("mx")?.name).toBe("Mexico");
  });

  it("links every sub-body to an existing parent of its own country, without cycles", () => {
    for (const a of AGENCIES) {
      const seen = new Set([a.key]);
      let parent = a.parent;
      while (parent !== null) {
        const p = agency(parent);
        expect(p.country).toBe(a.country);
        expect(seen.has(p.key), `cycle through ${a.key}`).toBe(false);
        seen.add(p.key);
        parent = p.parent;
      }
    }
  });

  it("puts cities in states or provinces of their own country", () => {
    for (const p of PLACES.filter((x) => x.within !== null)) {
      const w = place(p.within!);
      expect(["state", "province"]).toContain(w.kind);
      expect(w.country).toBe(p.country);
    }
    expect(place("place:laredo").within).toBe("place:texas");
  });

  it("lets at most one entry take an acronym without support", () => {
    expect(unflaggedHolders(acronymsOf, (s) => s)).toEqual([]);
  });

  it("lets at most one entry take a name or alias without support", () => {
    expect(unflaggedHolders(namesOf, nameKey)).toEqual([]);
  });

  it("writes acronyms as acronyms", () => {
    const bad = ENTRIES.flatMap(acronymsOf).filter((a) => !/^[A-Za-z0-9&/.\- ]+$/.test(a.text) || !/[A-Z].*[A-Z0-9]/.test(a.text));
    expect(bad).toEqual([]);
  });

  it("marks the acronyms and words that running text uses otherwise", () => {
    const flagged = (text: string) => entriesByAcronym(text).every((e) => acronymsOf(e).find((a) => a.text === text)!.ambiguous);
    for (const acr of ["CA", "CT", "EB", "SE", "DOS", "SAT", "DFC", "WHO", "ED", "FTA", "GN"]) expect(flagged(acr), acr).toBe(true);
    const aliasFlagged = (text: string) =>
      entriesByName(text).every((e) => namesOf(e).filter((t) => t.text === text).every((t) => t.ambiguous));
    for (const word of ["State", "Treasury", "Attorney General's Office", "National Guard", "House"]) {
      expect(entriesByName(word).length, word).toBeGreaterThan(0);
      expect(aliasFlagged(word), word).toBe(true);
    }
    for (const name of ["Georgia", "Jordan", "Chad", "Mobile", "Nice", "Washington"]) {
      expect(entriesByName(name).length, name).toBeGreaterThan(0);
      expect(aliasFlagged(name), name).toBe(true);
    }
  });

  it("freezes what it exports", () => {
    expect(Object.isFrozen(AGENCIES)).toBe(true);
    expect(Object.isFrozen(AGENCIES[0])).toBe(true);
    expect(Object.isFrozen(AGENCIES[0]!.aliases)).toBe(true);
    expect(Object.isFrozen(PLACES)).toBe(true);
    expect(Object.isFrozen(JUDICIAL_DISTRICTS)).toBe(true);
  });
});

describe("gazetteer lookups", () => {
  it("finds bodies by the variants releases use", () => {
    const key = (text: string) => entriesByName(text).map((e) => e.key);
    expect(key("Justice Department")).toEqual(["agency:us:doj"]);
    expect(key("the U.S. Department of Justice")).toEqual(["agency:us:doj"]);
    expect(key("Department of Treasury")).toEqual(["agency:us:department-of-the-treasury"]);
    expect(key("Bureau of International Narcotics and Law Enforcement")).toEqual(["agency:us:inl"]);
    expect(key("Cartel de Noreste")).toEqual(["organization:cartel-del-noreste"]);
    expect(key("México")).toEqual(["place:mexico"]);
    expect(key("Mexico")).toEqual(["place:mexico"]);
    expect(entriesByAcronym("CJNG").map((e) => e.key)).toEqual(["organization:cjng"]);
    expect(entriesByAcronym("Cjng")).toEqual([]);
  });

  it("reads a shared term as its one unflagged holder", () => {
    expect(entriesByAcronym("FGR").map((e) => e.country).sort()).toEqual(["MX", "SV"]);
    expect(defaultReading("FGR")?.key).toBe("agency:mx:fgr");
    expect(defaultReading("INL")?.key).toBe("agency:us:inl");
    expect(defaultReading("National Guard")).toBeUndefined();
    expect(defaultReading("Mexican Navy")?.key).toBe("agency:mx:semar");
    expect(defaultReading("CA")).toBeUndefined();
  });

  it("compares names whatever their case, accents, quotes and prefixes", () => {
    const missed: string[] = [];
    for (const e of ENTRIES) {
      for (const prefix of ["", "the ", "The ", "U.S. "]) {
        if (prefix !== "" && /^(U\.S\.|United States |The )/.test(e.name)) continue;
        const variant = prefix + e.name.normalize("NFD").replace(/\p{M}/gu, "").replace(/'/g, "’").toUpperCase();
        if (!entriesByName(variant).includes(e)) missed.push(variant);
      }
    }
    expect(missed).toEqual([]);
  });
});

describe("U.S. Attorney's Offices by district", () => {
  it("knows the 94 federal judicial districts", () => {
    expect(JUDICIAL_DISTRICTS).toHaveLength(94);
    expect(new Set(JUDICIAL_DISTRICTS.map((d) => d.code)).size).toBe(94);
  });

  it("names and keys an office by its justice.gov code", () => {
    expect(judicialDistrict("Southern District of Texas")?.office).toEqual({
      name: "U.S. Attorney's Office for the Southern District of Texas",
      key: "agency:us:usao-sdtx",
      country: "US",
      parent: "agency:us:doj",
    });
    expect(judicialDistrict("Eastern District of Arkansas")?.office.key).toBe("agency:us:usao-edar");
    expect(judicialDistrict("northern district of georgia")?.office.key).toBe("agency:us:usao-ndga");
    expect(judicialDistrict("District of Arizona")?.office.key).toBe("agency:us:usao-az");
    expect(judicialDistrict("District of Columbia")?.office.name).toBe("U.S. Attorney's Office for the District of Columbia");
    expect(judicialDistrict("District of the Virgin Islands")?.office.key).toBe("agency:us:usao-vi");
    expect(judicialDistrict("District of the Northern Mariana Islands")?.office.key).toBe("agency:us:usao-gu");
    expect(judicialDistrict("Central District of Texas")).toBeUndefined();
  });

  it("takes every state and territory of the places file", () => {
    for (const d of JUDICIAL_DISTRICTS) {
      const states = entriesByName(d.state).filter((e) => e.type === "place" && e.country === "US");
      expect(states.length, d.state).toBeGreaterThan(0);
    }
  });
});

describe("bodies made from patterns", () => {
  const country = (name: string) => place(`place:${name}`);
  const body = (name: string) => NATIONAL_BODIES.find((b) => b.name === name)!;

  it("names a country's generic body from its demonym", () => {
    expect(nationalBody(country("honduras"), body("Coast Guard"))).toMatchObject({ name: "Honduran Coast Guard", key: "agency:hn:coast-guard" });
    expect(nationalBody(country("mexico"), body("Government"))).toMatchObject({ name: "Government of Mexico", key: "agency:mx:government" });
  });

  it("prefers the country's own entry for the body", () => {
    expect(nationalBody(country("united-states"), body("Coast Guard")).key).toBe("agency:us:uscg");
    expect(nationalBody(country("mexico"), body("National Guard")).key).toBe("agency:mx:guardia-nacional");
    expect(nationalBody(country("costa-rica"), body("Coast Guard")).key).toBe(entriesByName("Costa Rican Coast Guard")[0]!.key);
    expect(nationalBody(country("mexico"), body("Navy")).key).toBe("agency:mx:semar");
    expect(nationalBody(country("united-states"), body("Government")).key).toBe("agency:us:usg");
    expect(nationalBody(country("colombia"), body("National Police")).key).toBe(entriesByName("Colombian National Police")[0]!.key);
  });

  it("keys an embassy by its host country and a consulate by its city", () => {
    const us = country("united-states");
    expect(diplomaticMission("embassy", us, place("place:mexico-city"))).toEqual({
      name: "U.S. Embassy in Mexico", key: "agency:us:embassy-mx", country: "US", parent: null,
    });
    expect(diplomaticMission("embassy", us, country("mexico")).key).toBe("agency:us:embassy-mx");
    expect(diplomaticMission("consulate", us, place("place:guadalajara"))).toMatchObject({ name: "U.S. Consulate in Guadalajara", key: "agency:us:consulate-guadalajara" });
    expect(diplomaticMission("embassy", country("mexico"), place("place:washington-dc")).name).toBe("Mexican Embassy in the United States");
    expect(diplomaticMission("embassy", us, country("philippines")).name).toBe("U.S. Embassy in the Philippines");
  });

  it("names a department's office after the department", () => {
    const oig = COMPONENT_OFFICES.find((o) => o.name === "Office of Inspector General")!;
    expect(componentOffice(agency("agency:us:hhs"), oig)).toEqual({
      name: "Department of Health and Human Services Office of Inspector General",
      key: "agency:us:hhs-oig",
      country: "US",
      parent: "agency:us:hhs",
    });
  });
});
