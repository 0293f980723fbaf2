/**
 * Markdown block structure, as CommonMark (and micromark) read it with
 * indented code turned off (pandoc indents continued text, and releases hold
 * no code): YAML front matter; block quotes and lists as containers;
 * paragraphs, ATX and setext headings, HTML blocks and fenced code as
 * leaves. Link reference definitions are taken out of paragraphs and
 * collected for the inline pass.
 *
 * One pass over the lines with an explicit stack of open containers: each
 * line continues some of them, may open new ones, and then feeds the open
 * leaf, or opens one. Nesting costs no recursion.
 */
import { type HtmlBlockEnd, htmlBlockStart } from "./html-syntax.ts";
import { definitionAt, skipSpaces } from "./links.ts";

export interface MdParent {
  type: "root" | "blockquote" | "list" | "listItem";
  children: MdBlock[];
}

export type MdBlock =
  | MdParent
  /** Inline source: the lines joined by line feeds, the first without its indentation. */
  | { type: "paragraph"; content: string }
  | { type: "heading"; level: number; content: string }
  | { type: "html" | "code"; value: string }
  /** Kept in the tree so that an item opening with one does not open with text. */
  | { type: "thematicBreak" | "definition" };

export interface MdDocument {
  /** The YAML front matter's text, or null. */
  frontMatter: string | null;
  root: MdParent;
  /** Keys (normalized labels) of the link reference definitions. */
  definitions: Set<string>;
}

interface QuoteFrame {
  kind: "quote";
  node: MdParent;
}

interface ListFrame {
  kind: "list";
  node: MdParent;
  /** The open item, which holds what the list's lines contain. */
  item: MdParent;
  ordered: boolean;
  /** "-", "*", "+", or the "." or ")" after a number. */
  marker: number;
  /** Columns a line must be indented by to continue the item. */
  size: number;
  /** The item began with a blank line, and a second blank line followed: either ends it at the next line with text. */
  initialBlank: boolean;
  furtherBlank: boolean;
}

type Frame = QuoteFrame | ListFrame;

type Leaf =
  | { kind: "paragraph"; lines: string[] }
  | { kind: "html"; lines: string[]; end: HtmlBlockEnd }
  | { kind: "code"; lines: string[]; marker: number; size: number; indent: number };

interface ItemStart {
  ordered: boolean;
  marker: number;
  size: number;
  /** Where the item's content starts on its first line. */
  content: number;
  blank: boolean;
}

const SPACE = 32;
const HASH = 35;
const ASTERISK = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const CLOSE_PAREN = 41;
const ONE = 49;
const LESS_THAN = 60;
const EQUALS = 61;
const GREATER_THAN = 62;
const UNDERSCORE = 95;
const BACKTICK = 96;
const TILDE = 126;

const FRONT_MATTER_FENCE = /^--- *$/;
const SETEXT_UNDERLINE = /^(?:=+|-+) *$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isBlankFrom = (line: string, at: number) => skipSpaces(line, at) >= line.length;

/** A list item's marker at `at`, `indent` columns into its container; `list` is the list it must continue. */
function itemStart(line: string, at: number, indent: number, list: ListFrame | null, interrupt: boolean): ItemStart | null {
  const c = line.charCodeAt(at);
  const ordered = list ? list.ordered : isDigit(c);
  let end: number;
  let marker: number;
  if (!ordered) {
    if ((c !== ASTERISK && c !== PLUS && c !== DASH) || (list && c !== list.marker)) return null;
    if (c !== PLUS && isThematicBreak(line, at)) return null;
    end = at + 1;
    marker = c;
  } else {
    // When it interrupts a paragraph, an ordered list starts at 1.
    if (!isDigit(c) || (interrupt && c !== ONE)) return null;
    end = at;
    while (isDigit(line.charCodeAt(end)) && end - at < 9) end++;
    marker = line.charCodeAt(end);
    if ((interrupt && end - at > 1) || (list ? marker !== list.marker : marker !== DOT && marker !== CLOSE_PAREN)) return null;
    end++;
  }
  if (isBlankFrom(line, end)) {
    // An empty item cannot interrupt a paragraph.
    return interrupt ? null : { ordered, marker, size: indent + end - at + 1, content: line.length, blank: true };
  }
  const content = skipSpaces(line, end);
  return content === end ? null : { ordered, marker, size: indent + content - at, content, blank: false };
}

