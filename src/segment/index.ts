import type { Block, NormalizedDoc, SegmentedDoc } from "../model.ts";
import { defineStage } from "../pipeline/stage.ts";
import type { Bullet, Goal, Paragraph, Section, Segment } from "../schema.ts";
import { splitSentences } from "./sentences.ts";

const GOAL = /^(goal|pillar|priority|line of effort|objective|part)\s+(\d+)\s*[:.–—-]?\s*/i;

/** Builds the goal → section → bullet tree from the normalized blocks. */
export const segment = defineStage<NormalizedDoc, SegmentedDoc>("segment", (doc) => {
  const segments: Segment[] = [];
  let goal: Goal | null = null;
  let section: Section | null = null;
  const items: Bullet[] = [];
  const childCount = new Map<number | null, number>();
  const nextOrder = (parent: number | null) => {
    const n = childCount.get(parent) ?? 0;
    childCount.set(parent, n + 1);
    return n;
  };
  const slice = (b: Block) => doc.text.slice(b.start, b.end);

  doc.blocks.forEach((block, i) => {
    const id = segments.length;
    const text = slice(block);
    const goalMatch = block.kind !== "item" ? GOAL.exec(text) : null;
    if (goalMatch) {
      const titleStart = block.start + goalMatch[0].length;
      goal = {
        id, kind: "goal", parent: null, depth: 0, order: nextOrder(null), span: [block.start, block.end],
        number: Number(goalMatch[2]), label: goalMatch[1]!, title: doc.text.slice(titleStart, block.end),
        titleSpan: [titleStart, block.end], summary: null, summarySpan: null,
      };
      section = null;
      items.length = 0;
      segments.push(goal);
      return;
    }
    const next = doc.blocks[i + 1];
    if (block.kind === "heading" || block.strong || (next?.kind === "item" && block.kind === "paragraph" && text.length < 80 && !/[.!?]$/.test(text))) {
      const parent = goal?.id ?? null;
      section = {
        id, kind: "section", parent, depth: goal ? 1 : 0, order: nextOrder(parent), span: [block.start, block.end],
        heading: text.replace(/:\s*$/, ""), goal: goal?.number ?? null,
      };
      items.length = 0;
      segments.push(section);
      return;
    }
    const container = section ?? goal;
    if (block.kind === "item") {
      items.length = Math.min(items.length, block.depth);
      const parentItem = items[block.depth - 1];
      const parent = parentItem?.id ?? container?.id ?? null;
      const bullet: Bullet = {
        id, kind: "bullet", parent, depth: block.depth, order: nextOrder(parent), span: [block.start, block.end],
        text, section: section?.heading ?? null, goal: goal?.number ?? null,
      };
      items[block.depth] = bullet;
      segments.push(bullet);
      return;
    }
    items.length = 0;
    const parent = container?.id ?? null;
    const paragraph: Paragraph = {
      id, kind: "paragraph", parent, depth: 0, order: nextOrder(parent), span: [block.start, block.end],
      text, section: section?.heading ?? null, goal: goal?.number ?? null,
    };
    segments.push(paragraph);
  });
  return { ...doc, segments, sentences: splitSentences(doc.text, doc.blocks) };
});
