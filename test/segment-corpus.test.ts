/**
 * Segmentation on the real corpus: the gold files score 1.000 on structure
 * (with ../shared/eval/score.mjs itself), the seed and its Markdown twin give
 * the same bullets, and every document segments with spans inside its text.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { load } from "../src/load/index.ts";
import type { SegmentedDoc } from "../src/model.ts";
import { normalize } from "../src/normalize/index.ts";
import { newContext, runPipeline } from "../src/pipeline/run.ts";
import { definePipeline } from "../src/pipeline/stage.ts";
import { segmentsOfKind } from "../src/schema.ts";
import { segment } from "../src/segment/index.ts";
import { corpusDocuments, corpusPath, GOLD, HAS_SHARED, readGold, SEED, SHARED, sharedTitle } from "./helpers/shared.ts";

const structure = definePipeline({
  name: "structure",
  version: "1",
  description: "load, normalize and segment only",
  stages: [load, normalize, segment],
});

function segmentFile(path: string): Promise<SegmentedDoc> {
  return runPipeline(structure, { path }, newContext(structure), { file: path });
}

interface FieldScore {
  f1: number;
  depthAccuracy?: number;
  misses: string[];
  extras: string[];
}
type ScoreDocument = (gold: unknown, pred: unknown) => { fields: Record<string, FieldScore> };

/** The extraction fields that score.mjs reads for structure. */
function structureOf(doc: SegmentedDoc) {
  return {
    title: doc.title,
    published: doc.published,
    goals: segmentsOfKind(doc.segments, "goal"),
    sections: segmentsOfKind(doc.segments, "section"),
    bullets: segmentsOfKind(doc.segments, "bullet"),
  };
}

const TWIN = "whitehouse/statements-releases/2022-10/2022-10-13-fact-sheet-second-meeting-of-the-u-s-mexico-high-level-security-dialogue.md";

describe.skipIf(!HAS_SHARED)(sharedTitle("segmentation on the corpus"), () => {
  const goldFiles = HAS_SHARED ? readdirSync(GOLD).filter((f) => f.endsWith(".gold.json")) : [];

  it.each(goldFiles)("scores goals, sections and bullets 1.000, depths 1.000, on %s", async (name) => {
    const { scoreDocument } = (await import(pathToFileURL(join(SHARED, "eval", "score.mjs")).href)) as { scoreDocument: ScoreDocument };
    const gold = readGold(name);
    const doc = await segmentFile(join(SHARED, gold.source));
    const { fields } = scoreDocument(gold, structureOf(doc));
    for (const field of ["goals", "sections", "bullets", "title", "published"]) {
      const score = fields[field];
      if (!score) continue;
      expect({ field, f1: score.f1, misses: score.misses, extras: score.extras }).toEqual({ field, f1: 1, misses: [], extras: [] });
    }
    expect(fields.bullets!.depthAccuracy).toBe(1);
  });

  it("gives the seed and its Markdown twin the same bullets, in order, at the same depths", async () => {
    const [text, markdown] = await Promise.all([segmentFile(SEED), segmentFile(corpusPath(TWIN))]);
    const bullets = (doc: SegmentedDoc) => segmentsOfKind(doc.segments, "bullet").map((b) => [b.depth, b.text]);
    expect(bullets(text)).toHaveLength(44);
    expect(bullets(markdown)).toEqual(bullets(text));
  });

  it("splits goal titles from the sentence the source glued or dashed to them, in both twins", async () => {
    for (const doc of await Promise.all([segmentFile(SEED), segmentFile(corpusPath(TWIN))])) {
      const goals = segmentsOfKind(doc.segments, "goal");
      expect(goals.map((g) => [g.label, g.number, g.title])).toEqual([
        ["Goal", 1, "PROTECT OUR PEOPLE"],
        ["Goal", 2, "PREVENT TRANSBORDER CRIME"],
        ["Goal", 3, "PURSUE CRIMINAL NETWORKS"],
      ]);
      expect(goals[0]!.summary).toBe("The United States and Mexico seek to build sustainable, healthy, and secure communities to benefit citizens of both nations.");
      for (const g of goals) {
        expect(doc.text.slice(...g.titleSpan)).toBe(g.title);
        expect(doc.text.slice(...g.summarySpan!)).toBe(g.summary);
      }
    }
  });

  it("leaves the bullets of the seed's lost headings under their goal with no section", async () => {
    const doc = await segmentFile(SEED);
    const cyber = segmentsOfKind(doc.segments, "bullet").find((b) => b.text.startsWith("In August, the U.S.-Mexico Working Group on Cyber"))!;
    expect(cyber).toMatchObject({ goal: 3, section: null, depth: 0 });
    expect(doc.segments[cyber.parent!]).toMatchObject({ kind: "goal", number: 3 });
  });

  it("takes bold run-in headings as sections, and the speakers of a briefing transcript as none", async () => {
    const order = await segmentFile(corpusPath("whitehouse/fact-sheets/2026-03/2026-03-06-fact-sheet-president-donald-j-trump-combats-cybercrime-fraud-and-predatory-schemes-against-american-citizens.md"));
    expect(segmentsOfKind(order.segments, "section").map((s) => s.heading)).toEqual([
      "COMBATING CYBERCRIME AND FRAUD",
      "PROTECTING AMERICANS FROM PREDATORY SCHEMES",
      "DELIVERING JUSTICE AND SECURITY FOR AMERICANS",
    ]);
    const first = segmentsOfKind(order.segments, "bullet")[0]!;
    expect(first).toMatchObject({ section: "COMBATING CYBERCRIME AND FRAUD" });
    const briefing = await segmentFile(corpusPath("state/items/state-briefing-325172.html"));
    expect(segmentsOfKind(briefing.segments, "section").map((s) => s.heading)).not.toContain("MR PRICE");
    expect(segmentsOfKind(briefing.segments, "paragraph").some((p) => p.text.startsWith("MR PRICE:"))).toBe(true);
  });

  it("segments all 285 documents without throwing, every span inside the text and in reading order", async () => {
    const documents = corpusDocuments();
    expect(documents).toHaveLength(285);
    for (const path of documents) {
      const doc = await segmentFile(path);
      let previousStart = -1;
      for (const s of doc.segments) {
        const spans = s.kind === "goal" ? [s.span, s.titleSpan, ...(s.summarySpan ? [s.summarySpan] : [])] : [s.span];
        for (const [start, end] of spans) {
          expect(0 <= start && start <= end && end <= doc.text.length, `${path}: segment ${s.id}`).toBe(true);
        }
        expect(s.span[0], `${path}: segment ${s.id} starts before the one above it`).toBeGreaterThan(previousStart);
        previousStart = s.span[0];
        if (s.parent !== null) expect(s.parent, `${path}: segment ${s.id}`).toBeLessThan(s.id);
      }
      for (const [start, end] of doc.sentences) expect(0 <= start && start < end && end <= doc.text.length, path).toBe(true);
    }
  });
});
