/**
 * A diff laid out for reading: a header per document, then groups (goals,
 * sections, entities, figures) of marked entries. The terminal and Markdown
 * renderers format this one layout.
 */
import { EntityType, type DiffSide, type DocumentDiff, type EntityRef, type GoalRef, type SectionRef } from "../../schema.ts";
import { changeText, excerpt, figureText, measureLabel, periodText } from "./format.ts";

export type Mark = "added" | "removed" | "changed";

export interface Entry {
  mark: Mark;
  text: string;
  /** A second, quieter line: the sentence a figure is stated in. */
  detail?: string;
}

export interface Part {
  /** A sub-heading within the group: an entity type, "changed", "new", "gone". */
  title?: string;
  entries: Entry[];
}

export interface Group {
  title: string;
  /** Counts in words: "2 changed, 5 new, 1 gone, 30 unchanged". */
  summary: string;
  parts: Part[];
}

export interface Report {
  old: SideLines;
  new: SideLines;
  changed: boolean;
  groups: Group[];
}

export interface SideLines {
  title: string;
  period: string;
  source: string;
}

export function layOut(d: DocumentDiff): Report {
  return {
    old: sideLines(d.old),
    new: sideLines(d.new),
    changed: d.changed,
    groups: [
      outline("Goals", d.goals, goalText, goalText),
      outline("Sections", d.sections, sectionText, (s) => s.heading),
      entities(d),
      figures(d),
    ],
  };
}

function sideLines(s: DiffSide): SideLines {
  return { title: s.title ?? "(untitled)", period: periodText(s.period), source: s.source };
}

function counts(parts: [number, string][]): string {
  const said = parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}`);
  return said.length > 0 ? said.join(", ") : "none";
}

export const goalText = (g: GoalRef) => `Goal ${g.number}: ${g.title}`;
export const sectionText = (s: SectionRef) => `${s.heading}${s.goal === null ? "" : ` (goal ${s.goal})`}, ${s.bullets} ${s.bullets === 1 ? "bullet" : "bullets"}`;

interface OutlineChanges<R> {
  added: R[];
  removed: R[];
  renamed: { old: R; new: R }[];
  kept: number;
}

/** Goals or sections; a renamed one reads "old name → new name". */
function outline<R>(title: string, o: OutlineChanges<R>, text: (r: R) => string, oldName: (r: R) => string): Group {
  return {
    title,
    summary: counts([[o.added.length, "added"], [o.removed.length, "removed"], [o.renamed.length, "renamed"], [o.kept, "kept"]]),
    parts: [{
      entries: [
        ...o.renamed.map((r): Entry => ({ mark: "changed", text: `${oldName(r.old)} → ${text(r.new)}` })),
        ...o.added.map((x): Entry => ({ mark: "added", text: text(x) })),
        ...o.removed.map((x): Entry => ({ mark: "removed", text: text(x) })),
      ],
    }],
  };
}

function entities(d: DocumentDiff): Group {
  const e = d.entities;
  const present = new Set([...e.renamed.map((r) => r.new), ...e.added, ...e.removed].map((x) => x.type));
  const types = EntityType.options.filter((t) => present.has(t));
  const name = (x: EntityRef) => (x.acronym && x.acronym !== x.name ? `${x.name} (${x.acronym})` : x.name);
  return {
    title: "Entities",
    summary: counts([[e.added.length, "only in new"], [e.removed.length, "only in old"], [e.renamed.length, "renamed"], [e.kept, "in both"]]),
    parts: types.map((type) => ({
      title: type,
      entries: [
        ...e.renamed.filter((r) => r.new.type === type).map((r): Entry => ({ mark: "changed", text: `${name(r.old)} → ${name(r.new)}` })),
        ...e.added.filter((x) => x.type === type).map((x): Entry => ({ mark: "added", text: name(x) })),
        ...e.removed.filter((x) => x.type === type).map((x): Entry => ({ mark: "removed", text: name(x) })),
      ],
    })),
  };
}

function figures(d: DocumentDiff): Group {
  const f = d.figures;
  const parts: Part[] = [
    {
      title: "changed",
      entries: f.changed.map((c) => ({
        mark: "changed",
        text: `${measureLabel(c)}: ${figureText(c.old)} → ${figureText(c.new)} (${changeText(c)})`,
        detail: excerpt(c.new.sentence, c.new.text),
      })),
    },
    { title: "new", entries: f.added.map((x) => ({ mark: "added", text: figureText(x), detail: excerpt(x.sentence, x.text) })) },
    { title: "gone", entries: f.removed.map((x) => ({ mark: "removed", text: figureText(x), detail: excerpt(x.sentence, x.text) })) },
  ];
  return {
    title: "Figures",
    summary: counts([[f.changed.length, "changed"], [f.added.length, "new"], [f.removed.length, "gone"], [f.kept, "unchanged"]]),
    parts: parts.filter((p) => p.entries.length > 0),
  };
}
