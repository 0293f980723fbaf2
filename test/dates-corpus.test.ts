/** Dates on real documents: exact spans and intervals, and the gold threshold (issue 5: date F1 >= 0.95). */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDocument, type Extraction } from "../src/index.ts";
import { GOLD, HAS_SHARED, SEED, SHARED, corpusPath, readGold, sharedTitle } from "./helpers/shared.ts";

type Expected = [text: string, from: string | null, to: string | null];

/**
 * Checks that the document's dates are exactly `expected`, in reading order,
 * each at the next place its text occurs (so the spans are exact).
 */
function expectDates(x: Extraction, expected: readonly Expected[]): void {
  let cursor = 0;
  const located = expected.map(([text, from, to]) => {
    const start = x.text.indexOf(text, cursor);
    expect(start, `"${text}" after offset ${cursor}`).toBeGreaterThanOrEqual(0);
    cursor = start + text.length;
    return { text, span: [start, start + text.length], from, to };
  });
  expect(x.dates.map(({ text, span, from, to }) => ({ text, span, from, to }))).toEqual(located);
}

/** The dates of a document whose text holds `text`, as [text, from, to]. */
function datesOf(x: Extraction): Expected[] {
  return x.dates.map((d) => [d.text, d.from, d.to]);
}

/** The seed's dates; the Markdown copy of the same fact sheet has a published date that closes the open ranges. */
function seedDates(published: string | null): Expected[] {
  return [
    ["Today", published, published],
    ["October 2021", "2021-10-01", "2021-10-31"],
    ["Today", published, published],
    ["since October 2021", "2021-10-01", published],
    ["In April", "2022-04-01", "2022-04-30"],
    ["In June", "2022-06-01", "2022-06-30"],
    ["July 12", "2022-07-12", "2022-07-12"],
    ["October 2021", "2021-10-01", "2021-10-31"],
    ["In 2022", "2022-01-01", "2022-12-31"],
    ["between 2019 and 2022", "2019-01-01", "2022-12-31"],
    ["Since 2020", "2020-01-01", published],
    ["in 2022", "2022-01-01", "2022-12-31"],
    ["In August", "2022-08-01", "2022-08-31"],
    ["fiscal year 2021", "2020-10-01", "2021-09-30"],
    ["fiscal year 2020", "2019-10-01", "2020-09-30"],
    ["in 2019", "2019-01-01", "2019-12-31"],
    ["In 2021", "2021-01-01", "2021-12-31"],
    ["from January to August 2022", "2022-01-01", "2022-08-31"],
    ["since 2019", "2019-01-01", published],
    ["June 25", "2022-06-25", "2022-06-25"],
    ["April 2022", "2022-04-01", "2022-04-30"],
    ["May 2022", "2022-05-01", "2022-05-31"],
    ["May 2022", "2022-05-01", "2022-05-31"],
    ["August 2022", "2022-08-01", "2022-08-31"],
    ["September 2022", "2022-09-01", "2022-09-30"],
    ["from 2017 to 2022", "2017-01-01", "2022-12-31"],
    ["July 2021", "2021-07-01", "2021-07-31"],
    ["From October 2021 to August 2022", "2021-10-01", "2022-08-31"],
    ["April 2021", "2021-04-01", "2021-04-30"],
    ["March 2022", "2022-03-01", "2022-03-31"],
    ["September 2022", "2022-09-01", "2022-09-30"],
    ["In August", "2022-08-01", "2022-08-31"],
    ["May 17, 2022", "2022-05-17", "2022-05-17"],
    ["beginning in 2000 and continuing through 2012", "2000-01-01", "2012-12-31"],
    ["May 26, 2022", "2022-05-26", "2022-05-26"],
    ["in 2014", "2014-01-01", "2014-12-31"],
    ["August 18, 2022", "2022-08-18", "2022-08-18"],
    ["In May", "2022-05-01", "2022-05-31"],
    ["December 2021", "2021-12-01", "2021-12-31"],
    ["February 17", "2022-02-17", "2022-02-17"],
    ["July 11", "2022-07-11", "2022-07-11"],
  ];
}

