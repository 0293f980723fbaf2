import type { LoadedDoc, SourceInput } from "../model.ts";
import { defineStage } from "../pipeline/stage.ts";
import { decode } from "./decode.ts";
import { detectFormat } from "./format.ts";
import { readSource, sha256 } from "./read.ts";

/** Reads, hashes and decodes a source and tells its format. */
export const load = defineStage<SourceInput, LoadedDoc>("load", async (input, ctx) => {
  const bytes = await readSource(input, ctx.limits.maxBytes);
  const { text, encoding } = decode(input.path, bytes);
  return {
    source: input.path,
    sha256: sha256(bytes),
    bytes: bytes.length,
    encoding,
    format: detectFormat(text, input.path),
    raw: text,
  };
});
