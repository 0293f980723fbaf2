/** The whole real corpus: ingest never crashes, re-ingest skips everything, every span is exact. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/index.ts";
import { runCli } from "./helpers/cli.ts";
import { CORPUS, corpusDocuments, HAS_SHARED, sharedTitle } from "./helpers/shared.ts";

describe.skipIf(!HAS_SHARED)(sharedTitle("the corpus"), () => {
  it("ingests all 285 documents, then finds every one unchanged", () => {
    const db = join(mkdtempSync(join(tmpdir(), "govfacts-corpus-")), "corpus.db");
    const first = runCli("ingest", ["--db", db, "--json", CORPUS]);
    expect(first.stderr).not.toMatch(/^failed/m);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout).documents).toMatchObject({ total: 285, new: 285, failed: 0 });
    const second = runCli("ingest", ["--db", db, "--json", CORPUS]);
    expect(JSON.parse(second.stdout).documents).toMatchObject({ total: 285, unchanged: 285 });
  });

  it("gives every mention, amount and date a span that slices to its text", async () => {
    const documents = corpusDocuments();
    expect(documents).toHaveLength(285);
    let checked = 0;
    for (const path of documents) {
      const x = await extractDocument({ path });
      const spans = [
        ...x.entities.flatMap((e) => e.mentions),
        ...x.amounts,
        ...x.dates,
        ...x.bullets,
        ...x.paragraphs,
      ];
      for (const { text, span } of spans) {
        expect(x.text.slice(span[0], span[1]), path).toBe(text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(285);
  });
});
