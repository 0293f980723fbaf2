/** The faster bulk matcher gives compromise's own results: the same rule hits, in the same order, so the same tags. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { fastSweep } from "../src/extract/entities/sweep.ts";
import { FIXTURES } from "../src/paths.ts";
import { corpusDocuments, HAS_SHARED, sharedTitle } from "./helpers/shared.ts";

type BulkMatch = (document: unknown, net: unknown, methods: unknown, opts?: object) => { match: string; pointer: number[]; tag?: unknown }[];

const world = nlp.world() as unknown as {
  methods: { one: { bulkMatch: BulkMatch } };
};
const compromiseOwn = world.methods.one.bulkMatch;

/** The rule nets a parse sweeps (the post-tagger's, the chunker's), caught in the act. */
function netsOfAParse(): unknown[] {
  const nets = new Set<unknown>();
  world.methods.one.bulkMatch = (document, net, methods, opts) => (nets.add(net), compromiseOwn(document, net, methods, opts));
  nlp("The Secretary of State met President Biden in Mexico City on Monday.");
  world.methods.one.bulkMatch = compromiseOwn;
  return [...nets];
}
const nets = netsOfAParse();

const fixtureTexts = readdirSync(FIXTURES)
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((f) => readFileSync(join(FIXTURES, f), "utf8"));
// Every 40th corpus document: plain text, Markdown and HTML markup alike.
const corpusTexts = corpusDocuments()
  .filter((_, i) => i % 40 === 0)
  .map((f) => readFileSync(f, "utf8"));

const hits = (found: ReturnType<BulkMatch>) => found.map((f) => [f.match, f.pointer.join(","), JSON.stringify(f.tag)]);

const fast = fastSweep.methods.one.bulkMatch as unknown as BulkMatch;

function sameHits(text: string): void {
  const doc = nlp(text) as unknown as { docs: unknown; methods: unknown };
  for (const net of nets) {
    for (const opts of [{}, { matchOne: true }]) expect(hits(fast(doc.docs, net, doc.methods, opts))).toEqual(hits(compromiseOwn(doc.docs, net, doc.methods, opts)));
  }
}

describe("fast sweep", () => {
  it("finds what compromise's matcher finds on the fixtures and on short lines", () => {
    expect(nets.length).toBe(2);
    expect(fixtureTexts.length).toBeGreaterThan(0);
    for (const text of fixtureTexts) sameHits(text);
    for (const line of ["Secretary Blinken", "The Department of Homeland Security announced", "Launch", "President Biden and First Lady Jill Biden"]) sameHits(line);
  });

  it.skipIf(!HAS_SHARED)(sharedTitle("finds what compromise's matcher finds on corpus documents"), () => {
    for (const text of corpusTexts) sameHits(text);
  });

  it("leaves every tag of a parse as it was, once installed", () => {
    const texts = [...fixtureTexts, ...corpusTexts.slice(0, 3)];
    // Term ids are drawn afresh at each parse: compare the words, their tags and chunks.
    const tagsOf = (text: string) => (nlp(text).json() as { terms: { text: string; tags: string[]; chunk: string }[] }[]).map((s) => s.terms.map((t) => [t.text, t.tags, t.chunk]));
    const before = texts.map(tagsOf);
    nlp.plugin(fastSweep);
    expect(texts.map(tagsOf)).toEqual(before);
    expect(world.methods.one.bulkMatch).not.toBe(compromiseOwn);
  });
});
