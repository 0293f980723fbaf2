/**
 * The output contract. Every record govfacts produces is described here once;
 * TypeScript types come from z.infer and JSON Schema from z.toJSONSchema
 * (`npm run schema`). The extraction record is a superset of the format that
 * ../shared/eval/score.mjs reads.
 */
import { z } from "zod";

export const SCHEMA_VERSION = 1;

/** Half-open character offsets [start, end) into the document's normalized text. */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([start, end]) => start <= end, "span start must not exceed its end")
  .describe("[start, end) offsets into the normalized text");
export type Span = z.infer<typeof Span>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const Format = z.enum(["text", "markdown", "html"]);
export type Format = z.infer<typeof Format>;

/** Index of a segment within its document (segments are numbered in reading order). */
const SegmentRef = z.number().int().nonnegative();

const SegmentBase = z.object({
  id: SegmentRef,
  parent: SegmentRef.nullable().describe("enclosing segment: goal, section or bullet"),
  depth: z.number().int().nonnegative(),
  order: z.number().int().nonnegative().describe("position among its parent's children"),
  span: Span,
});

export const Goal = SegmentBase.extend({
  kind: z.literal("goal"),
  number: z.number().int().positive(),
  label: z.string().describe('the word before the number: "Goal", "Pillar", "Priority", ...'),
  title: z.string(),
  titleSpan: Span,
  summary: z.string().nullable(),
  summarySpan: Span.nullable(),
});
export type Goal = z.infer<typeof Goal>;

export const Section = SegmentBase.extend({
  kind: z.literal("section"),
  heading: z.string(),
  goal: z.number().int().positive().nullable().describe("number of the goal it sits under"),
});
export type Section = z.infer<typeof Section>;

export const Bullet = SegmentBase.extend({
  kind: z.literal("bullet"),
  text: z.string(),
  section: z.string().nullable(),
  goal: z.number().int().positive().nullable(),
});
export type Bullet = z.infer<typeof Bullet>;

