/**
 * The project's own documents in fixtures/, written for it in the style of
 * real fact sheets (invented content about real U.S. and Mexican agencies):
 *
 * - border-health-fact-sheet.txt: scraped plain text with "•" bullets, nested
 *   bullets by indentation, goals glued to their sentence, joined by a dash
 *   and standing alone, sections, a heading lost to a wide blank gap, site
 *   chrome at the top and the end.
 * - border-health-fact-sheet.html: the same fact sheet as a page (h2/h3,
 *   ul/li, an empty heading where the text lost one) wrapped in site chrome:
 *   banner, header, nav, share widget, related links, "Stay Connected" footer.
 * - firearms-trafficking-action-plan.md: pandoc Markdown with YAML front
 *   matter, bold and underlined headings, "Pillar I/II/Three" goals, nested
 *   "-   " lists, a link, an HTML comment, a "###" end marker.
 * - precursor-chemicals-dialogue.html: a State Department style release in a
 *   content container with chrome around it and "Begin Text"/"End Text".
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument, type Extraction } from "../src/index.ts";
import { FIXTURES } from "../src/paths.ts";

const fixture = (name: string) => extractDocument({ path: join(FIXTURES, name) });

/** What each segment says and where it sits in the tree, without its offsets in the text. */
function outline(x: Extraction) {
  return [...x.goals, ...x.sections, ...x.bullets, ...x.paragraphs]
    .sort((a, b) => a.id - b.id)
    .map((s) => ({ ...s, span: undefined, titleSpan: undefined, summarySpan: undefined }));
}

describe("fixtures", () => {
  it("gives the HTML rendering of the plain-text fact sheet the same segments", async () => {
    const [text, html] = await Promise.all([fixture("border-health-fact-sheet.txt"), fixture("border-health-fact-sheet.html")]);
    expect(text.format).toBe("text");
    expect(html.format).toBe("html");
    expect(outline(html)).toEqual(outline(text));
    expect([html.title, html.published]).toEqual([text.title, text.published]);
  });

  it("reads the plain-text fact sheet's title line, dateline, goals, sections and nesting", async () => {
    const x = await fixture("border-health-fact-sheet.txt");
    expect(x.title).toBe("FACT SHEET: United States and Mexico Expand Binational Cooperation on Border Health and Safety");
    expect(x.published).toBe("2024-03-14");
    expect(x.goals.map((g) => [g.number, g.title, g.summary])).toEqual([
      [1, "PROTECT COMMUNITY HEALTH", "The United States and Mexico will reduce overdose deaths and expand care in border communities."],
      [2, "SECURE SHARED BORDERS", "Both governments will stop the trafficking of drugs, weapons and people through ports of entry."],
      [3, "PURSUE CRIMINAL FINANCE", "Disrupt the money that sustains transnational criminal organizations."],
    ]);
    expect(x.sections.map((s) => [s.heading, s.goal])).toEqual([
      ["Overdose Prevention", 1],
      ["Community Health Workers", 1],
      ["Ports of Entry", 2],
      ["Precursor Chemicals", 2],
    ]);
    expect(x.bullets.map((b) => [b.depth, b.section, b.goal, b.text.split(" ").slice(0, 3).join(" ")])).toEqual([
      [0, "Overdose Prevention", 1, "The Centers for"],
      [0, "Overdose Prevention", 1, "Mexico’s National Commission"],
      [1, "Overdose Prevention", 1, "In fiscal year"],
      [1, "Overdose Prevention", 1, "Overdose deaths in"],
      [0, "Community Health Workers", 1, "The Health Resources"],
      [0, "Ports of Entry", 2, "U.S. Customs and"],
      [0, "Ports of Entry", 2, "CBP and Mexico’s"],
      [0, "Precursor Chemicals", 2, "The Drug Enforcement"],
      [1, "Precursor Chemicals", 2, "Deputy Administrator Laura"],
      // A lost heading: under goal 3, in no section.
      [0, null, 3, "The Department of"],
      [0, null, 3, "The Department of"],
    ]);
    expect(x.text).not.toMatch(/official website|how you know|Stay Connected|Sign Up|Opt in|Scroll to Top|in touch/);
  });

  it("reads the Markdown fact sheet's front matter and its Pillar goals in Roman, digit and word forms", async () => {
    const x = await fixture("firearms-trafficking-action-plan.md");
    expect(x.format).toBe("markdown");
    expect([x.title, x.published]).toEqual(["FACT SHEET: U.S.-Mexico Joint Action Plan to Counter Firearms Trafficking", "2023-09-21"]);
    expect(x.goals.map((g) => [g.label, g.number, g.title])).toEqual([
      ["Pillar", 1, "DETECT AND TRACE ILLEGAL WEAPONS"],
      ["Pillar", 2, "Disrupt Trafficking Routes"],
      ["Pillar", 3, "Prosecute Trafficking Networks"],
    ]);
    expect(x.goals[1]!.summary).toBe("Both governments will inspect southbound traffic at the busiest crossings.");
    expect(x.sections.map((s) => [s.heading, s.goal])).toEqual([
      ["eTrace Expansion", 1],
      ["Southbound Inspections", 2],
    ]);
    expect(x.bullets.map((b) => b.depth)).toEqual([0, 1, 0, 0, 0, 0, 0]);
    expect(x.text).toContain("released the first annual report of the Joint Action Plan to Counter Firearms Trafficking, adopted");
    expect(x.text).not.toMatch(/<!--|pandoc:|\]\(|###|\*\*/);
  });

  it("finds the HTML release's content inside its chrome", async () => {
    const x = await fixture("precursor-chemicals-dialogue.html");
    expect([x.title, x.published]).toEqual(["United States and Mexico Hold Dialogue on Synthetic Drug Precursors", "2023-06-02"]);
    expect(x.sections.map((s) => s.heading)).toEqual(["Regulatory Cooperation", "Law Enforcement Results"]);
    expect(x.bullets.map((b) => [b.depth, b.section])).toEqual([
      [0, "Regulatory Cooperation"],
      [0, "Regulatory Cooperation"],
      [0, "Law Enforcement Results"],
      [0, "Law Enforcement Results"],
      [1, "Law Enforcement Results"],
    ]);
    expect(x.paragraphs[0]!.text).toMatch(/^The following joint statement was released/);
    expect(x.text).not.toMatch(/Begin Text|End Text|Office of the Spokesperson|Share on|Print this|Home ›|Countries & Areas|Stay Connected|Sign Up|Scroll to Top|Counternarcotics/);
  });
});
