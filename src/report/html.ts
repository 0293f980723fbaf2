/** HTML from untrusted text: everything a document says goes through these. */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "\n": "&#10;" };

/** Text content (quotes too, so that it is also safe in a quoted attribute). */
export function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A double-quoted attribute value; newlines kept as character references (tooltips are multi-line). */
export function escapeAttribute(s: string): string {
  return s.replace(/[&<>"'\n]/g, (c) => ESCAPES[c]!);
}

/** Attributes from a record; null and undefined values are left out. */
export function attributes(attrs: Record<string, string | number | null | undefined>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join("");
}
