/**
 * Reads stored documents back as the records the schema describes, so that
 * diff, exports and the API see exactly what `extract` prints.
 */
import { SCHEMA_VERSION, segmentsOfKind, type Amount, type DateMention, type Entity, type Extraction, type Format, type Segment } from "../schema.ts";
import type { DB } from "./db.ts";

export interface DocumentSummary {
  id: number;
  source: string;
  sha256: string;
  format: Format;
  title: string | null;
  published: string | null;
  pipeline: string;
  pipelineVersion: string;
  ingestedAt: string;
}

const SUMMARY_COLUMNS = `id, source, sha256, format, title, published, pipeline,
  pipeline_version AS pipelineVersion, ingested_at AS ingestedAt`;

export function listDocuments(db: DB): DocumentSummary[] {
  return db.prepare<[], DocumentSummary>(`SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY published, id`).all();
}

/** A stored document by id (a number) or by source path. */
export function findStored(db: DB, ref: string | number): DocumentSummary | undefined {
  const byId = typeof ref === "number" || /^\d+$/.test(ref);
  return byId
    ? db.prepare<[number], DocumentSummary>(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id = ?`).get(Number(ref))
    : db.prepare<[string], DocumentSummary>(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE source = ?`).get(ref);
}

interface SegmentRow {
  id: number;
  ord: number;
  kind: Segment["kind"];
  parentOrd: number | null;
  depth: number;
  position: number;
  start: number;
  end: number;
  text: string;
  goal: number | null;
  section: string | null;
  number: number | null;
  label: string | null;
  titleStart: number | null;
  titleEnd: number | null;
  summary: string | null;
  summaryStart: number | null;
  summaryEnd: number | null;
}

function toSegment(r: SegmentRow): Segment {
  const base = { id: r.ord, parent: r.parentOrd, depth: r.depth, order: r.position, span: [r.start, r.end] as [number, number] };
  switch (r.kind) {
    case "goal":
      return {
        ...base, kind: "goal", number: r.number!, label: r.label!, title: r.text, titleSpan: [r.titleStart!, r.titleEnd!],
        summary: r.summary, summarySpan: r.summaryStart === null ? null : [r.summaryStart, r.summaryEnd!],
      };
    case "section":
      return { ...base, kind: "section", heading: r.text, goal: r.goal };
    case "bullet":
    case "paragraph":
      return { ...base, kind: r.kind, text: r.text, section: r.section, goal: r.goal };
  }
}

/** The full extraction record of a stored document, read in one transaction: a writer replacing it meanwhile is seen wholly or not at all. */
export function readExtraction(db: DB, id: number): Extraction | undefined {
  return db.transaction(readWhole)(db, id);
}