/** Whether `line` (from `at`) ends a paragraph that it would otherwise continue. */
function interruptsParagraph(line: string, at: number, lazy: boolean): boolean {
  const rest = line.slice(at);
  switch (line.charCodeAt(at)) {
    case HASH:
      return atxHeading(rest) !== null;
    case ASTERISK:
    case DASH:
    case UNDERSCORE:
      return isThematicBreak(line, at);
    case LESS_THAN: {
      const html = htmlBlockStart(line, at);
      return html !== null && (html.interrupts || lazy);
    }
    case BACKTICK:
    case TILDE:
      return fenceAt(rest) !== null;
    default:
      return false;
  }
}

/**
 * Whether the line from `at` is a thematic break: three or more of one of
 * "-", "*", "_", with spaces between. Read from the end, where a line that is
 * not one usually shows it at once ("- - - ... text" opens lists, not a rule).
 */
function isThematicBreak(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  if (c !== DASH && c !== ASTERISK && c !== UNDERSCORE) return false;
  let marks = 0;
  for (let i = line.length - 1; i >= at; i--) {
    const d = line.charCodeAt(i);
    if (d === c) marks++;
    else if (d !== SPACE) return false;
  }
  return marks >= 3;
}

/** An ATX heading ("## Title ##"): its level and content without the closing sequence. */
function atxHeading(rest: string): { level: number; content: string } | null {
  let level = 0;
  while (rest.charCodeAt(level) === HASH) level++;
  if (level > 6 || (level < rest.length && rest.charCodeAt(level) !== SPACE)) return null;
  let end = rest.length;
  while (end > level && rest.charCodeAt(end - 1) === SPACE) end--;
  let close = end;
  while (close > level && rest.charCodeAt(close - 1) === HASH) close--;
  if (close < end && (close === level || rest.charCodeAt(close - 1) === SPACE)) end = close;
  return { level, content: rest.slice(level, end).trim() };
}

function fenceAt(rest: string): { marker: number; size: number } | null {
  const m = FENCE.exec(rest);
  if (!m || (m[1]![0] === "`" && m[2]!.includes("`"))) return null;
  return { marker: m[1]!.charCodeAt(0), size: m[1]!.length };
}

function isClosingFence(rest: string, marker: number, size: number): boolean {
  const start = skipSpaces(rest, 0);
  let end = start;
  while (rest.charCodeAt(end) === marker) end++;
  return end - start >= size && isBlankFrom(rest, end);
}

/** Front matter: a "---" first line, then YAML up to a closing "---" line. */
function frontMatter(lines: readonly string[]): { value: string; lines: number } | null {
  if (!FRONT_MATTER_FENCE.test(lines[0] ?? "")) return null;
  for (let i = 1; i < lines.length; i++) {
    if (FRONT_MATTER_FENCE.test(lines[i]!)) return { value: lines.slice(1, i).join("\n"), lines: i + 1 };
  }
  return null;
}

export function parseBlocks(source: string): MdDocument {
  const lines = source.split("\n");
  const matter = frontMatter(lines);
  const parser = new BlockParser();
  for (let n = matter?.lines ?? 0; n < lines.length; n++) parser.line(lines[n]!, n === lines.length - 1);
  return { frontMatter: matter?.value ?? null, ...parser.end() };
}

class BlockParser {
  private readonly root: MdParent = { type: "root", children: [] };
  private readonly definitions = new Set<string>();
  /** The open containers, outermost first. */
  private readonly stack: Frame[] = [];
  /** The open leaf, which belongs to the innermost container. */
  private leaf: Leaf | null = null;

