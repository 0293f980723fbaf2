/**
 * The diff logic on extraction records whose entities, amounts and dates are
 * given by hand (test/diff-records.ts) over real text and real segments: the
 * fixture series, and refugee admissions allocations from the corpus.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { diffExtractions } from "../src/diff/index.ts";
import { pairBest, pairsSharingKeys } from "../src/diff/pairing.ts";
import { renderMarkdown } from "../src/diff/render/markdown.ts";
import { layOut } from "../src/diff/render/report.ts";
import { renderText, wantsColor } from "../src/diff/render/text.ts";
import { changeText, number } from "../src/diff/render/format.ts";
import { dice, stem, tokens } from "../src/diff/similarity.ts";
import { DocumentDiff, type Extraction } from "../src/schema.ts";
import { withFacts, type AmountSpec, type EntitySpec, type Facts } from "./diff-records.ts";
import { extractText } from "./helpers/documents.ts";
import { corpusPath, HAS_SHARED, sharedTitle } from "./helpers/shared.ts";

const SERIES = join(import.meta.dirname, "..", "fixtures", "series");
const read = (file: string) => readFileSync(file, "utf8");

const FEMA = { key: "agency:us:fema", type: "agency", name: "Federal Emergency Management Agency", acronym: "FEMA", mentions: ["Federal Emergency Management Agency", "FEMA"] } as const;
const NOAA = { key: "agency:us:noaa", type: "agency", name: "National Oceanic and Atmospheric Administration", acronym: "NOAA", mentions: ["National Oceanic and Atmospheric Administration", "NOAA"] } as const;
const PARTNERSHIP = { key: "program:coastal-flood-resilience-partnership", type: "program", name: "Coastal Flood Resilience Partnership", mentions: ["Coastal Flood Resilience Partnership"] } as const;

const DOL = "agency:us:dol";
const USACE = "agency:us:usace";

/** What a figure's text says: "$310 million" is 310e6, "1,450" is 1450. */
const valueOf = (text: string) => Number(text.replace(/[^\d.]/g, "")) * (text.includes("million") ? 1e6 : 1);

type Measure = Omit<AmountSpec, "text" | "value">;
/** The figures of both years: what each measures, its 2023 text and its 2024 text (null: not stated that year). */
const FIGURES: [Measure, string | null, string | null][] = [
  [{ kind: "money", unit: "USD", subject: FEMA.key }, "$310 million", "$355 million"],
  [{ kind: "count", item: "coastal communities", subject: FEMA.key }, "212", "240"],
  [{ kind: "count", item: "homes" }, "1,450", "1,720"],
  [{ kind: "count", item: "critical facilities" }, "64", "64"],
  [{ kind: "count", item: "coastal counties", subject: NOAA.key }, "38", "45"],
  [{ kind: "count", item: "residents", qualifier: "over" }, "9,000", "12,500"],
  [{ kind: "count", item: "apprenticeship programs", subject: DOL }, "14", null],
  [{ kind: "count", item: "workers", subject: DOL }, "900", null],
  [{ kind: "quantity", unit: "mi", item: "shoreline", subject: USACE }, null, "120 miles"],
  [{ kind: "count", item: "local partners", subject: USACE }, null, "30"],
];

function factsOf(year: 0 | 1, agency: EntitySpec, fiscalYear: [string, string], applications: [string, string]): Facts {
  const amounts = FIGURES.flatMap(([measure, ...texts]) => (texts[year] === null ? [] : [{ ...measure, text: texts[year]!, value: valueOf(texts[year]!) }]));
  return {
    entities: [FEMA, NOAA, PARTNERSHIP, agency],
    amounts,
    dates: [
      { text: `fiscal year ${fiscalYear[1].slice(0, 4)}`, from: fiscalYear[0], to: fiscalYear[1], grain: "fiscal_year" },
      { text: "2021", from: "2021-01-01", to: "2021-12-31", grain: "year" },
      { text: `January ${applications[0].slice(0, 4)}`, from: applications[0], to: applications[1], grain: "month" },
    ],
  };
}