function readWhole(db: DB, id: number): Extraction | undefined {
  const doc = db
    .prepare<[number], { source: string; sha256: string; format: Format; pipeline: string; title: string | null; titleStart: number | null; titleEnd: number | null; published: string | null; text: string }>(
      `SELECT source, sha256, format, pipeline, title, title_start AS titleStart, title_end AS titleEnd, published, text FROM documents WHERE id = ?`,
    )
    .get(id);
  if (!doc) return undefined;

  const segments = db
    .prepare<[number], SegmentRow>(
      `SELECT s.id, s.ord, s.kind, p.ord AS parentOrd, s.depth, s.position, s.start, s.end, s.text, s.goal, s.section, s.number, s.label,
              s.title_start AS titleStart, s.title_end AS titleEnd, s.summary, s.summary_start AS summaryStart, s.summary_end AS summaryEnd
       FROM segments s LEFT JOIN segments p ON p.id = s.parent_id WHERE s.document_id = ? ORDER BY s.ord`,
    )
    .all(id)
    .map(toSegment);
  const segmentOrd = new Map(
    db.prepare<[number], { id: number; ord: number }>("SELECT id, ord FROM segments WHERE document_id = ?").all(id).map((r) => [r.id, r.ord]),
  );
  const ord = (rowId: number | null) => (rowId === null ? null : segmentOrd.get(rowId) ?? null);

  const entityRows = db
    .prepare<[number], { entityId: number; key: string; type: Entity["type"]; name: string; acronym: string | null; aliases: string; country: string | null; title: string | null; parent: string | null }>(
      `SELECT e.id AS entityId, e.key, e.type, de.name, de.acronym, de.aliases, e.country, de.title, e.parent_key AS parent
       FROM document_entities de JOIN entities e ON e.id = de.entity_id WHERE de.document_id = ? ORDER BY e.type, de.name`,
    )
    .all(id);
  const mentionRows = db
    .prepare<[number], { entityId: number; segmentId: number | null; start: number; end: number; text: string }>(
      "SELECT entity_id AS entityId, segment_id AS segmentId, start, end, text FROM mentions WHERE document_id = ? ORDER BY start",
    )
    .all(id);
  const mentionsOf = new Map<number, Entity["mentions"]>();
  for (const m of mentionRows) {
    const list = mentionsOf.get(m.entityId) ?? [];
    list.push({ text: m.text, span: [m.start, m.end], segment: ord(m.segmentId) });
    mentionsOf.set(m.entityId, list);
  }
  const keyOf = new Map(entityRows.map((e) => [e.entityId, e.key]));
  const entities: Entity[] = entityRows.map((e) => ({
    key: e.key, type: e.type, name: e.name, acronym: e.acronym, aliases: JSON.parse(e.aliases) as string[],
    country: e.country, title: e.title, parent: e.parent, mentions: mentionsOf.get(e.entityId) ?? [],
  }));

  // In the order written (rowid), which is the extraction's: the primary key would order them by entity id.
  const linked = (table: "amount_entities" | "date_entities", column: "amount_id" | "date_id") => {
    const map = new Map<number, string[]>();
    const rows = db
      .prepare<[number], { ownerId: number; entityId: number }>(
        `SELECT l.${column} AS ownerId, l.entity_id AS entityId FROM ${table} l
         JOIN ${table === "amount_entities" ? "amounts" : "dates"} o ON o.id = l.${column} WHERE o.document_id = ? ORDER BY l.rowid`,
      )
      .all(id);
    for (const r of rows) {
      const key = keyOf.get(r.entityId);
      if (key) map.set(r.ownerId, [...(map.get(r.ownerId) ?? []), key]);
    }
    return map;
  };
  const amountEntities = linked("amount_entities", "amount_id");
  const dateEntities = linked("date_entities", "date_id");
  const subjectKey = (rowId: number | null) => (rowId === null ? null : keyOf.get(rowId) ?? null);

  const amounts: Amount[] = db
    .prepare<[number], { id: number; segmentId: number | null; start: number; end: number; text: string; kind: Amount["kind"]; value: number; valueMax: number | null; unit: string | null; qualifier: Amount["qualifier"]; item: string | null; subjectId: number | null }>(
      `SELECT id, segment_id AS segmentId, start, end, text, kind, value, value_max AS valueMax, unit, qualifier, item, subject_id AS subjectId
       FROM amounts WHERE document_id = ? ORDER BY start`,
    )
    .all(id)
    .map((a) => ({
      text: a.text, span: [a.start, a.end], kind: a.kind, value: a.value, valueMax: a.valueMax, unit: a.unit, qualifier: a.qualifier,
      item: a.item, segment: ord(a.segmentId), subject: subjectKey(a.subjectId), entities: amountEntities.get(a.id) ?? [],
    }));
  const dates: DateMention[] = db
    .prepare<[number], { id: number; segmentId: number | null; start: number; end: number; text: string; from: string | null; to: string | null; grain: DateMention["grain"]; subjectId: number | null }>(
      `SELECT id, segment_id AS segmentId, start, end, text, from_day AS "from", to_day AS "to", grain, subject_id AS subjectId
       FROM dates WHERE document_id = ? ORDER BY start`,
    )
    .all(id)
    .map((d) => ({
      text: d.text, span: [d.start, d.end], from: d.from, to: d.to, grain: d.grain,
      segment: ord(d.segmentId), subject: subjectKey(d.subjectId), entities: dateEntities.get(d.id) ?? [],
    }));

  return {
    schemaVersion: SCHEMA_VERSION, source: doc.source, sha256: doc.sha256, format: doc.format, pipeline: doc.pipeline,
    title: doc.title, titleSpan: doc.titleStart === null ? null : [doc.titleStart, doc.titleEnd!], published: doc.published, text: doc.text,
    goals: segmentsOfKind(segments, "goal"), sections: segmentsOfKind(segments, "section"),
    bullets: segmentsOfKind(segments, "bullet"), paragraphs: segmentsOfKind(segments, "paragraph"),
    entities, amounts, dates,
  };
}
