/**
 * Schema migrations, applied in order and recorded in PRAGMA user_version:
 * migration i brings the database from version i to version i + 1.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
    title TEXT,
    title_start INTEGER,
    title_end INTEGER,
    published TEXT,
    text TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    encoding TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_sha256 ON documents (sha256);
  CREATE INDEX documents_published ON documents (published);

  CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('goal', 'section', 'bullet', 'paragraph')),
    parent_id INTEGER REFERENCES segments (id) ON DELETE CASCADE,
    depth INTEGER NOT NULL,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    goal INTEGER,
    section TEXT,
    number INTEGER,
    label TEXT,
    title_start INTEGER,
    title_end INTEGER,
    summary TEXT,
    summary_start INTEGER,
    summary_end INTEGER,
    UNIQUE (document_id, ord)
  );
  CREATE INDEX segments_parent ON segments (parent_id);
  CREATE INDEX segments_kind ON segments (document_id, kind);

  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    acronym TEXT,
    country TEXT,
    parent_key TEXT
  );
  CREATE INDEX entities_type ON entities (type, name);
  CREATE INDEX entities_acronym ON entities (acronym);

  CREATE TABLE document_entities (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    name TEXT NOT NULL,
    acronym TEXT,
    aliases TEXT NOT NULL,
    title TEXT,
    mention_count INTEGER NOT NULL,
    PRIMARY KEY (document_id, entity_id)
  );
  CREATE INDEX document_entities_entity ON document_entities (entity_id);

  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    segment_id INTEGER REFERENCES segments (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX mentions_document ON mentions (document_id);
  CREATE INDEX mentions_entity ON mentions (entity_id);
  CREATE INDEX mentions_segment ON mentions (segment_id);

  CREATE TABLE amounts (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    segment_id INTEGER REFERENCES segments (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    value REAL NOT NULL,
    value_max REAL,
    unit TEXT,
    qualifier TEXT,
    item TEXT,
    subject_id INTEGER REFERENCES entities (id)
  );
  CREATE INDEX amounts_document ON amounts (document_id);
  CREATE INDEX amounts_subject ON amounts (subject_id);
  CREATE INDEX amounts_kind ON amounts (kind, unit);
  CREATE INDEX amounts_segment ON amounts (segment_id);

  CREATE TABLE amount_entities (
    amount_id INTEGER NOT NULL REFERENCES amounts (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (amount_id, entity_id)
  );
  CREATE INDEX amount_entities_entity ON amount_entities (entity_id);

  CREATE TABLE dates (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    segment_id INTEGER REFERENCES segments (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    from_day TEXT,
    to_day TEXT,
    grain TEXT NOT NULL,
    subject_id INTEGER REFERENCES entities (id)
  );
  CREATE INDEX dates_document ON dates (document_id);
  CREATE INDEX dates_range ON dates (from_day, to_day);
  CREATE INDEX dates_segment ON dates (segment_id);

  CREATE TABLE date_entities (
    date_id INTEGER NOT NULL REFERENCES dates (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (date_id, entity_id)
  );
  CREATE INDEX date_entities_entity ON date_entities (entity_id);
  `,
  // Full-text search over bullets and paragraphs (the API's /search). The index
  // holds no copy of the text (its content is a view of those segments), and
  // triggers keep it in step with every write, replaced documents included.
  `
  CREATE VIEW searchable_segments AS SELECT id, text FROM segments WHERE kind IN ('bullet', 'paragraph');
  CREATE VIRTUAL TABLE segments_fts USING fts5 (
    text, content = 'searchable_segments', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
  );
  INSERT INTO segments_fts (segments_fts) VALUES ('rebuild');

  CREATE TRIGGER segments_fts_insert AFTER INSERT ON segments WHEN new.kind IN ('bullet', 'paragraph') BEGIN
    INSERT INTO segments_fts (rowid, text) VALUES (new.id, new.text);
  END;
  CREATE TRIGGER segments_fts_delete AFTER DELETE ON segments WHEN old.kind IN ('bullet', 'paragraph') BEGIN
    INSERT INTO segments_fts (segments_fts, rowid, text) VALUES ('delete', old.id, old.text);
  END;
  CREATE TRIGGER segments_fts_update AFTER UPDATE OF text, kind ON segments BEGIN
    INSERT INTO segments_fts (segments_fts, rowid, text) SELECT 'delete', old.id, old.text WHERE old.kind IN ('bullet', 'paragraph');
    INSERT INTO segments_fts (rowid, text) SELECT new.id, new.text WHERE new.kind IN ('bullet', 'paragraph');
  END;
  `,
  // The writer indexes a document's segments in one statement after inserting
  // them: a trigger per row costs a quarter more (see store/write.ts).
  `
  DROP TRIGGER segments_fts_insert;
  `,
];

export const SCHEMA_USER_VERSION = MIGRATIONS.length;