const FACTS_2023 = factsOf(0, { key: DOL, type: "agency", name: "Department of Labor", acronym: "DOL", mentions: ["Department of Labor"] }, ["2022-10-01", "2023-09-30"], ["2024-01-01", "2024-01-31"]);
const FACTS_2024 = factsOf(1, { key: USACE, type: "agency", name: "United States Army Corps of Engineers", acronym: "USACE", mentions: ["U.S. Army Corps of Engineers", "USACE"] }, ["2023-10-01", "2024-09-30"], ["2025-01-01", "2025-01-31"]);

/** The same facts with what the figures measure forgotten: the diff must fall back on their sentences. */
const withoutMeasures = (f: Facts): Facts => ({ ...f, amounts: f.amounts!.map((a) => ({ ...a, subject: null, item: null })) });

let y2023: Extraction;
let y2024: Extraction;
let bare2023: Extraction;
let bare2024: Extraction;
beforeAll(async () => {
  bare2023 = await extractText(read(join(SERIES, "2023-coastal-flood-resilience-partnership.md")), "2023.md");
  bare2024 = await extractText(read(join(SERIES, "2024-coastal-flood-resilience-partnership.md")), "2024.md");
  y2023 = withFacts(bare2023, FACTS_2023);
  y2024 = withFacts(bare2024, FACTS_2024);
});

const changes = (d: DocumentDiff) => d.figures.changed.map((c) => [c.old.text, c.new.text, c.pairedBy]);

