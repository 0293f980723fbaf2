/**
 * A diff's page: the two documents side by side (old on the left, new on the
 * right) for their titles and periods, then goals, sections, entities and
 * figures, each change a row: removed on the old side, added on the new,
 * renamed or changed on both, with the words that differ marked.
 */
import { changeText, excerpt, figureText, measureLabel, periodText } from "../diff/render/format.ts";
import { goalText, layOut, sectionText } from "../diff/render/report.ts";
import type { DocumentDiff, EntityRef, FigureRef } from "../schema.ts";
import { escapeText } from "./html.ts";
import { htmlPage, nameWithAcronym } from "./page.ts";
import { wordDiff, type Piece } from "./words.ts";

type Change = "added" | "removed" | "changed";

/** A row, in HTML: what it is about, what the old document says and what the new one says (null where one says nothing). */
interface Row {
  change: Change;
  label: string;
  old: string | null;
  new: string | null;
}

const pieces = (ps: Piece[], tag: "del" | "ins") => ps.map((p) => (p.changed ? `<${tag}>${escapeText(p.text)}</${tag}>` : escapeText(p.text))).join("");

/** The two texts of a renamed item, the differing words marked on each side. */
function renamed(oldText: string, newText: string, note: string): { old: string; new: string } {
  const d = wordDiff(oldText, newText);
  return { old: pieces(d.old, "del"), new: `${pieces(d.new, "ins")} <span class="note">${escapeText(note)}</span>` };
}

const whole = (text: string, tag: "del" | "ins") => `<${tag}>${escapeText(text)}</${tag}>`;

interface Outline<R> {
  added: R[];
  removed: R[];
  renamed: { old: R; new: R; similarity: number }[];
}

function outlineRows<R>(o: Outline<R>, text: (r: R) => string): Row[] {
  const similar = (s: number) => `similarity ${s.toFixed(2)}`;
  return [
    ...o.renamed.map((r): Row => ({ change: "changed", label: "renamed", ...renamed(text(r.old), text(r.new), similar(r.similarity)) })),
    ...o.removed.map((r): Row => ({ change: "removed", label: "removed", old: whole(text(r), "del"), new: null })),
    ...o.added.map((r): Row => ({ change: "added", label: "added", old: null, new: whole(text(r), "ins") })),
  ];
}

const entityText = (e: EntityRef) => nameWithAcronym(e.name, e.acronym);

function entityRows(d: DocumentDiff): Row[] {
  const type = (e: EntityRef) => `<span class="chip m-${e.type}">${e.type}</span>`;
  const keyed = (e: EntityRef, html: string) => `${html} <code>${escapeText(e.key)}</code>`;
  const e = d.entities;
  return [
    ...e.renamed.map((r): Row => {
      const { old, new: neu } = renamed(entityText(r.old), entityText(r.new), `similarity ${r.similarity.toFixed(2)}`);
      return { change: "changed", label: type(r.new), old: keyed(r.old, old), new: keyed(r.new, neu) };
    }),
    ...e.removed.map((x): Row => ({ change: "removed", label: type(x), old: keyed(x, whole(entityText(x), "del")), new: null })),
    ...e.added.map((x): Row => ({ change: "added", label: type(x), old: null, new: keyed(x, whole(entityText(x), "ins")) })),
  ];
}

const figureCell = (f: FigureRef, tag: "del" | "ins", extra = "") =>
  `${whole(figureText(f), tag)}${extra}<div class="context">${escapeText(excerpt(f.sentence, f.text))}</div>`;

function figureRows(d: DocumentDiff): Row[] {
  const f = d.figures;
  const about = (x: FigureRef) => escapeText(x.item ?? x.subjectName ?? x.section ?? "");
  return [
    ...f.changed.map((c): Row => ({
      change: "changed", label: escapeText(measureLabel(c)), old: figureCell(c.old, "del"),
      new: figureCell(c.new, "ins", ` <strong class="delta">${escapeText(changeText(c))}</strong>`),
    })),
    ...f.removed.map((x): Row => ({ change: "removed", label: about(x), old: figureCell(x, "del"), new: null })),
    ...f.added.map((x): Row => ({ change: "added", label: about(x), old: null, new: figureCell(x, "ins") })),
  ];
}

