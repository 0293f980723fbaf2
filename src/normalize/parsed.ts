import type { BlockInput } from "./builder.ts";

/** What a format's parser hands to the renderer: metadata and blocks in reading order. */
export interface ParsedDoc {
  title: string | null;
  /** YYYY-MM-DD from the format's metadata. */
  published: string | null;
  blocks: BlockInput[];
}