  end(): Omit<MdDocument, "frontMatter"> {
    this.closeFrames(0);
    return { root: this.root, definitions: this.definitions };
  }

  line(line: string, last: boolean): void {
    let { pos, matched } = this.continueContainers(line);
    const leaf = this.leaf;
    const allMatched = matched === this.stack.length;
    // HTML and code take the line whole when every container goes on.
    if (allMatched && leaf && leaf.kind !== "paragraph") {
      this.feedConcrete(leaf, line.slice(pos));
      return;
    }
    const opened = this.openContainers(line, pos, matched, allMatched && leaf !== null);
    if (opened >= 0) {
      pos = opened;
      matched = this.stack.length;
    }
    const at = skipSpaces(line, pos);
    if (matched < this.stack.length) {
      // A line that continues no container may still continue a paragraph ("lazily").
      if (leaf?.kind === "paragraph" && at < line.length) {
        if (!interruptsParagraph(line, at, true)) {
          leaf.lines.push(line.slice(pos));
          return;
        }
        // As micromark has it, a lone tag that interrupts lazily opens an HTML block inside the open containers.
        const html = line.charCodeAt(at) === LESS_THAN && !last ? htmlBlockStart(line, at) : null;
        if (html && !html.interrupts) {
          this.closeLeaf();
          this.leaf = { kind: "html", lines: [line.slice(pos)], end: html.end };
          return;
        }
      }
      this.closeFrames(matched);
    }
    this.feed(line, pos, at);
  }

  /** The open containers the line continues, and where its content starts inside them. */
  private continueContainers(line: string): { pos: number; matched: number } {
    const stack = this.stack;
    let pos = 0;
    // The first character at or after `pos` that is not a space: found once, not once per container.
    let text = skipSpaces(line, 0);
    for (let matched = 0; matched < stack.length; matched++) {
      const frame = stack[matched]!;
      if (frame.kind === "quote") {
        if (line.charCodeAt(text) !== GREATER_THAN) return { pos, matched };
        pos = text + 1 + (line.charCodeAt(text + 1) === SPACE ? 1 : 0);
        text = skipSpaces(line, pos);
        continue;
      }
      if (text >= line.length) {
        frame.furtherBlank ||= frame.initialBlank;
        pos = Math.min(text, pos + frame.size);
        continue;
      }
      const further = frame.furtherBlank;
      frame.initialBlank = frame.furtherBlank = false;
      if (!further && text - pos >= frame.size) {
        pos += frame.size;
        continue;
      }
      // Not indented enough for the item: the list goes on if the line starts its next item.
      const next = itemStart(line, text, text - pos, frame, false);
      if (!next) return { pos, matched };
      this.closeFrames(matched + 1);
      this.openItem(frame, next);
      return { pos: next.content, matched: matched + 1 };
    }
    return { pos, matched: stack.length };
  }

  /** Opens the block quotes and lists that start at `pos`; where the content starts after them, or -1 if none. */
  private openContainers(line: string, pos: number, matched: number, interrupt: boolean): number {
    let opened = false;
    for (;;) {
      const at = skipSpaces(line, pos);
      const quote = line.charCodeAt(at) === GREATER_THAN;
      const start = quote ? null : itemStart(line, at, at - pos, null, interrupt);
      if (!quote && !start) return opened ? pos : -1;
      if (!opened) this.closeFrames(matched);
      opened = true;
      if (start) {
        const item: MdParent = { type: "listItem", children: [] };
        const node: MdParent = { type: "list", children: [item] };
        this.add(node);
        this.stack.push({ kind: "list", node, item, ordered: start.ordered, marker: start.marker, size: start.size, initialBlank: start.blank, furtherBlank: false });
        pos = start.content;
      } else {
        const node: MdParent = { type: "blockquote", children: [] };
        this.add(node);
        this.stack.push({ kind: "quote", node });
        pos = at + 1 + (line.charCodeAt(at + 1) === SPACE ? 1 : 0);
      }
    }
  }

