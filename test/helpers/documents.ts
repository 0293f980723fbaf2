/** Small documents written for one rule, run through the default pipeline. */
import { extractDocument } from "../../src/index.ts";
import type { Extraction } from "../../src/schema.ts";

export function extractText(text: string, path = "case.txt"): Promise<Extraction> {
  return extractDocument({ path, text });
}
