/** The format parsers and what they share: heading shape, datelines, site chrome. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BlockInput } from "../src/normalize/builder.ts";
import { removeChrome } from "../src/normalize/chrome.ts";
import { datelineDay, isoDay } from "../src/normalize/dates.ts";
import { isCapitalized, lineShape } from "../src/normalize/headings.ts";
import { parseHtml } from "../src/normalize/html.ts";
import { parseMarkdown } from "../src/normalize/markdown.ts";
import { parseText } from "../src/normalize/text.ts";

const kinds = (blocks: BlockInput[]) => blocks.map((b) => [b.kind, b.text.replace(/\s+/g, " ").trim(), b.depth ?? 0]);

describe("line shape", () => {
  it.each([
    "Public Health",
    "Targeted Financial Measures:",
    "Reduce Homicides and High-Impact Crimes",
    "The United States and Italy are Close Partners and Allies",
    "SNACK TIME!",
    "Why the Global Partnership?",
    "II. Fighting Corruption",
    "Dr. Hal Brands",
    "$171 Million in USAID Humanitarian Assistance",
    "eTrace Expansion",
    "Side Events:",
    "Co-signatories:",
    "Life-saving efforts by the U.S. in the impacted region:",
    "Making Generational Investments in Latino Families Through the Build Back Better Agenda.",
    "Help formerly incarcerated individuals successfully reenter their communities",
  ])("reads %j as a heading", (line) => {
    expect(lineShape(line)).toBe("heading");
  });

  it.each([
    "We commit to:",
    "Speakers include:",
    "The Working Groups are as follows:",
    "Students must meet all the following requirements:",
    "During her trip, Under Secretary of State Nuland:",
    "The dialogue covered three main topics:",
    "Creating a vibrant ecosystem for research and development by:",
  ])("reads %j as a lead-in", (line) => {
    expect(lineShape(line)).toBe("lead-in");
  });

  it.each([
    "Countries and supporting organizations announced nearly $60 million in funding.",
    "The American people voted for a secure border. The results speak for themselves.",
    "The United States of America and Denmark,",
    "Security and Firearms Trafficking;",
    "March 11, 2021",
    "April 2022",
    "– Secretary Antony J. Blinken, May 24, 2021",
    "President Joseph R. Biden, April 7, 2022",
  ])("reads %j as a sentence", (line) => {
    expect(lineShape(line)).toBe("sentence");
  });

  it("tells title case and capitals from sentence case", () => {
    expect(isCapitalized("Accelerate our Domestic HIV Efforts")).toBe(true);
    expect(isCapitalized("PROTECTING and SUPPORTING HEALTH WORKERS")).toBe(true);
    expect(isCapitalized("Expanding opportunity for workers")).toBe(false);
    expect(isCapitalized("we commit to")).toBe(false);
  });
});

describe("dates", () => {
  it("reads datelines", () => {
    expect(datelineDay("October 13, 2022")).toBe("2022-10-13");
    expect(datelineDay("Thursday, Oct. 13, 2022")).toBe("2022-10-13");
    expect(datelineDay("13 October 2022")).toBe("2022-10-13");
    expect(datelineDay("2022-10-13")).toBe("2022-10-13");
    expect(datelineDay("Release Date: May 6, 2024")).toBe("2024-05-06");
    expect(datelineDay("For Immediate Release: Tuesday, March 12, 2024")).toBe("2024-03-12");
    expect(datelineDay("February 30, 2022")).toBeNull();
    expect(datelineDay("In October 2022 the partners met")).toBeNull();
  });

  it("reads metadata dates as the day they state, whatever the offset", () => {
    expect(isoDay("2022-10-13 19:52:45-04:00")).toBe("2022-10-13");
    expect(isoDay("Thu, 13 Oct 2022 23:52:45 -0400")).toBe("2022-10-13");
    expect(isoDay(new Date(Date.UTC(2022, 9, 13)))).toBe("2022-10-13");
    expect(isoDay("soon")).toBeNull();
  });
});

describe("site chrome", () => {
  const block = (text: string): BlockInput => ({ kind: "paragraph", text });

  it.each([
    "An official website of the United States Government",
    "Here’s how you know",
    "Here's how you know",
    "Sign Up",
    "Opt in to send and receive text messages from President Biden.",
    "Scroll to Top Scroll to Top",
    "Office of the Spokesperson",
    "Begin Text:",
    "End text.",
    "* * * Begin text * * *",
    "Share this page",
    "* * *",
  ])("drops %j", (line) => {
    expect(removeChrome([block("DEA seized 5 kg."), block(line)]).map((b) => b.text)).toEqual(["DEA seized 5 kg."]);
  });

  it.each(["###", "# # #", "- 30 -", "Stay Connected"])("ends the release at %j, once content has begun", (marker) => {
    const blocks = [block(marker), block("DEA seized 5 kg."), block(marker), block("More news")];
    expect(removeChrome(blocks).map((b) => b.text)).toEqual(["DEA seized 5 kg."]);
  });

  it("keeps content that only mentions chrome words", () => {
    const lines = ["Borrowers can sign up to be notified.", "The Office of the Spokesperson announced a trip."];
    expect(removeChrome(lines.map(block)).map((b) => b.text)).toEqual(lines);
  });
});

describe("plain text", () => {
  it("reads a release's title over its labeled date, and its byline and a line after quotations with their attribution", () => {
    const text = [
      "DHS Announces Final Rule on Pill Presses", "", "Release Date: May 6, 2024", "", "For Immediate Release", "Office of Public Affairs", "",
      "WASHINGTON – DHS announced a final rule today.", "", "“A single press can do harm,” said the Secretary. “We will stop it.”", "",
      "What the Rule Requires", "", "Importers must file data before arrival.",
    ].join("\n");
    const parsed = parseText(text);
    expect(parsed.title).toBe("DHS Announces Final Rule on Pill Presses");
    expect(parsed.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", "Release Date: May 6, 2024"],
      ["paragraph", "Office of Public Affairs"],
      ["paragraph", "WASHINGTON – DHS announced a final rule today."],
      ["paragraph", "“A single press can do harm,” said the Secretary. “We will stop it.”"],
      ["heading", "What the Rule Requires"],
      ["paragraph", "Importers must file data before arrival."],
    ]);
  });

  it("marks a wide gap between bullets as a lost heading", () => {
    const { blocks } = parseText("Public Health\n\n  • HHS awarded funds.\n\n\n  • CDC ran campaigns.\n\nSafe Communities\n\n  • USAID trained police.\n");
    expect(blocks.map((b) => [b.kind, b.lostHeading])).toEqual([
      ["heading", false],
      ["item", false],
      ["item", true],
      ["heading", false],
      ["item", false],
    ]);
  });
});

describe("Markdown", () => {
  it("reads front matter, bold, underlined and literal-bold headings, and nested lists", () => {
    const parsed = parseMarkdown(
      [
        "---",
        "title: \"FACT SHEET: New Border Steps\"",
        "date: '2022-10-13'",
        "---",
        "",
        "**<u>Public Health</u>**",
        "",
        "-   The [Department of Health](https://example.gov/hhs) awarded",
        "    funds.",
        "    -   Nested <span>item</span>.",
        "",
        "<u>Safe Communities</u>",
        "",
        "**Enhance Research **",
        "",
        "<!-- a comment -->",
        "Text with <b>inline</b> tags.",
      ].join("\n"),
    );
    expect([parsed.title, parsed.published]).toEqual(["FACT SHEET: New Border Steps", "2022-10-13"]);
    expect(kinds(parsed.blocks)).toEqual([
      ["heading", "Public Health", 0],
      ["item", "The Department of Health awarded funds.", 0],
      ["item", "Nested item.", 1],
      ["heading", "Safe Communities", 0],
      ["heading", "Enhance Research", 0],
      ["paragraph", "Text with inline tags.", 0],
    ]);
  });

  it("reads bold that spans a line of its own as a heading, and no-break-space indents as text", () => {
    const parsed = parseMarkdown(" **  \nFIELD TRIP TO THE FARM  \n**Children will visit a farm.\n\n\u00a0\u00a0\u00a0\u00a0 Laura Diaz, of Texas, to be Ambassador to the\nRepublic of Panama.\n");
    expect(kinds(parsed.blocks)).toEqual([
      ["heading", "FIELD TRIP TO THE FARM", 0],
      ["paragraph", "Children will visit a farm.", 0],
      ["paragraph", "Laura Diaz, of Texas, to be Ambassador to the Republic of Panama.", 0],
    ]);
  });

  it("takes italic lines as headings only when capitalized or heading a list", () => {
    const parsed = parseMarkdown("*UNHCR Referrals*\n\nText.\n\n*Improving access to financing:*\n\n-   A loan.\n\n*The text of the following statement was released.*\n");
    expect(kinds(parsed.blocks).map(([k]) => k)).toEqual(["heading", "paragraph", "heading", "item", "paragraph"]);
  });
});

describe("run-in headings", () => {
  it("sets bold words that open a paragraph and end in a colon or period on a line of their own, as a heading", () => {
    const md = "**SECURING OUR HOMELAND:** Today, the President signed an order.\n\n-   The order directs a review.\n\n**Making the Tax Code Fairer.** The law closes loopholes.\n";
    expect(kinds(parseMarkdown(md).blocks)).toEqual([
      ["heading", "SECURING OUR HOMELAND:", 0],
      ["paragraph", "Today, the President signed an order.", 0],
      ["item", "The order directs a review.", 0],
      ["heading", "Making the Tax Code Fairer.", 0],
      ["paragraph", "The law closes loopholes.", 0],
    ]);
    const html = `<html><body><article><p><strong>Exposing Violations and Abuses in Belarus:</strong> The Council renewed the mandate of the Special Rapporteur for another year.</p></article></body></html>`;
    expect(kinds(parseHtml(html).blocks)).toEqual([
      ["heading", "Exposing Violations and Abuses in Belarus:", 0],
      ["paragraph", "The Council renewed the mandate of the Special Rapporteur for another year.", 0],
    ]);
  });

  it("leaves bold that is a speaker, a label, a lead-in or a phrase inside the paragraph", () => {
    const one = (md: string) => kinds(parseMarkdown(md).blocks).map(([k]) => k);
    // A transcript: the bold words recur.
    expect(one("**MR PRICE:** Good afternoon.\n\n**QUESTION:** Thanks, Ned.\n\n**MR PRICE:** Go ahead.\n")).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(one("**MS PORTER:** Good afternoon, everyone.\n")).toEqual(["paragraph"]);
    expect(one("**Pillar 1:** **Digital Economy.** The pillar expands access.\n")).toEqual(["paragraph"]);
    expect(one("**UK Foreign Secretary Liz Truss said:** the sanctions will bite.\n")).toEqual(["paragraph"]);
    expect(one("**Ten agencies** joined the effort. **More** followed.\n")).toEqual(["paragraph"]);
  });
});

describe("Markdown syntax (CommonMark, as pandoc writes it)", () => {
  const texts = (md: string) => parseMarkdown(md).blocks.map((b) => b.text.replace(/\s+/g, " ").trim());

  it("nests list items by indentation, with indented and lazy continuation lines", () => {
    const md = ["-   One", "    continued", "lazily", "    -   Two", "        1.  Three", "-   Four", "", "    Four's second paragraph"].join("\n");
    expect(kinds(parseMarkdown(md).blocks)).toEqual([
      ["item", "One continued lazily", 0],
      ["item", "Two", 1],
      ["item", "Three", 2],
      ["item", "Four", 0],
      ["paragraph", "Four's second paragraph", 0],
    ]);
  });

  it("reads emphasis by the delimiter-run rules", () => {
    expect(texts("**Bold** then *italic*, __strong__ and _em_; snake_case_name stays; *foo**bar*")).toEqual([
      "Bold then italic, strong and em; snake_case_name stays; foobar",
    ]);
    // Bold that closes before a space is no bold ("**Title. **Text"): its delimiters are dropped.
    expect(texts("**Safe Communities. **The Department acts.")).toEqual(["Safe Communities. The Department acts."]);
    expect(parseMarkdown("*UNHCR **Referrals***\n\n-   One").blocks[0]).toMatchObject({ kind: "heading", text: "UNHCR Referrals" });
  });

  it("reduces links, reference links, images and autolinks to their text", () => {
    const md = '[Strategy](https://x.gov/a.pdf "Title"), [the plan][r], [R], ![Chart](c.png), <https://x.gov/b>, [no link](x y)\n\n[r]: https://x.gov/r';
    expect(texts(md)).toEqual(["Strategy, the plan, R, Chart, https://x.gov/b, [no link](x y)"]);
  });

  it("drops inline tags and comments, breaks lines at <br> and hard breaks, and decodes escapes and entities", () => {
    const md = "Line one<br>Line two  \nLine three\\\nLine <span>four</span> <!-- note --> \\# \\$5 &amp; &#8217;s &nosuch;";
    expect(texts(md)).toEqual(["Line one", "Line two", "Line three", "Line four # $5 & ’s &nosuch;"]);
  });

  it("reads ATX and setext headings, block quotes, HTML blocks and fenced code", () => {
    const md = ["# Title #", "", "Intro", "===", "", "> Quoted", "text", "", "<div>", "Block <b>html</b>", "</div>", "", "```", "code", "```"].join("\n");
    const { blocks } = parseMarkdown(md);
    expect(kinds(blocks)).toEqual([
      ["heading", "Title", 0],
      ["heading", "Intro", 0],
      ["paragraph", "Quoted text", 0],
      ["paragraph", "Block html", 0],
      ["paragraph", "code", 0],
    ]);
    expect(blocks.slice(0, 2).map((b) => b.level)).toEqual([1, 1]);
  });

  it("reads containers nested 10,000 deep without overflowing the stack", () => {
    expect(kinds(parseMarkdown("> ".repeat(10_000) + "Deep text.").blocks)).toEqual([["paragraph", "Deep text.", 0]]);
    expect(kinds(parseMarkdown("- ".repeat(10_000) + "Deep item.").blocks)).toEqual([["item", "Deep item.", 9_999]]);
  });

  it("never throws on arbitrary Markdown", () => {
    const markup = fc.constantFrom(..."*_[]()!<>`\\&#;-+=.:1 \n  >\"'ab/u~|".split(""));
    fc.assert(fc.property(fc.array(markup, { maxLength: 200 }), (chars) => {
      expect(() => parseMarkdown(chars.join(""))).not.toThrow();
    }));
  });
});

describe("HTML", () => {
  const page = (body: string, head = "") => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
  const filler = "The Department of State and the Government of Mexico agreed today to expand cooperation on border health, with new funding for clinics and training for health workers in six states.";

  it("takes the title from og:title, else <title> without the site name, else the h1; the date from metadata", () => {
    expect(parseHtml(page(`<article><p>${filler}</p></article>`, "<title>Readout of the Dialogue | U.S. Department of State</title><meta property='article:published_time' content='2023-06-02T14:15:00+00:00'>"))).toMatchObject({
      title: "Readout of the Dialogue",
      published: "2023-06-02",
    });
    expect(parseHtml(page(`<main><h1>Readout</h1><p><time datetime="2023-06-02">June 2</time></p><p>${filler}</p></main>`, "<title>Readout - State</title>"))).toMatchObject({
      title: "Readout",
      published: "2023-06-02",
    });
    expect(parseHtml(page(`<p>${filler}</p>`, "<meta property='og:title' content='Joint Statement'><title>Joint Statement | Site</title>")).title).toBe("Joint Statement");
  });

  it("finds the main content in article, main, a known container, or else the densest block", () => {
    const chrome = "<div class='sidebar-links'><p>Countries and Areas</p></div><div><p>Short promo.</p></div>";
    expect(kinds(parseHtml(page(`${chrome}<div class="entry-content"><p>${filler}</p></div>`)).blocks)).toEqual([["paragraph", filler, 0]]);
    const densest = parseHtml(page(`<div class="promo"><p>Short promo.</p></div><div class="x-body"><p>${filler}</p><p>${filler}</p><ul><li>${filler}</li></ul></div>`));
    expect(kinds(densest.blocks).map(([k]) => k)).toEqual(["paragraph", "paragraph", "item"]);
  });

  it("drops nav, header, footer, scripts, forms and share widgets", () => {
    const html = page(
      `<header><nav><a>Home</a></nav></header><script>var x = 1;</script><style>p{}</style><article><div class="share-buttons"><a>Facebook</a></div><p>${filler}</p><form><input></form></article><footer>Contact us</footer>`,
    );
    expect(kinds(parseHtml(html).blocks)).toEqual([["paragraph", filler, 0]]);
  });

  it("keeps content whose container has a chrome-like class name", () => {
    const html = page(`<div class="share-bar"><a>Share</a></div><div class="content-with-sidebar"><p>${filler}</p><p>${filler}</p></div><div class="sidebar"><p>Related links</p></div>`);
    expect(kinds(parseHtml(html).blocks)).toEqual([["paragraph", filler, 0], ["paragraph", filler, 0]]);
  });

  it("reads headings, bold and italic paragraphs, nested lists, table rows and empty headings", () => {
    const html = page(
      `<article><p>${filler}</p><h2>Public Health</h2><p><strong>Safe </strong><b>Communities</b></p><ul><li>One<ul><li>Two</li></ul></li></ul><ol><li>Three</li></ol><p><strong>We commit to:</strong></p><p><em>UNHCR Referrals</em></p><table><tr><td>Africa</td><td>7,000</td></tr></table><h3></h3><p>After.</p></article>`,
    );
    const { blocks } = parseHtml(html);
    expect(kinds(blocks)).toEqual([
      ["paragraph", filler, 0],
      ["heading", "Public Health", 0],
      ["heading", "Safe Communities", 0],
      ["item", "One", 0],
      ["item", "Two", 1],
      ["item", "Three", 0],
      ["paragraph", "We commit to:", 0],
      ["heading", "UNHCR Referrals", 0],
      ["paragraph", "Africa | 7,000", 0],
      ["paragraph", "After.", 0],
    ]);
    expect(blocks[1]!.level).toBe(2);
    expect(blocks.at(-1)!.lostHeading).toBe(true);
  });
});