  private feedConcrete(leaf: Exclude<Leaf, { kind: "paragraph" }>, rest: string): void {
    if (leaf.kind === "code") {
      if (isClosingFence(rest, leaf.marker, leaf.size)) this.closeLeaf();
      else leaf.lines.push(rest.slice(Math.min(leaf.indent, skipSpaces(rest, 0))));
    } else if (leaf.end === "blank" && isBlankFrom(rest, 0)) {
      this.closeLeaf();
    } else {
      leaf.lines.push(rest);
      if (leaf.end !== "blank" && leaf.end.test(rest)) this.closeLeaf();
    }
  }

  /** The line's content (from `pos`, text from `at`) in the innermost container: it continues the paragraph or opens a leaf. */
  private feed(line: string, pos: number, at: number): void {
    if (at >= line.length) {
      this.closeLeaf();
      return;
    }
    const rest = line.slice(at);
    const c = line.charCodeAt(at);
    const leaf = this.leaf;
    if (leaf?.kind === "paragraph") {
      if ((c === EQUALS || c === DASH) && SETEXT_UNDERLINE.test(rest)) {
        this.leaf = null;
        const content = this.withoutDefinitions(leaf.lines.join("\n"));
        if (content) {
          this.add({ type: "heading", level: c === EQUALS ? 1 : 2, content });
          return;
        }
      } else if (interruptsParagraph(line, at, false)) {
        this.closeLeaf();
      } else {
        // Its indentation stays: inline, a code span keeps it, and text drops it after the line ending.
        leaf.lines.push(line.slice(pos));
        return;
      }
    }
    const heading = c === HASH ? atxHeading(rest) : null;
    const html = c === LESS_THAN ? htmlBlockStart(line, at) : null;
    const fence = c === BACKTICK || c === TILDE ? fenceAt(rest) : null;
    if (heading) {
      this.add({ type: "heading", ...heading });
    } else if (isThematicBreak(line, at)) {
      this.add({ type: "thematicBreak" });
    } else if (html) {
      // An HTML block keeps its indentation.
      this.leaf = { kind: "html", lines: [line.slice(pos)], end: html.end };
      if (html.closed) this.closeLeaf();
    } else if (fence) {
      this.leaf = { kind: "code", lines: [], ...fence, indent: at - pos };
    } else {
      this.leaf = { kind: "paragraph", lines: [rest] };
    }
  }

  private add(block: MdBlock): void {
    const top = this.stack[this.stack.length - 1];
    (top ? (top.kind === "list" ? top.item : top.node) : this.root).children.push(block);
  }

  /** Definitions open a paragraph's content; what is left is the paragraph. */
  private withoutDefinitions(content: string): string {
    let at = 0;
    for (let d = definitionAt(content, at); d; d = definitionAt(content, skipSpaces(content, at))) {
      this.definitions.add(d.key);
      this.add({ type: "definition" });
      at = d.end;
    }
    return at === 0 ? content : content.slice(skipSpaces(content, at));
  }

  private closeLeaf(): void {
    const leaf = this.leaf;
    if (!leaf) return;
    this.leaf = null;
    if (leaf.kind === "paragraph") {
      const content = this.withoutDefinitions(leaf.lines.join("\n"));
      if (content) this.add({ type: "paragraph", content });
    } else {
      this.add({ type: leaf.kind, value: leaf.lines.join("\n") });
    }
  }

  private closeFrames(depth: number): void {
    this.closeLeaf();
    this.stack.length = depth;
  }

  private openItem(frame: ListFrame, start: ItemStart): void {
    frame.item = { type: "listItem", children: [] };
    frame.node.children.push(frame.item);
    frame.size = start.size;
    frame.initialBlank = start.blank;
    frame.furtherBlank = false;
  }
}