describe("diffExtractions on the fixture series, facts given by hand", () => {
  it("reports nothing for a document diffed with itself", () => {
    const d = diffExtractions(y2024, y2024);
    expect(d.changed).toBe(false);
    expect(d.figures).toEqual({ changed: [], added: [], removed: [], kept: 8 });
    expect(d.sections).toMatchObject({ added: [], removed: [], renamed: [], kept: 4 });
    expect(d.entities).toEqual({ added: [], removed: [], renamed: [], kept: 4 });
  });

  it("reports the added, removed and renamed sections", () => {
    const d = diffExtractions(y2023, y2024);
    expect(d.sections.added.map((s) => s.heading)).toEqual(["Nature-Based Solutions"]);
    expect(d.sections.removed.map((s) => s.heading)).toEqual(["Workforce Training"]);
    expect(d.sections.renamed.map((r) => [r.old.heading, r.new.heading])).toEqual([["Flood Mapping", "Flood Risk Mapping"]]);
    expect(d.sections.kept).toBe(2);
    expect(d.sections.added[0]!.bullets).toBe(1);
  });

  it("reports the agency of each year only by key", () => {
    const d = diffExtractions(y2023, y2024);
    expect(d.entities.added.map((e) => e.key)).toEqual(["agency:us:usace"]);
    expect(d.entities.removed.map((e) => e.key)).toEqual(["agency:us:dol"]);
    expect(d.entities.kept).toBe(3);
  });

  it("takes a person's full name and surname, or a program named two ways, for one entity", () => {
    const person = (key: string, name: string, mention: string): EntitySpec => ({ key, type: "person", name, mentions: [mention] });
    const old = withFacts(bare2023, {
      entities: [
        person("person:maria-quiroga", "Maria Quiroga", "Federal Emergency"),
        { key: "program:coastal-flood-resilience-partnership-program", type: "program", name: "Coastal Flood Resilience Partnership Program", mentions: ["Coastal Flood Resilience Partnership"] },
        { key: "agency:us:usao-sdtx", type: "agency", name: "U.S. Attorney's Office for the Southern District of Texas", mentions: ["NOAA"] },
      ],
    });
    const neu = withFacts(bare2024, {
      entities: [
        person("person:quiroga", "Quiroga", "Federal Emergency"),
        PARTNERSHIP,
        { key: "agency:us:usao-ndtx", type: "agency", name: "U.S. Attorney's Office for the Northern District of Texas", mentions: ["NOAA"] },
      ],
    });
    const d = diffExtractions(old, neu);
    expect(d.entities.renamed.map((r) => [r.old.name, r.new.name])).toEqual([
      ["Maria Quiroga", "Quiroga"],
      ["Coastal Flood Resilience Partnership Program", "Coastal Flood Resilience Partnership"],
    ]);
    expect(d.entities.added.map((e) => e.key)).toEqual(["agency:us:usao-ndtx"]);
    expect(d.entities.removed.map((e) => e.key)).toEqual(["agency:us:usao-sdtx"]);
    // With two people of that surname in the old document, the surname alone names neither.
    const two = withFacts(bare2023, { entities: [person("person:maria-quiroga", "Maria Quiroga", "FEMA"), person("person:ana-quiroga", "Ana Quiroga", "NOAA")] });
    expect(diffExtractions(two, withFacts(bare2024, { entities: [person("person:quiroga", "Quiroga", "FEMA")] })).entities.renamed).toEqual([]);
  });

  it("pairs figures by subject and item, with their absolute and relative change", () => {
    const d = diffExtractions(y2023, y2024);
    expect(changes(d)).toEqual([
      ["$310 million", "$355 million", "subject"],
      ["212", "240", "subject"],
      ["1,450", "1,720", "item"],
      ["38", "45", "subject"],
      ["9,000", "12,500", "item"],
    ]);
    expect(d.figures.changed[0]!.change).toEqual({ absolute: 45e6, relative: 0.1451612903 });
    expect(d.figures.changed[0]!.new).toMatchObject({ subjectName: "Federal Emergency Management Agency", section: "Community Grants" });
    expect(d.figures.kept).toBe(1);
    expect(d.figures.added.map((f) => f.text)).toEqual(["120 miles", "30"]);
    expect(d.figures.removed.map((f) => f.text)).toEqual(["14", "900"]);
  });

  it("pairs figures by their sentences when subject and item are missing", () => {
    const d = diffExtractions(withFacts(bare2023, withoutMeasures(FACTS_2023)), withFacts(bare2024, withoutMeasures(FACTS_2024)));
    expect(changes(d).map(([o, n]) => [o, n])).toEqual([
      ["$310 million", "$355 million"],
      ["212", "240"],
      ["1,450", "1,720"],
      ["38", "45"],
      ["9,000", "12,500"],
    ]);
    expect(d.figures.changed.every((c) => c.pairedBy === "context")).toBe(true);
  });

  it("pairs the rows of a one-line list by their own labels, not their neighbours'", async () => {
    const old = await extractText("Ceilings for FY 2023: Africa 40,000; Europe and Central Asia 15,000; East Asia 15,000; Latin America 5,000; Caribbean 15,000.", "2023.txt");
    // The next year lists the rows in another order.
    const neu = await extractText("Ceilings for FY 2024: East Asia 15,000; Latin America 35,000; Africa 50,000; Caribbean 15,000; Europe and Central Asia 2,000.", "2024.txt");
    const d = diffExtractions(old, neu);
    expect(changes(d).map(([o, n]) => [o, n])).toEqual([["5,000", "35,000"], ["40,000", "50,000"], ["15,000", "2,000"]]);
    expect(d.figures.kept).toBe(2);
  });

  it("never pairs figures of different subjects, items, kinds or units", () => {
    const old = withFacts(bare2023, { amounts: [{ text: "212", kind: "count", value: 212, item: "coastal communities", subject: FEMA.key }] });
    const rivals: AmountSpec[] = [
      { text: "240", kind: "count", value: 240, item: "coastal communities", subject: NOAA.key },
      { text: "240", kind: "count", value: 240, item: "ports", subject: FEMA.key },
      { text: "240", kind: "percent", value: 240, unit: "%", item: "coastal communities", subject: FEMA.key },
    ];
    for (const rival of rivals) {
      const d = diffExtractions(old, withFacts(bare2024, { amounts: [rival] }));
      expect(d.figures.changed, JSON.stringify(rival)).toEqual([]);
      expect(d.figures.added.length + d.figures.removed.length).toBe(2);
    }
  });

  it("asks more of the sentence when several figures of a document count the same item", async () => {
    // The 40 and the 55 share "organizations" and "agency" among 9 and 8 words (Dice 0.24).
    const first = "  • Planners in three coastal counties trained 40 organizations with the agency on flood maps.\n";
    const second = "  • Inspectors certified 12 organizations last winter.\n";
    const neu = await extractText("Grants\n\n  • Volunteers from several rural towns reached 55 organizations for the agency by radio.\n");
    const paired = async (oldText: string) => {
      const old = await extractText(oldText);
      const amounts: AmountSpec[] = [{ text: "40", kind: "count", value: 40, item: "organizations" }];
      if (oldText.includes("12 organizations")) amounts.push({ text: "12", kind: "count", value: 12, item: "organizations" });
      return diffExtractions(withFacts(old, { amounts }), withFacts(neu, { amounts: [{ text: "55", kind: "count", value: 55, item: "organizations" }] })).figures.changed.length;
    };
    expect(await paired(`Grants\n\n${first}`)).toBe(1);
    expect(await paired(`Grants\n\n${first}${second}`)).toBe(0);
  });

  it("gives each document's period from its dates and publication day", () => {
    const d = diffExtractions(y2023, y2024);
    expect(d.old.period).toEqual({ from: "2021-01-01", to: "2024-01-31", published: "2023-11-14", dates: 3 });
    expect(d.new.period).toEqual({ from: "2021-01-01", to: "2025-01-31", published: "2024-11-19", dates: 3 });
  });

  it("produces a record the DocumentDiff schema accepts", () => {
    expect(() => DocumentDiff.parse(diffExtractions(y2023, y2024))).not.toThrow();
  });

  it("reports exactly the figures dropped from the new document as gone", () => {
    fc.assert(
      fc.property(fc.subarray(y2024.amounts.map((_, i) => i)), (dropped) => {
        const kept = y2024.amounts.filter((_, i) => !dropped.includes(i));
        const d = diffExtractions(y2024, { ...y2024, amounts: kept });
        expect(d.figures.removed.map((f) => f.span)).toEqual(dropped.map((i) => y2024.amounts[i]!.span));
        expect(d.figures.changed).toEqual([]);
        expect(d.figures.added).toEqual([]);
        expect(d.figures.kept).toBe(kept.length);
      }),
    );
  });

  it("measures the change of a range by its midpoint", () => {
    const old = withFacts(bare2023, { amounts: [{ text: "212", kind: "count", value: 212, item: "coastal communities" }] });
    const neu = withFacts(bare2024, { amounts: [{ text: "240", kind: "count", value: 200, valueMax: 280, item: "coastal communities" }] });
    expect(diffExtractions(old, neu).figures.changed.map((c) => c.change)).toEqual([{ absolute: 28, relative: 0.1320754717 }]);
  });

  it("reports a changed value as one change of the right size", () => {
    fc.assert(
      fc.property(fc.nat(y2024.amounts.length - 1), fc.integer({ min: 1, max: 10_000 }), (i, delta) => {
        const amounts = y2024.amounts.map((a, j) => (j === i ? { ...a, value: a.value + delta } : a));
        const d = diffExtractions(y2024, { ...y2024, amounts });
        expect(d.figures.changed).toHaveLength(1);
        expect(d.figures.changed[0]!.change.absolute).toBe(delta);
        expect(d.figures.kept).toBe(amounts.length - 1);
      }),
    );
  });
});

