/**
 * Exports: every record of a type, as JSON Lines, one JSON array or CSV,
 * streamed from SQLite to a writable with backpressure, so that memory stays
 * flat however large the database is.
 */
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { RECORD_SCHEMAS } from "../schema.ts";
import type { DB } from "../store/db.ts";
import { iterateRecords, type RecordType } from "../store/query.ts";
import { csvColumns, csvRow } from "./csv.ts";
import type { RecordName } from "./json-schema.ts";

export const EXPORT_FORMATS = ["jsonl", "json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The published schema each exported record type follows. */
export const EXPORT_SCHEMA: { [T in RecordType]: RecordName } = {
  documents: "documentRecord",
  entities: "entityRecord",
  mentions: "mentionRecord",
  amounts: "amountRecord",
  dates: "dateRecord",
  bullets: "bulletRecord",
};

type Rec = Record<string, unknown>;

function* encode(type: RecordType, format: ExportFormat, records: Iterable<Rec>): Generator<string> {
  switch (format) {
    case "jsonl":
      for (const r of records) yield JSON.stringify(r) + "\n";
      return;
    case "json": {
      let first = true;
      yield "[";
      for (const r of records) {
        yield (first ? "\n" : ",\n") + JSON.stringify(r);
        first = false;
      }
      yield first ? "]\n" : "\n]\n";
      return;
    }
    case "csv": {
      const columns = csvColumns(RECORD_SCHEMAS[EXPORT_SCHEMA[type]]);
      yield csvRow(columns.map((c) => c.name));
      for (const r of records) yield csvRow(columns.map((c) => c.value(r)));
    }
  }
}

const CHUNK = 64 * 1024;

/** Joins small strings into chunks of about 64 KiB: one stream write per record would dominate the cost. */
function* chunked(parts: Iterable<string>): Generator<string> {
  let buffer = "";
  for (const part of parts) {
    buffer += part;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

/**
 * Writes every record of `type` to `sink` and ends it; resolves to the number
 * of records. The database is read only as fast as the sink drains.
 */
export async function exportRecords(db: DB, type: RecordType, format: ExportFormat, sink: Writable): Promise<number> {
  let count = 0;
  function* counted(): Generator<Rec> {
    for (const record of iterateRecords(db, type)) {
      count++;
      yield record;
    }
  }
  await pipeline(Readable.from(chunked(encode(type, format, counted())), { objectMode: false, highWaterMark: CHUNK }), sink);
  return count;
}
