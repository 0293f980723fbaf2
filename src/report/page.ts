/** The frame every report page shares: one self-contained HTML document. */
import { escapeText } from "./html.ts";
import { STYLESHEET } from "./style.ts";
import { MARK_CATEGORIES, type MarkCategory } from "./marks.ts";

/**
 * Pages hold no script and load nothing: the server sends them with a
 * content security policy that allows only their inline style.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function htmlPage(title: string, body: string, extraStyle = ""): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<title>${escapeText(title)}</title>
<style>${STYLESHEET}${extraStyle}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The colored type chips with how many marks of each type the page holds. */
export function legend(counts: ReadonlyMap<MarkCategory, number>): string {
  const items = MARK_CATEGORIES.map((c) => {
    const n = counts.get(c) ?? 0;
    return `<li class="${n === 0 ? "none" : ""}" data-type="${c}"><span class="chip m-${c}">${c}</span>${n}</li>`;
  });
  return `<ul class="legend" aria-label="legend">${items.join("")}</ul>`;
}

/** An entity's name as a reader knows it: "Drug Enforcement Administration (DEA)". */
export function nameWithAcronym(name: string, acronym: string | null): string {
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}
