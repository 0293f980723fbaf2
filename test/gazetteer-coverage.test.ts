/**
 * The agency gazetteer against the USAspending agency list
 * (../shared/lexicon/agency_codes.csv): every top-tier agency in current use
 * and every sub-tier agency with an abbreviation is in the gazetteer, or is
 * listed with a reason in data/omissions.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  AGENCIES,
  COMPONENT_OFFICES,
  entriesByName,
  entryByKey,
  nameKey,
  type Agency,
} from "../src/extract/entities/gazetteer.ts";
import { HAS_SHARED, LEXICON, sharedTitle } from "./helpers/shared.ts";

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += c;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

const Omission = z.strictObject({
  name: z.string().min(1),
  abbreviation: z.string().min(1).optional(),
  reason: z.string().min(12),
});
type Omission = z.infer<typeof Omission>;

const OMISSIONS: Omission[] = z
  .array(Omission)
  .parse(JSON.parse(readFileSync(join(import.meta.dirname, "..", "src", "extract", "entities", "data", "omissions.json"), "utf8")));

interface Required {
  name: string;
  abbreviation: string;
  /** The top-tier agency (CGAC) the row sits under. */
  agency: string;
  agencyAbbreviation: string;
  toptier: boolean;
}

function requiredRows(): Required[] {
  const [header, ...rows] = parseCsv(readFileSync(join(LEXICON, "agency_codes.csv"), "utf8"));
  const col = (name: string) => {
    const i = header!.indexOf(name);
    if (i < 0) throw new Error(`agency_codes.csv: no column ${name}`);
    return i;
  };
  const [agency, agencyAbbr, subtier, subtierAbbr, toptier, selectable] = [
    "AGENCY NAME", "AGENCY ABBREVIATION", "SUBTIER NAME", "SUBTIER ABBREVIATION", "TOPTIER_FLAG",
    "USER SELECTABLE ON USASPENDING.GOV",
  ].map(col) as [number, number, number, number, number, number];
  const out = new Map<string, Required>();
  const add = (r: Required) => {
    const key = `${r.name}|${r.abbreviation}`;
    out.set(key, { ...r, toptier: r.toptier || (out.get(key)?.toptier ?? false) });
  };
  for (const row of rows.filter((r) => r.length > 1)) {
    const base = { agency: row[agency]!.trim(), agencyAbbreviation: row[agencyAbbr]!.trim() };
    if (row[toptier] === "TRUE" && row[selectable] === "TRUE") {
      add({ ...base, name: base.agency, abbreviation: base.agencyAbbreviation, toptier: true });
      if (row[subtier]!.trim()) add({ ...base, name: row[subtier]!.trim(), abbreviation: row[subtierAbbr]!.trim(), toptier: true });
    }
    if (row[subtierAbbr]!.trim()) add({ ...base, name: row[subtier]!.trim(), abbreviation: row[subtierAbbr]!.trim(), toptier: false });
  }
  return [...out.values()];
}

const OFFICE_NAMES = new Set(COMPONENT_OFFICES.flatMap((o) => [o.name, ...o.aliases.map((a) => a.text)]).map(nameKey));
const OFFICE_ACRONYMS = new Set(COMPONENT_OFFICES.flatMap((o) => o.acronyms.map((a) => a.text)));

function ancestors(a: Agency): Agency[] {
  const chain = [a];
  for (let p = a.parent; p !== null; ) {
    const e = entryByKey(p) as Agency;
    chain.push(e);
    p = e.parent;
  }
  return chain;
}

/** Agencies that are the row's top-tier agency, by name or abbreviation. */
function topAgencies(r: Required): Set<string> {
  const byName = entriesByName(r.agency).filter((e) => e.type === "agency").map((e) => e.key);
  const byAcronym = AGENCIES.filter((a) => a.acronyms.some((t) => t.text === r.agencyAbbreviation)).map((a) => a.key);
  return new Set([...byName, ...byAcronym]);
}

/** How the gazetteer covers a row, or null. */
function coverage(r: Required): string | null {
  const named = entriesByName(r.name);
  if (named.length > 0) return `name → ${named.map((e) => e.key).join(", ")}`;
  if (OFFICE_NAMES.has(nameKey(r.name.replace(/^Immediate /, "")))) return "component office name";
  if (!r.abbreviation) return null;
  const withAcronym = AGENCIES.filter((a) => a.acronyms.some((t) => t.text === r.abbreviation));
  const tops = topAgencies(r);
  const underTop = withAcronym.filter((a) => r.toptier || ancestors(a).some((x) => tops.has(x.key)));
  if (underTop.length > 0) return `acronym → ${underTop.map((a) => a.key).join(", ")}`;
  if (OFFICE_ACRONYMS.has(r.abbreviation) && tops.size > 0) return "component office acronym";
  return null;
}

describe(sharedTitle("agency gazetteer coverage of the USAspending agency list"), () => {
  const rows = HAS_SHARED ? requiredRows() : [];
  const omitted = new Map(OMISSIONS.map((o) => [o.name, o]));

  it.skipIf(!HAS_SHARED)("reads the list's top tiers in use and sub-tiers with abbreviations", () => {
    expect(rows.filter((r) => r.toptier).length).toBeGreaterThan(100);
    expect(rows.length).toBeGreaterThan(650);
  });

  it.skipIf(!HAS_SHARED)("has every one of them, or says why not", () => {
    const missing = rows.filter((r) => coverage(r) === null && !omitted.has(r.name));
    expect(missing.map((r) => `${r.agencyAbbreviation}: ${r.name} (${r.abbreviation})`)).toEqual([]);
    const covered = rows.filter((r) => coverage(r) !== null).length;
    console.info(`lexicon coverage: ${covered} of ${rows.length} rows in the gazetteer, ${rows.length - covered} omitted with a reason`);
  });

  it.skipIf(!HAS_SHARED)("omits only rows of the list that the gazetteer lacks", () => {
    const names = new Set(rows.map((r) => r.name));
    expect(OMISSIONS.filter((o) => !names.has(o.name)).map((o) => o.name)).toEqual([]);
    const coveredAnyway = OMISSIONS.filter((o) => rows.some((r) => r.name === o.name && coverage(r) !== null));
    expect(coveredAnyway.map((o) => o.name)).toEqual([]);
  });
});

describe("CSV parser", () => {
  it("reads quoted fields, doubled quotes, line breaks and a byte-order mark", () => {
    expect(parseCsv('\uFEFFa,b\n"x, y","say ""hi""\nthere"\r\n1,\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
      ["1", ""],
    ]);
  });
});
