import { describe, expect, it } from "vitest";
import { BatchWriter } from "../src/store/batch.ts";
import { openDatabase } from "../src/store/db.ts";
import { SCHEMA_USER_VERSION } from "../src/store/migrations.ts";
import { findStored, readExtraction } from "../src/store/read.ts";
import { ftsQuery, searchSegments } from "../src/store/query.ts";
import { storeExtraction } from "../src/store/write.ts";
import type { Extraction } from "../src/schema.ts";
import { extractText } from "./helpers/documents.ts";

const FACT_SHEET = `FACT SHEET: Test

GOAL 1: KEEP PEOPLE SAFE

Public Health

  • The Department of Health and Human Services awarded $12 million to 40 clinics in 2021.
    • Twelve clinics opened in May 2021.
  • The Drug Enforcement Administration (DEA) trained 300 officers.
`;

/** Entities sorted by key and their mentions by offset: the order a reader gets them in is not part of the record. */
function canonical(x: Extraction): Extraction {
  const entities = [...x.entities].sort((a, b) => a.key.localeCompare(b.key)).map((e) => ({ ...e, mentions: [...e.mentions].sort((a, b) => a.span[0] - b.span[0]) }));
  const bySpan = <T extends { span: [number, number] }>(list: T[]) => [...list].sort((a, b) => a.span[0] - b.span[0]);
  return { ...x, entities, amounts: bySpan(x.amounts), dates: bySpan(x.dates) };
}

