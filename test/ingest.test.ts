import Database from "better-sqlite3";
import { mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { expandInputs } from "../src/cli/inputs.ts";
import { defaultWorkers, ingestDocuments, WORKERS_FROM_BYTES } from "../src/ingest.ts";
import { FIXTURES } from "../src/paths.ts";
import { loadPipeline } from "../src/pipeline/registry.ts";
import { openDatabase } from "../src/store/db.ts";
import { listDocuments, readExtraction } from "../src/store/read.ts";
import { runCli } from "./helpers/cli.ts";

const SHEET = `FACT SHEET: Coastal Resilience Grants

Today, the Department of Commerce announced $40 million for 12 coastal states.

Grants

  • The National Oceanic and Atmospheric Administration (NOAA) awarded $25 million to 30 projects in 2023.
  • NOAA trained 400 local planners.
`;

function summaryOf(stdout: string) {
  return JSON.parse(stdout) as {
    documents: { total: number; new: number; updated: number; unchanged: number; failed: number };
    failures: { file: string; reason: string }[];
  };
}

describe("npm run ingest", () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "govfacts-ingest-"));
    db = join(dir, "test.db");
    writeFileSync(join(dir, "good.txt"), SHEET);
    writeFileSync(join(dir, "other.md"), `---\ntitle: "Readout"\ndate: '2023-04-02'\n---\n\nThe Secretary met partners.\n`);
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, "bad.txt"), Buffer.from([0x41, 0x81, 0x42, 0xff, 0xfe, 0x80]));
    writeFileSync(join(dir, "empty.html"), "<html><head><title>x</title><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>");
    writeFileSync(join(dir, "big.txt"), "The Department awarded grants. ".repeat(200));
  });

  it("stores the good documents, names each bad one with its reason, and exits 1", () => {
    const r = runCli("ingest", ["--db", db, "--json", "--max-bytes", "5000", dir, join(dir, "missing.txt")]);
    expect(r.status).toBe(1);
    const summary = summaryOf(r.stdout);
    expect(summary.documents).toMatchObject({ total: 8, new: 2, failed: 6 });
    const reasons = Object.fromEntries(summary.failures.map((f) => [f.file.split("/").pop(), f.reason]));
    expect(reasons).toEqual({
      "empty.txt": "is empty",
      "image.txt": "is binary, not text",
      "bad.txt": expect.stringMatching(/^is not valid UTF-8/),
      "empty.html": expect.stringMatching(/no body text/),
      "big.txt": expect.stringMatching(/over the 4\.9 KB limit/),
      "missing.txt": "cannot be read: no such file",
    });
    for (const name of Object.keys(reasons)) expect(r.stderr).toMatch(new RegExp(`failed +\\S*${name.replace(".", "\\.")}: `));
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const sql = new Database(db, { readonly: true });
    expect(sql.prepare("SELECT count(*) AS n FROM documents").get()).toEqual({ n: 2 });
    sql.close();
  });

  it("skips unchanged documents and replaces a changed one", () => {
    const again = summaryOf(runCli("ingest", ["--db", db, "--json", join(dir, "good.txt"), join(dir, "other.md")]).stdout);
    expect(again.documents).toMatchObject({ unchanged: 2, new: 0, updated: 0, failed: 0 });
    writeFileSync(join(dir, "good.txt"), SHEET.replace("400 local planners", "450 local planners"));
    const r = runCli("ingest", ["--db", db, "--json", join(dir, "good.txt"), join(dir, "other.md")]);
    expect(r.status).toBe(0);
    expect(summaryOf(r.stdout).documents).toMatchObject({ updated: 1, unchanged: 1 });
    const forced = summaryOf(runCli("ingest", ["--db", db, "--json", "--force", join(dir, "other.md")]).stdout);
    expect(forced.documents).toMatchObject({ updated: 1 });
  });

  it("reads standard input", () => {
    const r = runCli("ingest", ["--db", db, "-"], { input: SHEET.replace("Coastal", "Inland") });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^new +stdin:[0-9a-f]{16} /m);
    expect(r.stdout).toMatch(/new 1, updated 0, unchanged 0, failed 0/);
  });

  it("exits 2 on usage errors", () => {
    expect(runCli("ingest", ["--db", db, "--concurrency", "0"]).status).toBe(2);
    expect(runCli("ingest", ["--db", db, "--no-such-option"]).status).toBe(2);
    const r = runCli("ingest", ["--db", db, "--pipeline", "nope"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown pipeline "nope" \(known: default/);
  });
});

describe("ingest with worker threads", () => {
  it("stores what one thread stores, whichever thread extracted each document, and fails only the bad one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govfacts-workers-"));
    writeFileSync(join(dir, "empty.txt"), "");
    const { files } = await expandInputs([FIXTURES]);
    const inputs = [...files, join(dir, "empty.txt")].map((file) => ({ file }));
    const pipeline = await loadPipeline("default");
    const stored = async (workers: number) => {
      const db = openDatabase(join(dir, `w${workers}.db`));
      const totals = await ingestDocuments({ db, pipeline, inputs, maxBytes: 1 << 20, workers });
      const records = Object.fromEntries(listDocuments(db).map((d) => [d.source, readExtraction(db, d.id)]));
      db.close();
      return { totals, records };
    };
    const one = await stored(0);
    const three = await stored(2);
    expect(one.totals).toMatchObject({ new: files.length, failed: 1 });
    expect(three.totals).toMatchObject({ new: files.length, failed: 1 });
    expect(Object.keys(three.records).sort()).toEqual(Object.keys(one.records).sort());
    for (const source of Object.keys(one.records)) expect(three.records[source], source).toEqual(one.records[source]);
    // The workers' stage times are added to the main thread's.
    expect(three.totals.timings.get("extract")).toBeGreaterThan(0);
  });
});

describe("default worker threads", () => {
  it("extracts on the main thread alone below the size where workers pay, with a worker per spare CPU above it", () => {
    expect(defaultWorkers(0)).toBe(0);
    expect(defaultWorkers(WORKERS_FROM_BYTES - 1)).toBe(0);
    expect(defaultWorkers(WORKERS_FROM_BYTES)).toBe(availableParallelism() - 1);
  });
});
