import { load, type CheerioAPI } from "cheerio";
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "../src/report/document.ts";
import { collectMarks, nestMarks, type MarkNode } from "../src/report/marks.ts";
import type { Extraction } from "../src/schema.ts";
import { annotatedHostile, annotatedSeed, HOSTILE_TEXT, sampleDatabase } from "./helpers/annotated.ts";
import { runCli } from "./helpers/cli.ts";
import { HAS_SHARED, SEED, sharedTitle } from "./helpers/shared.ts";

const VOID = new Set(["meta", "br", "img", "link", "input", "hr"]);

/** Every element closes in the order it opened: no markup the browser would have to repair. */
function balanced(html: string): boolean {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
    const tag = name!.toLowerCase();
    if (VOID.has(tag) || tag === "!doctype") continue;
    if (!close) stack.push(tag);
    else if (stack.pop() !== tag) return false;
  }
  return stack.length === 0;
}

/** The text of each mark on the page, its pieces joined (a split mark is several elements). */
function markTexts($: CheerioAPI): Map<number, string> {
  const texts = new Map<number, string>();
  $("mark[data-mark]").each((_, el) => {
    const id = Number($(el).attr("data-mark"));
    texts.set(id, (texts.get(id) ?? "") + $(el).text());
  });
  return texts;
}

function checkPage(x: Extraction): CheerioAPI {
  const html = renderReport(x);
  expect(balanced(html)).toBe(true);
  const $ = load(html);
  // Marks add no text: each segment reads exactly as the document does.
  for (const b of x.bullets) {
    const li = $(`li[data-segment="${b.id}"]`).clone();
    li.children("ul").remove();
    expect(li.text()).toBe(b.text);
  }
  for (const p of x.paragraphs) expect($(`p[data-segment="${p.id}"]`).text()).toBe(p.text);
  for (const s of x.sections) expect($(`section[data-segment="${s.id}"] > h3`).text()).toBe(x.text.slice(...s.span));
  // Every mark is on the page whole, however it was nested or split.
  const texts = markTexts($);
  for (const m of collectMarks(x)) expect(texts.get(m.id)).toBe(x.text.slice(m.start, m.end));
  return $;
}

