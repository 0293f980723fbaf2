/**
 * HTML (cheerio): the main content found (article, main, known content
 * containers, else the densest text block) and stripped of site chrome;
 * headings and bold-only paragraphs that read as headings kept as headings,
 * nested lists as item depth; title and date read from the page's metadata.
 *
 * Parsed by htmlparser2, several times faster than parse5: it closes what
 * pages leave open (p, li, td, dd) as browsers do, though it does not move
 * misnested markup around as they do. The tree is then read in a few
 * iterative walks with compiled selectors, and text is measured, not built,
 * where only its length matters.
 */
import { load } from "cheerio/slim";
import type { AnyNode, Element, ParentNode } from "domhandler";
import type { BlockInput } from "./builder.ts";
import { HTML_CHROME_ELEMENTS, HTML_CHROME_NAMES, removeChrome } from "./chrome.ts";
import { isoDay } from "./dates.ts";
import { type Emphasis, refineHeadings } from "./headings.ts";
import type { ParsedDoc } from "./parsed.ts";
import { compileSelector, compileSelectors, type ElementTest } from "./selectors.ts";
import { collapsedLength, TextStats, textStats, trimmedLength } from "./text-stats.ts";

/** Containers that content-management systems put the body of a page in, most specific first. */
const MAIN = ["article", "main", "[role=main]", "[itemprop=articleBody]", ".entry-content", ".body-content", ".page-content", ".article-content", ".article-body", ".field--name-body", "#main-content", "#content", ".content"].map(compileSelector);
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
const STRONG = new Set(["strong", "b", "u"]);
const EMPHASIS = new Set([...STRONG, "em", "i"]);
/** Metadata that states the publication date, most specific first; the first with a value wins. */
const PUBLISHED_META = [
  "meta[property='article:published_time']",
  "meta[name='article:published_time']",
  "meta[itemprop='datePublished']",
  "meta[name='date']",
  "meta[name='dc.date']",
  "meta[name='DC.date.issued']",
  "meta[name='dcterms.date']",
].map(compileSelector);
const TIME = compileSelector("time[datetime]");
const OG_TITLE = compileSelector("meta[property='og:title']");
const CHROME_ELEMENT = compileSelectors(HTML_CHROME_ELEMENTS);

export function parseHtml(raw: string): ParsedDoc {
  const $ = load(raw, { xml: { xmlMode: false } });
  const root = $.root()[0]!;
  const { title, published } = metadata(root);
  $(matching(root, CHROME_ELEMENT)).remove();
  const body = matching(root, (el) => el.name === "body")[0] ?? root;
  // A class name says chrome ("share-tools", "content-with-sidebar"), but chrome is never most of the page.
  const stats = new TextStats();
  const pageText = stats.of(body).letters;
  const named = matching(root, (el) => isNamedChrome(el) && stats.of(el).letters < pageText * CHROME_SHARE);
  for (const el of named) stats.forget(el);
  $(named).remove();
  const blocks = removeChrome(blocksOf(mainContent(root, body, stats), stats));
  return { title, published, blocks: refineHeadings(blocks, (next) => next.kind === "item") };
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** The elements that pass `test`, in document order, none inside another (one walk, no recursion). */
function matching(root: ParentNode, test: ElementTest): Element[] {
  const found: Element[] = [];
  const work: AnyNode[] = [...root.children].reverse();
  while (work.length > 0) {
    const node = work.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) found.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) work.push(node.children[i]!);
  }
  return found;
}

/** Calls `visit` on every element in document order (one walk, no recursion). */
function eachElement(root: ParentNode, visit: (el: Element) => void): void {
  const work: AnyNode[] = [...root.children].reverse();
  while (work.length > 0) {
    const node = work.pop()!;
    if (!isElement(node)) continue;
    visit(node);
    for (let i = node.children.length - 1; i >= 0; i--) work.push(node.children[i]!);
  }
}

/** Each test's first match in document order. */
function firstMatches(root: ParentNode, tests: readonly ElementTest[]): (Element | undefined)[] {
  const first: (Element | undefined)[] = new Array(tests.length).fill(undefined);
  eachElement(root, (el) => {
    for (let i = 0; i < tests.length; i++) if (!first[i] && tests[i]!(el)) first[i] = el;
  });
  return first;
}

/** Title and date from the page's metadata, read before anything is removed. */
function metadata(root: ParentNode): Pick<ParsedDoc, "title" | "published"> {
  const tests = [...PUBLISHED_META, TIME, OG_TITLE, (el: Element) => el.name === "title", (el: Element) => el.name === "h1"];
  const first = firstMatches(root, tests);
  const [time, ogTitle, titleElement, h1] = first.slice(PUBLISHED_META.length);
  const meta = first.slice(0, PUBLISHED_META.length).map((el) => el?.attribs.content).find(Boolean);
  const heading = clean(textOf(h1));
  return {
    title: pageTitle([ogTitle?.attribs.content, textOf(titleElement)], heading),
    published: isoDay(meta ?? time?.attribs.datetime),
  };
}

function isNamedChrome(el: Element): boolean {
  const { class: className, id } = el.attribs;
  return (className !== undefined || id !== undefined) && HTML_CHROME_NAMES.test(`${className ?? ""} ${id ?? ""}`) && !isMainCandidate(el);
}

function clean(text: string | undefined): string {
  return text?.replace(/\s+/g, " ").trim() ?? "";
}

