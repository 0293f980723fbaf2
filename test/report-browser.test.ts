/// <reference lib="dom" />
/**
 * The report page in a real browser: Debian's chromium, driven by
 * playwright-core, loads the page the server serves, finds the highlighted
 * spans by type, hovers them for their details, loads a diff page, and
 * takes screenshots (out/screenshots/; test/screenshots/ holds kept copies).
 */
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../src/index.ts";
import { OUT } from "../src/paths.ts";
import { startServer, type RunningServer } from "../src/server/index.ts";
import { openDatabase } from "../src/store/db.ts";
import { storeExtraction } from "../src/store/write.ts";
import { annotatedHostile, annotatedSeed, revisedHostile } from "./helpers/annotated.ts";
import { HAS_SHARED, SEED, sharedTitle } from "./helpers/shared.ts";

const CHROMIUM = "/usr/bin/chromium";
const SKIP = existsSync(CHROMIUM) ? null : `skipped: no chromium at ${CHROMIUM} (apt-get install chromium)`;
if (SKIP) console.warn(`report browser test ${SKIP}`);

const SCREENSHOTS = join(OUT, "screenshots");
const SCREENSHOT = join(SCREENSHOTS, "report.png");

/** What CSS shows of a mark's hover details (its ::before): whether it is displayed, and its text. */
async function tipOf(mark: Locator): Promise<{ display: string; content: string }> {
  return mark.evaluate((el) => {
    const style = getComputedStyle(el, "::before");
    return { display: style.display, content: style.content };
  });
}

