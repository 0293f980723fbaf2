/**
 * A document's report page: its title, goals, sections, bullets and
 * paragraphs as the segmenter found them, with every entity mention, amount
 * and date highlighted by type (displaCy's manner: colored inline marks with
 * a type label), hover details, a legend and a table of entities.
 */
import { basename } from "node:path";
import type { Extraction, Segment } from "../schema.ts";
import { attributes, escapeText } from "./html.ts";
import { collectMarks, nestMarks, type Mark, type MarkCategory, type MarkNode } from "./marks.ts";
import { htmlPage, legend, nameWithAcronym } from "./page.ts";

export interface ReportOptions {
  /** The stored document's id, shown in the header. */
  id?: number;
}

/** Renders text ranges with the marks whose spans fall in them, remembering which marks made it onto the page. */
class MarkedText {
  /** Marks with a piece on the page. */
  readonly shown = new Set<number>();
  /** Marks with an anchor (id="mark-N") on the page: their first piece, the first time it is shown. */
  readonly anchored = new Set<number>();
  /** No mark is longer: the marks that can reach into a range start at most this far before it. */
  private readonly longest: number;

  constructor(
    private readonly text: string,
    /** Sorted by start. */
    private readonly marks: readonly Mark[],
  ) {
    this.longest = marks.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  }

  /** [from, to) of the text, escaped, with its marks. */
  range(from: number, to: number): string {
    const near = this.marks.slice(this.firstStartingAt(from - this.longest), this.firstStartingAt(to));
    return this.nodes(nestMarks(near.filter((m) => m.end > from), from, to), from, to);
  }

  private firstStartingAt(offset: number): number {
    let lo = 0;
    let hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.marks[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private nodes(nodes: readonly MarkNode[], from: number, to: number): string {
    let html = "";
    let at = from;
    for (const n of nodes) {
      html += escapeText(this.text.slice(at, n.start)) + this.open(n) + this.nodes(n.children, n.start, n.end) + "</mark>";
      at = n.end;
    }
    return html + escapeText(this.text.slice(at, to));
  }

  private open({ mark, first, last }: MarkNode): string {
    // A mark shown twice (a title that is also the first paragraph) is an anchor once.
    const anchor = first && !this.anchored.has(mark.id);
    if (anchor) this.anchored.add(mark.id);
    this.shown.add(mark.id);
    return `<mark${attributes({
      class: `m m-${mark.category}`,
      id: anchor ? `mark-${mark.id}` : null,
      "data-mark": mark.id,
      "data-type": mark.category,
      "data-label": last ? mark.label : null,
      "data-split": first && last ? null : first ? "start" : last ? "end" : "middle",
      "data-entity": mark.entity,
      "data-tip": mark.details.join("\n"),
      tabindex: anchor ? 0 : null,
    })}>`;
  }
}

type Children = Map<number | null, Segment[]>;

function childrenOf(segments: readonly Segment[]): Children {
  const children: Children = new Map();
  for (const s of [...segments].sort((a, b) => a.order - b.order || a.id - b.id)) {
    const list = children.get(s.parent) ?? [];
    list.push(s);
    children.set(s.parent, list);
  }
  return children;
}

/** Segments in order; runs of bullets become one list. */
function renderChildren(parent: number | null, children: Children, text: MarkedText): string {
  let html = "";
  let list = "";
  const flush = () => {
    if (list) html += `<ul>${list}</ul>`;
    list = "";
  };
  for (const s of children.get(parent) ?? []) {
    if (s.kind === "bullet") {
      list += `<li class="bullet" data-segment="${s.id}">${text.range(s.span[0], s.span[1])}${renderChildren(s.id, children, text)}</li>`;
      continue;
    }
    flush();
    html += renderSegment(s, children, text);
  }
  flush();
  return html;
}

function renderSegment(s: Exclude<Segment, { kind: "bullet" }>, children: Children, text: MarkedText): string {
  const inner = () => renderChildren(s.id, children, text);
  switch (s.kind) {
    case "goal": {
      // The heading is the goal's label, number and title; what its block holds after the title is its summary.
      const rest = text.range(s.titleSpan[1], s.span[1]);
      const summary = rest.trim() ? `<p class="summary">${rest}</p>` : "";
      return `<section class="goal" data-segment="${s.id}"><h2>${text.range(s.span[0], s.titleSpan[1])}</h2>${summary}${inner()}</section>`;
    }
    case "section":
      return `<section class="section" data-segment="${s.id}"><h3>${text.range(s.span[0], s.span[1])}</h3>${inner()}</section>`;
    case "paragraph":
      return `<p class="paragraph" data-segment="${s.id}">${text.range(s.span[0], s.span[1])}</p>${inner()}`;
  }
}

function entityTable(x: Extraction, marks: readonly Mark[], anchored: ReadonlySet<number>): string {
  const firstShown = new Map<string, number>();
  for (const m of marks) if (m.entity && anchored.has(m.id) && !firstShown.has(m.entity)) firstShown.set(m.entity, m.id);
  const rows = [...x.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => {
      const at = firstShown.get(e.key);
      const name = escapeText(nameWithAcronym(e.name, e.acronym));
      return `<tr data-entity="${escapeText(e.key)}"><td><span class="chip m-${e.type}">${e.type}</span></td>`
        + `<td>${at === undefined ? name : `<a href="#mark-${at}">${name}</a>`}<br><code>${escapeText(e.key)}</code></td>`
        + `<td class="count">${e.mentions.length}</td></tr>`;
    });
  return `<h2>Entities (${x.entities.length})</h2>
<table class="entities"><thead><tr><th>type</th><th>name</th><th class="count">mentions</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** Says so when marks lie outside every part of the text the page shows: the reader would not see them. */
function hidden(marks: readonly Mark[], shown: ReadonlySet<number>): string | null {
  const n = marks.length - shown.size;
  return n === 0 ? null : `<strong class="hidden">${n} ${n === 1 ? "mark lies" : "marks lie"} outside the title, goals, sections, bullets and paragraphs</strong>`;
}

export function renderReport(x: Extraction, options: ReportOptions = {}): string {
  const marks = collectMarks(x);
  const text = new MarkedText(x.text, marks);
  const name = x.title ?? basename(x.source);
  const title = x.titleSpan ? text.range(x.titleSpan[0], x.titleSpan[1]) : escapeText(name);
  const segments = [...x.goals, ...x.sections, ...x.bullets, ...x.paragraphs];
  const body = renderChildren(null, childrenOf(segments), text);

  const counts = new Map<MarkCategory, number>();
  for (const m of marks) counts.set(m.category, (counts.get(m.category) ?? 0) + 1);
  const meta = [
    options.id === undefined ? null : `document ${options.id}`,
    escapeText(x.source),
    x.published ? `published ${escapeText(x.published)}` : null,
    `${x.format}, pipeline ${escapeText(x.pipeline)}`,
    `${x.goals.length} goals, ${x.sections.length} sections, ${x.bullets.length} bullets, ${x.paragraphs.length} paragraphs`,
    `${x.entities.length} entities, ${x.amounts.length} amounts, ${x.dates.length} dates`,
    hidden(marks, text.shown),
  ].filter(Boolean);

  return htmlPage(
    `${name} · govfacts report`,
    `<header><h1>${title}</h1><p class="meta">${meta.join(" · ")}</p>${legend(counts)}</header>
<div class="layout"><main>${body}</main><aside>${entityTable(x, marks, text.anchored)}</aside></div>`,
  );
}
