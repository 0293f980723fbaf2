/**
 * Documents with hand-made entities, amounts and dates (see annotate.ts): the
 * seed fact sheet, and a small case built to break markup (tags, quotes,
 * ampersands in every field, a date inside a program's name, a figure that
 * crosses an entity's edge).
 */
import { readFileSync } from "node:fs";
import type { Extraction } from "../../src/schema.ts";
import { openDatabase } from "../../src/store/db.ts";
import { storeExtraction } from "../../src/store/write.ts";
import { annotate, type DateNote, type EntityNote } from "./annotate.ts";
import { extractText } from "./documents.ts";
import { SEED } from "./shared.ts";

export async function annotatedSeed(source = SEED): Promise<Extraction> {
  const x = await extractText(readFileSync(SEED, "utf8"), source);
  return annotate(x, {
    entities: [
      { key: "agency:us:hhs", type: "agency", name: "Department of Health and Human Services", acronym: "HHS", aliases: ["HHS"], country: "US", texts: ["Department of Health and Human Services", "HHS"] },
      { key: "agency:us:samhsa", type: "agency", name: "Substance Abuse and Mental Health Services Administration", acronym: "SAMHSA", aliases: ["SAMHSA"], country: "US", parent: "agency:us:hhs", texts: ["Substance Abuse and Mental Health Services Administration", "SAMHSA"] },
      { key: "agency:us:ondcp", type: "agency", name: "Office of National Drug Control Policy", acronym: "ONDCP", aliases: ["ONDCP"], country: "US", texts: ["Office of National Drug Control Policy", "ONDCP"] },
      { key: "agency:us:dea", type: "agency", name: "Drug Enforcement Administration", acronym: "DEA", aliases: ["DEA"], country: "US", texts: ["Drug Enforcement Administration", "DEA"] },
      { key: "person:antony-blinken", type: "person", name: "Antony Blinken", title: "Secretary of State", texts: ["Antony Blinken"] },
      { key: "person:merrick-garland", type: "person", name: "Merrick Garland", title: "Attorney General", texts: ["Merrick Garland"] },
      { key: "program:bicentennial-framework", type: "program", name: "U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities", aliases: ["Bicentennial Framework"], texts: ["U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities", "Bicentennial Framework"] },
      { key: "law:bipartisan-safer-communities-act", type: "law", name: "Bipartisan Safer Communities Act", texts: ["Bipartisan Safer Communities Act"] },
      { key: "place:mexico", type: "place", name: "Mexico", country: "MX", texts: ["Mexico"] },
    ],
    amounts: [
      { text: "$1.5 billion", occurrence: 1, kind: "money", value: 1_500_000_000, unit: "USD", qualifier: "nearly", subject: "agency:us:hhs", entities: ["agency:us:hhs", "agency:us:samhsa"] },
      { text: "745", kind: "count", value: 745, item: "community coalitions" },
      { text: "$93 million", kind: "money", value: 93_000_000, unit: "USD", qualifier: "over", subject: "agency:us:ondcp", entities: ["agency:us:ondcp"] },
      { text: "$3.4 billion", kind: "money", value: 3_400_000_000, unit: "USD", entities: ["law:bipartisan-safer-communities-act"] },
    ],
    dates: [
      { text: "October 2021", from: "2021-10-01", to: "2021-10-31", grain: "month", entities: ["program:bicentennial-framework"] },
      { text: "2022", from: "2022-01-01", to: "2022-12-31", grain: "year" },
      { text: "July 12", from: "2022-07-12", to: "2022-07-12", grain: "day" },
    ],
  });
}

export const HOSTILE_TEXT = `FACT SHEET: <script>alert("x")</script> & "Quotes", Commas

The Department of State's "Fiscal Year 2023 Border Initiative" awarded $5 million to <b>partners</b> on May 3, 2023.

GRANTS, "QUOTED" & <I>TAGGED</I>

  • The Bureau of "Special" Affairs <img src=x onerror=alert(1)> trained 40 officers in Mexico City.
    • A nested bullet names the Drug Enforcement Administration.
`;

const HOSTILE_ENTITIES: EntityNote[] = [
  { key: "agency:us:department-of-state", type: "agency", name: `Department of State <"State">`, acronym: "DOS", aliases: [`State's "own" <alias>`], country: "US", texts: ["Department of State"] },
  { key: "program:fiscal-year-2023-border-initiative", type: "program", name: "Fiscal Year 2023 Border Initiative", texts: ["Fiscal Year 2023 Border Initiative"] },
  { key: "agency:us:bureau-of-special-affairs", type: "agency", name: `Bureau of "Special" Affairs`, texts: [`Bureau of "Special" Affairs`] },
  { key: "place:mexico-city", type: "place", name: "Mexico City", country: "MX", texts: ["Mexico City"] },
  { key: "agency:us:dea", type: "agency", name: "Drug Enforcement Administration", acronym: "DEA", country: "US", texts: ["Drug Enforcement Administration"] },
];

const HOSTILE_DATES: DateNote[] = [
  { text: "Fiscal Year 2023", from: "2022-10-01", to: "2023-09-30", grain: "fiscal_year" },
  { text: "May 3, 2023", from: "2023-05-03", to: "2023-05-03", grain: "day" },
];

const GRANT_ITEM = `<b>partners</b> & "friends"`;

export async function annotatedHostile(source = "/cases/hostile.txt"): Promise<Extraction> {
  return annotate(await extractText(HOSTILE_TEXT, source), {
    entities: HOSTILE_ENTITIES,
    amounts: [
      { text: "$5 million", kind: "money", value: 5_000_000, unit: "USD", item: GRANT_ITEM },
      // Crosses the edge of "Mexico City": must be split, not break the nesting.
      { text: "40 officers in Mexico", kind: "count", value: 40, item: "officers" },
    ],
    dates: HOSTILE_DATES,
  });
}

/** The hostile case a year on: more money, a renamed section, another city. */
export const REVISED_TEXT = HOSTILE_TEXT.replace("$5 million", "$7 million")
  .replace("<I>TAGGED</I>", "<I>TAGGED</I> AWARDS")
  .replace("Mexico City", "Guadalajara");

export async function revisedHostile(source = "/cases/hostile-revised.txt"): Promise<Extraction> {
  return annotate(await extractText(REVISED_TEXT, source), {
    entities: [
      ...HOSTILE_ENTITIES.filter((e) => e.key !== "place:mexico-city"),
      { key: "place:guadalajara", type: "place", name: "Guadalajara", country: "MX", texts: ["Guadalajara"] },
    ],
    amounts: [
      { text: "$7 million", kind: "money", value: 7_000_000, unit: "USD", item: GRANT_ITEM },
      { text: "40 officers", kind: "count", value: 40, item: "officers" },
    ],
    dates: HOSTILE_DATES,
  });
}

/**
 * A database file holding the annotated seed twice (under two sources, so
 * that entities span documents) and the hostile case; returns their ids.
 */
export async function sampleDatabase(path: string): Promise<{ seed: number; copy: number; hostile: number }> {
  const db = openDatabase(path);
  const meta = { bytes: 1, encoding: "utf-8", pipelineVersion: "1" };
  try {
    const seed = storeExtraction(db, await annotatedSeed(), meta).id;
    const copy = storeExtraction(db, await annotatedSeed("/copies/seed.txt"), meta).id;
    const hostile = storeExtraction(db, await annotatedHostile(), meta).id;
    return { seed, copy, hostile };
  } finally {
    db.close();
  }
}
