/**
 * The documents a diff names: a stored id, a stored source path, or a file,
 * which is ingested first unless the database holds it unchanged. A stored
 * document is read once, as the exact extraction record.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { ingestDocuments } from "../ingest.ts";
import { readInput } from "../load/read.ts";
import type { Pipeline } from "../pipeline/stage.ts";
import type { Extraction } from "../schema.ts";
import type { DB } from "../store/db.ts";
import { findStored, listDocuments, readExtraction, type DocumentSummary } from "../store/read.ts";
import { findSeries, inDateOrder } from "./series.ts";

export class UnknownDocumentError extends Error {}

/** A file that could not be ingested; `cause` is the pipeline's error. */
export class IngestFailedError extends Error {}

export interface DiffDocument {
  id: number;
  summary: DocumentSummary;
  extraction: Extraction;
}

export interface Locator {
  db: DB;
  /** Where relative paths are taken from (where the user typed them). */
  cwd: string;
  maxBytes: number;
  /** Loaded only when a file has to be ingested. */
  pipeline: () => Promise<Pipeline>;
}

type Named = { kind: "stored"; summary: DocumentSummary } | { kind: "file"; path: string };

/** What a reference names, without reading or ingesting anything; undefined when it names nothing. */
export function locate(db: DB | undefined, ref: string, cwd: string): Named | undefined {
  if (ref === "-") return { kind: "file", path: ref };
  const path = resolve(cwd, ref);
  if (isFile(path)) return { kind: "file", path };
  const summary = db && (/^\d+$/.test(ref) ? findStored(db, Number(ref)) : findStored(db, path) ?? findStored(db, ref));
  return summary ? { kind: "stored", summary } : undefined;
}

export async function loadDocument(ref: string, at: Locator): Promise<DiffDocument> {
  const named = locate(at.db, ref, at.cwd);
  if (!named) throw new UnknownDocumentError(`unknown document "${ref}": no such file, and no stored document has that id or source`);
  const summary = named.kind === "stored" ? named.summary : await storedFile(named.path, at);
  return { id: summary.id, summary, extraction: readExtraction(at.db, summary.id)! };
}

/** The stored copy of a file, ingesting it when the database lacks it or holds other content. */
async function storedFile(path: string, at: Locator): Promise<DocumentSummary> {
  if (path !== "-") {
    const stored = findStored(at.db, path);
    if (stored && stored.sha256 === (await readInput(path, at.maxBytes).catch(() => undefined))?.sha256) return stored;
  }
  let id: number | undefined;
  let failure: unknown;
  await ingestDocuments({
    db: at.db,
    pipeline: await at.pipeline(),
    inputs: [{ file: path }],
    maxBytes: at.maxBytes,
    workers: 0,
    onEvent: (e) => {
      if (e.status === "failed") failure = e.error;
      else id = e.id;
    },
  });
  if (id === undefined) throw new IngestFailedError(`${path}: could not be ingested`, { cause: failure });
  return findStored(at.db, id)!;
}

export interface SeriesDocuments {
  /** The title or key the series was found by; null when its documents were named. */
  query: string | null;
  /** In date order. */
  documents: DiffDocument[];
  setAside: DocumentSummary[];
}

/**
 * The documents of a series: several named one by one; or one reference,
 * a document (the series of its title) or a title or key to find.
 */
export async function seriesDocuments(refs: readonly string[], at: Locator): Promise<SeriesDocuments> {
  if (refs.length > 1) {
    const documents: DiffDocument[] = [];
    for (const ref of refs) documents.push(await loadDocument(ref, at));
    return { query: null, documents: inDateOrder(documents, (d) => d.summary), setAside: [] };
  }
  const ref = refs[0]!;
  const anchor = locate(at.db, ref, at.cwd) ? await loadDocument(ref, at) : undefined;
  const query = anchor ? anchor.summary.title : ref;
  if (query === null) throw new UnknownDocumentError(`document ${anchor!.id} has no title to find its series by`);
  const series = findSeries(listDocuments(at.db), query, (d) => readExtraction(at.db, d.id)?.text.length ?? 0);
  if (series.members.length === 0) throw new UnknownDocumentError(`no stored document's title matches the series "${query}"`);
  const documents = series.members.map((m) => (m.id === anchor?.id ? anchor : { id: m.id, summary: m, extraction: readExtraction(at.db, m.id)! }));
  return { query, documents, setAside: series.setAside };
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
