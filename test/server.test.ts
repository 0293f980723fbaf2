import { load } from "cheerio";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonSchema } from "../src/export/json-schema.ts";
import { diffExtractions } from "../src/diff/index.ts";
import { AmountRecord, DocumentDiff, DocumentRecord, EntityRecord, Extraction, Mention, RECORD_SCHEMAS } from "../src/schema.ts";
import { createApp } from "../src/server/app.ts";
import { startServer, type RunningServer } from "../src/server/index.ts";
import { openDatabase, openReadOnly } from "../src/store/db.ts";
import { ftsQuery, searchSegments } from "../src/store/query.ts";
import { readExtraction } from "../src/store/read.ts";
import { storeExtraction } from "../src/store/write.ts";
import { annotate } from "./helpers/annotate.ts";
import { annotatedHostile, annotatedSeed, HOSTILE_TEXT, sampleDatabase } from "./helpers/annotated.ts";
import { extractText } from "./helpers/documents.ts";
import { ROOT } from "./helpers/cli.ts";
import { HAS_SHARED, sharedTitle } from "./helpers/shared.ts";

type Json = Record<string, any>;

describe(sharedTitle("npm run serve: the JSON API"), () => {
  let dir: string;
  let dbPath: string;
  let ids: Awaited<ReturnType<typeof sampleDatabase>>;
  let server: RunningServer;
  let fileHash: string;
  const logged: string[] = [];
  const hash = () => createHash("sha256").update(readFileSync(dbPath)).digest("hex");

  const get = async (path: string, init?: RequestInit) => {
    const r = await fetch(server.url + path, init);
    const text = await r.text();
    const json = text && r.headers.get("content-type")?.startsWith("application/json") ? (JSON.parse(text) as Json) : null;
    return { status: r.status, headers: r.headers, text, json: json as Json };
  };
  /** Every item of a list, following its next links. */
  const all = async (path: string, key = "items") => {
    const items: Json[] = [];
    let next: string | null = path;
    let pages = 0;
    while (next) {
      const r = await get(next);
      expect(r.status, next).toBe(200);
      items.push(...(r.json[key] as Json[]));
      next = r.json.next as string | null;
      pages++;
    }
    return { items, pages };
  };

  beforeAll(async () => {
    if (!HAS_SHARED) return;
    dir = mkdtempSync(join(tmpdir(), "govfacts-serve-"));
    dbPath = join(dir, "test.db");
    ids = await sampleDatabase(dbPath);
    fileHash = hash();
    server = await startServer({ db: dbPath, host: "127.0.0.1", port: 0, log: (m) => logged.push(m) });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!HAS_SHARED)("listens on a loopback port it picked", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:8787$/);
  });

  it.skipIf(!HAS_SHARED)("pages through documents with a cursor, each a document record without its text", async () => {
    const { items, pages } = await all("/documents?limit=2");
    expect(pages).toBe(2);
    expect(items.map((d) => d.id)).toEqual([ids.seed, ids.copy, ids.hostile]);
    for (const d of items) expect(DocumentRecord.omit({ text: true }).strict().parse(d)).toEqual(d);
    const first = await get("/documents?limit=2");
    expect(first.json.next).toMatch(/^\/documents\?limit=2&cursor=/);
  });

  it.skipIf(!HAS_SHARED)("serves one document with its goals, sections and bullets, as stored", async () => {
    const r = await get(`/documents/${ids.seed}`);
    expect(r.status).toBe(200);
    const db = openReadOnly(dbPath);
    const stored = readExtraction(db, ids.seed)!;
    db.close();
    expect(Extraction.parse(r.json)).toEqual(stored);
    expect(r.json).toMatchObject({ id: ids.seed, pipelineVersion: "1" });
    expect(r.json.goals.map((g: Json) => g.number)).toEqual([1, 2, 3]);
    expect(r.json.bullets.length).toBe(stored.bullets.length);
    expect(r.json.sections[0].heading).toBe("Public Health");
  });

  it.skipIf(!HAS_SHARED)("lists entities by type and by part of a name, alias or acronym; the filter's text is literal", async () => {
    const agencies = await all("/entities?type=agency&limit=2");
    expect(agencies.items.map((e) => e.key)).toEqual(["agency:us:bureau-of-special-affairs", "agency:us:dea", "agency:us:department-of-state", "agency:us:hhs", "agency:us:ondcp", "agency:us:samhsa"]);
    for (const e of agencies.items) expect(EntityRecord.parse(e)).toEqual(e);
    expect((await get("/entities?q=dea")).json.items.map((e: Json) => e.key)).toEqual(["agency:us:dea"]);
    expect((await get("/entities?q=mexico&type=place")).json.items.map((e: Json) => e.key)).toEqual(["place:mexico", "place:mexico-city"]);
    expect((await get("/entities?q=Bicentennial%20Framework")).json.items.map((e: Json) => e.key)).toEqual(["program:bicentennial-framework"]);
    expect((await get("/entities?q=%25")).json.items).toEqual([]);
    expect((await get("/entities?q=_")).json.items).toEqual([]);
    const everything = await all("/entities?limit=1");
    expect(everything.items).toEqual((await get("/entities?limit=100")).json.items);
  });

  it.skipIf(!HAS_SHARED)("shows every document and mention of one entity across documents", async () => {
    const r = await get("/entities/agency%3Aus%3Adea");
    expect(r.status).toBe(200);
    expect(r.json.entity).toMatchObject({ key: "agency:us:dea", documents: 3, mentions: 13 });
    const { items } = await all("/entities/agency:us:dea?limit=1", "documents");
    expect(items.map((d) => d.document.id)).toEqual([ids.seed, ids.copy, ids.hostile]);
    expect(items.map((d) => d.mentions.length)).toEqual([6, 6, 1]);
    const db = openReadOnly(dbPath);
    for (const d of items) {
      const text = readExtraction(db, d.document.id)!.text;
      for (const m of d.mentions) {
        expect(Mention.parse(m)).toEqual(m);
        expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
      }
    }
    db.close();
  });

  it.skipIf(!HAS_SHARED)("lists amounts tied to an entity and of a kind", async () => {
    const hhs = await all("/amounts?entity=agency:us:hhs");
    expect(hhs.items.map((a) => [a.document, a.text])).toEqual([[ids.seed, "$1.5 billion"], [ids.copy, "$1.5 billion"]]);
    const law = await all("/amounts?entity=law:bipartisan-safer-communities-act");
    expect(law.items.map((a) => a.text)).toEqual(["$3.4 billion", "$3.4 billion"]);
    const money = await all("/amounts?kind=money&limit=3");
    expect(money.pages).toBe(3);
    expect(money.items).toHaveLength(7);
    for (const a of money.items) expect(AmountRecord.parse(a)).toEqual(a);
    expect(money.items.every((a) => a.kind === "money")).toBe(true);
    expect((await get("/amounts?kind=count&entity=agency:us:hhs")).json.items).toEqual([]);
  });

  it.skipIf(!HAS_SHARED)("searches bullets and paragraphs (FTS5, stemmed), with snippets that mark the words found", async () => {
    const { items, pages } = await all("/search?q=fentanyl%20seize&limit=2");
    expect(pages).toBeGreaterThan(1);
    expect(items.length).toBeGreaterThan(2);
    for (const hit of items) {
      expect(["bullet", "paragraph"]).toContain(hit.segment.kind);
      const words = hit.highlights.map(([s, e]: [number, number]) => hit.snippet.slice(s, e).toLowerCase());
      expect(words.some((w: string) => w === "fentanyl")).toBe(true);
      expect(words.every((w: string) => /^(fentanyl|seiz\w*)$/.test(w))).toBe(true);
    }
    const first = await get("/search?q=fentanyl%20seize&limit=2");
    expect(first.json.next).toBe("/search?q=fentanyl+seize&limit=2&offset=2");
    // A document's own words are found in it: the hostile case's markup is text like any other.
    const hostile = await get("/search?q=onerror");
    expect(hostile.json.items.map((h: Json) => h.document.id)).toEqual([ids.hostile]);
  });

  it.skipIf(!HAS_SHARED)("takes any text as a search, never as FTS syntax", async () => {
    for (const q of ['"', "AND", "fentanyl OR", "NEAR(a b", "col:fentanyl", "a*b*", "-fentanyl", "^x", "(", "'; DROP TABLE segments; --"]) {
      const r = await get(`/search?q=${encodeURIComponent(q)}`);
      expect([200, 400], q).toContain(r.status);
      expect(r.json.error?.message ?? "", q).not.toMatch(/fts5|syntax/i);
    }
    expect((await get("/search?q=" + encodeURIComponent('"fentanyl'))).json.items.length).toBeGreaterThan(0);
  });

  it.skipIf(!HAS_SHARED)("diffs two stored documents named by id or source, as the documentDiff record", async () => {
    const r = await get(`/diff?old=${ids.seed}&new=${ids.hostile}`);
    expect(r.status).toBe(200);
    const db = openReadOnly(dbPath);
    const expected = diffExtractions(readExtraction(db, ids.seed)!, readExtraction(db, ids.hostile)!);
    db.close();
    expect(DocumentDiff.parse(r.json)).toEqual(r.json);
    expect(r.json).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(r.json.entities.removed.map((e: Json) => e.key)).toContain("person:antony-blinken");
    const bySource = await get(`/diff?old=${encodeURIComponent("/copies/seed.txt")}&new=${ids.seed}`);
    expect(bySource.json.changed).toBe(false);
    const page = await get(`/diff/report?old=${ids.seed}&new=${ids.hostile}`);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    const $ = load(page.text);
    expect($("script, img")).toHaveLength(0);
    expect($(".meta").text()).toBe(`documents ${ids.seed} and ${ids.hostile} · changed`);
    expect($('section[data-group="goals"] tr[data-change="removed"]')).toHaveLength(3);
  });

  it.skipIf(!HAS_SHARED)("serves the JSON Schema of every record type", async () => {
    const r = await get("/schema");
    expect(Object.keys(r.json).sort()).toEqual(Object.keys(RECORD_SCHEMAS).sort());
    expect((await get("/schema/amountRecord")).json).toEqual(jsonSchema("amountRecord"));
    expect((await get("/schema/constructor")).status).toBe(404);
  });

  it.skipIf(!HAS_SHARED)("serves a document's report page, escaped and locked down", async () => {
    const r = await get(`/documents/${ids.hostile}/report`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^text\/html/);
    expect(r.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(r.text).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    const $ = load(r.text);
    expect($("script, img, b, i, [onerror]")).toHaveLength(0);
    expect($("h1").text()).toBe(`FACT SHEET: <script>alert("x")</script> & "Quotes", Commas`);
  });

  it.skipIf(!HAS_SHARED)("answers bad parameters with 400, unknown things and routes with 404, other methods with 405, all as JSON", async () => {
    const cases: [string, number, RegExp][] = [
      ["/documents/abc", 400, /positive whole number/],
      ["/documents/0", 400, /positive whole number/],
      ["/documents/999", 404, /no document 999/],
      ["/documents/999/report", 404, /no document 999/],
      ["/documents?limit=0", 400, /limit/],
      ["/documents?limit=101", 400, /limit/],
      ["/documents?limit=ten", 400, /limit/],
      ["/documents?cursor=bm9wZQ", 400, /cursor/],
      ["/documents?page=2", 400, /unknown parameter page/],
      ["/entities?type=cartel", 400, /type/],
      ["/entities/not-a-key", 400, /entity key/],
      ["/entities/agency:us:nobody", 404, /no entity agency:us:nobody/],
      ["/amounts?kind=weight", 400, /kind/],
      ["/amounts?entity=agency:us:nobody", 404, /no entity/],
      ["/search", 400, /q: is required/],
      ["/search?q=", 400, /q: is required/],
      ["/search?q=%2B%2B%2B", 400, /no word/],
      ["/search?q=x&offset=-1", 400, /offset/],
      ["/diffs", 404, /no route/],
      ["/diff", 400, /old: is required; new: is required/],
      ["/diff?old=1", 400, /new: is required/],
      ["/diff?old=1&new=999", 404, /new: no document 999/],
      ["/diff/report?old=nowhere.txt&new=1", 404, /old: no document nowhere.txt/],
      ["/diff?old=1&new=2&format=html", 400, /unknown parameter format/],
      ["/schema/nothing", 404, /no record type nothing/],
    ];
    for (const [path, status, message] of cases) {
      const r = await get(path);
      expect(r.status, path).toBe(status);
      expect(r.json.error, path).toEqual({ status, message: expect.stringMatching(message) });
    }
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const r = await get("/documents", { method });
      expect(r.status, method).toBe(405);
      expect(r.headers.get("allow")).toBe("GET, HEAD");
      expect(r.json.error.status).toBe(405);
    }
    const head = await get("/documents", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.text).toBe("");
  });

  it.skipIf(!HAS_SHARED)("leaves the database file as it was", async () => {
    await get("/documents");
    await get("/search?q=mexico");
    expect(hash()).toBe(fileHash);
    expect(logged).toEqual([]);
  });

  it("answers an internal error with 500 and no stack, and logs it", async () => {
    const db = openDatabase(":memory:");
    const log: string[] = [];
    const app = createApp(db, { log: (m) => log.push(m) });
    db.close();
    const r = await app.request("/documents");
    expect(r.status).toBe(500);
    const body = await r.text();
    expect(JSON.parse(body)).toEqual({ error: { status: 500, message: "internal error" } });
    expect(body).not.toMatch(/\bat \w|\.ts\b|database/);
    expect(log).toEqual([expect.stringMatching(/^internal error on GET \/documents: .*database connection is not open/)]);
  });

  it("refuses to serve a database that is not there, and creates none", async () => {
    const missing = join(mkdtempSync(join(tmpdir(), "govfacts-serve-none-")), "none.db");
    await expect(startServer({ db: missing, port: 0 })).rejects.toThrow();
    expect(() => readFileSync(missing)).toThrow(/ENOENT/);
  });

  it.skipIf(!HAS_SHARED)("runs as a command: prints where it listens and stops on SIGTERM", async () => {
    const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src", "cli", "serve.ts"), "--port", "0", "--db", dbPath], { cwd: ROOT });
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (b: Buffer) => {
        out += b.toString();
        const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const r = await fetch(`${url}/documents?limit=1`);
    expect(r.status).toBe(200);
    expect(((await r.json()) as Json).items[0].id).toBe(ids.seed);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});

describe(sharedTitle("search index"), () => {
  const meta = { bytes: 1, encoding: "utf-8", pipelineVersion: "1" };
  const integrity = (db: ReturnType<typeof openDatabase>) => db.prepare("INSERT INTO segments_fts (segments_fts, rank) VALUES ('integrity-check', 1)").run();

  it.skipIf(!HAS_SHARED)("follows the database while the server runs: a replaced document is found by its new words only", async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), "govfacts-fts-")), "test.db");
    const writer = openDatabase(dbPath);
    storeExtraction(writer, await annotatedHostile(), meta);
    const server = await startServer({ db: dbPath, port: 0 });
    const hits = async (q: string) => ((await (await fetch(`${server.url}/search?q=${q}`)).json()) as Json).items as Json[];
    try {
      expect(await hits("onerror")).toHaveLength(1);
      // Headings are not searched: "Tagged" is only in the section's heading.
      expect(await hits("tagged")).toEqual([]);
      storeExtraction(writer, annotate(await extractText(HOSTILE_TEXT.replace("onerror", "onclick"), "/cases/hostile.txt"), {}), meta);
      expect(await hits("onerror")).toEqual([]);
      expect((await hits("onclick")).map((h) => h.segment.kind)).toEqual(["bullet"]);
      expect(() => integrity(writer)).not.toThrow();
    } finally {
      await server.close();
      writer.close();
    }
  });

  it.skipIf(!HAS_SHARED)("indexes the documents of a database made before the index existed, when it is migrated", async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), "govfacts-fts-old-")), "old.db");
    // Today's writer, then the schema taken back to version 1: the tables without the index.
    const old = openDatabase(dbPath);
    storeExtraction(old, await annotatedSeed(), meta);
    old.exec("DROP TRIGGER segments_fts_delete; DROP TRIGGER segments_fts_update; DROP TABLE segments_fts; DROP VIEW searchable_segments");
    old.pragma("user_version = 1");
    old.close();
    const db = openDatabase(dbPath);
    expect(() => integrity(db)).not.toThrow();
    const match = ftsQuery("naloxone")!;
    expect(searchSegments(db, match, { limit: 10, offset: 0 }).items.map((h) => h.segment.kind)).toEqual(["bullet", "bullet"]);
    db.close();
  });
});
