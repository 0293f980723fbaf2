/** Crash safety and concurrent writers: a killed ingest leaves no partial document; two ingests share one database. */
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../src/index.ts";
import { startServer } from "../src/server/index.ts";
import { openDatabase } from "../src/store/db.ts";
import { ROOT, runCli } from "./helpers/cli.ts";

function writeDocuments(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const bullets = Array.from({ length: 40 }, (_, j) => `  • The Office of Grants awarded $${i + j + 1} million to ${j + 3} counties in May ${2000 + (j % 20)}.`);
    writeFileSync(join(dir, `sheet-${String(i).padStart(4, "0")}.txt`), `Grants ${i}\n\nAwards\n\n${bullets.join("\n")}\n`);
  }
}

function count(db: string, sql: string): number {
  const conn = new Database(db, { readonly: true, timeout: 10_000 });
  try {
    return (conn.prepare(sql).get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

describe("crash safety", () => {
  it("a SIGKILLed ingest leaves an intact database with whole documents only, and a re-run stores the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govfacts-crash-"));
    const docs = join(dir, "docs");
    const db = join(dir, "crash.db");
    const total = 400;
    writeDocuments(docs, total);
    const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src", "cli", "ingest.ts"), "--db", db, "--workers", "0", docs], {
      cwd: ROOT,
      stdio: "ignore",
      detached: true,
    });
    // Kill once some documents are in, well before all are.
    let stored = 0;
    for (let i = 0; i < 600 && stored < 20; i++) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        stored = count(db, "SELECT count(*) AS n FROM documents");
      } catch {
        stored = 0; // the database or its tables do not exist yet
      }
    }
    process.kill(-child.pid!, "SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(stored).toBeGreaterThanOrEqual(20);

    const conn = new Database(db);
    expect(conn.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(conn.pragma("foreign_key_check")).toEqual([]);
    // Each stored document has all of its segments, bullets and figures, or it is not there.
    const rows = conn
      .prepare<[], { source: string; segments: number; amounts: number }>(
        `SELECT d.source, (SELECT count(*) FROM segments s WHERE s.document_id = d.id) AS segments,
                (SELECT count(*) FROM amounts a WHERE a.document_id = d.id) AS amounts FROM documents d`,
      )
      .all();
    for (const row of rows) {
      const x = await extractDocument({ path: row.source });
      expect(row, row.source).toEqual({ source: row.source, segments: x.goals.length + x.sections.length + x.bullets.length + x.paragraphs.length, amounts: x.amounts.length });
    }
    const before = (conn.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    conn.close();
    expect(before).toBeLessThan(total);

    const rerun = runCli("ingest", ["--db", db, "--json", docs]);
    expect(rerun.status).toBe(0);
    expect(JSON.parse(rerun.stdout).documents).toMatchObject({ total, new: total - before, unchanged: before, failed: 0 });
  });
});

describe("concurrent ingests", () => {
  it("two processes ingesting the same documents into one database both finish, without duplicates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govfacts-concurrent-"));
    const docs = join(dir, "docs");
    const db = join(dir, "shared.db");
    writeDocuments(docs, 60);
    const run = () =>
      new Promise<{ status: number | null; stdout: string }>((resolve) => {
        const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src", "cli", "ingest.ts"), "--db", db, "--json", docs], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d));
        child.stderr.on("data", (d: Buffer) => (stdout += d));
        child.once("exit", (status) => resolve({ status, stdout }));
      });
    const runs = await Promise.all([run(), run()]);
    // The output says which documents failed and why, should one run fail.
    expect(runs.map((r) => r.status), runs.map((r) => r.stdout.slice(-2000)).join("\n")).toEqual([0, 0]);
    expect(count(db, "SELECT count(*) AS n FROM documents")).toBe(60);
    expect(count(db, "SELECT count(DISTINCT source) AS n FROM documents")).toBe(60);
    const x = await extractDocument({ path: join(docs, "sheet-0000.txt") });
    const perDocument = x.goals.length + x.sections.length + x.bullets.length + x.paragraphs.length;
    expect(count(db, "SELECT count(*) AS n FROM segments")).toBe(60 * perDocument);
  });

  it("the API serves whole documents while an ingest writes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govfacts-serve-ingest-"));
    const docs = join(dir, "docs");
    const db = join(dir, "served.db");
    const total = 150;
    writeDocuments(docs, total);
    openDatabase(db).close();
    const x = await extractDocument({ path: join(docs, "sheet-0000.txt") });
    const server = await startServer({ db, port: 0, log: () => {} });
    const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src", "cli", "ingest.ts"), "--db", db, docs], { cwd: ROOT, stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    let done = false;
    void exited.then(() => (done = true));
    const counts = new Set<number>();
    let reads = 0;
    try {
      while (!done) {
        const ids: number[] = [];
        for (let next: string | null = "/documents?limit=100"; next; ) {
          const page = await fetch(server.url + next);
          expect(page.status).toBe(200);
          const body = (await page.json()) as { items: { id: number }[]; next: string | null };
          ids.push(...body.items.map((d) => d.id));
          next = body.next;
        }
        counts.add(ids.length);
        for (const id of ids.slice(-3)) {
          const r = await fetch(`${server.url}/documents/${id}`);
          expect(r.status).toBe(200);
          const stored = (await r.json()) as { bullets: unknown[]; amounts: unknown[]; dates: unknown[] };
          expect([stored.bullets.length, stored.amounts.length, stored.dates.length]).toEqual([x.bullets.length, x.amounts.length, x.dates.length]);
          reads++;
        }
      }
    } finally {
      await server.close();
    }
    expect(await exited).toBe(0);
    expect(count(db, "SELECT count(*) AS n FROM documents")).toBe(total);
    // The reads above happened while documents were arriving, not only before or after.
    expect(reads).toBeGreaterThan(10);
    expect([...counts].filter((n) => n > 0 && n < total).length).toBeGreaterThan(1);
  });
});
