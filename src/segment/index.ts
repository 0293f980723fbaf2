/**
 * Builds the document's structure from its blocks: goals, the sections under
 * them, bullets nested by depth, and paragraphs, each with its span; and the
 * sentence spans that later stages attach facts to.
 */
import type { Block, NormalizedDoc, SegmentedDoc } from "../model.ts";
import { defineStage } from "../pipeline/stage.ts";
import type { Bullet, Goal, Paragraph, Section, Segment, Span } from "../schema.ts";
import { goalHeading } from "./goals.ts";
import { firstSentence, splitSentences } from "../normalize/sentences.ts";

interface OpenSection {
  section: Section;
  level: number | null;
}

export const segment = defineStage<NormalizedDoc, SegmentedDoc>("segment", (doc) => {
  const { text, blocks } = doc;
  const segments: Segment[] = [];
  /** Spans that hold running text, for sentences: a goal's label is not part of its title's sentence. */
  const prose: Span[] = [];
  let goal: Goal | null = null;
  let goalLevel: number | null = null;
  let sections: OpenSection[] = [];
  let items: Bullet[] = [];
  const childCount = new Map<number | null, number>();
  const nextOrder = (parent: number | null) => {
    const n = childCount.get(parent) ?? 0;
    childCount.set(parent, n + 1);
    return n;
  };
  const section = () => sections[sections.length - 1]?.section ?? null;
  const container = () => section() ?? goal;
  const span = (b: Block): Span => [b.start, b.end];

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const id = segments.length;
    const content = text.slice(block.start, block.end);
    // A heading whose text was lost ends the section it would have closed, never the goal.
    if (block.lostHeading) sections = [];

    const next = blocks[i + 1];
    const heading = block.kind === "item" ? null : goalHeading(text, span(block), block.kind === "heading");
    // "Goal 1" alone takes its title from the heading that follows.
    const titleBlock = heading && heading.title[0] === heading.title[1] && next?.kind === "heading" ? next : null;
    if (heading && (heading.title[1] > heading.title[0] || titleBlock)) {
      const title: Span = titleBlock ? span(titleBlock) : heading.title;
      const after = titleBlock ? blocks[i + 2] : next;
      const summary = heading.rest
        ? firstSentence(text, heading.rest)
        : after?.kind === "paragraph" && !after.lostHeading ? firstSentence(text, span(after)) : null;
      goal = {
        id, kind: "goal", parent: null, depth: 0, order: nextOrder(null), span: [block.start, titleBlock?.end ?? block.end],
        number: heading.number, label: heading.label, title: text.slice(title[0], title[1]), titleSpan: title,
        summary: summary ? text.slice(summary[0], summary[1]) : null, summarySpan: summary,
      };
      goalLevel = block.level;
      sections = [];
      items = [];
      segments.push(goal);
      prose.push(title);
      if (heading.rest) prose.push(heading.rest);
      if (titleBlock) i++;
      continue;
    }

    if (block.kind === "heading") {
      // A heading at the goal's own level or above (by markup) closes the goal.
      if (goal && goalLevel !== null && block.level !== null && block.level <= goalLevel) goal = null;
      while (sections.length > 0 && !isInside(block.level, sections[sections.length - 1]!.level)) sections.pop();
      const parent = container();
      const s: Section = {
        id, kind: "section", parent: parent?.id ?? null, depth: parent ? parent.depth + 1 : 0, order: nextOrder(parent?.id ?? null),
        span: span(block), heading: content.replace(/\s*:\s*$/, ""), goal: goal?.number ?? null,
      };
      sections.push({ section: s, level: block.level });
      items = [];
      segments.push(s);
      prose.push(s.span);
      continue;
    }

    const where = { section: section()?.heading ?? null, goal: goal?.number ?? null };
    if (block.kind === "item") {
      // The innermost open bullet above this depth holds it.
      items = items.filter((b) => b.depth < block.depth);
      const parent = items[items.length - 1] ?? container();
      const bullet: Bullet = {
        id, kind: "bullet", parent: parent?.id ?? null, depth: block.depth, order: nextOrder(parent?.id ?? null),
        span: span(block), text: content, ...where,
      };
      items.push(bullet);
      segments.push(bullet);
    } else {
      items = [];
      const parent = container();
      const paragraph: Paragraph = {
        id, kind: "paragraph", parent: parent?.id ?? null, depth: 0, order: nextOrder(parent?.id ?? null),
        span: span(block), text: content, ...where,
      };
      segments.push(paragraph);
    }
    prose.push(span(block));
  }
  return { ...doc, segments, sentences: splitSentences(text, prose) };
});

/** A heading nests inside an open section only when markup levels say it is deeper. */
function isInside(level: number | null, openLevel: number | null): boolean {
  return level !== null && openLevel !== null && level > openLevel;
}
