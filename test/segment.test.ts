/** Segmentation rules, one small document each: goals, sections, bullets, lost headings, chrome. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Extraction } from "../src/schema.ts";
import { extractText } from "./helpers/documents.ts";

const goalsOf = (x: Extraction) => x.goals.map((g) => ({ label: g.label, number: g.number, title: g.title, summary: g.summary }));
const sectionsOf = (x: Extraction) => x.sections.map((s) => [s.heading, s.goal]);
const bulletsOf = (x: Extraction) => x.bullets.map((b) => [b.depth, b.text]);

function expectExactGoalSpans(x: Extraction): void {
  for (const g of x.goals) {
    expect(x.text.slice(...g.titleSpan)).toBe(g.title);
    if (g.summarySpan) expect(x.text.slice(...g.summarySpan)).toBe(g.summary);
  }
}

describe("goals", () => {
  it("splits a title glued to its sentence", async () => {
    const x = await extractText("GOAL 1:  PROTECT OUR PEOPLEThe United States and Mexico seek to build secure communities. Both will act.\n\n  • DEA trained 40 officers.\n");
    expect(goalsOf(x)).toEqual([
      { label: "Goal", number: 1, title: "PROTECT OUR PEOPLE", summary: "The United States and Mexico seek to build secure communities." },
    ]);
    expectExactGoalSpans(x);
  });

  it("splits a title joined to its sentence by a dash, spaced or not", async () => {
    const x = await extractText(
      "GOAL 2: PREVENT TRANSBORDER CRIME – The partners will stop arms trafficking.\n\nPillar 3 – Disrupt Illicit Finance– Treasury will share reports with Mexico.\n",
    );
    expect(goalsOf(x).map((g) => [g.number, g.title, g.summary])).toEqual([
      [2, "PREVENT TRANSBORDER CRIME", "The partners will stop arms trafficking."],
      [3, "Disrupt Illicit Finance", "Treasury will share reports with Mexico."],
    ]);
    expectExactGoalSpans(x);
  });

  it("splits a title-case title glued to its sentence, and a title written as a first sentence", async () => {
    const x = await extractText(
      "Pillar 1: Improve Food AccessThe Department of Agriculture will fund 40 food banks.\n\nPillar 2: A Spectrum Pipeline to Ensure U.S. Leadership. Spectrum is scarce. More follows.\n",
    );
    expect(goalsOf(x).map((g) => [g.title, g.summary])).toEqual([
      ["Improve Food Access", "The Department of Agriculture will fund 40 food banks."],
      ["A Spectrum Pipeline to Ensure U.S. Leadership", "Spectrum is scarce."],
    ]);
    expectExactGoalSpans(x);
  });

  it("takes the summary of a heading that stands alone from the paragraph after it", async () => {
    const x = await extractText("GOAL 3: PURSUE CRIMINAL NETWORKS\n\nDisrupt financial networks of cartels. Share intelligence.\n\n  • OFAC designated 12 people.\n");
    expect(goalsOf(x)).toEqual([{ label: "Goal", number: 3, title: "PURSUE CRIMINAL NETWORKS", summary: "Disrupt financial networks of cartels." }]);
    expect(x.paragraphs.map((p) => [p.text, p.goal])).toEqual([["Disrupt financial networks of cartels. Share intelligence.", 3]]);
    expectExactGoalSpans(x);
  });

  it.each([
    ["Pillar II: Legal Pathways and Protection", "Pillar", 2, "Legal Pathways and Protection"],
    ["PILLAR IV: INVESTING IN OUR PEOPLE", "Pillar", 4, "INVESTING IN OUR PEOPLE"],
    ["Pillar Three | Shaping Market Forces", "Pillar", 3, "Shaping Market Forces"],
    ["Pillar No. 2: Improve Safety for Communities", "Pillar", 2, "Improve Safety for Communities"],
    ["Priority 4. Expand Treatment Access", "Priority", 4, "Expand Treatment Access"],
    ["Line of Effort 2: Counter Fentanyl Production", "Line of Effort", 2, "Counter Fentanyl Production"],
    ["Strategic Objective 5 — Strengthen Ports of Entry", "Objective", 5, "Strengthen Ports of Entry"],
    ["Part IV: Implementation and Oversight", "Part", 4, "Implementation and Oversight"],
    ["Goal Twelve: Modernize Customs Systems", "Goal", 12, "Modernize Customs Systems"],
    ["Pillar I: Addressing economic insecurity and inequality.", "Pillar", 1, "Addressing economic insecurity and inequality"],
  ])("reads %j as a goal", async (heading, label, number, title) => {
    const x = await extractText(`${heading}\n\n  • The agency awarded $2 million.\n`);
    expect(goalsOf(x)).toEqual([{ label, number, title, summary: null }]);
    expect(x.bullets[0]!.goal).toBe(number);
    expectExactGoalSpans(x);
  });

  it("takes the title of a bare number from the heading after it", async () => {
    const x = await extractText("<h2>Goal 1</h2><h3>Protect Border Communities</h3><p>The partners will act now, in 2024.</p><ul><li>CBP added 12 scanners.</li></ul>", "case.html");
    expect(goalsOf(x)).toEqual([{ label: "Goal", number: 1, title: "Protect Border Communities", summary: "The partners will act now, in 2024." }]);
    expect(x.sections).toEqual([]);
    expectExactGoalSpans(x);
  });

  it("leaves prose, list items and non-numerals alone", async () => {
    const x = await extractText(
      "Pillar 2 of the partnership covers advanced capabilities.\n\nPart 2 of the plan starts in May.\n\nPriorities:\n\n  • Priority 1: Individual cases referred by the UNHCR.\n\nPart Civil: Legal Reforms\n\nGOAL MIX: more text follows here.\n",
    );
    expect(x.goals).toEqual([]);
    expect(x.bullets.map((b) => b.text)).toEqual(["Priority 1: Individual cases referred by the UNHCR."]);
  });

  it("puts sections and bullets under the latest goal, and what precedes any goal under none", async () => {
    const x = await extractText("Background\n\n  • The dialogue began in 2021.\n\nGOAL 1: PROTECT OUR PEOPLE\n\nPublic Health\n\n  • HHS awarded $1.5 billion.\n");
    expect(sectionsOf(x)).toEqual([["Background", null], ["Public Health", 1]]);
    expect(x.bullets.map((b) => [b.section, b.goal])).toEqual([["Background", null], ["Public Health", 1]]);
    const [goal] = x.goals;
    expect(x.sections[1]!.parent).toBe(goal!.id);
  });
});

describe("sections", () => {
  it("drops a heading's trailing colon", async () => {
    const x = await extractText("Targeted Financial Measures:\n\n  • OFAC designated 26 individuals.\n");
    expect(sectionsOf(x)).toEqual([["Targeted Financial Measures", null]]);
  });

  it("keeps lead-ins, sentences and attributions as paragraphs", async () => {
    const x = await extractText(
      [
        "**We commit to:**",
        "-   Share information.",
        "**Participants in today’s meeting included:**",
        "-   DEA Administrator.",
        "**Countries and supporting organizations announced nearly $60 million in new funding.**",
        "-   Canada pledged $10 million.",
        "“We will keep our people safe.”",
        "*President Joseph R. Biden, Jr.*",
        "**Life-saving efforts in the impacted region:**",
        "-   USAID delivered 40 tons of food.",
      ].join("\n\n"),
      "case.md",
    );
    expect(sectionsOf(x)).toEqual([["Life-saving efforts in the impacted region", null]]);
    expect(x.paragraphs.map((p) => p.text)).toContain("President Joseph R. Biden, Jr.");
  });

  it("reads a list of one emphasized item followed by prose as a numbered heading", async () => {
    const x = await extractText(
      "<p>The partners met in Dhaka on June 2, 2022.</p><ol start='2'><li><em>Labor</em></li></ol><p>The United States welcomed new labor reforms.</p><ol><li><strong>Short list</strong></li><li>Second item</li></ol>",
      "case.html",
    );
    expect(sectionsOf(x)).toEqual([["Labor", null]]);
    expect(x.bullets.map((b) => b.text)).toEqual(["Short list", "Second item"]);
  });

  it("nests HTML headings by level, and closes a goal at its own level", async () => {
    const x = await extractText(
      "<h2>Goal 1: Protect Our People</h2><h3>Public Health</h3><h4>Naloxone</h4><ul><li>CDC bought 3 million doses.</li></ul><h3>Safe Communities</h3><ul><li>USAID trained 600 police officers.</li></ul><h2>Background</h2><p>The framework dates from 2021.</p>",
      "case.html",
    );
    const byHeading = Object.fromEntries(x.sections.map((s) => [s.heading, s]));
    const goal = x.goals[0]!;
    expect(byHeading["Public Health"]).toMatchObject({ parent: goal.id, goal: 1, depth: 1 });
    expect(byHeading["Naloxone"]).toMatchObject({ parent: byHeading["Public Health"]!.id, goal: 1, depth: 2 });
    expect(byHeading["Safe Communities"]).toMatchObject({ parent: goal.id, goal: 1 });
    expect(byHeading["Background"]).toMatchObject({ parent: null, goal: null, depth: 0 });
    expect(x.bullets.map((b) => [b.section, b.goal])).toEqual([["Naloxone", 1], ["Safe Communities", 1]]);
    expect(x.paragraphs[0]).toMatchObject({ section: "Background", goal: null });
  });
});

describe("lost headings", () => {
  it("leaves bullets after a wide blank gap under the goal with no section, never under the section above", async () => {
    const x = await extractText(
      "GOAL 3: PURSUE CRIMINAL NETWORKS\n\nCombatting Illicit Finance\n\n  • FinCEN shared 240 reports.\n\n\n  • Mexico extradited 3 cartel leaders.\n    • One was surrendered on May 17, 2022.\n\nTargeted Financial Measures\n\n  • OFAC designated 26 individuals.\n",
    );
    expect(x.bullets.map((b) => [b.section, b.goal, b.depth])).toEqual([
      ["Combatting Illicit Finance", 3, 0],
      [null, 3, 0],
      [null, 3, 1],
      ["Targeted Financial Measures", 3, 0],
    ]);
    expect(x.bullets[1]!.parent).toBe(x.goals[0]!.id);
  });

  it("reads the gap against the document's usual one: double spacing alone loses nothing", async () => {
    const x = await extractText("Public Health\n\n\n  • HHS awarded $1.5 billion.\n\n\n  • CDC launched 4 campaigns.\n\n\nSafe Communities\n\n\n  • USAID trained 600 officers.\n");
    expect(x.bullets.map((b) => b.section)).toEqual(["Public Health", "Public Health", "Safe Communities"]);
  });

  it("reads an empty HTML heading as a lost one", async () => {
    const x = await extractText(
      "<h2>Goal 3: Pursue Criminal Networks</h2><h3>Cyber</h3><ul><li>The working group met in August.</li></ul><h3> </h3><ul><li>Mexico extradited 3 leaders.</li></ul>",
      "case.html",
    );
    expect(x.bullets.map((b) => [b.section, b.goal])).toEqual([["Cyber", 3], [null, 3]]);
  });
});

describe("plain-text bullets", () => {
  it.each(["•", "◦", "▪", "‣", "-", "*", "o", "1.", "a)"])("reads %j as a bullet mark", async (mark) => {
    const x = await extractText(`Actions\n\n${mark} The Department of State awarded $5 million.\n`);
    expect(bulletsOf(x)).toEqual([[0, "The Department of State awarded $5 million."]]);
    expect(x.bullets[0]!.section).toBe("Actions");
  });

  it("nests by indentation and joins wrapped lines", async () => {
    const x = await extractText(
      "Arms Trafficking\n\n  • DOJ announced convictions for arms trafficking,\n    including these:\n    • April 2022: A 12-year sentence.\n      • Appeal denied.\n    • May 2022: Three convictions.\n  • ATF trained 775 experts.\n",
    );
    expect(bulletsOf(x)).toEqual([
      [0, "DOJ announced convictions for arms trafficking, including these:"],
      [1, "April 2022: A 12-year sentence."],
      [2, "Appeal denied."],
      [1, "May 2022: Three convictions."],
      [0, "ATF trained 775 experts."],
    ]);
    const [outer, april, appeal, may] = x.bullets;
    expect([april!.parent, appeal!.parent, may!.parent]).toEqual([outer!.id, april!.id, outer!.id]);
  });

  it("nests by a change of mark at the same indentation, and returns to the outer mark", async () => {
    const x = await extractText("Steps\n\n• Fund the program.\n◦ Year one: $2 million.\n◦ Year two: $3 million.\n• Report results.\n1. First report in 2025.\n10. Tenth report in 2034.\n");
    expect(x.bullets.map((b) => b.depth)).toEqual([0, 1, 1, 0, 1, 1]);
  });
});

describe("heading lines in plain text", () => {
  it("tells headings by shape: short, capitalized, no closing period, before a block", async () => {
    const x = await extractText(
      [
        "Public Health",
        "  • HHS awarded $1.5 billion.",
        "we commit to the following steps",
        "  • Share data.",
        "The Administration also announced new steps to lower costs",
        "  • FTC opened 3 inquiries.",
        "Secure Modes of Travel and Commerce",
        "The partners signed a memorandum in 2022.",
        "Closing Remarks",
      ].join("\n\n"),
    );
    expect(sectionsOf(x)).toEqual([["Public Health", null], ["Secure Modes of Travel and Commerce", null]]);
    expect(x.paragraphs.map((p) => p.text)).toContain("Closing Remarks");
  });

  it("reads a leading title line and dateline as the title and date", async () => {
    const x = await extractText("FACT SHEET: New Steps Against Fentanyl Trafficking\n\nOctober 13, 2022\n\nToday, DEA announced new steps.\n");
    expect([x.title, x.published]).toEqual(["FACT SHEET: New Steps Against Fentanyl Trafficking", "2022-10-13"]);
    expect(x.text.slice(...x.titleSpan!)).toBe(x.title);
    expect(x.sections).toEqual([]);
  });
});

describe("site chrome", () => {
  it("drops chrome lines and everything after an end marker, in plain text", async () => {
    const x = await extractText(
      "An official website of the United States Government\nHere’s how you know\n\nOffice of the Spokesperson\n\nBegin Text:\n\nDEA seized 5 kilograms of fentanyl.\n\nEnd text.\n\n###\n\nStay Connected\n\nSign Up\n\nOpt in to send and receive text messages from the President.\n\nScroll to Top\n",
    );
    expect(x.paragraphs.map((p) => p.text)).toEqual(["DEA seized 5 kilograms of fentanyl."]);
  });

  it("drops chrome in Markdown and HTML the same way", async () => {
    const md = await extractText("---\ntitle: Readout\ndate: '2023-04-02'\n---\n\nSign Up\n\nThe Secretary met partners.\n\n\\###\n\nScroll to Top\n", "case.md");
    const html = await extractText(
      "<html><body><div class='usa-banner'>An official website of the United States Government</div><nav>Home</nav><article><p>Office of the Spokesperson</p><p>The Secretary met partners in Mexico City on June 1, 2023, for two hours of talks on security cooperation and border health programs.</p><div class='social-share'>Share this page</div></article><footer>Stay Connected</footer></body></html>",
      "case.html",
    );
    expect(md.paragraphs.map((p) => p.text)).toEqual(["The Secretary met partners."]);
    expect(html.paragraphs.map((p) => p.text)).toEqual([
      "The Secretary met partners in Mexico City on June 1, 2023, for two hours of talks on security cooperation and border health programs.",
    ]);
  });
});

describe("segment invariants", () => {
  const line = fc.oneof(
    fc.constantFrom("Public Health", "GOAL 2: SECURE BORDERSThe partners will act.", "Pillar IV – Invest in People", "We commit to:", "Targeted Measures:", "", ""),
    fc.tuple(fc.constantFrom("", "  ", "    ", "      "), fc.constantFrom("•", "◦", "-", "1.", "a)", "o"), fc.constantFrom("DEA seized 5 kg.", "HHS awarded $2 million.")).map(([i, m, t]) => `${i}${m} ${t}`),
    fc.constantFrom("The Department of State announced new funding of $4 million in 2023.", "Stay Connected", "Sign Up"),
  );

  it("gives every segment a span inside the text, parents before children, bullets deeper than their parent bullet", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 25 }), async (lines) => {
        const text = lines.join("\n");
        if (!text.replace(/Stay Connected[\s\S]*/, "").replace(/Sign Up/g, "").trim()) return;
        const x = await extractText(text);
        const byId = new Map([...x.goals, ...x.sections, ...x.bullets, ...x.paragraphs].map((s) => [s.id, s]));
        for (const s of byId.values()) {
          expect(s.span[0] >= 0 && s.span[0] <= s.span[1] && s.span[1] <= x.text.length).toBe(true);
          if (s.parent !== null) expect(s.parent).toBeLessThan(s.id);
        }
        for (const b of x.bullets) {
          expect(x.text.slice(...b.span)).toBe(b.text);
          const parent = b.parent === null ? null : byId.get(b.parent)!;
          if (parent?.kind === "bullet") expect(parent.depth).toBeLessThan(b.depth);
        }
        expectExactGoalSpans(x);
      }),
      { numRuns: 60 },
    );
  });
});