describe("the fixture series through the pipeline (needs the entity, amount and date extractors)", () => {
  it("reports the agency of each year, the changed figures with their change, and the period", () => {
    const d = diffExtractions(bare2023, bare2024);
    expect(d.sections.added.map((s) => s.heading)).toEqual(["Nature-Based Solutions"]);
    expect(d.sections.removed.map((s) => s.heading)).toEqual(["Workforce Training"]);
    expect(d.entities.added.filter((e) => e.type === "agency").map((e) => e.key)).toEqual(["agency:us:usace"]);
    expect(d.entities.removed.filter((e) => e.type === "agency").map((e) => e.key)).toEqual(["agency:us:dol"]);
    expect(d.figures.changed.map((c) => [c.old.text, c.new.text])).toEqual([
      ["$310 million", "$355 million"],
      ["212", "240"],
      ["1,450", "1,720"],
      ["38", "45"],
      ["9,000", "12,500"],
    ]);
    expect(d.figures.changed[0]!.change).toEqual({ absolute: 45e6, relative: 0.1451612903 });
    expect(d.figures.kept).toBe(1);
    expect(d.figures.added.map((f) => f.text)).toEqual(["120 miles", "30"]);
    expect(d.figures.removed.map((f) => f.text)).toEqual(["14", "900"]);
    expect(d.old.period).toMatchObject({ from: "2021-01-01", to: "2024-01-31", published: "2023-11-14" });
    expect(d.new.period).toMatchObject({ from: "2021-01-01", to: "2025-01-31", published: "2024-11-19" });
  });
});

