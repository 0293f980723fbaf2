/**
 * Writes one validated extraction, all or nothing: the document row, its
 * segments, entities, mentions, amounts and dates in one transaction. A
 * changed document keeps its id; its old records are replaced.
 */
import type { Entity, Extraction, Segment } from "../schema.ts";
import type { DB } from "./db.ts";

export interface StoredDocument {
  id: number;
  sha256: string;
  pipeline: string;
  pipelineVersion: string;
}

export interface StoreMeta {
  bytes: number;
  encoding: string;
  pipelineVersion: string;
  ingestedAt?: string;
}

export type StoreStatus = "new" | "updated";

const statements = new WeakMap<DB, ReturnType<typeof prepare>>();

function prepare(db: DB) {
  return {
    find: db.prepare<[string], { id: number; sha256: string; pipeline: string; pipelineVersion: string }>(
      "SELECT id, sha256, pipeline, pipeline_version AS pipelineVersion FROM documents WHERE source = ?",
    ),
    insertDocument: db.prepare(
      `INSERT INTO documents (source, sha256, format, title, title_start, title_end, published, text, bytes, encoding, pipeline, pipeline_version, schema_version, ingested_at)
       VALUES (@source, @sha256, @format, @title, @titleStart, @titleEnd, @published, @text, @bytes, @encoding, @pipeline, @pipelineVersion, @schemaVersion, @ingestedAt)`,
    ),
    updateDocument: db.prepare(
      `UPDATE documents SET sha256 = @sha256, format = @format, title = @title, title_start = @titleStart, title_end = @titleEnd,
         published = @published, text = @text, bytes = @bytes, encoding = @encoding, pipeline = @pipeline,
         pipeline_version = @pipelineVersion, schema_version = @schemaVersion, ingested_at = @ingestedAt
       WHERE id = @id`,
    ),
    clear: [
      "DELETE FROM amounts WHERE document_id = ?",
      "DELETE FROM dates WHERE document_id = ?",
      "DELETE FROM mentions WHERE document_id = ?",
      "DELETE FROM document_entities WHERE document_id = ?",
      "DELETE FROM segments WHERE document_id = ?",
    ].map((sql) => db.prepare(sql)),
    // Positional parameters: binding by name costs a property lookup per column, on the rows written most.
    insertSegment: db.prepare<SegmentValues>(
      `INSERT INTO segments (document_id, ord, kind, parent_id, depth, position, start, end, text, goal, section, number, label, title_start, title_end, summary, summary_start, summary_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    upsertEntity: db.prepare<{ key: string; type: string; name: string; acronym: string | null; country: string | null; parentKey: string | null }>(
      `INSERT INTO entities (key, type, name, acronym, country, parent_key) VALUES (@key, @type, @name, @acronym, @country, @parentKey)
       ON CONFLICT (key) DO UPDATE SET
         acronym = coalesce(entities.acronym, excluded.acronym),
         country = coalesce(entities.country, excluded.country),
         parent_key = coalesce(entities.parent_key, excluded.parent_key),
         name = CASE WHEN length(excluded.name) > length(entities.name) THEN excluded.name ELSE entities.name END`,
    ),
    indexSegments: db.prepare(
      "INSERT INTO segments_fts (rowid, text) SELECT id, text FROM segments WHERE document_id = ? AND kind IN ('bullet', 'paragraph')",
    ),
    entityId: db.prepare<[string], { id: number }>("SELECT id FROM entities WHERE key = ?"),
    insertDocumentEntity: db.prepare(
      `INSERT INTO document_entities (document_id, entity_id, name, acronym, aliases, title, mention_count)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertMention: db.prepare("INSERT INTO mentions (document_id, entity_id, segment_id, start, end, text) VALUES (?, ?, ?, ?, ?, ?)"),
    insertAmount: db.prepare(
      `INSERT INTO amounts (document_id, segment_id, start, end, text, kind, value, value_max, unit, qualifier, item, subject_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertAmountEntity: db.prepare("INSERT OR IGNORE INTO amount_entities (amount_id, entity_id) VALUES (?, ?)"),
    insertDate: db.prepare(
      `INSERT INTO dates (document_id, segment_id, start, end, text, from_day, to_day, grain, subject_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertDateEntity: db.prepare("INSERT OR IGNORE INTO date_entities (date_id, entity_id) VALUES (?, ?)"),
  };
}

function stmts(db: DB) {
  let s = statements.get(db);
  if (!s) statements.set(db, (s = prepare(db)));
  return s;
}

export function findDocument(db: DB, source: string): StoredDocument | undefined {
  return stmts(db).find.get(source);
}

type SegmentValues = [
  documentId: number, ord: number, kind: Segment["kind"], parentId: number | null, depth: number, position: number, start: number, end: number,
  text: string, goal: number | null, section: string | null, number: number | null, label: string | null,
  titleStart: number | null, titleEnd: number | null, summary: string | null, summaryStart: number | null, summaryEnd: number | null,
];

function segmentValues(s: Segment, documentId: number, parentId: number | null): SegmentValues {
  const head = [documentId, s.id, s.kind, parentId, s.depth, s.order, s.span[0], s.span[1]] as const;
  switch (s.kind) {
    case "goal":
      return [...head, s.title, null, null, s.number, s.label, s.titleSpan[0], s.titleSpan[1], s.summary, s.summarySpan?.[0] ?? null, s.summarySpan?.[1] ?? null];
    case "section":
      return [...head, s.heading, s.goal, null, null, null, null, null, null, null, null];
    case "bullet":
    case "paragraph":
      return [...head, s.text, s.goal, s.section, null, null, null, null, null, null, null];
  }
}

/** Stores an extraction in one transaction; returns its document id and whether it was new. */
export function storeExtraction(db: DB, x: Extraction, meta: StoreMeta): { id: number; status: StoreStatus } {
  const s = stmts(db);
  const write = db.transaction((): { id: number; status: StoreStatus } => {
    const existing = s.find.get(x.source);
    const row = {
      source: x.source, sha256: x.sha256, format: x.format, title: x.title,
      titleStart: x.titleSpan?.[0] ?? null, titleEnd: x.titleSpan?.[1] ?? null, published: x.published, text: x.text,
      bytes: meta.bytes, encoding: meta.encoding, pipeline: x.pipeline, pipelineVersion: meta.pipelineVersion,
      schemaVersion: x.schemaVersion, ingestedAt: meta.ingestedAt ?? new Date().toISOString(),
    };
    let id: number;
    if (existing) {
      id = existing.id;
      for (const clear of s.clear) clear.run(id);
      s.updateDocument.run({ ...row, id });
    } else {
      id = Number(s.insertDocument.run(row).lastInsertRowid);
    }

    const segments = [...x.goals, ...x.sections, ...x.bullets, ...x.paragraphs].sort((a, b) => a.id - b.id);
    const segmentRowIds = new Map<number, number>();
    for (const seg of segments) {
      const parentId = seg.parent === null ? null : segmentRowIds.get(seg.parent) ?? null;
      segmentRowIds.set(seg.id, Number(s.insertSegment.run(...segmentValues(seg, id, parentId)).lastInsertRowid));
    }
    s.indexSegments.run(id);
    const segmentRowId = (ref: number | null) => (ref === null ? null : segmentRowIds.get(ref) ?? null);

    const entityIds = new Map<string, number>();
    const entityId = (e: Pick<Entity, "key" | "type" | "name" | "acronym" | "country" | "parent">) => {
      s.upsertEntity.run({ key: e.key, type: e.type, name: e.name, acronym: e.acronym, country: e.country, parentKey: e.parent });
      const rowId = s.entityId.get(e.key)!.id;
      entityIds.set(e.key, rowId);
      return rowId;
    };
    for (const e of x.entities) {
      const eid = entityId(e);
      s.insertDocumentEntity.run(id, eid, e.name, e.acronym, JSON.stringify(e.aliases), e.title, e.mentions.length);
      for (const m of e.mentions) s.insertMention.run(id, eid, segmentRowId(m.segment), m.span[0], m.span[1], m.text);
    }
    const known = (key: string | null) => (key === null ? null : entityIds.get(key) ?? null);

    for (const a of x.amounts) {
      const amountId = s.insertAmount.run(
        id, segmentRowId(a.segment), a.span[0], a.span[1], a.text, a.kind, a.value, a.valueMax, a.unit, a.qualifier, a.item, known(a.subject),
      ).lastInsertRowid;
      for (const key of a.entities) {
        const eid = known(key);
        if (eid !== null) s.insertAmountEntity.run(amountId, eid);
      }
    }
    for (const d of x.dates) {
      const dateId = s.insertDate.run(id, segmentRowId(d.segment), d.span[0], d.span[1], d.text, d.from, d.to, d.grain, known(d.subject)).lastInsertRowid;
      for (const key of d.entities) {
        const eid = known(key);
        if (eid !== null) s.insertDateEntity.run(dateId, eid);
      }
    }
    return { id, status: existing ? "updated" : "new" };
  });
  return write.immediate();
}
