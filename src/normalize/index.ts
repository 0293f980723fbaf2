import type { LoadedDoc, NormalizedDoc } from "../model.ts";
import { DocumentError } from "../pipeline/errors.ts";
import { defineStage } from "../pipeline/stage.ts";
import type { Format } from "../schema.ts";
import { TextBuilder } from "./builder.ts";
import { removeChrome } from "./chrome.ts";
import { parseHtml } from "./html.ts";
import { parseMarkdown } from "./markdown.ts";
import type { ParsedDoc } from "./parsed.ts";
import { parseText } from "./text.ts";
import { collapseSpaces, normalizeUnicode } from "./unicode.ts";

const PARSERS: Record<Format, (raw: string) => ParsedDoc> = {
  text: parseText,
  markdown: parseMarkdown,
  html: parseHtml,
};

/**
 * Parses the document in its format and renders the one normalized text:
 * Unicode NFC, chrome removed, blocks laid out the same way for every format.
 */
export const normalize = defineStage<LoadedDoc, NormalizedDoc>("normalize", (doc) => {
  const parsed = PARSERS[doc.format](normalizeUnicode(doc.raw));
  const blocks = removeChrome(parsed.blocks);
  const builder = new TextBuilder();
  const title = parsed.title ? collapseSpaces(normalizeUnicode(parsed.title)) : null;
  const titleSpan = title ? builder.line(title) : null;
  for (const block of blocks) builder.block(block);
  if (builder.blocks.length === 0) {
    throw new DocumentError(doc.source, doc.format === "html" ? "has no body text (HTML without content)" : "has no text");
  }
  const { raw: _raw, ...rest } = doc;
  return { ...rest, text: builder.text(), blocks: builder.blocks, title, titleSpan, published: parsed.published };
});