describe(sharedTitle("diffExtractions on refugee admissions FY2022 and FY2023, counts given by hand"), () => {
  const FY2022 = "whitehouse/statements-releases/2021-10/2021-10-08-memorandum-for-the-secretary-of-state-on-presidential-determination-on-refugee-admissions-for-fiscal-year-2022.md";
  const FY2023 = "whitehouse/presidential-actions/2022-09/2022-09-27-memorandum-on-presidential-determination-on-refugee-admissions-for-fiscal-year-2023.md";

  /** Every number with thousands separators in the text, as a count that says nothing of what it counts. */
  async function withCounts(file: string): Promise<Extraction> {
    const x = await extractText(read(corpusPath(file)), file);
    const seen = new Map<string, number>();
    const amounts = [...x.text.matchAll(/\b\d{1,3}(?:,\d{3})+\b/g)].map((m): AmountSpec => {
      const nth = seen.get(m[0]) ?? 0;
      seen.set(m[0], nth + 1);
      return { text: m[0], nth, kind: "count", value: Number(m[0].replace(/,/g, "")) };
    });
    return withFacts(x, { amounts });
  }

  it.skipIf(!HAS_SHARED)("pairs each regional ceiling with its own region's and reports the changes", async () => {
    const d = diffExtractions(await withCounts(FY2022), await withCounts(FY2023));
    const line = (s: string) => s.replace(/(?:\s*\.){3,}.*/, "").replace(/^The .*/, "(sentence)");
    expect(d.figures.changed.map((c) => [line(c.new.sentence), c.old.text, c.new.text])).toEqual([
      ["Europe and Central Asia", "10,000", "15,000"],
      ["Unallocated Reserve", "10,000", "5,000"],
      ["(sentence)", "10,000", "5,000"],
    ]);
    expect(d.figures.changed.map((c) => c.change)).toEqual([
      { absolute: 5000, relative: 0.5 },
      { absolute: -5000, relative: -0.5 },
      { absolute: -5000, relative: -0.5 },
    ]);
    expect(d.figures.kept).toBe(5);
    expect(d.figures.added).toEqual([]);
    expect(d.figures.removed).toEqual([]);
  });
});