describe.skipIf(!HAS_SHARED)(sharedTitle("dates in the corpus"), () => {
  it("finds every date of the seed, with its exact span; undated, it takes 2022 and leaves Today and open ranges unknown", async () => {
    expectDates(await extractDocument({ path: SEED }), seedDates(null));
  });

  it("closes the same fact sheet's open ranges and Today on its published date (Markdown)", async () => {
    const path = corpusPath(
      "whitehouse/statements-releases/2022-10/2022-10-13-fact-sheet-second-meeting-of-the-u-s-mexico-high-level-security-dialogue.md",
    );
    const x = await extractDocument({ path });
    expect(x.published).toBe("2022-10-13");
    expect(datesOf(x)).toEqual(seedDates("2022-10-13").map(([t, from, to]) => [t, from ?? "2022-10-13", to ?? "2022-10-13"]));
  });

  it("reads a state.gov release without a published date from its own years (HTML)", async () => {
    expectDates(await extractDocument({ path: corpusPath("state/items/state-page-247783.html") }), [
      ["June 1-2, 2021", "2021-06-01", "2021-06-02"],
      ["in 2019", "2019-01-01", "2019-12-31"],
      ["2018", "2018-01-01", "2018-12-31"],
      ["In 2020", "2020-01-01", "2020-12-31"],
      ["in 2020", "2020-01-01", "2020-12-31"],
    ]);
  });

  it("reads a proclamation: its year, this year, the month proclaimed and the closing date in words", async () => {
    const x = await extractDocument({ path: corpusPath("whitehouse/presidential-actions/2021-09/2021-09-30-a-proclamation-on-cybersecurity-awareness-month-2021.md") });
    expect(datesOf(x)).toEqual([
      ["2021", "2021-01-01", "2021-12-31"],
      ["this year", "2021-01-01", "2021-12-31"],
      ["this year", "2021-01-01", "2021-12-31"],
      ["this year", "2021-01-01", "2021-12-31"],
      ["October 2021", "2021-10-01", "2021-10-31"],
      ["this thirtieth day of September, in the year of our Lord two thousand twenty-one", "2021-09-30", "2021-09-30"],
    ]);
  });

  it("reads fiscal years, spans of them and open ranges in a progress report", async () => {
    const path = corpusPath(
      "whitehouse/statements-releases/2024-03/2024-03-25-fact-sheet-update-on-the-u-s-strategy-for-addressing-the-root-causes-of-migration-in-central-america-3.md",
    );
    const published = "2024-03-25";
    expectDates(await extractDocument({ path }), [
      ["March 2024", "2024-03-01", "2024-03-31"],
      ["2021", "2021-01-01", "2021-12-31"],
      ["Since July 2021", "2021-07-01", published],
      ["Since 2021", "2021-01-01", published],
      ["June 2021", "2021-06-01", "2021-06-30"],
      ["in 2021", "2021-01-01", "2021-12-31"],
      ["in 2023", "2023-01-01", "2023-12-31"],
      ["Since 2021", "2021-01-01", published],
      ["Since 2021", "2021-01-01", published],
      ["From FY 2021 to 2023", "2020-10-01", "2023-09-30"],
      ["summer 2024", "2024-06-01", "2024-08-31"],
      ["FY 2024", "2023-10-01", "2024-09-30"],
      ["since FY 2022", "2021-10-01", published],
      ["Since 2021", "2021-01-01", published],
      ["since July 2021", "2021-07-01", published],
      ["Since 2021", "2021-01-01", published],
      ["Since 2021", "2021-01-01", published],
      ["FY 2023", "2022-10-01", "2023-09-30"],
    ]);
  });

  it("reads quarters of calendar years", async () => {
    const x = await extractDocument({
      path: corpusPath(
        "whitehouse/statements-releases/2021-06/2021-06-23-fact-sheet-biden-harris-administration-announces-comprehensive-strategy-to-prevent-and-respond-to-gun-crime-and-ensure-public-safety.md",
      ),
    });
    const quarters = x.dates.filter((d) => d.grain === "quarter").map((d) => [d.text, d.from, d.to]);
    expect(quarters).toEqual([
      ["first quarter of 2021", "2021-01-01", "2021-03-31"],
      ["first quarter of 2020", "2020-01-01", "2020-03-31"],
      ["first quarter of 2019", "2019-01-01", "2019-03-31"],
    ]);
  });

  it("reaches date F1 >= 0.95 over the gold files, micro-averaged as score.mjs does", async () => {
    const { scoreDocument } = (await import(pathToFileURL(join(SHARED, "eval", "score.mjs")).href)) as {
      scoreDocument: (gold: unknown, pred: unknown) => { fields: Record<string, { gold: number; pred: number; match: number }> };
    };
    const total = { gold: 0, pred: 0, match: 0 };
    const files = readdirSync(GOLD).filter((f) => f.endsWith(".gold.json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const gold = readGold(file);
      const x = await extractDocument({ path: join(SHARED, gold.source) });
      const date = scoreDocument(gold, x).fields.date!;
      total.gold += date.gold;
      total.pred += date.pred;
      total.match += date.match;
    }
    const precision = total.match / total.pred;
    const recall = total.match / total.gold;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.95);
  });
});