describe("store", () => {
  it("migrates a new database to the current user_version with foreign keys and WAL", () => {
    const db = openDatabase(":memory:");
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_USER_VERSION);
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
  });

  it("reads back exactly the extraction it stored", async () => {
    const db = openDatabase(":memory:");
    const x = await extractText(FACT_SHEET, "/docs/sheet.txt");
    const { id, status } = storeExtraction(db, x, { bytes: 100, encoding: "utf-8", pipelineVersion: "1" });
    expect(status).toBe("new");
    expect(findStored(db, "/docs/sheet.txt")?.id).toBe(id);
    expect(canonical(readExtraction(db, id)!)).toEqual(canonical(x));
  });

  it("replaces a changed document's records under the same id", async () => {
    const db = openDatabase(":memory:");
    const meta = { bytes: 100, encoding: "utf-8", pipelineVersion: "1" };
    const first = storeExtraction(db, await extractText(FACT_SHEET, "/docs/sheet.txt"), meta);
    const changed = await extractText(FACT_SHEET.replace("300 officers", "450 officers").replace(/.*Twelve.*\n/, ""), "/docs/sheet.txt");
    const second = storeExtraction(db, changed, meta);
    expect(second).toEqual({ id: first.id, status: "updated" });
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count("documents")).toBe(1);
    expect(count("segments")).toBe(changed.goals.length + changed.sections.length + changed.bullets.length + changed.paragraphs.length);
    expect(canonical(readExtraction(db, first.id)!)).toEqual(canonical(changed));
  });

  it("writes nothing of a document whose records break a constraint", async () => {
    const db = openDatabase(":memory:");
    const x = await extractText(FACT_SHEET, "/docs/sheet.txt");
    // Two segments with one position in the document: the last insert fails, after the document row was written.
    const broken = { ...x, bullets: [...x.bullets, x.bullets[0]!] };
    expect(() => storeExtraction(db, broken, { bytes: 1, encoding: "utf-8", pipelineVersion: "1" })).toThrow(/UNIQUE constraint/);
    expect(db.prepare("SELECT count(*) AS n FROM documents").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM segments").get()).toEqual({ n: 0 });
  });

  it("indexes a stored document's bullets for search, and forgets them when it is replaced", async () => {
    const db = openDatabase(":memory:");
    const meta = { bytes: 1, encoding: "utf-8", pipelineVersion: "1" };
    const hits = (word: string) => searchSegments(db, ftsQuery(word)!, { limit: 10, offset: 0 }).items.map((h) => h.snippet).sort();
    storeExtraction(db, await extractText(FACT_SHEET, "/docs/sheet.txt"), meta);
    expect(hits("clinics")).toEqual(["The Department of Health and Human Services awarded $12 million to 40 clinics in 2021.", "Twelve clinics opened in May 2021."]);
    storeExtraction(db, await extractText(FACT_SHEET.replaceAll("clinics", "hospitals"), "/docs/sheet.txt"), meta);
    expect(hits("clinics")).toEqual([]);
    expect(hits("hospitals")).toHaveLength(2);
    // rank 1: the index is checked against the segments it was built from.
    expect(() => db.exec("INSERT INTO segments_fts (segments_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
  });
});

describe("group commit", () => {
  const meta = { bytes: 1, encoding: "utf-8", pipelineVersion: "1" };

  it("writes the documents that arrive together in one transaction, and settles each after it commits", async () => {
    const db = openDatabase(":memory:");
    const writer = new BatchWriter<number>(db);
    const docs = await Promise.all(["a", "b", "c"].map((n) => extractText(FACT_SHEET, `/docs/${n}.txt`)));
    const ids = await Promise.all(docs.map((x) => writer.write(() => storeExtraction(db, x, meta).id)));
    expect(new Set(ids).size).toBe(3);
    expect(db.prepare("SELECT count(*) AS n FROM documents").get()).toEqual({ n: 3 });
    expect(db.inTransaction).toBe(false);
    const seen: string[] = [];
    const txid = () => (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    await Promise.all([
      writer.write(() => seen.push(`in transaction: ${db.inTransaction}, documents: ${txid()}`)),
      writer.write(() => storeExtraction(db, { ...docs[0]!, source: "/docs/d.txt" }, meta).id),
      writer.write(() => seen.push(`in transaction: ${db.inTransaction}, documents: ${txid()}`)),
    ]);
    // The third write saw the second's uncommitted document: one transaction held all three.
    expect(seen).toEqual(["in transaction: true, documents: 3", "in transaction: true, documents: 4"]);
  });

  it("with a delay, gathers writes that arrive apart into one transaction, and commits at once when the batch is full", async () => {
    const db = openDatabase(":memory:");
    const writer = new BatchWriter<boolean>(db, { maxBatch: 3, maxDelayMs: 50 });
    const first = writer.write(() => db.inTransaction);
    await new Promise((r) => setTimeout(r, 10));
    let committed = false;
    void first.then(() => (committed = true));
    const second = writer.write(() => db.inTransaction);
    expect(writer.full).toBe(false);
    await new Promise((r) => setImmediate(r));
    expect(committed).toBe(false);
    // A third write fills the batch: it commits on the next turn, not after the delay.
    const third = writer.write(() => db.inTransaction);
    expect(writer.full).toBe(true);
    await new Promise((r) => setImmediate(r));
    expect(committed).toBe(true);
    expect(await Promise.all([first, second, third])).toEqual([true, true, true]);
    // flushSoon writes a lone pending write without waiting for the delay.
    let lone = false;
    void writer.write(() => (lone = true));
    writer.flushSoon();
    await new Promise((r) => setImmediate(r));
    expect(lone).toBe(true);
  });

  it("rolls back only the document that fails; the others of its batch are stored", async () => {
    const db = openDatabase(":memory:");
    const writer = new BatchWriter<number>(db);
    const good = await extractText(FACT_SHEET, "/docs/good.txt");
    const other = await extractText(FACT_SHEET, "/docs/other.txt");
    const broken = { ...good, source: "/docs/broken.txt", bullets: [...good.bullets, good.bullets[0]!] };
    const outcomes = await Promise.allSettled([good, broken, other].map((x) => writer.write(() => storeExtraction(db, x, meta).id)));
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(db.prepare("SELECT source FROM documents ORDER BY id").all()).toEqual([{ source: "/docs/good.txt" }, { source: "/docs/other.txt" }]);
    const segments = good.goals.length + good.sections.length + good.bullets.length + good.paragraphs.length;
    expect(db.prepare("SELECT count(*) AS n FROM segments").get()).toEqual({ n: 2 * segments });
  });
});
