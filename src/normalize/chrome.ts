/**
 * Site chrome: what pages carry around the content (banners, sign-up forms,
 * navigation, share widgets, wire-service markers). Every pattern lives here,
 * for every format: whole lines for text, Markdown and HTML alike, and the
 * elements and class names that HTML pages give their chrome.
 */
import type { BlockInput } from "./builder.ts";

/** A line of chrome may be framed by punctuation and ornaments: "Begin Text:", "* * * End text * * *", "Scroll to Top ↑". */
const FRAME = String.raw`[^\p{L}\p{N}]*`;

/** Lines that are chrome wherever they stand; dropped. */
const CHROME_LINES: readonly string[] = [
  String.raw`an official website of the united states government`,
  String.raw`here[’']s how you know`,
  String.raw`official websites use \.gov\b.*`,
  String.raw`secure \.gov websites use https\b.*`,
  String.raw`sign up( for (email )?updates)?`,
  String.raw`opt in to send and receive text messages\b.*`,
  String.raw`we[’']ll be in touch with the latest information\b.*`,
  String.raw`(scroll|back) to top( (scroll|back) to top)?`,
  String.raw`skip to (main )?content`,
  String.raw`(main )?menu|search|close|share|print|email|tweet|facebook|twitter|linkedin|instagram|youtube|copy link`,
  String.raw`share (this|on)\b.{0,40}`,
  String.raw`(print|email) this (page|article)`,
  String.raw`follow us( on .{0,40})?`,
  String.raw`subscribe( to .{0,40})?`,
  String.raw`office of the spokesperson`,
  String.raw`(begin|end)( of)? text`,
  String.raw`(the )?briefing room`,
];

/** Lines after which nothing is content: the release is over. */
const CHROME_END: readonly string[] = [String.raw`#( ?#){2}`, String.raw`-\s*30\s*-`, String.raw`stay connected`];

/** A release's label, dropped; the line after it is the issuing office ("Office of Public Affairs"), a byline. */
const RELEASE_LABEL = String.raw`for immediate release`;

const whole = (alternatives: readonly string[]) => new RegExp(`^${FRAME}(?:${alternatives.join("|")})${FRAME}$`, "iu");
const LINE = whole(CHROME_LINES);
const LABEL = whole([RELEASE_LABEL]);
const END = whole(CHROME_END);

/** HTML elements that never hold content (simple selectors). */
export const HTML_CHROME_ELEMENTS: readonly string[] = [
  "script", "style", "noscript", "template", "nav", "header", "footer", "form", "aside", "iframe", "svg", "button",
  "input", "select", "textarea", "dialog", "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=search]",
  "[role=dialog]", "[aria-hidden=true]", "[hidden]",
];

/** Class and id words that name chrome containers (share bars, banners, sign-up boxes). */
export const HTML_CHROME_NAMES =
  /(^|[\s_-])(share|shares|social|sharing|newsletter|signup|sign-up|breadcrumbs?|menu|navbar|nav|skip-link|related|subscribe|print|cookie|banner|usa-banner|footer|header|sidebar|stay-connected|alert|modal|toolbar)([\s_-]|$)/i;

function isChromeLine(text: string): boolean {
  return LINE.test(text.trim());
}

function isChromeEnd(text: string): boolean {
  return END.test(text.trim());
}

/** A line with no letter or digit is a rule or an ornament ("* * *", "—"). */
const ORNAMENT = /^[^\p{L}\p{N}]*$/u;

/** Drops chrome and ornament blocks, and every block after an end marker that follows content; marks the byline under a release label. */
export function removeChrome<B extends BlockInput>(blocks: readonly B[]): B[] {
  const out: B[] = [];
  let labeled = false;
  for (const block of blocks) {
    if (isChromeEnd(block.text)) {
      if (out.length > 0) break;
      continue;
    }
    if (LABEL.test(block.text.trim())) {
      labeled = true;
      continue;
    }
    if (isChromeLine(block.text) || ORNAMENT.test(block.text)) continue;
    out.push(labeled && block.kind === "paragraph" ? { ...block, byline: true } : block);
    labeled = false;
  }
  return out;
}
