/**
 * Character-level clean-up shared by every format: NFC, one kind of line
 * break, one kind of space. Typographic quotes and dashes are kept: they are
 * part of names ("DEA’s") and of the text users quote.
 */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

export function normalizeUnicode(s: string): string {
  return s
    .normalize("NFC")
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, "\n")
    .replace(/\f/g, "\n")
    .replace(/\t/g, "    ")
    .replace(SPACES, " ")
    .replace(INVISIBLE, "")
    .replace(CONTROLS, "");
}

/** Collapses runs of whitespace inside one block of text to single spaces. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
