/** npm run diff as a user runs it: documents by file, id and source; outputs; exit codes; --series. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DocumentDiff, SeriesDiff } from "../src/schema.ts";
import { runCli } from "./helpers/cli.ts";

const OLD = "fixtures/series/2023-coastal-flood-resilience-partnership.md";
const NEW = "fixtures/series/2024-coastal-flood-resilience-partnership.md";

describe("npm run diff", () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "govfacts-diff-"));
    db = join(dir, "test.db");
  });

  it("diffs two files, ingesting them on the fly, and exits 0", () => {
    const r = runCli("diff", ["--db", db, OLD, NEW]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Sections: 1 added, 1 removed, 1 renamed, 2 kept");
    expect(r.stdout).toContain("~ Flood Mapping → Flood Risk Mapping, 2 bullets");
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it("finds stored documents by id and by source, and reports no changes for one document against itself", () => {
    const byId = runCli("diff", ["--db", db, "1", "1"]);
    expect(byId.status).toBe(0);
    expect(byId.stdout).toMatch(/\nNo changes\.\n$/);
    const bySource = runCli("diff", ["--db", db, "--json", join(process.cwd(), OLD), "2"]);
    expect(bySource.status).toBe(0);
    const d = DocumentDiff.parse(JSON.parse(bySource.stdout));
    expect(d.changed).toBe(true);
    expect(d.sections.removed.map((s) => s.heading)).toEqual(["Workforce Training"]);
  });

  it("writes Markdown with --markdown", () => {
    const r = runCli("diff", ["--db", db, "--markdown", OLD, NEW]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^## FACT SHEET: Coastal Flood Resilience Partnership Annual Report, 2023 → /);
    expect(r.stdout).toContain("### Sections");
    expect(r.stdout).toContain("- *added* Nature-Based Solutions, 1 bullet");
  });

  it("reads one side from standard input", () => {
    const r = runCli("diff", ["--db", db, "--json", OLD, "-"], { input: readFileSync(NEW) });
    expect(r.status).toBe(0);
    expect(DocumentDiff.parse(JSON.parse(r.stdout)).sections.added.map((s) => s.heading)).toEqual(["Nature-Based Solutions"]);
  });

  it("exits 2 with a clear message for an unknown document or a usage error", () => {
    const unknown = runCli("diff", ["--db", db, OLD, "999"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^unknown document "999": no such file, and no stored document has that id or source\n$/);
    expect(runCli("diff", ["--db", db, "nowhere/missing.md", NEW]).status).toBe(2);
    const one = runCli("diff", ["--db", db, OLD]);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain("diff takes two documents: OLD NEW");
    expect(runCli("diff", ["--db", db, "--json", "--markdown", OLD, NEW]).status).toBe(2);
    expect(runCli("diff", ["--db", db, "--colour", OLD, NEW]).status).toBe(2);
    const noDb = runCli("diff", ["--db", join(dir, "none.db"), "1", "2"]);
    expect(noDb.status).toBe(2);
    expect(noDb.stderr).toContain("no database at");
  });

  it("exits 1 when a file cannot be ingested", () => {
    const empty = join(dir, "empty.md");
    writeFileSync(empty, "");
    const r = runCli("diff", ["--db", db, OLD, empty]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("empty.md");
  });

  it("diffs an annual series found by title, by key or by one of its documents, in date order", () => {
    for (const query of ["Coastal Flood Resilience Partnership", "coastal-flood-resilience-partnership", NEW]) {
      const r = runCli("diff", ["--db", db, "--json", "--series", query]);
      expect(r.status, query).toBe(0);
      const s = SeriesDiff.parse(JSON.parse(r.stdout));
      expect(s.documents.map((m) => m.published)).toEqual(["2023-11-14", "2024-11-19"]);
      expect(s.diffs).toHaveLength(1);
      expect(s.diffs[0]!.entities.added.length + s.diffs[0]!.sections.added.length).toBeGreaterThan(0);
    }
  });

  it("diffs the documents of a series named one by one in date order", () => {
    const r = runCli("diff", ["--db", db, "--series", NEW, OLD]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Series of the documents named: 2 documents\n {2}#\d+ 2023-11-14 /);
    expect(r.stdout).toContain("── 1 of 1 ──");
    const unknown = runCli("diff", ["--db", db, "--series", "Interplanetary Fisheries Compact"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no stored document\'s title matches the series "Interplanetary Fisheries Compact"');
  });
});