describe(sharedTitle("report page"), () => {
  let seed: Extraction;
  let hostile: Extraction;
  beforeAll(async () => {
    if (!HAS_SHARED) return;
    [seed, hostile] = await Promise.all([annotatedSeed(), annotatedHostile()]);
  });

  it.skipIf(!HAS_SHARED)("shows the seed's goals, sections, bullets and paragraphs with every mention, amount and date marked", () => {
    const $ = checkPage(seed);
    expect($("section.goal > h2").map((_, el) => $(el).text()).get()).toEqual(seed.goals.map((g) => seed.text.slice(g.span[0], g.titleSpan[1])));
    expect($("li.bullet")).toHaveLength(seed.bullets.length);
    expect($("p.paragraph")).toHaveLength(seed.paragraphs.length);
    const mentions = seed.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect($("mark[data-label]")).toHaveLength(mentions + seed.amounts.length + seed.dates.length);
    expect($('mark[data-type="amount"][data-label]')).toHaveLength(seed.amounts.length);
    expect($('mark[data-type="date"][data-label]')).toHaveLength(seed.dates.length);
    expect($('mark[data-entity="agency:us:dea"][data-label="agency"]')).toHaveLength(6);
  });

  it.skipIf(!HAS_SHARED)("nests a mark inside a longer one and splits one that crosses another's edge", () => {
    const $ = checkPage(hostile);
    expect($("mark.m-program > mark.m-date").text()).toBe("Fiscal Year 2023");
    expect($("mark.m-program > mark.m-date").attr("data-split")).toBeUndefined();
    // "40 officers in Mexico" crosses "Mexico City": the place is split where the amount ends.
    const pieces = $('mark[data-entity="place:mexico-city"]');
    expect(pieces.map((_, el) => $(el).text()).get()).toEqual(["Mexico", " City"]);
    expect(pieces.map((_, el) => $(el).attr("data-split")).get()).toEqual(["start", "end"]);
    expect(pieces.first().parent().is("mark.m-amount")).toBe(true);
    expect(pieces.filter("[data-label]").text()).toBe(" City");
    expect(pieces.filter("[id]")).toHaveLength(1);
    // The seed's "Mexico" inside "U.S.-Mexico Bicentennial Framework..." nests.
    expect(load(renderReport(seed))("mark.m-program > mark.m-place").first().text()).toBe("Mexico");
  });

  it.skipIf(!HAS_SHARED)("escapes everything the document says, in text and in attributes", () => {
    const html = renderReport(hostile, { id: 7 });
    expect(balanced(html)).toBe(true);
    const $ = load(html);
    expect($("script, img, b, i, [onerror], [src]")).toHaveLength(0);
    expect($("title").text()).toBe(`FACT SHEET: <script>alert("x")</script> & "Quotes", Commas · govfacts report`);
    expect($("h1").text()).toBe(`FACT SHEET: <script>alert("x")</script> & "Quotes", Commas`);
    expect($('mark[data-entity="agency:us:department-of-state"]').attr("data-tip")).toBe(
      `Department of State <"State">\nagency:us:department-of-state\nacronym: DOS\ncountry: US`,
    );
    expect($('mark[data-type="amount"]').first().attr("data-tip")).toBe(`money: 5,000,000 USD\nitem: <b>partners</b> & "friends"`);
    expect($("h3").text()).toBe(`GRANTS, "QUOTED" & <I>TAGGED</I>`);
    expect($('tr[data-entity="agency:us:department-of-state"] a').text()).toBe(`Department of State <"State"> (DOS)`);
  });

  it.skipIf(!HAS_SHARED)("anchors a mark shown twice once, and says how many marks lie outside what the page shows", () => {
    const titled = { ...hostile, title: hostile.paragraphs[0]!.text, titleSpan: hostile.paragraphs[0]!.span };
    const $ = load(renderReport(titled));
    const ids = $("[id]").map((_, el) => $(el).attr("id")).get();
    expect(new Set(ids).size).toBe(ids.length);
    expect($("h1 mark[data-label]")).toHaveLength(5);
    expect($("p.paragraph").first().find("mark[data-label]")).toHaveLength(5);
    expect($(".meta .hidden")).toHaveLength(0);
    // Without its paragraph, the paragraph's five marks are nowhere on the page.
    const cut = load(renderReport({ ...hostile, paragraphs: [] }));
    expect(cut(".meta .hidden").text()).toBe("5 marks lie outside the title, goals, sections, bullets and paragraphs");
  });

  it.skipIf(!HAS_SHARED)("gives hover details: canonical name and key; value, unit and qualifier; the resolved interval", () => {
    const $ = load(renderReport(seed));
    const tip = (selector: string) => $(selector).first().attr("data-tip");
    expect(tip('mark[data-entity="person:antony-blinken"]')).toBe("Antony Blinken\nperson:antony-blinken\ntitle: Secretary of State");
    expect(tip('mark[data-entity="agency:us:samhsa"]')).toBe(
      "Substance Abuse and Mental Health Services Administration\nagency:us:samhsa\nacronym: SAMHSA\ncountry: US\npart of: agency:us:hhs",
    );
    const amounts = $('mark[data-type="amount"]').map((_, el) => $(el).attr("data-tip")).get();
    expect(amounts).toContain("money: 1,500,000,000 USD\nqualifier: nearly\nsubject: agency:us:hhs");
    expect(amounts).toContain("count: 745\nitem: community coalitions");
    expect(tip('mark[data-type="date"]')).toBe("2021-10-01 → 2021-10-31\ngrain: month");
    expect($('mark[data-type="date"]').first().attr("data-label")).toBe("date");
    expect($('mark[data-type="amount"]').first().attr("data-label")).toBe("money");
  });

  it.skipIf(!HAS_SHARED)("has a legend and a side table of entities with their mention counts, linked to the first mention", () => {
    const $ = load(renderReport(seed));
    const legend = Object.fromEntries($(".legend li").map((_, el) => [[$(el).attr("data-type"), Number($(el).text().replace(/\D/g, ""))]]).get());
    expect(legend).toEqual({ agency: 13, person: 2, organization: 0, program: 6, law: 3, place: 40, amount: 4, date: 3 });
    const rows = $("table.entities tbody tr").map((_, el) => [[$(el).attr("data-entity"), Number($(el).find("td.count").text())]]).get() as [string, number][];
    expect(rows[0]).toEqual(["place:mexico", 40]);
    expect(rows).toHaveLength(seed.entities.length);
    expect(rows.map(([, n]) => n)).toEqual([...rows.map(([, n]) => n)].sort((a, b) => b - a));
    for (const row of $("table.entities a").get()) {
      const target = $(row).attr("href")!.slice(1);
      expect($(`mark#${target}`).attr("data-entity")).toBe($(row).closest("tr").attr("data-entity"));
    }
  });

  it.skipIf(!HAS_SHARED)("is one self-contained file: no scripts, links or remote resources", () => {
    const html = renderReport(seed);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|https?:\/\//i);
  });

  it("lays out any marks over any text as properly nested, complete pieces", () => {
    const mark = fc.record({ start: fc.nat({ max: 40 }), length: fc.integer({ min: 1, max: 15 }), kind: fc.constantFrom("entity", "amount", "date") });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "<", ">", "&", '"', "'", "é", "\n"), minLength: 1, maxLength: 50 }), fc.array(mark, { maxLength: 8 }), (text, spans) => {
        const inText = spans.map((s) => ({ ...s, start: Math.min(s.start, text.length - 1) })).map((s) => ({ ...s, end: Math.min(s.start + s.length, text.length) }));
        const x: Extraction = {
          schemaVersion: 1, source: "/p.txt", sha256: "0".repeat(64), format: "text", pipeline: "p", title: null, titleSpan: null, published: null, text,
          goals: [], sections: [], bullets: [],
          paragraphs: [{ id: 0, parent: null, depth: 0, order: 0, span: [0, text.length], kind: "paragraph", text, section: null, goal: null }],
          entities: inText.filter((s) => s.kind === "entity").map((s, i) => ({
            key: `place:p${i}`, type: "place", name: `P${i}`, acronym: null, aliases: [], country: null, title: null, parent: null,
            mentions: [{ text: text.slice(s.start, s.end), span: [s.start, s.end], segment: 0 }],
          })),
          amounts: inText.filter((s) => s.kind === "amount").map((s) => ({
            text: text.slice(s.start, s.end), span: [s.start, s.end], kind: "count", value: 1, valueMax: null, unit: null, qualifier: null, item: null, segment: 0, subject: null, entities: [],
          })),
          dates: inText.filter((s) => s.kind === "date").map((s) => ({
            text: text.slice(s.start, s.end), span: [s.start, s.end], from: "2020-01-01", to: "2020-12-31", grain: "year", segment: 0, subject: null, entities: [],
          })),
        };
        checkPage(x);
        // Pieces lie inside their parents and in order.
        const inside = (nodes: MarkNode[], from: number, to: number): boolean =>
          nodes.every((n, i) => from <= n.start && n.end <= to && n.start < n.end && (i === 0 || nodes[i - 1]!.end <= n.start) && inside(n.children, n.start, n.end));
        expect(inside(nestMarks(collectMarks(x), 0, text.length), 0, text.length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe(sharedTitle("npm run report"), () => {
  let dir: string;
  let dbPath: string;
  let ids: Awaited<ReturnType<typeof sampleDatabase>>;
  beforeAll(async () => {
    if (!HAS_SHARED) return;
    dir = mkdtempSync(join(tmpdir(), "govfacts-report-"));
    dbPath = join(dir, "test.db");
    ids = await sampleDatabase(dbPath);
  });

  it.skipIf(!HAS_SHARED)("writes the page of a stored document, named by id or by source path", () => {
    const byId = runCli("report", [String(ids.hostile), "--db", dbPath, "--out", join(dir, "by-id.html")]);
    expect(byId.stderr).toBe("");
    expect(byId.stdout).toMatch(/wrote .*by-id\.html \(stored document 3\)/);
    const page = readFileSync(join(dir, "by-id.html"), "utf8");
    expect(load(page)('mark[data-entity="place:mexico-city"]')).toHaveLength(2);
    const bySource = runCli("report", [SEED, "--db", dbPath, "--out", "-"]);
    expect(bySource.status).toBe(0);
    expect(load(bySource.stdout)('mark[data-entity="agency:us:dea"][data-label]')).toHaveLength(6);
  });

  it.skipIf(!HAS_SHARED)("extracts a file that is not stored on the fly, touching no database", () => {
    const file = join(dir, "case.txt");
    writeFileSync(file, HOSTILE_TEXT);
    const r = runCli("report", [file, "--db", dbPath, "--out", join(dir, "case.html")]);
    expect(r.stdout).toMatch(/extracted on the fly/);
    const $ = load(readFileSync(join(dir, "case.html"), "utf8"));
    expect($("li.bullet")).toHaveLength(2);
    expect($("script")).toHaveLength(0);
  });

  it.skipIf(!HAS_SHARED)("fails with a message for a document it cannot find", () => {
    const r = runCli("report", ["999", "--db", dbPath]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^999: neither a stored document/);
    expect(runCli("report", []).status).toBe(2);
  });
});
