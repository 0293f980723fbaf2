/**
 * Markdown inline content, as CommonMark (and micromark) read it: escapes,
 * character references, code spans, emphasis and strong emphasis by the
 * delimiter-run rules, links and images (inline and by reference),
 * autolinks, raw HTML, and hard and soft line breaks. The result is a small
 * tree of phrasing nodes shaped like mdast's.
 *
 * One scan puts text, nodes, delimiter runs and brackets in a token list;
 * brackets resolve into links as their "]" is met, emphasis is resolved from
 * the delimiter runs, and one more loop builds the tree. No recursion.
 */
import { characterReferenceAt } from "./entities.ts";
import { autolinkAt, InlineHtml } from "./html-syntax.ts";
import { isAsciiPunctuation, labelEnd, normalizeLabel, resourceEnd, skipSpaces } from "./links.ts";

export type Inline =
  | { type: "text"; value: string }
  | { type: "strong" | "emphasis" | "link"; children: Inline[] }
  | { type: "image"; alt: string }
  | { type: "inlineCode"; value: string }
  | { type: "html"; value: string }
  | { type: "break" };

/** A run of "*" or "_": what is left of it as text, and the emphasis it opens and closes (sizes, innermost first). */
interface Delimiter {
  kind: "delimiter";
  char: string;
  length: number;
  canOpen: boolean;
  canClose: boolean;
  closes: number[];
  opens: number[];
}

interface Bracket {
  kind: "bracket";
  image: boolean;
  /** Where the label's text starts. */
  label: number;
  /** The size of the delimiter stack when the bracket opened: emphasis inside a link resolves above it. */
  bottom: number;
  /** A link cannot contain a link: an opener before one is spent. */
  inactive: boolean;
  resolved: boolean;
}

type Token = { kind: "text"; value: string } | { kind: "node"; node: Inline } | Delimiter | Bracket | { kind: "end" };

const LINE_FEED = 10;
const SPACE = 32;
const BANG = 33;
const AMPERSAND = 38;
const ASTERISK = 42;
const LESS_THAN = 60;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const UNDERSCORE = 95;
const BACKTICK = 96;
const OPEN_PAREN = 40;

/** The characters that may start inline markup or a line break. */
const SPECIAL = new Uint8Array(128);
for (const c of "\n\\&`*_[]!<") SPECIAL[c.charCodeAt(0)] = 1;

const enum CharClass {
  Other,
  Whitespace,
  Punctuation,
}

const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;

/** How a character beside a delimiter run decides whether it opens or closes (by UTF-16 unit, as micromark reads it). */
function classify(code: number): CharClass {
  if (Number.isNaN(code) || code === SPACE || (code >= 9 && code <= 13)) return CharClass.Whitespace;
  if (code < 128) return isAsciiPunctuation(code) ? CharClass.Punctuation : CharClass.Other;
  const char = String.fromCharCode(code);
  if (UNICODE_WHITESPACE.test(char)) return CharClass.Whitespace;
  return UNICODE_PUNCTUATION.test(char) ? CharClass.Punctuation : CharClass.Other;
}

function delimiterRun(source: string, start: number, end: number): Delimiter {
  const before = start === 0 ? CharClass.Whitespace : classify(source.charCodeAt(start - 1));
  const after = classify(source.charCodeAt(end));
  const open = after === CharClass.Other || (after === CharClass.Punctuation && before !== CharClass.Other);
  const close = before === CharClass.Other || (before === CharClass.Punctuation && after !== CharClass.Other);
  const char = source[start]!;
  // "_" inside a word ("snake_case") neither opens nor closes.
  const underscore = char === "_";
  return {
    kind: "delimiter",
    char,
    length: end - start,
    canOpen: underscore ? open && (before !== CharClass.Other || !close) : open,
    canClose: underscore ? close && (after !== CharClass.Other || !open) : close,
    closes: [],
    opens: [],
  };
}

