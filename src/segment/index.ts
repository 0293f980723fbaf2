/**
 * Builds the document's structure from its blocks: goals, the sections under
 * them, bullets nested by depth, and paragraphs, each with its span; and the
 * sentence spans that later stages attach facts to.
 */
import type { Block, NormalizedDoc, SegmentedDoc } from "../model.ts";
import { firstSentence, splitSentences } from "../normalize/sentences.ts";
import { defineStage } from "../pipeline/stage.ts";
import type { Bullet, Goal, Paragraph, Section, Segment, Span } from "../schema.ts";
import { type GoalHeading, goalHeading, trimTitle } from "./goals.ts";

const spanOf = (b: Block): Span => [b.start, b.end];

export const segment = defineStage<NormalizedDoc, SegmentedDoc>("segment", (doc) => {
  const { text, blocks } = doc;
  const tree = new Tree(text);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // A heading whose text was lost ends the section it would have closed, never the goal.
    if (block.lostHeading) tree.closeSections();
    const heading = block.kind === "item" ? null : goalHeading(text, spanOf(block), block.kind === "heading");
    if (heading) {
      const next = blocks[i + 1];
      // "Goal 1" alone takes its title from the heading that follows.
      const titleBlock = heading.title[0] === heading.title[1] && next?.kind === "heading" ? next : null;
      if (heading.title[1] > heading.title[0] || titleBlock) {
        const after = titleBlock ? blocks[i + 2] : next;
        const summary = heading.rest
          ? firstSentence(text, heading.rest)
          : after?.kind === "paragraph" && !after.lostHeading ? firstSentence(text, spanOf(after)) : null;
        const title = titleBlock ? spanOf(titleBlock) : heading.title;
        tree.goal(block, titleBlock?.end ?? block.end, { ...heading, title, summary });
        if (titleBlock) i++;
        continue;
      }
    }
    if (block.kind === "heading") tree.section(block);
    else if (block.kind === "item") tree.bullet(block);
    else tree.paragraph(block);
  }
  return { ...doc, segments: tree.segments, sentences: splitSentences(text, tree.prose) };
});

/** The goal → section → bullet tree as it grows in reading order. */
class Tree {
  readonly segments: Segment[] = [];
  /** Spans that hold running text, for sentences: a goal's label is not part of its title's sentence. */
  readonly prose: Span[] = [];
  private currentGoal: Goal | null = null;
  private goalLevel: number | null = null;
  private sections: { section: Section; level: number | null }[] = [];
  private items: Bullet[] = [];
  private childCount = new Map<number | null, number>();

  constructor(private readonly text: string) {}

  closeSections(): void {
    this.sections = [];
  }

  goal(block: Block, end: number, g: GoalHeading & { summary: Span | null }): void {
    const goal: Goal = {
      ...this.place(null), span: [block.start, end], kind: "goal", number: g.number, label: g.label,
      title: this.slice(g.title), titleSpan: g.title, summary: g.summary ? this.slice(g.summary) : null, summarySpan: g.summary,
    };
    this.currentGoal = goal;
    this.goalLevel = block.level;
    this.sections = [];
    this.items = [];
    this.add(goal, g.title, ...(g.rest ? [g.rest] : []));
  }

  section(block: Block): void {
    // A heading at the goal's own level or above (by markup) closes the goal.
    if (this.goalLevel !== null && block.level !== null && block.level <= this.goalLevel) this.currentGoal = null;
    while (this.sections.length > 0 && !isInside(block.level, this.sections[this.sections.length - 1]!.level)) this.sections.pop();
    const section: Section = {
      ...this.place(this.container()), span: spanOf(block), kind: "section",
      heading: this.slice(trimTitle(this.text, ...spanOf(block))), goal: this.currentGoal?.number ?? null,
    };
    this.sections.push({ section, level: block.level });
    this.items = [];
    this.add(section, section.span);
  }

  bullet(block: Block): void {
    // The innermost open bullet above this depth holds it.
    this.items = this.items.filter((b) => b.depth < block.depth);
    const bullet: Bullet = {
      ...this.place(this.items[this.items.length - 1] ?? this.container()), ...this.where(block), kind: "bullet", depth: block.depth,
    };
    this.items.push(bullet);
    this.add(bullet, bullet.span);
  }

  paragraph(block: Block): void {
    this.items = [];
    const paragraph: Paragraph = { ...this.place(this.container()), ...this.where(block), kind: "paragraph", depth: 0 };
    this.add(paragraph, paragraph.span);
  }

  private container(): Segment | null {
    return this.sections[this.sections.length - 1]?.section ?? this.currentGoal;
  }

  /** Id, parent, depth and order of the next segment under `parent`. */
  private place(parent: Segment | null) {
    const key = parent?.id ?? null;
    const order = this.childCount.get(key) ?? 0;
    this.childCount.set(key, order + 1);
    return { id: this.segments.length, parent: key, depth: parent ? parent.depth + 1 : 0, order };
  }

  /** A bullet's or paragraph's text and what it sits under. */
  private where(block: Block) {
    const section = this.sections[this.sections.length - 1]?.section ?? null;
    return { span: spanOf(block), text: this.slice(spanOf(block)), section: section?.heading ?? null, goal: this.currentGoal?.number ?? null };
  }

  private add(segment: Segment, ...prose: Span[]): void {
    this.segments.push(segment);
    this.prose.push(...prose);
  }

  private slice([start, end]: Span): string {
    return this.text.slice(start, end);
  }
}

/** A heading nests inside an open section only when markup levels say it is deeper. */
function isInside(level: number | null, openLevel: number | null): boolean {
  return level !== null && openLevel !== null && level > openLevel;
}
