import { describe, expect, it } from "vitest";
import { refineMentions, settleOverlaps } from "../src/extract/entities/refine.ts";
import type { EntityMention, SegmentedDoc } from "../src/model.ts";
import type { EntityType, Span } from "../src/schema.ts";

function docOf(text: string): SegmentedDoc {
  return {
    source: "case.txt", sha256: "0".repeat(64), bytes: text.length, encoding: "utf-8", format: "text", text,
    blocks: [{ kind: "paragraph", start: 0, end: text.length, depth: 0, level: null, lostHeading: false }],
    title: null, titleSpan: null, published: null, segments: [], sentences: [],
  };
}

/** A proposal for the first occurrence of `words` at or after `from`. */
function proposal(text: string, type: EntityType, words: string, extra: Partial<EntityMention> = {}, from = 0): EntityMention {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`no "${words}"`);
  return { type, span: [start, start + words.length], name: words, acronym: null, key: null, aliases: [], country: null, title: null, parent: null, ...extra };
}

function shown(text: string, mentions: readonly EntityMention[]): string[] {
  return mentions.map((m) => `${text.slice(m.span[0], m.span[1])} → ${m.key}`);
}

describe("the overlap rule", () => {
  const span = (s: Span) => s;

  it("keeps the longer of two overlapping spans, whichever came first", () => {
    expect(settleOverlaps([[0, 6], [0, 20], [15, 30]] as Span[], span)).toEqual([[0, 20]]);
    expect(settleOverlaps([[10, 14], [0, 12]] as Span[], span)).toEqual([[0, 12]]);
  });

  it("keeps the earlier item at equal length, and spans that only touch", () => {
    const a = { id: "a", span: [0, 5] as Span };
    const b = { id: "b", span: [0, 5] as Span };
    const c = { id: "c", span: [5, 9] as Span };
    expect(settleOverlaps([a, b, c], (x) => x.span).map((x) => x.id)).toEqual(["a", "c"]);
    expect(settleOverlaps([b, a, c], (x) => x.span).map((x) => x.id)).toEqual(["b", "c"]);
  });

  it("applies across types: an organization over the person its name holds", () => {
    const text = "the Vicente Carrillo Fuentes Organization grew";
    const org = proposal(text, "organization", "Vicente Carrillo Fuentes Organization", { key: "organization:vcfo" });
    const person = proposal(text, "person", "Vicente Carrillo Fuentes");
    expect(shown(text, refineMentions(docOf(text), [org, person]))).toEqual(["Vicente Carrillo Fuentes Organization → organization:vcfo"]);
  });
});

describe("acronyms defined in the document", () => {
  it("ties later acronyms to a program defined inside its name", () => {
    const text = "the Drug-Free Communities (DFC) Program helps. The DFC Program supports communities; DFC grants";
    const program = proposal(text, "program", "Drug-Free Communities (DFC) Program", { name: "Drug-Free Communities Program" });
    const short = proposal(text, "program", "DFC Program", { name: "DFC Program" }, 40);
    const out = refineMentions(docOf(text), [program, short]);
    expect(shown(text, out)).toEqual([
      "Drug-Free Communities (DFC) Program → program:drug-free-communities-program",
      "DFC Program → program:drug-free-communities-program",
      "DFC → program:drug-free-communities-program",
    ]);
    expect(out.every((m) => m.acronym === "DFC" && m.name === "Drug-Free Communities Program")).toBe(true);
  });

  it("ties them after 'Full Name (ACR)', whatever the type, possessives included", () => {
    const text = "The Bipartisan Safer Communities Act (SCA) passed. The SCA’s provisions";
    const out = refineMentions(docOf(text), [proposal(text, "law", "Bipartisan Safer Communities Act")]);
    expect(shown(text, out)).toEqual([
      "Bipartisan Safer Communities Act → law:bipartisan-safer-communities-act",
      "SCA → law:bipartisan-safer-communities-act",
      "SCA’s → law:bipartisan-safer-communities-act",
    ]);
  });

  it("ties them after 'ACR (Full Name)'", () => {
    const text = "SDIF (Strategic Dialogue on Illicit Finance) met. SDIF agreed";
    const out = refineMentions(docOf(text), [proposal(text, "program", "Strategic Dialogue on Illicit Finance")]);
    expect(shown(text, out).map((s) => s.split(" → ")[0])).toEqual(["SDIF", "Strategic Dialogue on Illicit Finance", "SDIF"]);
    expect(new Set(out.map((m) => m.key))).toEqual(new Set(["program:strategic-dialogue-on-illicit-finance"]));
  });

  it("gives the document's reading of an acronym over another body's", () => {
    const text = "the National Grocers Association (NGA) said NGA will help";
    const grocers = proposal(text, "organization", "National Grocers Association", { key: "organization:national-grocers-association" });
    const governors = proposal(text, "organization", "NGA", { key: "organization:national-governors-association" }, 40);
    expect(shown(text, refineMentions(docOf(text), [grocers, governors]))).toEqual([
      "National Grocers Association → organization:national-grocers-association",
      "NGA → organization:national-grocers-association",
      "NGA → organization:national-grocers-association",
    ]);
  });

  it("takes no parenthesis that does not abbreviate the name, or only what follows its preposition", () => {
    const text = "Juan Pérez (CJNG) and later CJNG";
    expect(shown(text, refineMentions(docOf(text), [proposal(text, "person", "Juan Pérez")]))).toEqual(["Juan Pérez → person:juan-perez"]);
    const prc = "the government of the People’s Republic of China (PRC) and the PRC";
    const government = proposal(prc, "agency", "government of the People’s Republic of China", { key: "agency:cn:government" });
    const country = proposal(prc, "place", "PRC", { key: "place:china" }, 60);
    expect(shown(prc, refineMentions(docOf(prc), [government, country]))).toEqual([
      "government of the People’s Republic of China → agency:cn:government", "PRC → place:china",
    ]);
  });
});

describe("keys", () => {
  it("keys every mention by its name where no resource did", () => {
    const text = "Antony J. Blinken met. The U.S. Bipartisan Infrastructure Law";
    const out = refineMentions(docOf(text), [
      proposal(text, "person", "Antony J. Blinken"),
      proposal(text, "law", "U.S. Bipartisan Infrastructure Law"),
    ]);
    expect(out.map((m) => m.key)).toEqual(["person:antony-blinken", "law:bipartisan-infrastructure-law"]);
  });
});
