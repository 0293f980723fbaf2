/**
 * Markdown (pandoc output): YAML front matter for title and date; headings,
 * and emphasized lines that read as headings; nested lists as item depth;
 * links reduced to their text, inline HTML tags and comments removed. The
 * syntax is read by ./markdown/ (blocks line by line, then each paragraph's
 * inline content) into small trees shaped like mdast's.
 */
import { parse as parseYaml } from "yaml";
import type { BlockInput } from "./builder.ts";
import { removeChrome } from "./chrome.ts";
import { isoDay } from "./dates.ts";
import { type Emphasis, refineHeadings } from "./headings.ts";
import { type MdBlock, parseBlocks } from "./markdown/blocks.ts";
import { type Inline, parseInline } from "./markdown/inline.ts";
import type { ParsedDoc } from "./parsed.ts";

/** Inline HTML that ends a line when rendered. */
const HTML_BREAK = /^<br\s*\/?>$/i;
/** Bold delimiters CommonMark leaves as text when spaces sit inside them ("** Title**", "**Title **"). */
const UNPAIRED_BOLD = /\*\*/g;

export function parseMarkdown(raw: string): ParsedDoc {
  const { frontMatter: yaml, root, definitions } = parseBlocks(raw);
  const inline = (content: string) => parseInline(content, definitions);
  const meta = frontMatter(yaml);
  const blocks: BlockInput[] = [];
  // An empty heading is one whose text was lost; the block after it says so.
  let lostHeading = false;
  const push = (block: BlockInput) => {
    blocks.push({ ...block, lostHeading });
    lostHeading = false;
  };
  // Iterative walk: a deeply nested document must not exhaust the stack.
  const work: { node: MdBlock; depth: number }[] = root.children.map((node) => ({ node, depth: 0 })).reverse();
  while (work.length > 0) {
    const { node, depth } = work.pop()!;
    switch (node.type) {
      case "heading": {
        const text = inlineText(inline(node.content));
        if (text.trim()) push({ kind: "heading", text, level: node.level });
        else lostHeading = true;
        break;
      }
      case "paragraph":
        for (const line of paragraphLines(inline(node.content))) push(line);
        break;
      case "list":
        for (let i = node.children.length - 1; i >= 0; i--) work.push({ node: node.children[i]!, depth });
        break;
      case "listItem": {
        const [first, ...rest] = node.children;
        const content = first?.type === "paragraph" ? inline(first.content) : [];
        const text = inlineText(content);
        const emphasis = first?.type === "paragraph" && rest.length === 0 ? emphasisOf(content) : null;
        if (text) push({ kind: "item", text, depth, ...(emphasis && { emphasis }) });
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
        if (text) push({ kind: "paragraph", text });
        break;
      }
      case "code":
        push({ kind: "paragraph", text: node.value });
        break;
      default:
        break;
    }
  }
  return { ...meta, blocks: refineHeadings(removeChrome(blocks), (next) => next.kind === "item") };
}

function frontMatter(yaml: string | null): Pick<ParsedDoc, "title" | "published"> {
  if (yaml === null) return { title: null, published: null };
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return { title: null, published: null };
  }
  if (!data || typeof data !== "object") return { title: null, published: null };
  const record = data as Record<string, unknown>;
  const title = typeof record.title === "string" ? record.title.trim() || null : null;
  const published = isoDay(record.date) ?? isoDay(record.published_time) ?? isoDay(record.published);
  return { title, published };
}

/**
 * A paragraph's lines (split at hard breaks), each with the emphasis that may
 * make it a heading. Bold that CommonMark left as literal delimiters counts:
 * on one line ("**Title **") or opened on a line of its own and closed later.
 */
function paragraphLines(children: readonly Inline[]): BlockInput[] {
  const lines: Inline[][] = [[]];
  for (const child of children) {
    if (child.type === "break" || (child.type === "html" && HTML_BREAK.test(child.value))) lines.push([]);
    else lines[lines.length - 1]!.push(child);
  }
  const blocks: BlockInput[] = [];
  let open = false;
  for (const line of lines) {
    const raw = inlineText(line, true).trim();
    const marks = raw.match(UNPAIRED_BOLD)?.length ?? 0;
    const literal =
      (marks === 2 && raw.startsWith("**") && raw.endsWith("**")) || (open && (marks === 0 || (marks === 1 && raw.endsWith("**"))));
    if (marks % 2 === 1) open = !open;
    const text = inlineText(line);
    const emphasis = literal ? "strong" : emphasisOf(line);
    const runIn = !emphasis && line[0]?.type === "strong" ? inlineText([line[0]]) : "";
    if (text.trim()) blocks.push({ kind: "paragraph", text, ...(emphasis && { emphasis }), ...(runIn && { runIn }) });
  }
  return blocks;
}

/**
 * The text of inline content. Bold delimiters that CommonMark left unpaired
 * (pandoc writes "**text. **More") are markup, not text, and are dropped
 * unless asked for.
 */
function inlineText(nodes: readonly Inline[], keepDelimiters = false): string {
  let out = "";
  const work: Inline[] = [...nodes].reverse();
  while (work.length > 0) {
    const node = work.pop()!;
    if (node.type === "text") out += keepDelimiters ? node.value : node.value.replace(UNPAIRED_BOLD, "");
    else if (node.type === "inlineCode") out += node.value;
    else if (node.type === "break") out += " ";
    else if (node.type === "html") out += HTML_BREAK.test(node.value) ? " " : "";
    else if (node.type === "image") out += node.alt;
    else if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) work.push(node.children[i]!);
  }
  return out;
}

/**
 * How the whole line is emphasized: bold or underlined (pandoc writes
 * underline as inline <u>), or italic only; null when some of it is plain.
 */
function emphasisOf(line: readonly Inline[]): Emphasis | null {
  let strong = 0;
  let italic = 0;
  let plain = 0;
  let underlined = false;
  for (const node of line) {
    const length = inlineText([node]).trim().length;
    if (node.type === "html") underlined = /^<u>$/i.test(node.value) || (underlined && !/^<\/u>$/i.test(node.value));
    else if (node.type === "strong" || underlined || (node.type === "emphasis" && containsStrong(node))) strong += length;
    else if (node.type === "emphasis") italic += length;
    else plain += length;
  }
  if (plain > 0 || strong + italic === 0) return null;
  return strong > 0 ? "strong" : "italic";
}

function containsStrong(node: { children: Inline[] }): boolean {
  const work: Inline[] = [...node.children];
  while (work.length > 0) {
    const n = work.pop()!;
    if (n.type === "strong") return true;
    if ("children" in n) work.push(...n.children);
  }
  return false;
}

/** The text of an HTML block: comments, then tags, each replaced by a space (in linear time, however much is left open). */
function stripTags(html: string): string {
  return withoutSpans(withoutSpans(html, "<!--", "-->", true), "<", ">", false).trim();
}

/** Each span from `open` to the first `close` after it replaced by a space, as /open[^]*?close/g (or +? when not `empty`) would. */
function withoutSpans(text: string, open: string, close: string, empty: boolean): string {
  let out = "";
  let at = 0;
  for (let start = text.indexOf(open); start >= 0; start = text.indexOf(open, at)) {
    const end = text.indexOf(close, start + open.length);
    // With no close after this opening, there is none after a later one either.
    if (end < 0) break;
    if (end === start + open.length && !empty) {
      out += text.slice(at, start + 1);
      at = start + 1;
    } else {
      out += text.slice(at, start) + " ";
      at = end + close.length;
    }
  }
  return out + text.slice(at);
}
