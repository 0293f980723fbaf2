/**
 * HTML (cheerio): the main content found (article, main, known content
 * containers, else the densest text block) and stripped of site chrome;
 * headings and bold-only paragraphs that read as headings kept as headings,
 * nested lists as item depth; title and date read from the page's metadata.
 */
import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import type { BlockInput } from "./builder.ts";
import { HTML_CHROME_ELEMENTS, HTML_CHROME_NAMES, removeChrome } from "./chrome.ts";
import { isoDay } from "./dates.ts";
import { type Emphasis, refineHeadings } from "./headings.ts";
import type { ParsedDoc } from "./parsed.ts";

/** Containers that content-management systems put the body of a page in, most specific first. */
const MAIN = ["article", "main", "[role=main]", "[itemprop=articleBody]", ".entry-content", ".body-content", ".page-content", ".article-content", ".article-body", ".field--name-body", "#main-content", "#content", ".content"];
/** A container holds the content only if it holds at least this much text. */
const MIN_MAIN_TEXT = 200;
/** An element named like chrome holds less than this share of the page's text, or it is the content. */
const CHROME_SHARE = 0.5;
/** The densest block is widened until it holds this share of the page's text. */
const DENSE_SHARE = 0.6;
const CONTENT_TAGS = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "dd"]);
/** Structure between a text element and the container it belongs to. */
const STRUCTURE = new Set(["ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "th", "dl", "dt", "blockquote", "strong", "b", "em", "i", "u", "span", "a"]);
const BLOCK_TAGS = new Set(["p", "div", "section", "article", "main", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote", "dl", "dt", "dd", "figure", "figcaption", "pre", "address", "hr", "br"]);
const STRONG = "strong, b, u";
const EMPHASIS = "strong, b, u, em, i";
const PUBLISHED_META = [
  "meta[property='article:published_time']",
  "meta[name='article:published_time']",
  "meta[itemprop='datePublished']",
  "meta[name='date']",
  "meta[name='dc.date']",
  "meta[name='DC.date.issued']",
  "meta[name='dcterms.date']",
];

export function parseHtml(raw: string): ParsedDoc {
  const $ = cheerio.load(raw);
  const published = isoDay(
    PUBLISHED_META.map((s) => $(s).attr("content")).find(Boolean) ?? $("time[datetime]").first().attr("datetime"),
  );
  const h1 = clean(textOf($("h1").get(0)));
  const title = pageTitle([$("meta[property='og:title']").attr("content"), textOf($("title").get(0))], h1);
  $(HTML_CHROME_ELEMENTS).remove();
  // A class name says chrome ("share-tools", "content-with-sidebar"), but chrome is never most of the page.
  const pageText = textLength(textOf($("body").get(0)));
  $("[class], [id]").each((_, el) => {
    const names = `${$(el).attr("class") ?? ""} ${$(el).attr("id") ?? ""}`;
    if (HTML_CHROME_NAMES.test(names) && !isMainCandidate(el) && textLength(textOf(el)) < pageText * CHROME_SHARE) $(el).remove();
  });
  const blocks = removeChrome(blocksOf($, mainContent($)));
  return { title, published, blocks: refineHeadings(blocks, (next) => next.kind === "item") };
}

function clean(text: string | undefined): string {
  return text?.replace(/\s+/g, " ").trim() ?? "";
}

function textLength(text: string): number {
  return text.replace(/\s+/g, "").length;
}

/** The text of a node and all below it; iterative, where cheerio's .text() recurses and deep pages overflow it. */
function textOf(node: AnyNode | undefined): string {
  let out = "";
  const work: AnyNode[] = node ? [node] : [];
  while (work.length > 0) {
    const n = work.pop()!;
    if (n.type === "text") out += (n as unknown as { data: string }).data;
    else if (n.type === "tag" || n.type === "root") {
      const children = (n as Element).children as AnyNode[];
      for (let i = children.length - 1; i >= 0; i--) work.push(children[i]!);
    }
  }
  return out;
}

/** The page's own title: the h1 when the metadata title is it plus a site name, else the metadata without " | Site". */
function pageTitle(candidates: (string | undefined)[], h1: string): string | null {
  for (const candidate of candidates.map(clean)) {
    if (!candidate) continue;
    if (h1 && candidate.startsWith(h1)) return h1;
    const parts = candidate.split(" | ");
    return parts.length > 1 ? parts.slice(0, -1).join(" | ") : candidate;
  }
  return h1 || null;
}

function isMainCandidate(el: Element): boolean {
  return el.tagName === "article" || el.tagName === "main" || el.tagName === "body";
}

function mainContent($: cheerio.CheerioAPI): AnyNode {
  for (const selector of MAIN) {
    const found = $(selector).first();
    const el = found.get(0);
    if (el && textOf(el).trim().length > MIN_MAIN_TEXT) return el;
  }
  return densest($) ?? $("body").get(0) ?? $.root().get(0)!;
}

/**
 * The container whose own paragraphs, items, headings and loose text hold the
 * most text (as readability scores a page), widened to an ancestor while it
 * holds too little of the page's text to be the whole body. One walk, no
 * recursion.
 */
function densest($: cheerio.CheerioAPI): Element | null {
  const scores = new Map<Element, number>();
  let total = 0;
  const count = (container: Element | null, length: number) => {
    if (!container || length === 0) return;
    scores.set(container, (scores.get(container) ?? 0) + length);
    total += length;
  };
  const work: { node: AnyNode; container: Element | null }[] = $("body").toArray().map((node) => ({ node, container: null }));
  while (work.length > 0) {
    const { node, container } = work.pop()!;
    if (node.type === "text") count(container, clean((node as unknown as { data: string }).data).length);
    if (node.type !== "tag") continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (CONTENT_TAGS.has(tag)) {
      count(container, clean(textOf(el)).length);
      continue;
    }
    const inner = STRUCTURE.has(tag) ? container : el;
    for (const child of el.children as AnyNode[]) work.push({ node: child, container: inner });
  }
  let best: Element | null = null;
  for (const [el, score] of scores) if (!best || score > scores.get(best)!) best = el;
  while (best && clean(textOf(best)).length < total * DENSE_SHARE && best.parent?.type === "tag") best = best.parent as Element;
  return best;
}

/** Walks the content without recursion (pages nested thousands deep must not overflow). */
function blocksOf($: cheerio.CheerioAPI, root: AnyNode): BlockInput[] {
  const blocks: BlockInput[] = [];
  let inline = "";
  // An empty heading element is a heading whose text was lost; the block after it says so.
  let lostHeading = false;
  const push = (block: BlockInput) => {
    if (!block.text.trim()) return;
    blocks.push({ ...block, lostHeading });
    lostHeading = false;
  };
  const flush = () => {
    push({ kind: "paragraph", text: inline });
    inline = "";
  };
  type Work = { node: AnyNode; listDepth: number } | { close: true };
  const work: Work[] = [{ node: root, listDepth: -1 }];
  while (work.length > 0) {
    const item = work.pop()!;
    if ("close" in item) {
      flush();
      continue;
    }
    const { node, listDepth } = item;
    if (node.type === "text") {
      inline += (node as unknown as { data: string }).data;
      continue;
    }
    if (node.type !== "tag" && node.type !== "root") continue;
    const el = node as Element;
    const tag = node.type === "root" ? "" : el.tagName.toLowerCase();
    if (/^h[1-6]$/.test(tag)) {
      flush();
      const text = textOf(el);
      if (text.trim()) push({ kind: "heading", text, level: Number(tag[1]) });
      else lostHeading = true;
      continue;
    }
    if (tag === "li") {
      flush();
      const nested = $(el).children("ul, ol").toArray();
      const emphasis = nested.length === 0 ? emphasisOf($, el) : null;
      push({ kind: "item", text: ownText($, el), depth: Math.max(0, listDepth), ...(emphasis && { emphasis }) });
      for (let i = nested.length - 1; i >= 0; i--) work.push({ node: nested[i]!, listDepth });
      continue;
    }
    const emphasis = tag === "p" ? emphasisOf($, el) : null;
    if (emphasis) {
      flush();
      push({ kind: "paragraph", text: textOf(el), emphasis });
      continue;
    }
    if (tag === "tr") {
      flush();
      const cells = $(el).children("td, th").toArray().map((c) => textOf(c).trim()).filter(Boolean);
      push({ kind: "paragraph", text: cells.join(" | ") });
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      work.push({ close: true });
    }
    const childDepth = tag === "ul" || tag === "ol" ? listDepth + 1 : listDepth;
    const children = (el.children ?? []) as AnyNode[];
    for (let i = children.length - 1; i >= 0; i--) work.push({ node: children[i]!, listDepth: childDepth });
  }
  flush();
  return blocks;
}

/** A list item's text without its nested lists. */
function ownText($: cheerio.CheerioAPI, li: Element): string {
  return $(li)
    .contents()
    .toArray()
    .filter((c) => !(c.type === "tag" && /^(ul|ol)$/i.test((c as Element).tagName)))
    .map((c) => textOf(c))
    .join("");
}

/** How the whole element is emphasized: bold or underlined, or italic only; null when some of it is plain. */
function emphasisOf($: cheerio.CheerioAPI, p: Element): Emphasis | null {
  const all = textLength(textOf(p));
  if (all === 0) return null;
  let covered = 0;
  let strong = false;
  $(p)
    .find(EMPHASIS)
    .each((_, el) => {
      if ($(el).parentsUntil(p).is(EMPHASIS)) return;
      covered += textLength(textOf(el));
      strong ||= $(el).is(STRONG) || $(el).find(STRONG).length > 0;
    });
  if (covered < all) return null;
  return strong ? "strong" : "italic";
}
