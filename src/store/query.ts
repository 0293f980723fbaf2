/**
 * Record queries over the stored tables. Each export record type is one SQL
 * select and a row mapper; the API reads them a page at a time (keyset: rows
 * after the last key seen) and exports stream them with .iterate(), so that
 * neither holds more than a page or a row in memory.
 */
import type { Statement } from "better-sqlite3";
import type {
  AmountKind,
  AmountRecord,
  BulletRecord,
  DateRecord,
  DocumentRecord,
  EntityRecord,
  EntityType,
  Format,
  Mention,
  MentionRecord,
  Span,
} from "../schema.ts";
import type { DB } from "./db.ts";

export const RECORD_TYPES = ["documents", "entities", "mentions", "amounts", "dates", "bullets"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface RecordOf {
  documents: DocumentRecord;
  entities: EntityRecord;
  mentions: MentionRecord;
  amounts: AmountRecord;
  dates: DateRecord;
  bullets: BulletRecord;
}

/** A page of a list and the key to ask for the next one after (null on the last page). */
export interface Page<T> {
  items: T[];
  after: PageKey | null;
}
export type PageKey = number | string;

export interface PageRequest {
  limit: number;
  after?: PageKey;
}

type Row = Record<string, unknown>;

/** One select and its row mapper; lists are ordered and paged by `key`. */
interface RowQuery<R> {
  /** SELECT ... FROM ...; selects the paging key as pageKey. */
  select: string;
  /** The unique column rows are ordered and paged by. */
  key: string;
  /** What makes a row one of these records at all. */
  where?: string;
  map(row: Row): R;
}

interface Filter {
  where: string[];
  params: unknown[];
}

const NO_FILTER: Filter = { where: [], params: [] };

/** A filter of the conditions that apply (false for a filter the caller did not ask for), each as SQL and its parameters. */
function filterOf(...conditions: (readonly [string, ...unknown[]] | false)[]): Filter {
  const given = conditions.filter((c) => c !== false);
  return { where: given.map(([sql]) => sql), params: given.flatMap(([, ...params]) => params) };
}

const span = (row: Row, start = "start", end = "end"): Span => [row[start] as number, row[end] as number];
const json = <T>(value: unknown): T => JSON.parse(value as string) as T;

const DOCUMENT_COLUMNS = `d.id AS pageKey, d.id, d.source, d.sha256, d.format, d.pipeline, d.pipeline_version AS pipelineVersion,
  d.title, d.title_start AS titleStart, d.title_end AS titleEnd, d.published, d.ingested_at AS ingestedAt`;

export type DocumentListing = Omit<DocumentRecord, "text">;

function toDocumentListing(r: Row): DocumentListing {
  return {
    id: r.id as number, source: r.source as string, sha256: r.sha256 as string, format: r.format as Format, pipeline: r.pipeline as string,
    title: r.title as string | null, titleSpan: r.titleStart === null ? null : span(r, "titleStart", "titleEnd"),
    published: r.published as string | null, pipelineVersion: r.pipelineVersion as string, ingestedAt: r.ingestedAt as string,
  };
}

/** The entity's paging key is its own key: entity lists come in key order. */
const ENTITY_SELECT = `SELECT e.key AS pageKey, e.key, e.type, e.name, e.acronym, e.country, e.parent_key AS parent,
    (SELECT json_group_array(DISTINCT j.value ORDER BY j.value) FROM document_entities de, json_each(de.aliases) j WHERE de.entity_id = e.id) AS aliases,
    (SELECT json_group_array(DISTINCT de.title ORDER BY de.title) FROM document_entities de WHERE de.entity_id = e.id AND de.title IS NOT NULL) AS titles,
    (SELECT count(*) FROM document_entities de WHERE de.entity_id = e.id) AS documents,
    (SELECT sum(de.mention_count) FROM document_entities de WHERE de.entity_id = e.id) AS mentions
  FROM entities e`;

/** Entities no stored document mentions any more (their document changed) are not records. */
const MENTIONED = "EXISTS (SELECT 1 FROM document_entities de WHERE de.entity_id = e.id)";

/** The keys of the entities linked to a figure, in the order the extraction listed them. */
const linkedKeys = (table: "amount_entities" | "date_entities", column: "amount_id" | "date_id", owner: string) =>
  `(SELECT json_group_array(le.key ORDER BY l.rowid) FROM ${table} l JOIN entities le ON le.id = l.entity_id WHERE l.${column} = ${owner}.id)`;

const attachment = (r: Row) => ({
  segment: r.segment as number | null, subject: r.subject as string | null, entities: json<string[]>(r.entities),
});

const QUERIES: { [T in RecordType]: RowQuery<RecordOf[T]> } = {
  documents: {
    select: `SELECT ${DOCUMENT_COLUMNS}, d.text FROM documents d`,
    key: "d.id",
    map: (r) => ({ ...toDocumentListing(r), text: r.text as string }),
  },
  entities: {
    select: ENTITY_SELECT,
    key: "e.key",
    where: MENTIONED,
    map: (r) => ({
      key: r.key as string, type: r.type as EntityType, name: r.name as string, acronym: r.acronym as string | null,
      aliases: json<string[]>(r.aliases), country: r.country as string | null, parent: r.parent as string | null,
      titles: json<string[]>(r.titles), documents: r.documents as number, mentions: r.mentions as number,
    }),
  },
  mentions: {
    select: `SELECT m.id AS pageKey, m.document_id AS document, e.key AS entity, m.text, m.start, m.end, s.ord AS segment
      FROM mentions m JOIN entities e ON e.id = m.entity_id LEFT JOIN segments s ON s.id = m.segment_id`,
    key: "m.id",
    map: (r) => ({ document: r.document as number, entity: r.entity as string, text: r.text as string, span: span(r), segment: r.segment as number | null }),
  },
  amounts: {
    select: `SELECT a.id AS pageKey, a.document_id AS document, a.text, a.start, a.end, a.kind, a.value, a.value_max AS valueMax, a.unit,
        a.qualifier, a.item, s.ord AS segment, sub.key AS subject, ${linkedKeys("amount_entities", "amount_id", "a")} AS entities
      FROM amounts a LEFT JOIN segments s ON s.id = a.segment_id LEFT JOIN entities sub ON sub.id = a.subject_id`,
    key: "a.id",
    map: (r) => ({
      document: r.document as number, text: r.text as string, span: span(r), kind: r.kind as AmountKind, value: r.value as number,
      valueMax: r.valueMax as number | null, unit: r.unit as string | null, qualifier: r.qualifier as AmountRecord["qualifier"],
      item: r.item as string | null, ...attachment(r),
    }),
  },
  dates: {
    select: `SELECT t.id AS pageKey, t.document_id AS document, t.text, t.start, t.end, t.from_day AS "from", t.to_day AS "to", t.grain,
        s.ord AS segment, sub.key AS subject, ${linkedKeys("date_entities", "date_id", "t")} AS entities
      FROM dates t LEFT JOIN segments s ON s.id = t.segment_id LEFT JOIN entities sub ON sub.id = t.subject_id`,
    key: "t.id",
    map: (r) => ({
      document: r.document as number, text: r.text as string, span: span(r), from: r.from as string | null, to: r.to as string | null,
      grain: r.grain as DateRecord["grain"], ...attachment(r),
    }),
  },
  bullets: {
    select: `SELECT s.id AS pageKey, s.document_id AS document, s.ord, p.ord AS parent, s.depth, s.position, s.start, s.end, s.text, s.section, s.goal
      FROM segments s LEFT JOIN segments p ON p.id = s.parent_id`,
    key: "s.id",
    where: "s.kind = 'bullet'",
    map: (r) => ({
      document: r.document as number, id: r.ord as number, parent: r.parent as number | null, depth: r.depth as number,
      order: r.position as number, span: span(r), kind: "bullet", text: r.text as string, section: r.section as string | null,
      goal: r.goal as number | null,
    }),
  },
};

const cache = new WeakMap<DB, Map<string, Statement>>();

/** Statements are compiled once per database and SQL text (filters vary, but over a handful of shapes). */
function prepared(db: DB, sql: string): Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  let stmt = byText.get(sql);
  if (!stmt) byText.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

function sqlOf(q: RowQuery<unknown>, filter: Filter, tail = ""): string {
  const where = [q.where, ...filter.where].filter(Boolean);
  return `${q.select}${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY ${q.key}${tail}`;
}

/** Every record of a type, one row at a time: constant memory however large the database. */
export function* iterateRecords<T extends RecordType>(db: DB, type: T): Generator<RecordOf[T]> {
  const query = QUERIES[type];
  for (const row of prepared(db, sqlOf(query, NO_FILTER)).iterate() as IterableIterator<Row>) yield query.map(row);
}

/** The rows after `request.after`, reading one past the limit to learn whether there is a next page. */
function keyedPage<R>(db: DB, q: RowQuery<R>, filter: Filter, { limit, after }: PageRequest): Page<R> {
  const keyed = after === undefined ? filter : { where: [...filter.where, `${q.key} > ?`], params: [...filter.params, after] };
  const rows = prepared(db, sqlOf(q, keyed, " LIMIT ?")).all(...keyed.params, limit + 1) as Row[];
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { items: kept.map(q.map), after: more ? (kept.at(-1)!.pageKey as PageKey) : null };
}

const DOCUMENT_LISTINGS: RowQuery<DocumentListing> = { select: `SELECT ${DOCUMENT_COLUMNS} FROM documents d`, key: "d.id", map: toDocumentListing };

export function documentsPage(db: DB, request: PageRequest): Page<DocumentListing> {
  return keyedPage(db, DOCUMENT_LISTINGS, NO_FILTER, request);
}

/** LIKE patterns match the user's text literally: % and _ in it are not wildcards. */
const likeContaining = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface EntityFilter {
  type?: EntityType;
  /** Part of a name or alias, or an acronym (case-insensitive). */
  q?: string;
}

export function entitiesPage(db: DB, filter: EntityFilter, request: PageRequest): Page<EntityRecord> {
  const like = filter.q === undefined ? "" : likeContaining(filter.q);
  const matches = `(e.name LIKE ? ESCAPE '\\' OR e.acronym = ? COLLATE NOCASE
    OR EXISTS (SELECT 1 FROM document_entities de, json_each(de.aliases) j WHERE de.entity_id = e.id AND j.value LIKE ? ESCAPE '\\'))`;
  return keyedPage(
    db,
    QUERIES.entities,
    filterOf(filter.type !== undefined && ["e.type = ?", filter.type], filter.q !== undefined && [matches, like, filter.q, like]),
    request,
  );
}

export function findEntity(db: DB, key: string): EntityRecord | undefined {
  return keyedPage(db, QUERIES.entities, filterOf(["e.key = ?", key]), { limit: 1 }).items[0];
}

/** One document's view of an entity: what it calls it, and where it mentions it. */
export interface EntityInDocument {
  document: Pick<DocumentRecord, "id" | "source" | "title" | "published">;
  name: string;
  acronym: string | null;
  aliases: string[];
  title: string | null;
  mentions: Mention[];
}

const ENTITY_DOCUMENTS: RowQuery<EntityInDocument> = {
  select: `SELECT d.id AS pageKey, d.id, d.source, d.title AS documentTitle, d.published, de.name, de.acronym, de.aliases, de.title,
      (SELECT json_group_array(json_array(m.text, m.start, m.end, s.ord) ORDER BY m.start)
         FROM mentions m LEFT JOIN segments s ON s.id = m.segment_id WHERE m.document_id = d.id AND m.entity_id = e.id) AS mentions
    FROM entities e JOIN document_entities de ON de.entity_id = e.id JOIN documents d ON d.id = de.document_id`,
  key: "d.id",
  map: (r) => ({
    document: { id: r.id as number, source: r.source as string, title: r.documentTitle as string | null, published: r.published as string | null },
    name: r.name as string, acronym: r.acronym as string | null, aliases: json<string[]>(r.aliases), title: r.title as string | null,
    mentions: json<[string, number, number, number | null][]>(r.mentions).map(([text, start, end, segment]) => ({ text, span: [start, end], segment })),
  }),
};

/** The documents that mention an entity, in id order, each with all its mentions of it. */
export function entityDocumentsPage(db: DB, key: string, request: PageRequest): Page<EntityInDocument> {
  return keyedPage(db, ENTITY_DOCUMENTS, filterOf(["e.key = ?", key]), request);
}

export interface AmountFilter {
  /** Amounts tied to this entity: its subject or one of its sentence's entities. */
  entity?: string;
  kind?: AmountKind;
}

export function amountsPage(db: DB, filter: AmountFilter, request: PageRequest): Page<AmountRecord> {
  const tied = `(sub.key = ? OR EXISTS (SELECT 1 FROM amount_entities ae JOIN entities fe ON fe.id = ae.entity_id WHERE ae.amount_id = a.id AND fe.key = ?))`;
  return keyedPage(
    db,
    QUERIES.amounts,
    filterOf(filter.entity !== undefined && [tied, filter.entity, filter.entity], filter.kind !== undefined && ["a.kind = ?", filter.kind]),
    request,
  );
}

const MARK_OPEN = "\u0002";
const MARK_CLOSE = "\u0003";

/**
 * The user's words as an FTS5 query: each word a quoted phrase (all must
 * match; a trailing * keeps prefix search), so that no input is FTS syntax.
 * Null when there is no word to search for.
 */
export function ftsQuery(q: string): string | null {
  const terms = q
    .split(/\s+/)
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .map((t) => {
      const prefix = t.endsWith("*");
      return `"${(prefix ? t.slice(0, -1) : t).replace(/"/g, '""')}"${prefix ? "*" : ""}`;
    });
  return terms.length > 0 ? terms.join(" ") : null;
}

export interface SearchHit {
  document: Pick<DocumentRecord, "id" | "source" | "title">;
  segment: { id: number; kind: "bullet" | "paragraph"; span: Span; section: string | null; goal: number | null };
  /** A window of the segment's text around the matches. */
  snippet: string;
  /** Where the matched words stand in the snippet, [start, end). */
  highlights: Span[];
}

/** Splits FTS5's marked snippet into its text and the spans of the marked words. */
function unmark(marked: string): { snippet: string; highlights: Span[] } {
  let snippet = "";
  const highlights: Span[] = [];
  let open = 0;
  for (const part of marked.split(new RegExp(`([${MARK_OPEN}${MARK_CLOSE}])`))) {
    if (part === MARK_OPEN) open = snippet.length;
    else if (part === MARK_CLOSE) highlights.push([open, snippet.length]);
    else snippet += part;
  }
  return { snippet, highlights };
}

/** Bullets and paragraphs matching every word of the query, best first (bm25), paged by offset (a rank is no stable key). */
export function searchSegments(db: DB, query: string, { limit, offset }: { limit: number; offset: number }): { items: SearchHit[]; more: boolean } {
  const sql = `SELECT d.id, d.source, d.title, s.ord, s.kind, s.start, s.end, s.section, s.goal,
      snippet(segments_fts, 0, char(2), char(3), '…', 24) AS marked
    FROM segments_fts JOIN segments s ON s.id = segments_fts.rowid JOIN documents d ON d.id = s.document_id
    WHERE segments_fts MATCH ? ORDER BY bm25(segments_fts), s.id LIMIT ? OFFSET ?`;
  const rows = prepared(db, sql).all(query, limit + 1, offset) as Row[];
  return {
    items: rows.slice(0, limit).map((r) => ({
      document: { id: r.id as number, source: r.source as string, title: r.title as string | null },
      segment: { id: r.ord as number, kind: r.kind as "bullet" | "paragraph", span: span(r), section: r.section as string | null, goal: r.goal as number | null },
      ...unmark(r.marked as string),
    })),
    more: rows.length > limit,
  };
}
