import { load } from "cheerio";
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { diffExtractions } from "../src/diff/index.ts";
import { renderDiffPage } from "../src/report/diff.ts";
import { wordDiff } from "../src/report/words.ts";
import type { DocumentDiff } from "../src/schema.ts";
import { annotatedHostile, HOSTILE_TEXT, REVISED_TEXT, revisedHostile } from "./helpers/annotated.ts";
import { runCli } from "./helpers/cli.ts";

describe("diff page", () => {
  let diff: DocumentDiff;
  beforeAll(async () => {
    diff = diffExtractions(await annotatedHostile(), await revisedHostile());
  });

  it("puts each change on its side: removed on the old, added on the new, renamed and changed on both", () => {
    const $ = load(renderDiffPage(diff));
    const rows = (group: string) => $(`section[data-group="${group}"] tr`);
    const counted = (d: { added: unknown[]; removed: unknown[] }, changed: number) => d.added.length + d.removed.length + changed;
    expect(rows("sections")).toHaveLength(counted(diff.sections, diff.sections.renamed.length));
    expect(rows("entities")).toHaveLength(counted(diff.entities, diff.entities.renamed.length));
    expect(rows("figures")).toHaveLength(counted(diff.figures, diff.figures.changed.length));
    $("tr[data-change]").each((_, tr) => {
      const change = $(tr).attr("data-change");
      const [old, neu] = [$(tr).find("td.old"), $(tr).find("td.new")];
      expect(old.text() === "", change).toBe(change === "added");
      expect(neu.text() === "", change).toBe(change === "removed");
      expect(old.find("ins")).toHaveLength(0);
      expect(neu.find("del")).toHaveLength(0);
    });
  });

  it("marks what changed: the figure's old and new values with the change, the words of a renamed heading, the entity gone and come", () => {
    const $ = load(renderDiffPage(diff));
    const money = $('section[data-group="figures"] tr[data-change="changed"]');
    expect(money.find("td.old del").text()).toBe("$5 million");
    expect(money.find("td.new ins").text()).toBe("$7 million");
    expect(money.find(".delta").text()).toBe("+$2 million, +40%");
    expect(money.find("th").text()).toBe(`<b>partners</b> & "friends"`);
    const section = $('section[data-group="sections"] tr[data-change="changed"]');
    expect(section.find("td.old").text()).toMatch(/^GRANTS, "QUOTED" & <I>TAGGED<\/I>, 2 bullets/);
    expect(section.find("td.new ins").map((_, el) => $(el).text()).get()).toEqual([" AWARDS"]);
    expect(section.find("td.old del")).toHaveLength(0);
    const entities = $('section[data-group="entities"]');
    expect(entities.find('tr[data-change="removed"] td.old del').text()).toBe("Mexico City");
    expect(entities.find('tr[data-change="added"] td.new ins').text()).toBe("Guadalajara");
    expect(entities.find('tr[data-change="added"] th .chip').text()).toBe("place");
  });

  it("escapes everything the documents say and runs nothing", () => {
    const html = renderDiffPage(diff, { ids: { old: 4, new: 9 } });
    const $ = load(html);
    expect($("script, img, b, i, [onerror], [src]")).toHaveLength(0);
    expect($("h1").text()).toBe(`FACT SHEET: <script>alert("x")</script> & "Quotes", Commas → FACT SHEET: <script>alert("x")</script> & "Quotes", Commas`);
    expect($("table.sides td.new code").text()).toBe("/cases/hostile-revised.txt");
    expect($(".meta").text()).toBe("documents 4 and 9 · changed");
    expect(html).not.toMatch(/<script|<link|\bsrc=|url\(|https?:\/\//i);
  });

  it("says so when nothing changed", async () => {
    const same = diffExtractions(await annotatedHostile(), await annotatedHostile("/cases/copy.txt"));
    const $ = load(renderDiffPage(same));
    expect($(".meta").text()).toBe("no changes");
    expect($("tr[data-change]")).toHaveLength(0);
  });
});

describe("word diff", () => {
  it("keeps both texts whole and marks only words that are not in their common subsequence", () => {
    const word = fc.constantFrom("Goal", "Public", "Health", "and", "Safe", "Communities", "<b>", "&", '"x"');
    const text = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = wordDiff(a, b);
        expect(d.old.map((p) => p.text).join("")).toBe(a);
        expect(d.new.map((p) => p.text).join("")).toBe(b);
        const kept = (ps: typeof d.old) => ps.filter((p) => !p.changed).map((p) => p.text).join("").split(/\s+/).filter(Boolean);
        expect(kept(d.old)).toEqual(kept(d.new));
        if (a === b) expect(d.old.every((p) => !p.changed)).toBe(true);
      }),
    );
    expect(wordDiff("Safe Communities", "Safer Communities")).toEqual({
      old: [{ text: "Safe", changed: true }, { text: " Communities", changed: false }],
      new: [{ text: "Safer", changed: true }, { text: " Communities", changed: false }],
    });
  });
});

describe("npm run report -- --diff", () => {
  it("writes the diff page of two files, extracted on the fly", () => {
    const dir = mkdtempSync(join(tmpdir(), "govfacts-report-diff-"));
    writeFileSync(join(dir, "old.txt"), HOSTILE_TEXT);
    writeFileSync(join(dir, "new.txt"), REVISED_TEXT);
    const r = runCli("report", ["--diff", join(dir, "old.txt"), join(dir, "new.txt"), "--db", join(dir, "none.db"), "--out", join(dir, "diff.html")]);
    expect(r.stderr).toMatch(/none\.db: unable to open/);
    expect(r.status).toBe(1);
    const ok = runCli("report", ["--diff", join(dir, "old.txt"), join(dir, "new.txt"), "--out", join(dir, "diff.html")], { cwd: dir });
    expect(ok.stdout).toMatch(/wrote diff\.html \(extracted on the fly against extracted on the fly\)/);
    const $ = load(readFileSync(join(dir, "diff.html"), "utf8"));
    expect($('section[data-group="sections"] tr[data-change="changed"] ins').text()).toBe(" AWARDS");
    expect(runCli("report", ["--diff", join(dir, "old.txt")]).status).toBe(2);
  });
});
