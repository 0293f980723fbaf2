/**
 * How much text an HTML subtree holds, without building its text: the
 * lengths that `text.replace(/\s+/g, "")`, `text.replace(/\s+/g, " ").trim()`
 * and `text.trim()` would have, computed bottom-up once per element and
 * remembered, so that asking about every container of a page costs one walk
 * of the page and not one per container.
 */
import type { AnyNode, ParentNode } from "domhandler";

export interface Stats {
  length: number;
  /** Characters other than white space. */
  letters: number;
  /** Runs of white space between letters. */
  gaps: number;
  /** White space before the first letter, and after the last (all of it when there is no letter). */
  lead: number;
  trail: number;
}

const EMPTY: Readonly<Stats> = Object.freeze({ length: 0, letters: 0, gaps: 0, lead: 0, trail: 0 });

/** White space as `\s` has it. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export function textStats(text: string): Stats {
  let letters = 0;
  let gaps = 0;
  let lead = -1;
  let trail = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      trail++;
      continue;
    }
    if (lead < 0) lead = i;
    else if (trail > 0) gaps++;
    trail = 0;
    letters++;
  }
  return { length: text.length, letters, gaps, lead: lead < 0 ? text.length : lead, trail };
}

/** The length of the text with its white space collapsed to single spaces and trimmed. */
export function collapsedLength(stats: Stats): number {
  return stats.letters + stats.gaps;
}

/** The length of the trimmed text. */
export function trimmedLength(stats: Stats): number {
  return stats.letters === 0 ? 0 : stats.length - stats.lead - stats.trail;
}

/** Extends `a` with the text `b` stands for, which follows it. */
function append(a: Stats, b: Stats): void {
  if (b.length === 0) return;
  if (a.letters === 0) {
    a.lead = a.length + b.lead;
    a.trail = b.letters === 0 ? a.length + b.length : b.trail;
    a.letters = b.letters;
    a.gaps = b.gaps;
  } else if (b.letters === 0) {
    a.trail += b.length;
  } else {
    a.gaps += b.gaps + (a.trail > 0 || b.lead > 0 ? 1 : 0);
    a.letters += b.letters;
    a.trail = b.trail;
  }
  a.length += b.length;
}

const empty = (): Stats => ({ length: 0, letters: 0, gaps: 0, lead: 0, trail: 0 });

/** The text stats of the elements of one tree, remembered until an element is removed from it. */
export class TextStats {
  private readonly memo = new Map<AnyNode, Stats>();

  /** Stats of the text below `node` (the same text that `textOf` gives): not to be changed. */
  of(node: AnyNode): Stats {
    if (node.type === "text") return textStats(node.data);
    if (node.type !== "tag" && node.type !== "root") return EMPTY;
    return this.memo.get(node) ?? this.compute(node);
  }

  /** Forgets the stats that removing `node` from the tree changes: its ancestors'. Call before removing it. */
  forget(node: AnyNode): void {
    for (let p = node.parent; p; p = p.parent) this.memo.delete(p);
  }

  /** Post-order over the subtree with an explicit stack; elements already known are not walked again. */
  private compute(target: ParentNode): Stats {
    const stack: { node: ParentNode; next: number; stats: Stats }[] = [{ node: target, next: 0, stats: empty() }];
    for (;;) {
      const top = stack[stack.length - 1]!;
      const children = top.node.children;
      if (top.next < children.length) {
        const child = children[top.next++]!;
        if (child.type === "text") append(top.stats, textStats(child.data));
        else if (child.type === "tag") {
          const known = this.memo.get(child);
          if (known) append(top.stats, known);
          else stack.push({ node: child, next: 0, stats: empty() });
        }
        continue;
      }
      stack.pop();
      this.memo.set(top.node, top.stats);
      const parent = stack[stack.length - 1];
      if (!parent) return top.stats;
      append(parent.stats, top.stats);
    }
  }
}
