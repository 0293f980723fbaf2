/**
 * Character-level clean-up shared by every format: NFC, one kind of line
 * break, one kind of space. Typographic quotes and dashes are kept: they are
 * part of names ("DEA’s") and of the text users quote.
 */

/** What changes, in one pass: line and page breaks, tabs, other spaces, invisible characters, control characters. */
const CLEANED = /\r\n?|[\u2028\u2029\u0085\f\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;
const SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

function cleaned(match: string): string {
  const c = match[0];
  if (c === "\r" || c === "\u2028" || c === "\u2029" || c === "\u0085" || c === "\f") return "\n";
  if (c === "\t") return "    ";
  return SPACE.test(match) ? " " : "";
}

export function normalizeUnicode(s: string): string {
  return s.normalize("NFC").replace(CLEANED, cleaned);
}

/** White space that collapsing changes: a run of two or more, or one that is not a plain space. */
const COLLAPSIBLE = /\s{2,}|[^\S ]/g;

/** Collapses runs of whitespace inside one block of text to single spaces. */
export function collapseSpaces(s: string): string {
  return s.replace(COLLAPSIBLE, " ").trim();
}
