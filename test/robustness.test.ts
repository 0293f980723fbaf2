/** Hostile and extreme input: the pipeline fails cleanly per document or copes, never crashes. */
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentError, extractDocument, type Extraction } from "../src/index.ts";
import { openDatabase } from "../src/store/db.ts";
import { readExtraction } from "../src/store/read.ts";
import { storeExtraction } from "../src/store/write.ts";
import { runCli } from "./helpers/cli.ts";

/** Every span of a record lies inside its text and slices to the record's own text. */
function expectExactSpans(x: Extraction): void {
  const spans: { text?: string; span: [number, number] }[] = [
    ...x.goals.map((g) => ({ text: g.title, span: g.titleSpan })),
    ...x.sections.map((s) => ({ span: s.span })),
    ...x.bullets,
    ...x.paragraphs,
    ...x.entities.flatMap((e) => e.mentions),
    ...x.amounts,
    ...x.dates,
  ];
  for (const { text, span } of spans) {
    expect(span[0]).toBeLessThanOrEqual(span[1]);
    expect(span[1]).toBeLessThanOrEqual(x.text.length);
    if (text !== undefined) expect(x.text.slice(span[0], span[1])).toBe(text);
  }
}

async function extractOrClean(path: string, text: string): Promise<Extraction | null> {
  try {
    return await extractDocument({ path, text });
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return null;
  }
}

const factSheetLine = fc.oneof(
  fc.constantFrom(
    "GOAL 2: SECURE THE BORDER",
    "  • The Department of Homeland Security (DHS) seized 4,000 pounds of fentanyl in fiscal year 2022.",
    "    ◦ In May 2023, DHS and the FBI arrested 12 people.",
    "Secretary of State Jane Roe met President Juan Pérez in Mexico City on June 1-2, 2021.",
    "Public Health:",
    "Stay Connected",
    "###",
    "",
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
);

describe("arbitrary input", () => {
  it("never crashes the pipeline on arbitrary text, and every span is exact", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(factSheetLine, { maxLength: 30 }), fc.constantFrom("a.txt", "a.md", "a.html"), async (lines, path) => {
        const x = await extractOrClean(path, lines.join("\n"));
        if (x) expectExactSpans(x);
      }),
      { numRuns: 150 },
    );
  });

  it("never crashes on arbitrary HTML", async () => {
    const tag = fc.constantFrom("p", "div", "ul", "ol", "li", "h2", "strong", "b", "table", "tr", "td", "span", "a", "script", "nav", "article");
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.string({ maxLength: 40 }).map((s) => s.replace(/[<>]/g, " ")),
        fc.tuple(tag, fc.array(tie("node"), { maxLength: 4 }), fc.boolean()).map(([t, kids, close]) => `<${t}>${kids.join("")}${close ? `</${t}>` : ""}`),
        fc.string({ maxLength: 20 }),
      ),
    })).node;
    await fc.assert(
      fc.asyncProperty(node, async (html) => {
        const x = await extractOrClean("page.html", `<html><body>${html}</body></html>`);
        if (x) expectExactSpans(x);
      }),
      { numRuns: 150 },
    );
  });
});

describe("extreme input", () => {
  it("processes HTML nested 10,000 levels deep without overflowing the stack", async () => {
    const depth = 10_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>The Department of Energy awarded $3 million.</p>${"</div>".repeat(depth)}</body></html>`;
    const x = await extractDocument({ path: "deep.html", text: html });
    expect(x.paragraphs.map((p) => p.text)).toEqual(["The Department of Energy awarded $3 million."]);
  });

  it("processes a list of 20,000 bullets", async () => {
    const bullets = Array.from({ length: 20_000 }, (_, i) => `  • The Office awarded $${i + 1} million to project ${i + 1}.`);
    const x = await extractDocument({ path: "long.txt", text: `Awards\n\n${bullets.join("\n")}\n` });
    expect(x.bullets).toHaveLength(20_000);
    expect(x.bullets[19_999]!.text).toBe("The Office awarded $20000 million to project 20000.");
    expectExactSpans(x);
  });

  it("refuses a 50 MB file by the size limit, with a clear message", () => {
    const dir = mkdtempSync(join(tmpdir(), "govfacts-big-"));
    const file = join(dir, "huge.txt");
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, "The Department awarded grants. "));
    const r = runCli("ingest", ["--db", join(dir, "t.db"), file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/huge\.txt: is 50\.0 MB, over the 20\.0 MB limit \(--max-bytes\)/);
  });
});

describe("hostile text", () => {
  it("stores SQL and markup found in a document as text", async () => {
    const text = `Robert'); DROP TABLE documents;--\n\n  • <script>alert("x")</script> the "Agency" awarded $5 million; DELETE FROM entities;\n`;
    const x = await extractDocument({ path: "x'; DROP TABLE documents;--.txt", text });
    const db = openDatabase(":memory:");
    const { id } = storeExtraction(db, x, { bytes: text.length, encoding: "utf-8", pipelineVersion: "1" });
    expect(readExtraction(db, id)!.text).toBe(x.text);
    expect(readExtraction(db, id)!.source).toBe("x'; DROP TABLE documents;--.txt");
  });

  it("ingests files with odd names", () => {
    const dir = mkdtempSync(join(tmpdir(), "govfacts-names-"));
    const names = ["-starts with dash.txt", "spaces and 'quotes\".txt", "acentuación ñ.md", "semi;colon $(echo).txt"];
    for (const name of names) writeFileSync(join(dir, name), `The Department of Labor awarded $${name.length} million.\n`);
    const r = runCli("ingest", ["--db", join(dir, "t.db"), "--json", "--", ...names.map((n) => join(dir, n))]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents).toMatchObject({ new: names.length, failed: 0 });
  });
});
