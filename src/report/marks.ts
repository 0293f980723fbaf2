/**
 * The highlight layer of a report: one mark per entity mention, amount and
 * date, and the layout that turns overlapping marks into properly nested
 * HTML (a date inside a program's name nests; a figure crossing an entity's
 * edge is split in two).
 */
import type { Amount, DateMention, Entity, EntityType, Extraction } from "../schema.ts";

export type MarkCategory = EntityType | "amount" | "date";

export const MARK_CATEGORIES: readonly MarkCategory[] = ["agency", "person", "organization", "program", "law", "place", "amount", "date"];

export interface Mark {
  /** Reading-order number: the page's anchor for the mark. */
  id: number;
  start: number;
  end: number;
  category: MarkCategory;
  /** The short type label shown after the text: AGENCY, MONEY, DATE. */
  label: string;
  /** Hover details, one fact a line. */
  details: string[];
  /** The entity's key, for entity mentions. */
  entity: string | null;
}

const number = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 6 });

function entityDetails(e: Entity): string[] {
  return [
    e.name,
    e.key,
    e.acronym ? `acronym: ${e.acronym}` : null,
    e.title ? `title: ${e.title}` : null,
    e.country ? `country: ${e.country}` : null,
    e.parent ? `part of: ${e.parent}` : null,
  ].filter((l): l is string => l !== null);
}

function amountDetails(a: Amount): string[] {
  const value = a.valueMax === null ? number(a.value) : `${number(a.value)} – ${number(a.valueMax)}`;
  return [
    `${a.kind}: ${value}${a.unit ? ` ${a.unit}` : ""}`,
    a.qualifier ? `qualifier: ${a.qualifier}` : null,
    a.item ? `item: ${a.item}` : null,
    a.subject ? `subject: ${a.subject}` : null,
  ].filter((l): l is string => l !== null);
}

function dateDetails(d: DateMention): string[] {
  const interval = d.from === d.to ? (d.from ?? "unresolved") : `${d.from ?? "open"} → ${d.to ?? "open"}`;
  return [interval, `grain: ${d.grain.replace("_", " ")}`, d.subject ? `subject: ${d.subject}` : null].filter((l): l is string => l !== null);
}

/** Every mention, amount and date of an extraction, in reading order. */
export function collectMarks(x: Extraction): Mark[] {
  const marks: Omit<Mark, "id">[] = [
    ...x.entities.flatMap((e) => {
      const details = entityDetails(e);
      return e.mentions.map((m) => ({
        start: m.span[0], end: m.span[1], category: e.type, label: e.type, details, entity: e.key,
      }));
    }),
    ...x.amounts.map((a) => ({ start: a.span[0], end: a.span[1], category: "amount" as const, label: a.kind, details: amountDetails(a), entity: null })),
    ...x.dates.map((d) => ({ start: d.span[0], end: d.span[1], category: "date" as const, label: "date", details: dateDetails(d), entity: null })),
  ];
  return marks.sort(byNesting).map((m, id) => ({ ...m, id }));
}

type Placed = Pick<Mark, "start" | "end" | "category">;

/** Outer marks first: by start, then the longer one, then in legend order. */
function byNesting(a: Placed, b: Placed): number {
  return a.start - b.start || b.end - a.end || MARK_CATEGORIES.indexOf(a.category) - MARK_CATEGORIES.indexOf(b.category);
}

/** A piece of a mark in the nested layout; a mark split at a crossing is several pieces. */
export interface MarkNode {
  mark: Mark;
  start: number;
  end: number;
  /** The mark's first piece (it carries the anchor) and its last (it carries the label). */
  first: boolean;
  last: boolean;
  children: MarkNode[];
}

/**
 * Lays out the marks that fall in [from, to) as a tree of properly nested
 * pieces, clipped to the range. A mark that starts inside another and ends
 * beyond it is split where the other ends; the rest is laid out again from
 * there. Runs in O(n log n) for marks that do not cross.
 */
export function nestMarks(marks: readonly Mark[], from: number, to: number): MarkNode[] {
  type Pending = { mark: Mark; category: MarkCategory; start: number; end: number; first: boolean };
  const queue: Pending[] = marks
    .map((mark) => ({ mark, category: mark.category, start: Math.max(mark.start, from), end: Math.min(mark.end, to), first: mark.start >= from }))
    .filter((p) => p.start < p.end)
    .sort(byNesting);
  const roots: MarkNode[] = [];
  const open: MarkNode[] = [];
  for (let i = 0; i < queue.length; i++) {
    const p = queue[i]!;
    while (open.length > 0 && open.at(-1)!.end <= p.start) open.pop();
    const parent = open.at(-1);
    let end = p.end;
    if (parent && p.end > parent.end) {
      end = parent.end;
      const rest: Pending = { ...p, start: end, first: false };
      // Keep the queue sorted: the rest waits for its start like any other mark.
      let at = i + 1;
      while (at < queue.length && byNesting(queue[at]!, rest) < 0) at++;
      queue.splice(at, 0, rest);
    }
    const node: MarkNode = { mark: p.mark, start: p.start, end, first: p.first, last: end === p.mark.end || end === to, children: [] };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  }
  return roots;
}
