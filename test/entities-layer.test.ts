/** The token layer every entity matcher reads: tokens, lexemes, words and marks. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, lexeme } from "../src/extract/entities/lexemes.ts";
import { TokenLayer, TypeBit } from "../src/extract/entities/tokens.ts";
import { load } from "../src/load/index.ts";
import type { SegmentedDoc } from "../src/model.ts";
import { normalize } from "../src/normalize/index.ts";
import type { StageContext } from "../src/pipeline/stage.ts";
import { segment } from "../src/segment/index.ts";

async function segmented(text: string, path = "case.txt"): Promise<SegmentedDoc> {
  const ctx: StageContext = { pipeline: { name: "test", version: "1" }, limits: { maxBytes: 1 << 20 }, timings: new Map() };
  const loaded = await load.run({ path, bytes: Buffer.from(text, "utf8") }, ctx);
  return segment.run(await normalize.run(loaded, ctx), ctx);
}

async function layerOf(text: string, path?: string): Promise<TokenLayer> {
  return new TokenLayer(await segmented(text, path));
}

const tokenTexts = (layer: TokenLayer) => layer.tokens.map((t) => layer.text.slice(t.start, t.end));
const wordTexts = (layer: TokenLayer) => layer.sentenceWords().map((words) => words.map((w) => layer.text.slice(w.start, w.end)));

describe("tokens", () => {
  it("keeps dotted abbreviations whole and splits possessives and hyphens", async () => {
    const layer = await layerOf("The U.S. and DEA’s Cardenas-Guillén case.");
    expect(tokenTexts(layer)).toEqual(["The", "U.S.", "and", "DEA", "’", "s", "Cardenas", "-", "Guillén", "case", "."]);
    expect(layer.tokens[4]!.glued && !layer.tokens[2]!.glued).toBe(true);
  });

  it("folds accents and quotes once per distinct word, and lets ASCII pass as it is", async () => {
    const layer = await layerOf("Fiscalía General. La Fiscalía actuó.");
    const fiscalia = layer.tokens.filter((t) => t.form === "Fiscalia");
    expect(fiscalia).toHaveLength(2);
    expect(fiscalia[0]!.lex).toBe(fiscalia[1]!.lex);
    expect(lexeme("Fiscalía")).toBe(fiscalia[0]!.lex);
    expect(fold("Mexico")).toBe("Mexico");
    expect(lexeme("DEA’s").key).toBe("dea's");
    expect(lexeme("&").key).toBe("and");
  });

  it("tells blocks and sentences apart", async () => {
    const layer = await layerOf("Mexico and Canada. Then Peru.\n\nBrazil.");
    const at = (word: string) => layer.tokens.find((t) => t.form === word)!;
    expect(at("Mexico").region).toBe(at("Peru").region);
    expect(at("Brazil").region).not.toBe(at("Peru").region);
    expect(at("Mexico").sentence).toBe(at("Canada").sentence);
    expect(at("Peru").sentence).toBe(at("Mexico").sentence + 1);
  });

  it("cuts a token where a sentence starts inside it (a heading glued to its text)", async () => {
    const layer = await layerOf("# Plan\n\n## GOAL 1: PROTECT OUR PEOPLEThe United States acts.\n\nMore.\n", "case.md");
    const texts = tokenTexts(layer);
    expect(texts).toContain("PEOPLE");
    expect(texts).toContain("The");
  });
});

describe("words", () => {
  it("joins inner apostrophes, hyphens and periods, keeps the period of initials and abbreviations, and leaves possessives out", async () => {
    const layer = await layerOf("Secretary O’Neill met Lt. Col. J. Pérez-Gómez, Jr. and Biden’s U.S.-Mexico team.");
    expect(wordTexts(layer)).toEqual([[
      "Secretary", "O’Neill", "met", "Lt.", "Col.", "J.", "Pérez-Gómez", ",", "Jr.", "and", "Biden", "U.S.-Mexico", "team",
    ]]);
    const biden = layer.sentenceWords()[0]!.find((w) => w.text === "Biden")!;
    expect(biden.possessive).toBe(true);
  });

  it("reads a short quoted stretch as one word, and a full stop ends what it follows", async () => {
    const layer = await layerOf("Juan “El Huevo” Treviño, aka Huevo. Mr. Smith left.");
    const words = layer.sentenceWords().flat();
    expect(words.find((w) => w.kind === "quote")?.text).toBe("“El Huevo”");
    const smith = words.find((w) => w.text === "Smith")!;
    expect(smith.joined).toBe(true);
    expect(words.find((w) => w.text === "Mr.")!.joined).toBe(false);
  });

  it("sees the mentions marked on its tokens by type", async () => {
    const layer = await layerOf("Officials in Colima met.");
    const at = layer.text.indexOf("Colima");
    layer.mark([{ type: "place", span: [at, at + 6], name: "Colima", acronym: null, key: "place:colima", aliases: [], country: "MX", title: null, parent: null }]);
    const colima = layer.sentenceWords()[0]!.find((w) => w.text === "Colima")!;
    expect(colima.taken(TypeBit.place)).toBe(true);
    expect(colima.taken(TypeBit.agency | TypeBit.organization)).toBe(false);
  });

  it("has exact spans inside its sentence, on arbitrary text", async () => {
    const piece = fc.constantFrom("U.S.", "DEA’s", "“El Huevo”", "'Chapo'", "Jr.", "J.", "O’Neill", "Pérez-Gómez", "a.k.a.", ",", ".", "(", ")", "\n", "Mexico", "the", "States’", "..", "&");
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), fc.boolean(), async (pieces, spaced) => {
        const layer = await layerOf(`Note. ${pieces.join(spaced ? " " : "")} end.`);
        const sentences = layer.doc.sentences;
        for (const t of layer.tokens) expect(t.lex.text).toBe(layer.text.slice(t.start, t.end));
        layer.sentenceWords().forEach((words, k) => {
          for (const w of words) {
            expect(w.text).toBe(layer.text.slice(w.start, w.end));
            expect(w.start).toBeGreaterThanOrEqual(sentences[k]![0]);
            expect(w.end).toBeLessThanOrEqual(sentences[k]![1]);
            expect(layer.tokens[w.first]!.start).toBe(w.start);
          }
        });
      }),
      { numRuns: 80 },
    );
  });
});