/** Closers of one kind find the same openers: by character, by whether they can open, and by length modulo 3. */
function closerKind(d: Delimiter): number {
  return (d.char === "*" ? 0 : 6) + (d.canOpen ? 3 : 0) + (d.length % 3);
}

/**
 * Pairs closers with openers above `bottom` of the stack, nearest first, then
 * drops the runs above it. A closer that finds no opener records how far
 * down it looked, by the kind of closer it is, so that the next closer of the
 * same kind does not look there again (as CommonMark's reference parsers do).
 */
function resolveEmphasis(delimiters: Delimiter[], bottom: number): void {
  const searched: number[] = new Array(12).fill(bottom);
  for (let c = bottom; c < delimiters.length; c++) {
    const closer = delimiters[c]!;
    if (!closer.canClose) continue;
    while (closer.length > 0) {
      let o = c - 1;
      const floor = searched[closerKind(closer)]!;
      for (; o >= floor; o--) {
        const opener = delimiters[o]!;
        if (opener.length === 0 || !opener.canOpen || opener.char !== closer.char) continue;
        // The rule of 3: "*foo**bar*" is one emphasis, not two.
        if ((opener.canClose || closer.canOpen) && closer.length % 3 !== 0 && (opener.length + closer.length) % 3 === 0) continue;
        break;
      }
      if (o < floor) {
        searched[closerKind(closer)] = c;
        // A run that cannot open is of no more use.
        if (!closer.canOpen) delimiters.splice(c--, 1);
        break;
      }
      const opener = delimiters[o]!;
      const use = opener.length > 1 && closer.length > 1 ? 2 : 1;
      opener.length -= use;
      closer.length -= use;
      opener.opens.push(use);
      closer.closes.push(use);
      // Runs between the pair are text now; the opener, shorter, may suit closers that passed it by.
      delimiters.splice(o + 1, c - o - 1);
      c = o + 1;
      for (let k = 0; k < searched.length; k++) searched[k] = Math.min(searched[k]!, o);
    }
  }
  delimiters.length = bottom;
}

/** Where the code span opened by the backtick run at `start` closes, or -1 (a run of the same length). */
function codeSpanClose(source: string, start: number, size: number, absent: Set<number>): number {
  if (absent.has(size)) return -1;
  for (let i = source.indexOf("`", start); i >= 0; i = source.indexOf("`", i)) {
    let end = i;
    while (source.charCodeAt(end) === BACKTICK) end++;
    if (end - i === size) return i;
    i = end;
  }
  // No later run of this size exists, for this span or any after it.
  absent.add(size);
  return -1;
}

/** Code span content: one space or line ending stripped from each side when both have one and the rest is not blank. */
function codeValue(content: string): string {
  const first = content.charCodeAt(0);
  const last = content.charCodeAt(content.length - 1);
  const padded = (first === SPACE || first === LINE_FEED) && (last === SPACE || last === LINE_FEED);
  return padded && /[^ \n]/.test(content) ? content.slice(1, -1) : content;
}

export function parseInline(source: string, definitions: ReadonlySet<string>): Inline[] {
  return new InlineScanner(source, definitions).scan();
}

class InlineScanner {
  private readonly tokens: Token[] = [];
  private readonly delimiters: Delimiter[] = [];
  private readonly brackets: Bracket[] = [];
  private readonly absentCodeRuns = new Set<number>();
  private readonly html: InlineHtml;
  /** Where the text not yet in a token starts. */
  private textStart = 0;

  constructor(
    private readonly source: string,
    private readonly definitions: ReadonlySet<string>,
  ) {
    this.html = new InlineHtml(source);
  }

