/**
 * The records that flow between stages. Each stage adds to what the one
 * before produced; the text is fixed at `normalize` and every later span
 * points into it (the spaCy Doc model).
 */
import type {
  Amount,
  DateMention,
  Entity,
  EntityType,
  Extraction,
  Format,
  Segment,
  Span,
} from "./schema.ts";

/** What a pipeline is given: a path, and the bytes when they do not come from disk (stdin). */
export interface SourceInput {
  path: string;
  bytes?: Buffer;
}

/** After `load`: decoded, format known, not yet normalized. */
export interface LoadedDoc {
  source: string;
  sha256: string;
  bytes: number;
  encoding: "utf-8" | "windows-1252";
  format: Format;
  raw: string;
}

/**
 * A structural block of the normalized text, as the format's parser saw it.
 * Loaders for text, Markdown and HTML all produce these, so segmentation is
 * format-blind (the unified model: many parsers, one tree).
 */
export interface Block {
  kind: "heading" | "paragraph" | "item";
  /** [start, end) of the block's content in the normalized text (no bullet mark). */
  start: number;
  end: number;
  /** Nesting depth of a list item (0 = top level); 0 for other blocks. */
  depth: number;
  /** Heading level from markup (h1-h6); null when the format has none or the block is not a heading. */
  level: number | null;
  /**
   * A heading stood just before this block but its text was lost: a wide blank
   * gap in scraped text, an empty heading element in HTML.
   */
  lostHeading: boolean;
}

/** After `normalize`: the one text every span refers to, and its blocks. */
export interface NormalizedDoc extends Omit<LoadedDoc, "raw"> {
  text: string;
  blocks: Block[];
  title: string | null;
  titleSpan: Span | null;
  /** YYYY-MM-DD when the format's metadata states it. */
  published: string | null;
}

/** After `segment`: goals, sections, bullets and paragraphs, and sentence spans. */
export interface SegmentedDoc extends NormalizedDoc {
  segments: Segment[];
  sentences: Span[];
}

/** An entity mention proposed by a matcher, before mentions are merged into entities. */
export interface EntityMention {
  type: EntityType;
  span: Span;
  /** Canonical name when a resource knows it, else the mention's own cleaned text. */
  name: string;
  acronym: string | null;
  /** Cross-document key when a gazetteer knows the body; otherwise resolve derives one. */
  key: string | null;
  aliases: string[];
  country: string | null;
  title: string | null;
  parent: string | null;
}

/** An amount or date before it is tied to its segment and entities. */
export type AmountFact = Omit<Amount, "segment" | "subject" | "entities">;
export type DateFact = Omit<DateMention, "segment" | "subject" | "entities">;

/** After `extract`: candidates from every matcher, refined within their kind. */
export interface ExtractedDoc extends SegmentedDoc {
  mentions: EntityMention[];
  amounts: AmountFact[];
  dates: DateFact[];
}

/** After `resolve`: entities merged and keyed; figures tied to what they measure. */
export interface ResolvedDoc extends SegmentedDoc {
  entities: Entity[];
  amounts: Amount[];
  dates: DateMention[];
}

/** After `validate`: the published record, checked against the schema. */
export interface ValidatedDoc extends Pick<LoadedDoc, "bytes" | "encoding"> {
  extraction: Extraction;
}
