/**
 * HTML (cheerio): the main content found and stripped of navigation, forms
 * and widgets; headings, bold-only paragraphs and nested lists kept as
 * blocks; title and date read from the page's metadata.
 */
import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import type { BlockInput } from "./builder.ts";
import { isoDay } from "./dates.ts";
import type { ParsedDoc } from "./parsed.ts";

const DROP = "script, style, noscript, template, nav, header, footer, form, aside, iframe, svg, button, input, select, textarea, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";
const WIDGETS = /(^|[\s_-])(share|social|sharing|newsletter|signup|sign-up|breadcrumb|menu|navbar|skip-link|related|subscribe|print|cookie|banner|usa-banner|footer|header)([\s_-]|$)/i;
const MAIN = ["article", "main", "[role=main]", ".entry-content", ".body-content", ".page-content", ".article-content", ".field--name-body", "#content", "#main-content", ".content"];
const BLOCK_TAGS = new Set(["p", "div", "section", "article", "main", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote", "dl", "dt", "dd", "figure", "figcaption", "pre", "address", "hr", "br"]);
const STRONG_TAGS = new Set(["strong", "b", "u"]);

export function parseHtml(raw: string): ParsedDoc {
  const $ = cheerio.load(raw);
  const title = firstText([$("meta[property='og:title']").attr("content"), $("title").first().text(), $("h1").first().text()]);
  const published = isoDay(
    $("meta[property='article:published_time']").attr("content") ??
      $("meta[name='article:published_time']").attr("content") ??
      $("meta[name='date'], meta[name='dc.date'], meta[name='DC.date.issued'], meta[itemprop='datePublished']").attr("content") ??
      $("time[datetime]").first().attr("datetime"),
  );
  $(DROP).remove();
  $("[class], [id]").each((_, el) => {
    const names = `${$(el).attr("class") ?? ""} ${$(el).attr("id") ?? ""}`;
    if (WIDGETS.test(names) && !isMainCandidate(el)) $(el).remove();
  });
  const root = mainContent($);
  return { title, published, blocks: blocksOf($, root) };
}

function firstText(values: (string | undefined)[]): string | null {
  for (const v of values) {
    const t = v?.replace(/\s+/g, " ").trim();
    if (t) return t;
  }
  return null;
}

function isMainCandidate(el: Element): boolean {
  return el.tagName === "article" || el.tagName === "main" || el.tagName === "body";
}

function mainContent($: cheerio.CheerioAPI): AnyNode {
  for (const selector of MAIN) {
    const found = $(selector).first();
    if (found.length > 0 && found.text().trim().length > 200) return found.get(0)!;
  }
  const body = $("body").get(0);
  return body ?? $.root().get(0)!;
}

/** Walks the content without recursion (pages nested thousands deep must not overflow). */
function blocksOf($: cheerio.CheerioAPI, root: AnyNode): BlockInput[] {
  const blocks: BlockInput[] = [];
  let inline = "";
  const flush = () => {
    if (inline.trim()) blocks.push({ kind: "paragraph", text: inline });
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
      blocks.push({ kind: "heading", text: $(el).text(), level: Number(tag[1]) });
      continue;
    }
    if (tag === "li") {
      flush();
      const text = ownText($, el);
      if (text.trim()) blocks.push({ kind: "item", text, depth: Math.max(0, listDepth) });
      const nested = $(el).children("ul, ol").toArray();
      for (let i = nested.length - 1; i >= 0; i--) work.push({ node: nested[i]!, listDepth });
      continue;
    }
    if (tag === "p" && isAllStrong($, el)) {
      flush();
      blocks.push({ kind: "paragraph", text: $(el).text(), strong: true });
      continue;
    }
    if (tag === "tr") {
      flush();
      const cells = $(el).children("td, th").toArray().map((c) => $(c).text().trim()).filter(Boolean);
      if (cells.length > 0) blocks.push({ kind: "paragraph", text: cells.join(" | ") });
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
    .map((c) => $(c).text())
    .join("");
}

function isAllStrong($: cheerio.CheerioAPI, p: Element): boolean {
  const all = $(p).text().trim();
  if (!all) return false;
  let strong = "";
  $(p)
    .find("strong, b, u")
    .filter((_, el) => !$(el).parents().toArray().some((a) => a !== p && STRONG_TAGS.has((a as Element).tagName) && $(p).find(a).length > 0))
    .each((_, el) => {
      strong += $(el).text();
    });
  return strong.replace(/\s+/g, "").length >= all.replace(/\s+/g, "").length;
}
