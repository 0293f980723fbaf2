/**
 * Markdown (pandoc output): YAML front matter for title and date; headings,
 * bold-only paragraphs as heading candidates, nested lists as item depth;
 * links reduced to their text, inline HTML tags and comments removed.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { frontmatter } from "micromark-extension-frontmatter";
import { parse as parseYaml } from "yaml";
import type { BlockInput } from "./builder.ts";
import { isoDay } from "./dates.ts";
import type { ParsedDoc } from "./parsed.ts";

/** Inline HTML that ends a line when rendered. */
const HTML_BREAK = /^<br\s*\/?>$/i;

export function parseMarkdown(raw: string): ParsedDoc {
  const tree = fromMarkdown(raw, {
    extensions: [frontmatter(["yaml"])],
    mdastExtensions: [frontmatterFromMarkdown(["yaml"])],
  });
  const meta = frontMatter(tree);
  const blocks: BlockInput[] = [];
  // Iterative walk: a deeply nested document must not exhaust the stack.
  const work: { node: RootContent; depth: number }[] = tree.children.map((node) => ({ node, depth: 0 })).reverse();
  while (work.length > 0) {
    const { node, depth } = work.pop()!;
    switch (node.type) {
      case "heading":
        blocks.push({ kind: "heading", text: inlineText(node.children), level: node.depth });
        break;
      case "paragraph":
        for (const line of splitAtBreaks(node.children)) {
          blocks.push({ kind: "paragraph", text: inlineText(line), strong: isAllStrong(line) });
        }
        break;
      case "list":
        for (let i = node.children.length - 1; i >= 0; i--) work.push({ node: node.children[i]!, depth });
        break;
      case "listItem": {
        const [first, ...rest] = node.children;
        const text = first && first.type === "paragraph" ? inlineText(first.children) : "";
        if (text) blocks.push({ kind: "item", text, depth });
        const inner = text ? rest : node.children;
        for (let i = inner.length - 1; i >= 0; i--) {
          const child = inner[i]!;
          work.push({ node: child, depth: child.type === "list" ? depth + 1 : depth });
        }
        break;
      }
      case "blockquote":
        for (let i = node.children.length - 1; i >= 0; i--) work.push({ node: node.children[i]!, depth });
        break;
      case "html": {
        const text = stripTags(node.value);
        if (text) blocks.push({ kind: "paragraph", text });
        break;
      }
      case "code":
        blocks.push({ kind: "paragraph", text: node.value });
        break;
      default:
        break;
    }
  }
  return { ...meta, blocks };
}

function frontMatter(tree: Root): Pick<ParsedDoc, "title" | "published"> {
  const yamlNode = tree.children.find((n) => n.type === "yaml");
  if (!yamlNode || yamlNode.type !== "yaml") return { title: null, published: null };
  let data: unknown;
  try {
    data = parseYaml(yamlNode.value);
  } catch {
    return { title: null, published: null };
  }
  if (!data || typeof data !== "object") return { title: null, published: null };
  const record = data as Record<string, unknown>;
  const title = typeof record.title === "string" ? record.title.trim() || null : null;
  const published = isoDay(record.date) ?? isoDay(record.published_time) ?? isoDay(record.published);
  return { title, published };
}

function splitAtBreaks(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === "break" || (child.type === "html" && HTML_BREAK.test(child.value))) lines.push([]);
    else lines[lines.length - 1]!.push(child);
  }
  return lines.filter((l) => inlineText(l).length > 0);
}

export function inlineText(nodes: readonly Nodes[]): string {
  let out = "";
  const work: Nodes[] = [...nodes].reverse();
  while (work.length > 0) {
    const node = work.pop()!;
    if (node.type === "text" || node.type === "inlineCode") out += node.value;
    else if (node.type === "break") out += " ";
    else if (node.type === "html") out += HTML_BREAK.test(node.value) ? " " : "";
    else if (node.type === "image") out += node.alt ?? "";
    else if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) work.push((node as Parent).children[i] as Nodes);
  }
  return out;
}

/** The whole line is bold (or underlined, which pandoc writes as inline <u>). */
function isAllStrong(line: PhrasingContent[]): boolean {
  let strongText = 0;
  let plainText = 0;
  let underline = false;
  for (const node of line) {
    if (node.type === "strong") strongText += inlineText(node.children).trim().length;
    else if (node.type === "html") underline ||= /^<u>$/i.test(node.value);
    else plainText += inlineText([node]).trim().length;
  }
  return strongText > 0 ? plainText === 0 : underline && plainText > 0;
}

function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]+>/g, " ")
    .trim();
}
