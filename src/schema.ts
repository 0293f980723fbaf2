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

// ── diff: what changed between two documents (npm run diff, the API) ──

/** The period a document covers: the span of its dates, and the day it was published. */
export const Period = z.object({
  from: IsoDay.nullable().describe("earliest start among its dates"),
  to: IsoDay.nullable().describe("latest end among its dates"),
  published: IsoDay.nullable(),
  dates: z.number().int().nonnegative().describe("how many date mentions the span is taken from"),
});
export type Period = z.infer<typeof Period>;

export const DiffSide = z.object({
  source: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().nullable(),
  published: IsoDay.nullable(),
  period: Period,
});
export type DiffSide = z.infer<typeof DiffSide>;

/** Similarity in [0, 1] of two paired items (token Dice of their texts). */
const Similarity = z.number().min(0).max(1);

export const GoalRef = z.object({ number: z.number().int().positive(), title: z.string(), span: Span });
export type GoalRef = z.infer<typeof GoalRef>;

export const SectionRef = z.object({
  heading: z.string(),
  goal: z.number().int().positive().nullable(),
  bullets: z.number().int().nonnegative().describe("bullets under the heading"),
  span: Span,
});
export type SectionRef = z.infer<typeof SectionRef>;

/** Items present on one side only, and pairs matched across the sides whose text differs. */
function outlineDiff<T extends z.ZodType>(ref: T) {
  return z.object({
    added: z.array(ref).describe("only in the new document"),
    removed: z.array(ref).describe("only in the old document"),
    renamed: z.array(z.object({ old: ref, new: ref, similarity: Similarity })),
    kept: z.number().int().nonnegative().describe("paired with the same text"),
  });
}

export const EntityRef = z.object({
  key: EntityKey,
  type: EntityType,
  name: z.string(),
  acronym: z.string().nullable(),
  mentions: z.number().int().positive(),
});
export type EntityRef = z.infer<typeof EntityRef>;

export const FigureRef = z.object({
  text: z.string(),
  span: Span,
  kind: AmountKind,
  value: z.number().finite(),
  valueMax: z.number().finite().nullable(),
  unit: z.string().nullable(),
  qualifier: Qualifier.nullable(),
  item: z.string().nullable(),
  subject: EntityKey.nullable(),
  subjectName: z.string().nullable().describe("the subject entity's name in this document"),
  section: z.string().nullable().describe("heading of the section the figure is under"),
  sentence: z.string().describe("the sentence that states the figure"),
});
export type FigureRef = z.infer<typeof FigureRef>;

export const FigurePairing = z.enum(["subject", "item", "context"]);
export type FigurePairing = z.infer<typeof FigurePairing>;

export const FigureChange = z.object({
  old: FigureRef,
  new: FigureRef,
  pairedBy: FigurePairing.describe("subject: same subject entity and measure; item: same counted item; context: similar sentence"),
  change: z.object({
    absolute: z.number().finite().describe("new value minus old value (a range by its midpoint), in the figure's unit (points for percents)"),
    relative: z.number().finite().nullable().describe("absolute change over the old value; null when that is 0"),
  }),
});
export type FigureChange = z.infer<typeof FigureChange>;

export const DocumentDiff = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  old: DiffSide,
  new: DiffSide,
  changed: z.boolean().describe("false when the documents agree in every group below and in their periods"),
  goals: outlineDiff(GoalRef),
  sections: outlineDiff(SectionRef),
  entities: z.object({
    added: z.array(EntityRef).describe("keys only in the new document, by type and name"),
    removed: z.array(EntityRef).describe("keys only in the old document, by type and name"),
    renamed: z
      .array(z.object({ old: EntityRef, new: EntityRef, similarity: Similarity }))
      .describe("one entity under two keys: a person named in full in one and by surname in the other, a program or law named two ways"),
    kept: z.number().int().nonnegative().describe("keys in both"),
  }),
  figures: z.object({
    changed: z.array(FigureChange),
    added: z.array(FigureRef).describe("figures of the new document paired with none of the old"),
    removed: z.array(FigureRef).describe("figures of the old document paired with none of the new"),
    kept: z.number().int().nonnegative().describe("paired figures whose value is the same"),
  }),
});
export type DocumentDiff = z.infer<typeof DocumentDiff>;

export const SeriesMember = z.object({
  id: z.number().int().positive(),
  source: z.string(),
  title: z.string().nullable(),
  published: IsoDay.nullable(),
});
export type SeriesMember = z.infer<typeof SeriesMember>;

/** An annual series: its documents in date order, and the diff of each consecutive pair. */
export const SeriesDiff = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  query: z.string().nullable().describe("the title or key the series was found by; null when named document by document"),
  documents: z.array(SeriesMember),
  setAside: z.array(SeriesMember).describe("documents that matched the query but lost to a closer title of the same year"),
  diffs: z.array(DocumentDiff).describe("documents[i] against documents[i + 1]"),
});
export type SeriesDiff = z.infer<typeof SeriesDiff>;

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
  documentDiff: DocumentDiff,
  seriesDiff: SeriesDiff,
} as const;