  scan(): Inline[] {
    const source = this.source;
    const n = source.length;
    let i = 0;
    while (i < n) {
      const c = source.charCodeAt(i);
      if (c >= 128 || SPECIAL[c] === 0) {
        i++;
      } else if (c === LINE_FEED) {
        // Two or more spaces before a line ending make a hard break; fewer are dropped.
        let spaces = i;
        while (spaces > this.textStart && source.charCodeAt(spaces - 1) === SPACE) spaces--;
        const next = skipSpaces(source, i + 1);
        this.emit(spaces, next, i - spaces >= 2 ? { kind: "node", node: { type: "break" } } : { kind: "text", value: "\n" });
        i = next;
      } else if (c === BACKSLASH) {
        const next = source.charCodeAt(i + 1);
        if (next === LINE_FEED) {
          const after = skipSpaces(source, i + 2);
          this.emit(i, after, { kind: "node", node: { type: "break" } });
          i = after;
        } else if (isAsciiPunctuation(next)) {
          this.emit(i, i + 2, { kind: "text", value: source[i + 1]! });
          i += 2;
        } else {
          i++;
        }
      } else if (c === AMPERSAND) {
        const reference = characterReferenceAt(source, i);
        if (reference) this.emit(i, i + reference.length, { kind: "text", value: reference.value });
        i += reference?.length ?? 1;
      } else if (c === BACKTICK) {
        i = this.codeSpan(i);
      } else if (c === ASTERISK || c === UNDERSCORE) {
        let end = i;
        while (source.charCodeAt(end) === c) end++;
        const run = delimiterRun(source, i, end);
        this.delimiters.push(run);
        this.emit(i, end, run);
        i = end;
      } else if (c === OPEN_BRACKET || (c === BANG && source.charCodeAt(i + 1) === OPEN_BRACKET)) {
        const image = c === BANG;
        const label = i + (image ? 2 : 1);
        const bracket: Bracket = { kind: "bracket", image, label, bottom: this.delimiters.length, inactive: false, resolved: false };
        this.brackets.push(bracket);
        this.emit(i, label, bracket);
        i = label;
      } else if (c === CLOSE_BRACKET) {
        i = this.closeBracket(i);
      } else if (c === LESS_THAN) {
        i = this.angle(i);
      } else {
        i++;
      }
    }
    // Trailing spaces end no line: they are dropped.
    let end = n;
    while (end > this.textStart && source.charCodeAt(end - 1) === SPACE) end--;
    this.flush(end);
    resolveEmphasis(this.delimiters, 0);
    return buildTree(this.tokens);
  }

  /** A backtick run opens a code span if a run of the same length follows; else it is text. */
  private codeSpan(start: number): number {
    const source = this.source;
    let end = start;
    while (source.charCodeAt(end) === BACKTICK) end++;
    const size = end - start;
    const close = codeSpanClose(source, end, size, this.absentCodeRuns);
    if (close < 0) return end;
    this.emit(start, close + size, { kind: "node", node: { type: "inlineCode", value: codeValue(source.slice(end, close)) } });
    return close + size;
  }

  /** A "]" closes the latest bracket into a link or image, or is text (and so is that bracket). */
  private closeBracket(close: number): number {
    const opener = this.brackets.pop();
    const end = opener && !opener.inactive ? linkEnd(this.source, close, opener.label, this.definitions) : -1;
    if (!opener || end < 0) return close + 1;
    this.flush(close);
    resolveEmphasis(this.delimiters, opener.bottom);
    opener.resolved = true;
    this.tokens.push({ kind: "end" });
    this.textStart = end;
    if (!opener.image) for (const b of this.brackets) if (!b.image) b.inactive = true;
    return end;
  }

  /** "<" opens an autolink, inline HTML, or is text. */
  private angle(start: number): number {
    const source = this.source;
    const autolink = autolinkAt(source, start);
    if (autolink) {
      this.emit(start, start + autolink.length, { kind: "node", node: { type: "link", children: [{ type: "text", value: autolink.text }] } });
      return start + autolink.length;
    }
    const html = this.html.lengthAt(start);
    if (html === 0) return start + 1;
    // mdast drops the indentation of the lines a tag continues on.
    const value = source.slice(start, start + html).replace(/\n +/g, "\n");
    this.emit(start, start + html, { kind: "node", node: { type: "html", value } });
    return start + html;
  }

