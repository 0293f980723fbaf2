/** Annual series found by title among the corpus documents' titles (from its manifest, as stored documents carry them). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findSeries, seriesTokens, seriesYear } from "../src/diff/series.ts";
import type { DocumentSummary } from "../src/store/read.ts";
import { corpusPath, HAS_SHARED, sharedTitle } from "./helpers/shared.ts";

describe("series titles", () => {
  it("leave out years, fiscal years, ordinals and the FACT SHEET label", () => {
    const first = seriesTokens("FACT SHEET: U.S.-Mexico High-Level Security Dialogue");
    expect(seriesTokens("FACT SHEET: Second Meeting of the U.S.-Mexico High-Level Security Dialogue")).toEqual(first);
    expect(seriesTokens("2022 U.S.-Mexico High-Level Security Dialogue")).toEqual(first);
    expect(seriesTokens("Joint Statement: 2022 U.S.-Mexico High-Level Security Dialogue")).not.toEqual(first);
    expect(seriesTokens("The President's FY 2023 Budget")).toEqual(seriesTokens("The President’s Fiscal Year 2022 Budget"));
    expect(seriesTokens("Readout of the 3rd Meeting of the Competition Council")).toEqual(seriesTokens("Readout of the Inaugural Meeting of the Competition Council"));
  });

  it("give the year a document reports on: the one its title names, else its publication year", () => {
    expect(seriesYear({ title: "Memorandum on Presidential Determination on Refugee Admissions for Fiscal Year 2023", published: "2022-09-27" })).toBe(2023);
    expect(seriesYear({ title: "State Department FY 2022 Budget Request", published: "2021-05-28" })).toBe(2022);
    expect(seriesYear({ title: "FACT SHEET: Second Meeting of the U.S.-Mexico High-Level Security Dialogue", published: "2022-10-13" })).toBe(2022);
    expect(seriesYear({ title: "Untitled", published: null })).toBeNull();
  });
});

describe.skipIf(!HAS_SHARED)(sharedTitle("findSeries among the White House documents of the corpus"), () => {
  const manifest = HAS_SHARED
    ? readFileSync(corpusPath("whitehouse/manifest.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { path: string; title: string; date: string; bytes: number })
    : [];
  const documents: DocumentSummary[] = manifest.map((m, i) => ({
    id: i + 1, source: m.path, sha256: "0".repeat(64), format: "markdown", title: m.title.replace(/\u00a0/g, " "), published: m.date,
    pipeline: "default", pipelineVersion: "1", ingestedAt: "2024-01-01T00:00:00Z",
  }));
  const bytes = new Map(manifest.map((m, i) => [i + 1, m.bytes]));
  const series = (query: string) => {
    const s = findSeries(documents, query, (d) => bytes.get(d.id)!);
    const path = (d: DocumentSummary) => d.source.replace(/^.*\//, "");
    return { members: s.members.map(path), setAside: s.setAside.map(path) };
  };

  it("takes each year's fact sheet of the High-Level Security Dialogue, not the joint statements or the Economic Dialogue", () => {
    const s = series("U.S.-Mexico High-Level Security Dialogue");
    expect(s.members).toEqual([
      "2021-10-08-fact-sheet-u-s-mexico-high-level-security-dialogue.md",
      "2022-10-13-fact-sheet-second-meeting-of-the-u-s-mexico-high-level-security-dialogue.md",
    ]);
    expect(s.setAside).toEqual(expect.arrayContaining(["2021-10-04-u-s-mexico-high-level-security-dialogue.md", "2022-10-14-joint-statement-2022-u-s-mexico-high-level-security-dialogue.md"]));
    expect([...s.members, ...s.setAside].some((p) => p.includes("economic"))).toBe(false);
  });

  it("finds the refugee admissions determinations of each fiscal year, by words or by a key", () => {
    const fiscalYears = (members: string[]) => members.map((p) => /fiscal-year-(\d{4})/.exec(p)?.[1]);
    expect(fiscalYears(series("Presidential Determination on Refugee Admissions").members)).toEqual(["2021", "2022", "2023", "2024"]);
    expect(fiscalYears(series("presidential-determination-refugee-admissions").members)).toEqual(["2021", "2022", "2023", "2024"]);
    // A title that holds more words than the next year's still finds it.
    const fy2022 = "Memorandum for the Secretary of State on Presidential Determination on Refugee Admissions for Fiscal Year 2022";
    expect(fiscalYears(series(fy2022).members)).toEqual(expect.arrayContaining(["2022", "2023", "2024"]));
  });

  it("orders the members by date and finds nothing for a title no document has", () => {
    const s = findSeries([...documents].reverse(), "Efforts to End HIV/AIDS At Home and Abroad", (d) => bytes.get(d.id)!);
    expect(s.members.map((d) => d.published)).toEqual(["2022-12-01", "2023-12-01", "2024-11-29"]);
    expect(findSeries(documents, "Interplanetary Fisheries Compact", () => 0)).toEqual({ members: [], setAside: [] });
  });
});
