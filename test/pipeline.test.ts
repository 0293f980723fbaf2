import { describe, expect, it } from "vitest";
import type { ResolvedDoc } from "../src/model.ts";
import { DocumentError } from "../src/pipeline/errors.ts";
import { loadPipeline, pipelineNames, UnknownPipelineError } from "../src/pipeline/registry.ts";
import { newContext, runPipeline } from "../src/pipeline/run.ts";
import { defineStage, definePipeline } from "../src/pipeline/stage.ts";
import { validate } from "../src/validate/index.ts";

const double = defineStage<number, number>("double", (n) => n * 2);
const show = defineStage<number, string>("show", (n) => `n=${n}`);
const write = defineStage<string, string>("write", (s) => `${s}!`, { writes: true });

describe("pipelines", () => {
  const p = definePipeline({ name: "t", version: "1", description: "test", stages: [double, show, write] });

  it("runs stages in order and times each", async () => {
    const ctx = newContext(p);
    expect(await runPipeline(p, 4, ctx, { file: "f" })).toBe("n=8!");
    expect([...ctx.timings.keys()]).toEqual(["double", "show", "write"]);
  });

  it("runs the pure part and the writing part separately, as ingest does across threads", async () => {
    const pure = await runPipeline(p, 4, newContext(p), { file: "f", part: "pure" });
    expect(pure).toBe("n=8");
    // The writing part takes what the pure part returned, not the pipeline's input.
    expect(await runPipeline(p, pure as never, newContext(p), { file: "f", part: "writes" })).toBe("n=8!");
  });

  it("reports a failing stage as a document error naming the file and the stage", async () => {
    const boom = defineStage<number, number>("boom", () => {
      throw new TypeError("bad input\n    at somewhere");
    });
    const q = definePipeline({ name: "q", version: "1", description: "test", stages: [double, boom] });
    await expect(runPipeline(q, 1, newContext(q), { file: "doc.txt" })).rejects.toThrow(new DocumentError("doc.txt", "boom failed: bad input"));
  });

  it("refuses a stage listed twice, and a stage that does not take what the previous one returns", () => {
    expect(() => definePipeline({ name: "d", version: "1", description: "", stages: [double, double] })).toThrow(/"double" appears twice/);
    // @ts-expect-error show returns a string; double takes a number
    definePipeline({ name: "e", version: "1", description: "", stages: [show, double] });
  });

  it("loads named pipelines from pipelines/", async () => {
    expect(pipelineNames()).toContain("default");
    expect((await loadPipeline("default")).stages.map((s) => s.name)).toEqual(["load", "normalize", "segment", "extract", "resolve", "validate", "store"]);
    await expect(loadPipeline("missing")).rejects.toThrow(UnknownPipelineError);
  });
});

describe("validate", () => {
  const doc: ResolvedDoc = {
    source: "v.txt", sha256: "0".repeat(64), bytes: 10, encoding: "utf-8", format: "text", text: "DEA seized 5 kg.",
    blocks: [], title: null, titleSpan: null, published: null, segments: [], sentences: [],
    entities: [], amounts: [], dates: [],
  };
  const ctx = newContext(definePipeline({ name: "v", version: "1", description: "", stages: [validate] }));

  it("passes a well-formed record", () => {
    const entities = [{ key: "agency:us:dea", type: "agency" as const, name: "Drug Enforcement Administration", acronym: "DEA", aliases: [], country: "US", title: null, parent: null, mentions: [{ text: "DEA", span: [0, 3] as [number, number], segment: null }] }];
    expect(validate.run({ ...doc, entities }, ctx)).toMatchObject({ extraction: { entities } });
  });

  it("refuses a record whose span does not slice to its text, with zod's message", () => {
    const amounts = [{ text: "5 kg", span: [11, 14] as [number, number], kind: "quantity" as const, value: 5, valueMax: null, unit: "kg", qualifier: null, item: null, segment: null, subject: null, entities: [] }];
    expect(() => validate.run({ ...doc, amounts }, ctx)).toThrow(/v\.txt: failed validation: .*span 11,14 does not slice to its text "5 kg".*at amounts\[0\]\.span/);
  });

  it("refuses a record with a malformed key", () => {
    const entities = [{ key: "DEA", type: "agency" as const, name: "DEA", acronym: null, aliases: [], country: null, title: null, parent: null, mentions: [{ text: "DEA", span: [0, 3] as [number, number], segment: null }] }];
    expect(() => validate.run({ ...doc, entities }, ctx)).toThrow(/expected type:slug.*entities\[0\]\.key/);
  });
});
