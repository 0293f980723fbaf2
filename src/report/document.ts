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
import { htmlPage, legend } from "./page.ts";

export interface ReportOptions {
  /** The stored document's id, shown in the header. */
  id?: number;
}

/** Renders text ranges with their marks, remembering which marks made it onto the page. */
class MarkedText {
  readonly shown = new Set<number>();
  private readonly bySegment = new Map<number | null, Mark[]>();

  constructor(
    private readonly text: string,
    marks: readonly Mark[],
  ) {
    for (const m of marks) {
      const list = this.bySegment.get(m.segment) ?? [];
      list.push(m);
      this.bySegment.set(m.segment, list);
    }
  }

  /** [from, to) of the text, escaped, with the marks of `segment` that fall in it. */
  range(from: number, to: number, segment: number | null): string {
    return this.nodes(nestMarks(this.bySegment.get(segment) ?? [], from, to), from, to);
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
    if (first) this.shown.add(mark.id);
    return `<mark${attributes({
      class: `m m-${mark.category}`,
      id: first ? `mark-${mark.id}` : null,
      "data-mark": mark.id,
      "data-type": mark.category,
      "data-label": last ? mark.label : null,
      "data-split": first && last ? null : first ? "start" : last ? "end" : "middle",
      "data-entity": mark.entity,
      "data-tip": mark.details.join("\n"),
      tabindex: first ? 0 : null,
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
      list += `<li class="bullet" data-segment="${s.id}">${text.range(s.span[0], s.span[1], s.id)}${renderChildren(s.id, children, text)}</li>`;
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
      const rest = text.range(s.titleSpan[1], s.span[1], s.id);
      const summary = rest.trim() ? `<p class="summary">${rest}</p>` : "";
      return `<section class="goal" data-segment="${s.id}"><h2>${text.range(s.span[0], s.titleSpan[1], s.id)}</h2>${summary}${inner()}</section>`;
    }
    case "section":
      return `<section class="section" data-segment="${s.id}"><h3>${text.range(s.span[0], s.span[1], s.id)}</h3>${inner()}</section>`;
    case "paragraph":
      return `<p class="paragraph" data-segment="${s.id}">${text.range(s.span[0], s.span[1], s.id)}</p>${inner()}`;
  }
}

function entityTable(x: Extraction, marks: readonly Mark[], shown: ReadonlySet<number>): string {
  const firstShown = new Map<string, number>();
  for (const m of marks) if (m.entity && shown.has(m.id) && !firstShown.has(m.entity)) firstShown.set(m.entity, m.id);
  const rows = [...x.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => {
      const at = firstShown.get(e.key);
      const name = escapeText(e.name) + (e.acronym && e.acronym !== e.name ? ` (${escapeText(e.acronym)})` : "");
      return `<tr data-entity="${escapeText(e.key)}"><td><span class="chip m-${e.type}">${e.type}</span></td>`
        + `<td>${at === undefined ? name : `<a href="#mark-${at}">${name}</a>`}<br><code>${escapeText(e.key)}</code></td>`
        + `<td class="count">${e.mentions.length}</td></tr>`;
    });
  return `<h2>Entities (${x.entities.length})</h2>
<table class="entities"><thead><tr><th>type</th><th>name</th><th class="count">mentions</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

export function renderReport(x: Extraction, options: ReportOptions = {}): string {
  const marks = collectMarks(x);
  const text = new MarkedText(x.text, marks);
  const name = x.title ?? basename(x.source);
  const title = x.titleSpan ? text.range(x.titleSpan[0], x.titleSpan[1], null) : escapeText(name);
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
  ].filter(Boolean);

  return htmlPage(
    `${name} · govfacts report`,
    `<header><h1>${title}</h1><p class="meta">${meta.join(" · ")}</p>${legend(counts)}</header>
<div class="layout"><main>${body}</main><aside>${entityTable(x, marks, text.shown)}</aside></div>`,
  );
}
