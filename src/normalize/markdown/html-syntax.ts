/**
 * Raw HTML as CommonMark recognises it in Markdown: the seven kinds of HTML
 * block, and the tags, comments and declarations allowed inline; also
 * autolinks, which share the "<" that opens them.
 */

const TAG_NAME = String.raw`[A-Za-z][A-Za-z0-9-]*`;
const ATTRIBUTE_NAME = String.raw`[A-Za-z_:][A-Za-z0-9_.:-]*`;

/**
 * A complete open tag, or a closing tag. Inline, the whitespace between its
 * parts and its quoted values may hold line endings; in an HTML block's first
 * line they cannot.
 */
function tagPattern(multiline: boolean): string {
  const space = multiline ? String.raw`[ \t\n]` : String.raw`[ \t]`;
  const lineEnd = multiline ? "" : String.raw`\n`;
  const value = String.raw`(?:[^"'=<>\`/ \t\n]+|'[^'${lineEnd}]*'|"[^"${lineEnd}]*")`;
  const attribute = String.raw`${space}+${ATTRIBUTE_NAME}(?:${space}*=${space}*${value})?`;
  return String.raw`<${TAG_NAME}(?:${attribute})*${space}*\/?>|<\/${TAG_NAME}${space}*>`;
}

/** An inline tag, whose whitespace may hold line endings. */
const INLINE_TAG = new RegExp(tagPattern(true), "y");
/**
 * Inline comments, processing instructions, CDATA and declarations: how they
 * open, the marker that closes them, and how far after the opening it may
 * start ("<!-->" is a whole comment).
 */
const INLINE_SPANS: readonly { open: RegExp; close: string; from: number }[] = [
  { open: /<!--/y, close: "-->", from: 2 },
  { open: /<\?/y, close: "?>", from: 2 },
  { open: /<!\[CDATA\[/y, close: "]]>", from: 9 },
  { open: /<![A-Za-z]/y, close: ">", from: 3 },
];
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^ <>\u0000-\u001f\u007f]*|[#-'*+\--9=?A-Z^-~]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;

/**
 * Inline HTML in one text. Where a comment (or the like) closes is found
 * once and remembered: the first closing marker after one opening is the
 * first after any later one before it, and none after one is none after any,
 * so a text full of unclosed "<!--" is read in linear time.
 */
export class InlineHtml {
  /** Per kind, the first closing marker after the last opening read (-1: not looked for; Infinity: there is none). */
  private readonly closes: number[] = INLINE_SPANS.map(() => -1);

  constructor(private readonly source: string) {}

  /** The length of the inline HTML at `start` ("<"), or 0. */
  lengthAt(start: number): number {
    const s = this.source;
    for (let k = 0; k < INLINE_SPANS.length; k++) {
      const { open, close, from } = INLINE_SPANS[k]!;
      open.lastIndex = start;
      if (!open.test(s)) continue;
      let end = this.closes[k]!;
      if (end < start + from) {
        const found = s.indexOf(close, start + from);
        end = this.closes[k] = found < 0 ? Infinity : found;
      }
      return end === Infinity ? 0 : end + close.length - start;
    }
    INLINE_TAG.lastIndex = start;
    return INLINE_TAG.exec(s)?.[0].length ?? 0;
  }
}

/** An autolink at `start` ("<"): its length and the text it shows, or null. */
export function autolinkAt(s: string, start: number): { length: number; text: string } | null {
  AUTOLINK.lastIndex = start;
  const m = AUTOLINK.exec(s);
  return m ? { length: m[0].length, text: m[1]! } : null;
}

/** How an HTML block ends: at a closing marker on some line, or before a blank line. */
export type HtmlBlockEnd = RegExp | "blank";

const RAW_TAGS = new Set(["pre", "script", "style", "textarea"]);
const BLOCK_TAGS = new Set([
  "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd",
  "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset",
  "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
  "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section", "summary", "table",
  "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
]);
const RAW_END = /<\/(?:pre|script|style|textarea)>/i;
const OPENERS: readonly [RegExp, RegExp, number][] = [
  // Comment, processing instruction, declaration, CDATA: the closing marker may overlap the opening one ("<!-->").
  [/^<!--/, /-->/, 2],
  [/^<\?/, /\?>/, 1],
  [/^<![A-Za-z]/, />/, 2],
  [/^<!\[CDATA\[/, /\]\]>/, 9],
];
const TAG_START = new RegExp(`^<(/?)(${TAG_NAME})(?=[ \\t/>]|$)`);
/** A whole line that is one complete tag: an HTML block of the seventh kind. */
const COMPLETE_TAG_LINE = new RegExp(`^(?:${tagPattern(false)})[ \\t]*$`);

export interface HtmlBlockStart {
  end: HtmlBlockEnd;
  /** The first line holds the end already. */
  closed: boolean;
  /** A block of the seventh kind (one complete tag of any name alone on its line) cannot interrupt a paragraph. */
  interrupts: boolean;
}

/** The HTML block that `line` opens at `start`, or null. */
export function htmlBlockStart(line: string, start: number): HtmlBlockStart | null {
  const rest = line.slice(start);
  for (const [open, close, from] of OPENERS) {
    if (open.test(rest)) return { end: close, closed: close.test(rest.slice(from)), interrupts: true };
  }
  const tag = TAG_START.exec(rest);
  if (!tag) return null;
  const name = tag[2]!.toLowerCase();
  const closing = tag[1] === "/";
  if (!closing && RAW_TAGS.has(name)) return { end: RAW_END, closed: RAW_END.test(rest), interrupts: true };
  if (BLOCK_TAGS.has(name)) {
    const after = rest.charCodeAt(tag[0].length);
    // "<hr/" must close at once: "<hr/>".
    return after === 47 && rest.charCodeAt(tag[0].length + 1) !== 62 ? null : { end: "blank", closed: false, interrupts: true };
  }
  return COMPLETE_TAG_LINE.test(rest) ? { end: "blank", closed: false, interrupts: false } : null;
}
