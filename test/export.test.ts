import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { csvCell } from "../src/export/csv.ts";
import { EXPORT_SCHEMA, exportRecords } from "../src/export/index.ts";
import { jsonSchema } from "../src/export/json-schema.ts";
import { RECORD_SCHEMAS, type Extraction } from "../src/schema.ts";
import { openDatabase, openReadOnly } from "../src/store/db.ts";
import { RECORD_TYPES, type RecordType } from "../src/store/query.ts";
import { storeExtraction } from "../src/store/write.ts";
import { annotatedHostile, annotatedSeed, sampleDatabase } from "./helpers/annotated.ts";
import { runCli } from "./helpers/cli.ts";
import { extractText } from "./helpers/documents.ts";
import { HAS_SHARED, sharedTitle } from "./helpers/shared.ts";

type Rec = Record<string, unknown>;

/** RFC 4180, keeping a quoted empty cell ("" → "") apart from an empty one (→ null). */
function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    let cell: string | null;
    if (text[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) throw new Error("unterminated quoted cell");
        value += text.slice(i, close);
        i = close + 1;
        if (text[i] !== '"') break;
        value += '"';
        i++;
      }
      cell = value;
    } else {
      const end = text.slice(i).search(/[,\r]/);
      const value = end < 0 ? text.slice(i) : text.slice(i, i + end);
      if (value.includes('"') || value.includes("\n")) throw new Error(`unquoted cell holds a quote or newline: ${value}`);
      i += value.length;
      cell = value === "" ? null : value;
    }
    row.push(cell);
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) throw new Error("last row does not end with CRLF");
  return rows;
}

type JsonSchemaProperty = { type?: string | string[]; anyOf?: JsonSchemaProperty[]; prefixItems?: unknown[] };

const typesOf = (p: JsonSchemaProperty): string[] => (p.anyOf ? p.anyOf.flatMap(typesOf) : [p.type ?? []].flat());

/** A CSV row back into a record, guided only by the published JSON Schema of its type. */
function fromCsv(header: string[], cells: (string | null)[], schema: Record<string, unknown>): Rec {
  const cell = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    return cells[i]!;
  };
  const properties = schema.properties as Record<string, JsonSchemaProperty>;
  return Object.fromEntries(
    Object.entries(properties).map(([key, p]) => {
      const span = (p.anyOf ?? [p]).find((q) => q.prefixItems);
      if (span) {
        const [start, end] = [cell(`${key}.start`), cell(`${key}.end`)];
        return [key, start === null ? null : [Number(start), Number(end)]];
      }
      const value = cell(key);
      const types = typesOf(p);
      if (value === null) return [key, null];
      if (types.includes("array")) return [key, JSON.parse(value)];
      if (types.includes("integer") || types.includes("number")) return [key, Number(value)];
      return [key, value];
    }),
  );
}

function readExport(dir: string, type: RecordType, format: "jsonl" | "json" | "csv"): Rec[] {
  const text = readFileSync(join(dir, `${type}.${format}`), "utf8");
  if (format === "jsonl") return text.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Rec);
  if (format === "json") return JSON.parse(text) as Rec[];
  const [header, ...rows] = parseCsv(text);
  return rows.map((cells) => fromCsv(header as string[], cells, jsonSchema(EXPORT_SCHEMA[type])));
}