function table(rows: Row[]): string {
  if (rows.length === 0) return "";
  const body = rows.map((r) => `<tr class="${r.change}" data-change="${r.change}"><th>${r.label}</th><td class="old">${r.old ?? ""}</td><td class="new">${r.new ?? ""}</td></tr>`);
  return `<table class="changes"><tbody>${body.join("")}</tbody></table>`;
}

const DIFF_STYLE = `
main.diff { max-width: 90rem; padding: 1rem 2rem 3rem; line-height: 1.5; }
main.diff h2 { font-size: 1.1rem; margin: 1.8rem 0 .5rem; }
main.diff h2 .summary { font-weight: 400; color: #59636e; font-size: .85rem; margin-left: .6rem; }
table.sides, table.changes { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: .92rem; }
table.sides th, table.changes th { text-align: left; vertical-align: top; padding: .35rem .5rem; color: #59636e; font-weight: 600; }
table.sides th:first-child, table.changes th { width: 11rem; font-weight: 400; }
table.sides td, table.changes td { vertical-align: top; padding: .35rem .5rem; border-top: 1px solid #eaeef2; overflow-wrap: anywhere; }
tr.removed td.old { background: #ffebe9; }
tr.added td.new { background: #dafbe1; }
tr.changed td { background: #fff8c5; }
del { background: #ffcecb; color: #82071e; text-decoration: line-through; border-radius: .2em; padding: 0 .1em; }
ins { background: #aceebb; color: #116329; text-decoration: none; border-radius: .2em; padding: 0 .1em; }
.note, .context { color: #59636e; font-size: .8rem; }
.delta { margin-left: .4rem; font-variant-numeric: tabular-nums; }
code { color: #59636e; font-size: .75rem; }
.legend .removed { background: #ffcecb; } .legend .added { background: #aceebb; } .legend .changed { background: #fff8c5; }
`;

export interface DiffPageOptions {
  /** The stored documents' ids, shown in the header. */
  ids?: { old: number; new: number };
}

export function renderDiffPage(d: DocumentDiff, options: DiffPageOptions = {}): string {
  const title = (side: "old" | "new") => d[side].title ?? "(untitled)";
  const summaries = new Map(layOut(d).groups.map((g) => [g.title, g.summary]));
  const group = (name: string, rows: Row[]) =>
    `<section class="group" data-group="${name.toLowerCase()}"><h2>${name}<span class="summary">${escapeText(summaries.get(name) ?? "")}</span></h2>${table(rows)}</section>`;
  const side = (label: string, cell: (s: "old" | "new") => string) => `<tr><th>${label}</th><td class="old">${cell("old")}</td><td class="new">${cell("new")}</td></tr>`;
  const ids = options.ids;
  const body = `<header><h1>${escapeText(title("old"))} → ${escapeText(title("new"))}</h1>
<p class="meta">${ids ? `documents ${ids.old} and ${ids.new} · ` : ""}${d.changed ? "changed" : "no changes"}</p>
<ul class="legend" aria-label="legend"><li><span class="chip removed">removed</span>only in the old document</li><li><span class="chip added">added</span>only in the new</li><li><span class="chip changed">changed</span>in both, differently</li></ul></header>
<main class="diff">
<table class="sides"><thead><tr><th></th><th>old</th><th>new</th></tr></thead><tbody>
${side("title", (s) => escapeText(title(s)))}
${side("period", (s) => escapeText(periodText(d[s].period)))}
${side("source", (s) => `<code>${escapeText(d[s].source)}</code>`)}
</tbody></table>
${group("Goals", outlineRows(d.goals, goalText))}
${group("Sections", outlineRows(d.sections, sectionText))}
${group("Entities", entityRows(d))}
${group("Figures", figureRows(d))}
</main>`;
  return htmlPage(`${title("old")} → ${title("new")} · govfacts diff`, body, DIFF_STYLE);
}