/** The text of a node and all below it; iterative, where cheerio's .text() recurses and deep pages overflow it. */
function textOf(node: AnyNode | undefined): string {
  let out = "";
  const work: AnyNode[] = node ? [node] : [];
  while (work.length > 0) {
    const n = work.pop()!;
    if (n.type === "text") out += n.data;
    else if (n.type === "tag" || n.type === "root") {
      for (let i = n.children.length - 1; i >= 0; i--) work.push(n.children[i]!);
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

function mainContent(root: ParentNode, body: ParentNode, stats: TextStats): ParentNode {
  for (const el of firstMatches(root, MAIN)) {
    if (el && trimmedLength(stats.of(el)) > MIN_MAIN_TEXT) return el;
  }
  return densest(body, stats) ?? body;
}

/**
 * The container whose own paragraphs, items, headings and loose text hold the
 * most text (as readability scores a page), widened to an ancestor while it
 * holds too little of the page's text to be the whole body. One walk, no
 * recursion.
 */
function densest(body: ParentNode, stats: TextStats): ParentNode | null {
  const scores = new Map<ParentNode, number>();
  let total = 0;
  const count = (container: ParentNode | null, length: number) => {
    if (!container || length === 0) return;
    scores.set(container, (scores.get(container) ?? 0) + length);
    total += length;
  };
  const work: { node: AnyNode; container: ParentNode | null }[] = [{ node: body, container: null }];
  while (work.length > 0) {
    const { node, container } = work.pop()!;
    if (node.type === "text") count(container, collapsedLength(textStats(node.data)));
    if (node.type !== "tag" && node.type !== "root") continue;
    const tag = node.type === "tag" ? node.tagName.toLowerCase() : "";
    if (CONTENT_TAGS.has(tag)) {
      count(container, collapsedLength(stats.of(node)));
      continue;
    }
    const inner = STRUCTURE.has(tag) ? container : node;
    for (const child of node.children) work.push({ node: child, container: inner });
  }
  let best: ParentNode | null = null;
  for (const [el, score] of scores) if (!best || score > scores.get(best)!) best = el;
  while (best && collapsedLength(stats.of(best)) < total * DENSE_SHARE && best.parent?.type === "tag") best = best.parent as Element;
  return best;
}

/** Walks the content without recursion (pages nested thousands deep must not overflow). */
function blocksOf(root: AnyNode, stats: TextStats): BlockInput[] {
  const blocks: BlockInput[] = [];
  let inline = "";
  // An empty heading element is a heading whose text was lost; the block after it says so.
  let lostHeading = false;
  const push = (block: BlockInput) => {
    if (!block.text.trim()) return;
    blocks.push({ ...block, lostHeading });
    lostHeading = false;
  };
  // The bold words that open the paragraph being collected.
  let runIn = "";
  const flush = () => {
    push({ kind: "paragraph", text: inline, ...(runIn && { runIn }) });
    inline = "";
    runIn = "";
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
      const nested = el.children.filter(isList);
      const emphasis = nested.length === 0 ? emphasisOf(el, stats) : null;
      push({ kind: "item", text: ownText(el), depth: Math.max(0, listDepth), ...(emphasis && { emphasis }) });
      for (let i = nested.length - 1; i >= 0; i--) work.push({ node: nested[i]!, listDepth });
      continue;
    }
    const emphasis = tag === "p" ? emphasisOf(el, stats) : null;
    if (emphasis) {
      flush();
      push({ kind: "paragraph", text: textOf(el), emphasis });
      continue;
    }
    if (tag === "tr") {
      flush();
      const cells = el.children.filter((c) => isElement(c) && (c.name === "td" || c.name === "th")).map((c) => textOf(c).trim()).filter(Boolean);
      push({ kind: "paragraph", text: cells.join(" | ") });
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      work.push({ close: true });
      if (tag === "p") runIn = boldLead(el);
    }
    const childDepth = tag === "ul" || tag === "ol" ? listDepth + 1 : listDepth;
    const children = (el.children ?? []) as AnyNode[];
    for (let i = children.length - 1; i >= 0; i--) work.push({ node: children[i]!, listDepth: childDepth });
  }
  flush();
  return blocks;
}

/** The text of a bold element that opens a paragraph, or "". */
function boldLead(p: Element): string {
  const first = p.children.find((c) => !(c.type === "text" && !c.data.trim()));
  return first && isElement(first) && STRONG.has(first.name) ? textOf(first) : "";
}

function isList(node: AnyNode): boolean {
  return isElement(node) && (node.name === "ul" || node.name === "ol");
}

/** A list item's text without its nested lists. */
function ownText(li: Element): string {
  return li.children.map((c) => (c.type === "tag" && isList(c) ? "" : textOf(c))).join("");
}

/** How the whole element is emphasized: bold or underlined, or italic only; null when some of it is plain. */
function emphasisOf(p: Element, stats: TextStats): Emphasis | null {
  const all = stats.of(p).letters;
  if (all === 0) return null;
  let covered = 0;
  let strong = false;
  // The outermost emphasis elements inside the paragraph.
  const work: AnyNode[] = [...p.children];
  while (work.length > 0) {
    const node = work.pop()!;
    if (!isElement(node)) continue;
    if (EMPHASIS.has(node.name)) {
      covered += stats.of(node).letters;
      strong ||= STRONG.has(node.name) || matching(node, (el) => STRONG.has(el.name)).length > 0;
    } else {
      for (const child of node.children) work.push(child);
    }
  }
  if (covered < all) return null;
  return strong ? "strong" : "italic";
}
