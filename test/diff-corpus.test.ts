/**
 * The diff of real annual series from the corpus, through the default
 * pipeline, checked against facts read by hand from the documents. The
 * entity, figure and period facts need the entity, amount and date
 * extractors.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { diffExtractions } from "../src/diff/index.ts";
import { extractDocument } from "../src/index.ts";
import type { DocumentDiff, EntityRef, EntityType, FigureRef } from "../src/schema.ts";
import { corpusPath, HAS_SHARED, SEED, sharedTitle } from "./helpers/shared.ts";

const WH = "whitehouse/statements-releases";
const HLSD_2021 = `${WH}/2021-10/2021-10-08-fact-sheet-u-s-mexico-high-level-security-dialogue.md`;
const HLSD_2022 = `${WH}/2022-10/2022-10-13-fact-sheet-second-meeting-of-the-u-s-mexico-high-level-security-dialogue.md`;
const RANSOMWARE_2021 = `${WH}/2021-10/2021-10-13-fact-sheet-ongoing-public-u-s-efforts-to-counter-ransomware.md`;
const RANSOMWARE_2022 = `${WH}/2022-11/2022-11-01-fact-sheet-the-second-international-counter-ransomware-initiative-summit.md`;
const REFUGEES_FY2022 = `${WH}/2021-10/2021-10-08-memorandum-for-the-secretary-of-state-on-presidential-determination-on-refugee-admissions-for-fiscal-year-2022.md`;
const REFUGEES_FY2023 = "whitehouse/presidential-actions/2022-09/2022-09-27-memorandum-on-presidential-determination-on-refugee-admissions-for-fiscal-year-2023.md";

const diffFiles = async (old: string, neu: string) =>
  diffExtractions(await extractDocument({ path: corpusPath(old) }), await extractDocument({ path: corpusPath(neu) }));

const names = (list: EntityRef[], type: EntityType) => list.filter((e) => e.type === type).map((e) => e.name);
const hasFigure = (list: FigureRef[], kind: FigureRef["kind"], value: number, unit: string | null = null) =>
  list.some((f) => f.kind === kind && f.value === value && f.unit === unit);

describe.skipIf(!HAS_SHARED)(sharedTitle("diff of corpus documents"), () => {
  it("reports no changes for the seed diffed with itself", async () => {
    const seed = await extractDocument({ path: SEED });
    const d = diffExtractions(seed, seed);
    expect(d.changed).toBe(false);
    expect(d.figures.kept).toBe(seed.amounts.length);
    expect(d.entities.kept).toBe(seed.entities.length);
  });

  describe("U.S.-Mexico High-Level Security Dialogue, 2021 against 2022", () => {
    let d: DocumentDiff;
    beforeAll(async () => {
      d = await diffFiles(HLSD_2021, HLSD_2022);
    });

    it("keeps the three goals and adds the 2022 section headings (2021 has none: its topics are bullets)", () => {
      expect(d.goals.added).toEqual([]);
      expect(d.goals.removed).toEqual([]);
      expect(d.goals.kept + d.goals.renamed.length).toBe(3);
      expect(d.goals.renamed.every((r) => r.old.number === r.new.number)).toBe(true);
      expect(d.sections.removed).toEqual([]);
      expect(d.sections.added.map((s) => [s.heading, s.goal])).toEqual([
        ["Public Health", 1], ["Safe Communities", 1], ["Human Rights", 1], ["Reduce Homicides and High-Impact Crimes", 1],
        ["Combating TCOs", 2], ["Synthetic Opioids", 2], ["Arms Trafficking", 2], ["Human Smuggling", 2], ["Secure Modes of Commerce", 2],
        ["Cyber", 3], ["Extraditions", 3], ["Combatting Illicit Finance", 3], ["Targeted Financial Measures", 3],
      ]);
    });

    it("names the entities present in only one year", () => {
      // 2021: the Deputy Secretary of the Treasury came; 2022 does not name him.
      expect(names(d.entities.removed, "person")).toContain("Wally Adeyemo");
      // Both years: the three cabinet members, the President, the two countries.
      const either = [...d.entities.added, ...d.entities.removed].map((e) => e.name);
      for (const both of ["Antony Blinken", "Merrick Garland", "Alejandro Mayorkas", "Joe Biden", "Mexico", "United States"]) {
        expect(either).not.toContain(both);
      }
      // 2022 reports what agencies did; 2021 names no agency.
      const agencies = names(d.entities.added, "agency").join("\n");
      for (const body of [/Drug Enforcement Administration/, /Centers for Disease Control and Prevention/, /Alcohol, Tobacco, Firearms and Explosives/, /Customs and Border Protection/, /Office of Foreign Assets Control/]) {
        expect(agencies).toMatch(body);
      }
      expect(names(d.entities.added, "person")).toContain("Rafael Caro Quintero");
      expect(names(d.entities.added, "place")).toContain("Jalisco");
    });

    it("reports the 2022 figures as new: 2021 states none", () => {
      expect(d.figures.changed).toEqual([]);
      expect(d.figures.removed).toEqual([]);
      expect(hasFigure(d.figures.added, "money", 3.4e9, "USD")).toBe(true); // Bipartisan Infrastructure Law, border projects
      expect(hasFigure(d.figures.added, "money", 93e6, "USD")).toBe(true); // Drug-Free Communities grants
      expect(hasFigure(d.figures.added, "count", 745)).toBe(true); // community coalitions
      expect(hasFigure(d.figures.added, "quantity", 800, "lb")).toBe(true); // fentanyl seized each month
    });

    it("gives the period each covers", () => {
      expect(d.old.period).toMatchObject({ from: "2021-09-27", to: "2021-10-08", published: "2021-10-08" });
      // 2022 reaches back to an indictment's "beginning in 2000" and forward to "In 2022".
      expect(d.new.period).toMatchObject({ from: "2000-01-01", to: "2022-12-31", published: "2022-10-13" });
    });
  });

  it("reports the regional refugee ceilings that changed from FY2022 to FY2023", async () => {
    const d = await diffFiles(REFUGEES_FY2022, REFUGEES_FY2023);
    const changed = d.figures.changed.map((c) => `${c.new.sentence.replace(/(?:\s*\.){3,}.*/, "")}: ${c.old.value} -> ${c.new.value}`);
    expect(changed).toEqual(expect.arrayContaining(["Europe and Central Asia: 10000 -> 15000", "Unallocated Reserve: 10000 -> 5000"]));
    // The ceiling itself, Africa's, East Asia's, Latin America's and the Near East's did not change.
    for (const value of [125_000, 40_000, 35_000]) expect(d.figures.changed.some((c) => c.old.value === value)).toBe(false);
    expect(d.old.period.published).toBe("2021-10-08");
    expect(d.new.period.published).toBe("2022-09-27");
  });

  it("gives a sensible report for the Counter Ransomware Initiative, 2021 against 2022", async () => {
    const d = await diffFiles(RANSOMWARE_2021, RANSOMWARE_2022);
    // The 2021 fact sheet is organized by its four lines of effort; the 2022 one by commitments in bold, without headings.
    expect(d.sections.removed.map((s) => s.heading)).toEqual([
      "Disrupt Ransomware Infrastructure and Actors",
      "Bolster Resilience against Ransomware",
      "Combat Virtual Currency Misuse to Launder Ransom Payments",
      "Bolster International Cooperation",
    ]);
    expect(names(d.entities.removed, "person")).toContain("Anne Neuberger");
    expect(names(d.entities.removed, "agency").join("\n")).toMatch(/National Institute of Standards and Technology/);
    expect(names(d.entities.added, "place")).toEqual(expect.arrayContaining(["Australia", "Lithuania", "Singapore"]));
    // The Treasury acts in both years ("Department of the Treasury", "U.S. Treasury").
    expect([...d.entities.added, ...d.entities.removed].map((e) => e.name)).not.toContain("Department of the Treasury");
    // 2021 gave ransom payment totals and a reward; 2022 counts countries and working groups.
    for (const value of [400e6, 81e6, 10e6]) expect(hasFigure(d.figures.removed, "money", value, "USD")).toBe(true);
    expect(hasFigure(d.figures.added, "count", 36)).toBe(true);
    expect(hasFigure(d.figures.added, "count", 5)).toBe(true);
  });
});