  private flush(end: number): void {
    if (end > this.textStart) this.tokens.push({ kind: "text", value: this.source.slice(this.textStart, end) });
  }

  /** Emits `token` for source[from, to), after the text before it. */
  private emit(from: number, to: number, token: Token): void {
    this.flush(from);
    this.tokens.push(token);
    this.textStart = to;
  }
}

/**
 * Where a link or image closed by the "]" at `close` ends: after its
 * resource "(...)", after a reference "[label]" or "[]" to a defined label,
 * or right after the "]" when its own label is defined; -1 when it is no link.
 */
function linkEnd(source: string, close: number, label: number, definitions: ReadonlySet<string>): number {
  const next = source.charCodeAt(close + 1);
  if (next === OPEN_PAREN) {
    const end = resourceEnd(source, close + 1);
    return end >= 0 ? end : isDefined(definitions, source.slice(label, close)) ? close + 1 : -1;
  }
  if (next === OPEN_BRACKET) {
    const reference = labelEnd(source, close + 1);
    if (reference >= 0 && isDefined(definitions, source.slice(close + 2, reference - 1))) return reference;
    return source.charCodeAt(close + 2) === CLOSE_BRACKET && isDefined(definitions, source.slice(label, close)) ? close + 3 : -1;
  }
  return isDefined(definitions, source.slice(label, close)) ? close + 1 : -1;
}

function isDefined(definitions: ReadonlySet<string>, label: string): boolean {
  return definitions.size > 0 && definitions.has(normalizeLabel(label));
}

type Group = { type: "strong" | "emphasis" | "link" | "image"; children: Inline[] };

function buildTree(tokens: readonly Token[]): Inline[] {
  const tree = new TreeBuilder();
  for (const token of tokens) {
    switch (token.kind) {
      case "text":
        tree.text(token.value);
        break;
      case "node":
        tree.children.push(token.node);
        break;
      case "delimiter":
        // Closing takes a run's first characters, opening its last; what is left between is text.
        for (let k = 0; k < token.closes.length; k++) tree.close();
        if (token.length > 0) tree.text(token.char.repeat(token.length));
        for (let k = token.opens.length - 1; k >= 0; k--) tree.open(token.opens[k] === 2 ? "strong" : "emphasis");
        break;
      case "bracket":
        if (token.resolved) tree.open(token.image ? "image" : "link");
        else tree.text(token.image ? "![" : "[");
        break;
      case "end":
        tree.close();
        break;
    }
  }
  return tree.top;
}

/** Open groups on a stack; text merges with the text before it, as in mdast. */
class TreeBuilder {
  readonly top: Inline[] = [];
  private readonly stack: Group[] = [];
  /** Where nodes go: the innermost open group's children. */
  children: Inline[] = this.top;

  text(value: string): void {
    const last = this.children[this.children.length - 1];
    if (last?.type === "text") last.value += value;
    else this.children.push({ type: "text", value });
  }

  open(type: Group["type"]): void {
    const group: Group = { type, children: [] };
    this.stack.push(group);
    this.children = group.children;
  }

  close(): void {
    const group = this.stack.pop()!;
    this.children = this.stack[this.stack.length - 1]?.children ?? this.top;
    this.children.push(group.type === "image" ? { type: "image", alt: plainText(group.children) } : (group as Inline));
  }
}

/** The text an image shows when it cannot: its description's characters, markup and all. */
function plainText(nodes: readonly Inline[]): string {
  let out = "";
  const work = [...nodes].reverse();
  while (work.length > 0) {
    const node = work.pop()!;
    if (node.type === "text" || node.type === "inlineCode" || node.type === "html") out += node.value;
    else if (node.type === "image") out += node.alt;
    else if (node.type !== "break") for (let k = node.children.length - 1; k >= 0; k--) work.push(node.children[k]!);
  }
  return out;
}