describe(`report page in headless chromium${SKIP ? ` (${SKIP})` : ""}`, () => {
  let browser: Browser;
  let server: RunningServer;
  let page: Page;
  const ids = { hostile: 0, revised: 0, seed: 0, extracted: 0 };
  const requests: string[] = [];

  beforeAll(async () => {
    if (SKIP) return;
    const dbPath = join(mkdtempSync(join(tmpdir(), "govfacts-browser-")), "test.db");
    const db = openDatabase(dbPath);
    const meta = { bytes: 1, encoding: "utf-8", pipelineVersion: "1" };
    ids.hostile = storeExtraction(db, await annotatedHostile(), meta).id;
    ids.revised = storeExtraction(db, await revisedHostile(), meta).id;
    if (HAS_SHARED) {
      ids.seed = storeExtraction(db, await annotatedSeed(), meta).id;
      // Under a source of its own: the annotated seed above keeps its row.
      ids.extracted = storeExtraction(db, { ...(await extractDocument({ path: SEED })), source: `${SEED}#extracted` }, meta).id;
    }
    db.close();
    server = await startServer({ db: dbPath, port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // A missing element fails its test at once rather than waiting the default 30 s.
    page.setDefaultTimeout(5_000);
    page.on("request", (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.skipIf(SKIP !== null)("renders the hostile case's markup as text and runs nothing", async () => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    requests.length = 0;
    await page.goto(`${server.url}/documents/${ids.hostile}/report`);
    expect(requests).toEqual([`${server.url}/documents/${ids.hostile}/report`]);
    expect(await page.locator("script, img, main b, main i").count()).toBe(0);
    await expect(page.locator("h1").textContent()).resolves.toBe(`FACT SHEET: <script>alert("x")</script> & "Quotes", Commas`);
    const pieces = page.locator('mark[data-entity="place:mexico-city"]');
    expect(await pieces.count()).toBe(2);
    await pieces.last().hover();
    await expect(tipOf(pieces.last())).resolves.toMatchObject({ display: "block", content: expect.stringContaining("Mexico City") });
    expect(dialogs).toEqual([]);
  });

  it.skipIf(SKIP !== null)("shows a diff side by side, removed on the left and added on the right, the changed words marked", async () => {
    requests.length = 0;
    await page.goto(`${server.url}/diff/report?old=${ids.hostile}&new=${ids.revised}`);
    expect(requests).toEqual([`${server.url}/diff/report?old=${ids.hostile}&new=${ids.revised}`]);
    const figure = page.locator('section[data-group="figures"] tr[data-change="changed"]');
    const [old, neu] = [figure.locator("td.old"), figure.locator("td.new")];
    const box = async (l: Locator) => (await l.boundingBox())!;
    expect((await box(old)).x).toBeLessThan((await box(neu)).x);
    expect((await box(old)).y).toBe((await box(neu)).y);
    await expect(old.locator("del").textContent()).resolves.toBe("$5 million");
    await expect(neu.locator("ins").textContent()).resolves.toBe("$7 million");
    const look = (l: Locator) => l.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, line: getComputedStyle(el).textDecorationLine }));
    const [del, ins] = [await look(old.locator("del")), await look(neu.locator("ins"))];
    expect(del.line).toBe("line-through");
    expect(ins.line).toBe("none");
    expect(del.background).not.toBe(ins.background);
    const gone = page.locator('section[data-group="entities"] tr[data-change="removed"] td.old');
    await expect(gone.textContent()).resolves.toContain("Mexico City");
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "diff.png"), fullPage: true });
  });

  it.skipIf(SKIP !== null || !HAS_SHARED)(sharedTitle("loads the served page with nothing else to fetch"), async () => {
    requests.length = 0;
    const response = await page.goto(`${server.url}/documents/${ids.seed}/report`);
    expect(response?.status()).toBe(200);
    expect(requests).toEqual([`${server.url}/documents/${ids.seed}/report`]);
    await expect(page.title()).resolves.toMatch(/govfacts report$/);
  });

  it.skipIf(SKIP !== null || !HAS_SHARED)(sharedTitle("finds the highlighted spans by type, each colored and labelled"), async () => {
    const counts: Record<string, number> = {};
    for (const type of ["agency", "person", "program", "law", "place", "amount", "date"]) {
      counts[type] = await page.locator(`mark[data-type="${type}"][data-label]`).count();
    }
    expect(counts).toEqual({ agency: 13, person: 2, program: 6, law: 3, place: 40, amount: 4, date: 3 });
    const dea = page.locator('mark[data-entity="agency:us:dea"]').first();
    await expect(dea.isVisible()).resolves.toBe(true);
    const look = await dea.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, label: getComputedStyle(el, "::after").content }));
    expect(look).toEqual({ background: "rgb(122, 236, 236)", label: '"agency"' });
    const amount = await page.locator('mark[data-type="amount"]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(amount).not.toBe(look.background);
  });

  it.skipIf(SKIP !== null || !HAS_SHARED)(sharedTitle("shows a mark's details on hover, only the innermost one's when marks nest"), async () => {
    const money = page.locator('mark[data-type="amount"][data-tip*="qualifier: nearly"]');
    await expect(tipOf(money)).resolves.toMatchObject({ display: "none" });
    await money.hover();
    const tip = await tipOf(money);
    expect(tip.display).toBe("block");
    expect(tip.content).toContain("money: 1,500,000,000 USD");
    expect(tip.content).toContain("qualifier: nearly");

    const program = page.locator('mark[data-entity="program:bicentennial-framework"]').first();
    const place = program.locator('mark[data-entity="place:mexico"]');
    await place.hover();
    await expect(tipOf(place)).resolves.toMatchObject({ display: "block", content: expect.stringContaining("place:mexico") });
    await expect(tipOf(program)).resolves.toMatchObject({ display: "none" });

    const date = page.locator('mark[data-type="date"]').first();
    await date.hover();
    await expect(tipOf(date)).resolves.toMatchObject({ display: "block", content: expect.stringContaining("2021-10-01 → 2021-10-31") });
  });

  it.skipIf(SKIP !== null || !HAS_SHARED)(sharedTitle("marks everything the pipeline extracted from the seed, and takes a screenshot"), async () => {
    const x = await extractDocument({ path: SEED });
    await page.goto(`${server.url}/documents/${ids.extracted}/report`);
    const marked = async (type: string) => page.locator(`mark[data-type="${type}"]`).count();
    for (const type of ["agency", "person", "organization", "program", "law", "place"] as const) {
      const mentions = x.entities.filter((e) => e.type === type).reduce((n, e) => n + e.mentions.length, 0);
      // Mentions in the title line are shown in the header, not among the marks of the body.
      expect(await marked(type), type).toBeGreaterThan(0.9 * mentions);
    }
    expect(await marked("amount")).toBe(x.amounts.length);
    expect(await marked("date")).toBe(x.dates.length);
    // The top of the page: header and legend, the entity table, and an agency's details showing.
    await page.evaluate(() => window.scrollTo(0, 0));
    const agency = page.locator('mark[data-type="agency"]').first();
    await agency.hover();
    await expect(tipOf(agency)).resolves.toMatchObject({ display: "block", content: expect.stringContaining("agency:") });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

});