export const Paragraph = SegmentBase.extend({
  kind: z.literal("paragraph"),
  text: z.string(),
  section: z.string().nullable(),
  goal: z.number().int().positive().nullable(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Segment = z.discriminatedUnion("kind", [Goal, Section, Bullet, Paragraph]);
export type Segment = z.infer<typeof Segment>;
export type SegmentKind = Segment["kind"];

/** The segments of one kind, typed. */
export function segmentsOfKind<K extends SegmentKind>(segments: readonly Segment[], kind: K): Extract<Segment, { kind: K }>[] {
  return segments.filter((s): s is Extract<Segment, { kind: K }> => s.kind === kind);
}

export const EntityType = z.enum(["agency", "person", "organization", "program", "law", "place"]);
export type EntityType = z.infer<typeof EntityType>;

export const Mention = z.object({
  text: z.string(),
  span: Span,
  segment: SegmentRef.nullable().describe("the innermost segment holding the mention; null for the title"),
});
export type Mention = z.infer<typeof Mention>;

/** Stable across documents: `agency:us:dea`, `person:antony-blinken`, `place:mexico`. */
export const EntityKey = z.string().regex(/^[a-z]+:[a-z0-9:-]+$/, "expected type:slug");
export type EntityKey = z.infer<typeof EntityKey>;

export const Entity = z.object({
  key: EntityKey,
  type: EntityType,
  name: z.string().min(1),
  acronym: z.string().nullable(),
  aliases: z.array(z.string()),
  country: z.string().length(2).nullable().describe("ISO 3166-1 alpha-2, where known"),
  title: z.string().nullable().describe("a person's title or role, as written"),
  parent: EntityKey.nullable().describe("the body a sub-body belongs to"),
  mentions: z.array(Mention).min(1),
});
export type Entity = z.infer<typeof Entity>;

export const AmountKind = z.enum(["money", "count", "quantity", "percent", "duration", "multiplier"]);
export type AmountKind = z.infer<typeof AmountKind>;

export const Qualifier = z.enum(["over", "under", "nearly", "approx", "at_least", "up_to"]);
export type Qualifier = z.infer<typeof Qualifier>;

/** The entities of a figure's sentence, and the one that is its grammatical subject. */
const Attachment = {
  segment: SegmentRef.nullable(),
  subject: EntityKey.nullable(),
  entities: z.array(EntityKey),
};

export const Amount = z.object({
  text: z.string(),
  span: Span,
  kind: AmountKind,
  value: z.number().finite(),
  valueMax: z.number().finite().nullable().describe("upper bound of a range"),
  unit: z.string().nullable().describe('ISO currency, "%", "lb", "kg", "t", "gal", "mi", "km", "year", ...'),
  qualifier: Qualifier.nullable(),
  item: z.string().nullable().describe('what is counted or measured: "community coalitions"'),
  ...Attachment,
});
export type Amount = z.infer<typeof Amount>;

export const DateMention = z.object({
  text: z.string(),
  span: Span,
  from: IsoDay.nullable(),
  to: IsoDay.nullable().describe("null when an open range has no known end"),
  grain: z.enum(["day", "month", "quarter", "year", "fiscal_year", "range"]),
  ...Attachment,
});
export type DateMention = z.infer<typeof DateMention>;

export const Extraction = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.string().describe("path of the source file, or - for standard input"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: Format,
  pipeline: z.string(),
  title: z.string().nullable(),
  titleSpan: Span.nullable().describe("where the title stands in the text, when it does"),
  published: IsoDay.nullable(),
  text: z.string().describe("the normalized text that every span refers to"),
  goals: z.array(Goal),
  sections: z.array(Section),
  bullets: z.array(Bullet),
  paragraphs: z.array(Paragraph),
  entities: z.array(Entity),
  amounts: z.array(Amount),
  dates: z.array(DateMention),
});
export type Extraction = z.infer<typeof Extraction>;

/*
 * Export records (npm run export, the HTTP API): one row per record, tied to
 * its document by id, so that downstream apps can load them as tables.
 */

const DocumentId = z.number().int().positive().describe("the document's id in the database");

export const DocumentRecord = z.object({
  id: DocumentId,
  ...Extraction.pick({ source: true, sha256: true, format: true, pipeline: true, title: true, titleSpan: true, published: true }).shape,
  pipelineVersion: z.string(),
  ingestedAt: z.string().describe("when the document was stored (ISO 8601)"),
  text: Extraction.shape.text,
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** One entity across every document that mentions it; its mentions are mention records. */
export const EntityRecord = Entity.omit({ mentions: true, title: true }).extend({
  aliases: z.array(z.string()).describe("every alias any document gives it"),
  titles: z.array(z.string()).describe("every title or role any document gives a person"),
  documents: z.number().int().positive().describe("how many documents mention it"),
  mentions: z.number().int().positive().describe("how many times they mention it"),
});
export type EntityRecord = z.infer<typeof EntityRecord>;

export const MentionRecord = z.object({ document: DocumentId, entity: EntityKey, ...Mention.shape });
export type MentionRecord = z.infer<typeof MentionRecord>;

export const AmountRecord = z.object({ document: DocumentId, ...Amount.shape });
export type AmountRecord = z.infer<typeof AmountRecord>;

export const DateRecord = z.object({ document: DocumentId, ...DateMention.shape });
export type DateRecord = z.infer<typeof DateRecord>;

export const BulletRecord = z.object({ document: DocumentId, ...Bullet.shape });
export type BulletRecord = z.infer<typeof BulletRecord>;

/** Every published record type, by the name it has in exports and JSON Schema. */
export const RECORD_SCHEMAS = {
  extraction: Extraction,
  goal: Goal,
  section: Section,
  bullet: Bullet,
  paragraph: Paragraph,
  entity: Entity,
  mention: Mention,
  amount: Amount,
  date: DateMention,
  documentRecord: DocumentRecord,
  entityRecord: EntityRecord,
  mentionRecord: MentionRecord,
  amountRecord: AmountRecord,
  dateRecord: DateRecord,
  bulletRecord: BulletRecord,
} as const;
