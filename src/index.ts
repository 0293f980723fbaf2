/**
 * The library API: run a pipeline over one document without a database.
 *
 *   const x = await extractDocument({ path: "fact-sheet.md" });
 *   x.entities.filter((e) => e.type === "agency")
 */
import type { SourceInput, ValidatedDoc } from "./model.ts";
import { loadPipeline } from "./pipeline/registry.ts";
import { newContext, runPipeline } from "./pipeline/run.ts";
import type { Extraction } from "./schema.ts";

export * from "./schema.ts";
export { DocumentError } from "./pipeline/errors.ts";

export interface ExtractOptions {
  pipeline?: string;
  maxBytes?: number;
}

/** Extracts one document: from disk by path, or from `bytes` (a string is taken as UTF-8). */
export async function extractDocument(
  input: SourceInput | { path: string; text: string },
  options: ExtractOptions = {},
): Promise<Extraction> {
  const pipeline = await loadPipeline(options.pipeline ?? "default");
  const source: SourceInput = "text" in input ? { path: input.path, bytes: Buffer.from(input.text, "utf8") } : input;
  const ctx = newContext(pipeline, { maxBytes: options.maxBytes });
  const { extraction } = (await runPipeline(pipeline, source, ctx, { file: source.path, part: "pure" })) as ValidatedDoc;
  return extraction;
}