describe(sharedTitle("npm run export"), () => {
  let dir: string;
  let dbPath: string;
  let ids: Awaited<ReturnType<typeof sampleDatabase>>;
  const out = (format: string) => join(dir, format);
  beforeAll(async () => {
    if (!HAS_SHARED) return;
    dir = mkdtempSync(join(tmpdir(), "govfacts-export-"));
    dbPath = join(dir, "test.db");
    ids = await sampleDatabase(dbPath);
    for (const format of ["jsonl", "json", "csv"]) {
      const r = runCli("export", ["--format", format, "--out", out(format), "--db", dbPath]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    }
  });

  it.skipIf(!HAS_SHARED)("writes one file per record type and format, and nothing else", () => {
    for (const format of ["jsonl", "json", "csv"]) {
      expect(readdirSync(out(format)).sort()).toEqual(RECORD_TYPES.map((t) => `${t}.${format}`).sort());
    }
  });

  it.skipIf(!HAS_SHARED)("exports records exactly as the published schema of their type describes them, in every format", () => {
    for (const type of RECORD_TYPES) {
      const schema = RECORD_SCHEMAS[EXPORT_SCHEMA[type]];
      const jsonl = readExport(out("jsonl"), type, "jsonl");
      expect(jsonl.length, type).toBeGreaterThan(0);
      for (const record of jsonl) expect(schema.parse(record), type).toEqual(record);
      expect(readExport(out("json"), type, "json"), type).toEqual(jsonl);
      expect(readExport(out("csv"), type, "csv"), type).toEqual(jsonl);
    }
  });

  it.skipIf(!HAS_SHARED)("exports every stored record once, tied to its document", async () => {
    const db = openReadOnly(dbPath);
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const seed = await annotatedSeed();
    const hostile = await annotatedHostile();
    expect(readExport(out("jsonl"), "documents", "jsonl").map((d) => d.id)).toEqual([ids.seed, ids.copy, ids.hostile]);
    expect(readExport(out("jsonl"), "bullets", "jsonl")).toHaveLength(2 * seed.bullets.length + hostile.bullets.length);
    expect(readExport(out("jsonl"), "mentions", "jsonl")).toHaveLength(count("SELECT count(*) AS n FROM mentions"));
    expect(readExport(out("jsonl"), "amounts", "jsonl")).toHaveLength(2 * seed.amounts.length + hostile.amounts.length);
    expect(readExport(out("jsonl"), "dates", "jsonl")).toHaveLength(count("SELECT count(*) AS n FROM dates"));
    db.close();
  });

  it.skipIf(!HAS_SHARED)("keeps provenance: every mention, amount and date slices out of its document's text", () => {
    const text = new Map(readExport(out("jsonl"), "documents", "jsonl").map((d) => [d.id, d.text as string]));
    for (const type of ["mentions", "amounts", "dates"] as const) {
      for (const r of readExport(out("csv"), type, "csv")) {
        const [start, end] = r.span as [number, number];
        expect(text.get(r.document)!.slice(start, end)).toBe(r.text);
      }
    }
  });

  it.skipIf(!HAS_SHARED)("merges an entity across documents: its aliases, titles and counts", () => {
    const entities = readExport(out("json"), "entities", "json");
    expect(entities.map((e) => e.key)).toEqual([...entities.map((e) => e.key as string)].sort());
    expect(entities.find((e) => e.key === "agency:us:dea")).toEqual({
      key: "agency:us:dea", type: "agency", name: "Drug Enforcement Administration", acronym: "DEA", aliases: ["DEA"],
      country: "US", parent: null, titles: [], documents: 3, mentions: 2 * 6 + 1,
    });
    expect(entities.find((e) => e.key === "person:antony-blinken")).toMatchObject({ titles: ["Secretary of State"], documents: 2, mentions: 2 });
    const amount = readExport(out("csv"), "amounts", "csv").find((a) => a.text === "$1.5 billion" && a.document === ids.seed);
    expect(amount).toMatchObject({ subject: "agency:us:hhs", entities: ["agency:us:hhs", "agency:us:samhsa"], qualifier: "nearly", unit: "USD" });
  });

  it.skipIf(!HAS_SHARED)("quotes CSV cells that hold commas, quotes and newlines, and tells null from the empty string", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell("")).toBe('""');
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell(1.5e9)).toBe("1500000000");
    const hostile = readExport(out("csv"), "documents", "csv").find((d) => d.id === ids.hostile)!;
    expect(hostile.text).toContain(`<script>alert("x")</script> & "Quotes", Commas\n\n`);
  });

  it("writes an empty database as a header row, an empty array and no lines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govfacts-export-empty-"));
    openDatabase(join(dir, "empty.db")).close();
    const r = runCli("export", ["--format", "json", "--type", "amounts", "--out", dir, "--db", join(dir, "empty.db")]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, "amounts.json"), "utf8")).toBe("[]\n");
    const db = openReadOnly(join(dir, "empty.db"));
    const sink = collect();
    expect(await exportRecords(db, "amounts", "csv", sink)).toBe(0);
    expect(sink.text()).toBe("document,text,span.start,span.end,kind,value,valueMax,unit,qualifier,item,segment,subject,entities\r\n");
    db.close();
  });

  it("reads the database only as fast as the sink drains (backpressure)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govfacts-export-big-"));
    const db = openDatabase(join(dir, "big.db"));
    const bullets = 20_000;
    const x: Extraction = await extractText(Array.from({ length: bullets }, (_, i) => `  • Bullet number ${i} of a long list.`).join("\n"), "/big.txt");
    storeExtraction(db, x, { bytes: 1, encoding: "utf-8", pipelineVersion: "1" });
    db.close();
    const ro = openReadOnly(join(dir, "big.db"));
    // A sink that holds every write until released: the export must stop reading while it is stalled.
    let stalled = true;
    const held: (() => void)[] = [];
    let received = 0;
    const sink = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _enc, done) {
        received += chunk.length;
        if (stalled) held.push(done);
        else done();
      },
    });
    const finished = exportRecords(ro, "bullets", "jsonl", sink);
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
    const whole = bullets * 150;
    expect(received).toBeGreaterThan(0);
    expect(received + sink.writableLength).toBeLessThan(whole / 10);
    stalled = false;
    for (const done of held.splice(0)) done();
    expect(await finished).toBe(bullets);
    expect(received).toBeGreaterThan(whole);
    ro.close();
  });

  it("refuses a format or type it does not know, with exit status 2", () => {
    expect(runCli("export", ["--format", "xml"]).status).toBe(2);
    expect(runCli("export", ["--format", "csv", "--type", "people"]).stderr).toMatch(/--type must be one of documents, entities/);
    expect(runCli("export", []).stderr).toMatch(/--format is required/);
  });
});

function collect(): Writable & { text(): string } {
  const parts: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      parts.push(chunk);
      done();
    },
  }) as Writable & { text(): string };
  sink.text = () => Buffer.concat(parts).toString("utf8");
  return sink;
}