describe("pairBest", () => {
  it("pairs each item at most once, and a list with itself item by item", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 12 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 12 }), (a, b) => {
        const same = (x: string, y: string) => (x === y ? 1 : x[0] === y[0] ? 0.5 : null);
        const firstLetter = (x: string) => [x.slice(0, 1)];
        const p = pairBest(a, b, pairsSharingKeys(a, b, firstLetter, same));
        expect(p.pairs.length + p.onlyOld.length).toBe(a.length);
        expect(p.pairs.length + p.onlyNew.length).toBe(b.length);
        const self = pairBest(a, a, pairsSharingKeys(a, a, firstLetter, same));
        expect(self.onlyOld).toEqual([]);
        expect(self.pairs.every((q) => q.old === q.new)).toBe(true);
      }),
    );
  });
});

describe("similarity", () => {
  it("joins the forms of a word and leaves function words out", () => {
    expect(stem("Homicides")).toBe(stem("homicide"));
    expect(stem("traffickers")).toBe(stem("Trafficking"));
    expect(stem("counties")).not.toBe(stem("countries"));
    expect(stem("communities")).toBe(stem("community"));
    expect(stem("the")).toBeNull();
    expect(dice(tokens("Reduce Homicides and High-Impact Crimes"), tokens("Homicide and High-Impact Crime Reduction"))).toBe(0.8);
  });

  it("is a symmetric measure in [0, 1] that is 1 for equal token sets", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const [ta, tb] = [tokens(a), tokens(b)];
        const s = dice(ta, tb);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(dice(tb, ta)).toBe(s);
        if (ta.size > 0) expect(dice(ta, ta)).toBe(1);
      }),
    );
  });
});

describe("rendering", () => {
  it("colors the terminal report only when asked, and says when nothing changed", () => {
    const report = layOut(diffExtractions(y2023, y2024));
    expect(renderText(report, { color: false })).not.toMatch(/\x1b\[/);
    expect(renderText(report, { color: true })).toMatch(/\x1b\[/);
    expect(renderText(layOut(diffExtractions(y2023, y2023)), { color: false })).toMatch(/\nNo changes\.\n$/);
  });

  it("takes color from the stream and the environment", () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(wantsColor({ isTTY: true }, { FORCE_COLOR: "0" })).toBe(false);
  });

  it("writes a changed figure with its measure and change", () => {
    const text = renderText(layOut(diffExtractions(y2023, y2024)), { color: false });
    expect(text).toContain("~ coastal communities, Federal Emergency Management Agency: 212 → 240 (+28, +13%)");
    expect(text).toContain("~ Federal Emergency Management Agency: $310 million → $355 million (+$45 million, +15%)");
    expect(text).toContain("~ Flood Mapping → Flood Risk Mapping, 2 bullets");
    expect(text).toContain("+ United States Army Corps of Engineers (USACE)");
  });

  it("writes Markdown with one heading per group and escaped text", () => {
    const md = renderMarkdown(layOut(diffExtractions(y2023, y2024)));
    expect(md.match(/^### .*/gm)).toEqual(["### Goals", "### Sections", "### Entities", "### Figures"]);
    expect(md).toContain("- *removed* Workforce Training, 1 bullet");
    expect(renderMarkdown(layOut({ ...diffExtractions(y2023, y2023), old: { ...diffExtractions(y2023, y2023).old, title: "A *b* | c" } }))).toContain("A \\*b\\* \\| c");
  });

  it("states changes in the figure's unit", () => {
    expect(number(20_500_000)).toBe("20.5 million");
    expect(number(1066)).toBe("1,066");
    const change = (kind: "percent" | "count", absolute: number, relative: number | null, valueMax: number | null = null) =>
      changeText({ old: { valueMax: null } as never, new: { kind, unit: kind === "percent" ? "%" : null, valueMax } as never, pairedBy: "item", change: { absolute, relative } });
    expect(change("percent", 5, 0.125)).toBe("+5 points");
    expect(change("count", -72, -0.5)).toBe("−72, −50%");
    expect(change("count", 3, null)).toBe("+3");
    expect(change("count", 0, 0, 50_000)).toBe("±0, ±0% at the midpoint");
  });
});
