import type { LoadedDoc, NormalizedDoc } from "../model.ts";
import { DocumentError } from "../pipeline/errors.ts";
import { defineStage } from "../pipeline/stage.ts";
import type { Format } from "../schema.ts";
import { type BlockInput, TextBuilder } from "./builder.ts";
import { datelineDay } from "./dates.ts";
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
 * Parses the document in its format (each parser drops site chrome) and
 * renders the one normalized text: Unicode NFC, blocks laid out the same way
 * for every format, the title once at the top.
 */
export const normalize = defineStage<LoadedDoc, NormalizedDoc>("normalize", (doc) => {
  const parsed = PARSERS[doc.format](normalizeUnicode(doc.raw));
  const title = parsed.title ? collapseSpaces(normalizeUnicode(parsed.title)) : null;
  const blocks = withoutTitle(parsed.blocks, title);
  const builder = new TextBuilder();
  const titleSpan = title ? builder.line(title) : null;
  for (const block of blocks) builder.block(block);
  if (builder.blocks.length === 0) {
    throw new DocumentError(doc.source, doc.format === "html" ? "has no body text (HTML without content)" : "has no text");
  }
  // Without a date in the metadata, a dateline opening the body states it.
  const first = blocks[0];
  const published = parsed.published ?? (first && first.kind !== "item" ? datelineDay(collapseSpaces(first.text)) : null);
  const { raw: _raw, ...rest } = doc;
  return { ...rest, text: builder.text(), blocks: builder.blocks, title, titleSpan, published };
});

/** The page's own heading repeats the title that the text already opens with. */
function withoutTitle(blocks: BlockInput[], title: string | null): BlockInput[] {
  const first = blocks[0];
  return first?.kind === "heading" && title && collapseSpaces(first.text) === title ? blocks.slice(1) : blocks;
}
