/**
 * Plain text: one block per line; bullets recognised by their marks and
 * nested by indentation or by a change of mark; hard-wrapped lines joined;
 * heading lines told by their shape; a leading title line read as the title;
 * a blank gap wider than the document's usual one marks a heading whose text
 * was lost (scraped pages drop some headings).
 */
import type { BlockInput } from "./builder.ts";
import { removeChrome } from "./chrome.ts";
import { isDateOnly } from "./dates.ts";
import { isCapitalized, refineHeadings } from "./headings.ts";
import type { ParsedDoc } from "./parsed.ts";

/** "•", "◦", "▪", "‣", "-", "*", "o", "1.", "1)", "a.", "a)", "(a)", "(1)" and similar marks, then text. */
const BULLET = /^(\s*)([•◦▪▫‣⁃∙●○■□–\-*]|o(?=\s+\S)|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,2}\))\s+(?=\S)/;
/** A title line is capitalized and may be long, but does not end like a sentence or a lead-in. */
const MAX_TITLE_WORDS = 40;
/** What releases call themselves in the first words of their title. */
const RELEASE_KIND = /^(?:fact sheet|readout|(?:joint )?statement|press release|media note|remarks|proclamation|memorandum|notice to the press|background press call)\b/i;

interface LineBlock extends BlockInput {
  /** Blank lines before the block. */
  gap: number;
  /** Source lines joined into the block (a heading is one line). */
  lines: number;
}

interface Frame {
  indent: number;
  mark: string;
}

/** Ordered marks of one kind ("1.", "2.") count as the same mark for nesting. */
function markClass(mark: string): string {
  if (/^\d/.test(mark)) return "1" + mark.slice(-1);
  if (/^[a-z][.)]$/.test(mark)) return "a" + mark.slice(-1);
  if (/^\(/.test(mark)) return "(";
  return mark;
}

export function parseText(raw: string): ParsedDoc {
  const lines = removeChrome(lineBlocks(raw));
  const title = lines.length > 1 && isTitleLine(lines[0]!, lines[1]!) ? lines.shift()!.text.trim() : null;
  // A heading is one line of its own, before whatever it heads.
  const blocks = refineHeadings(lines, () => true, (b) => b.lines === 1);
  const usualGap = mostCommon(blocks.slice(1).map((b) => b.gap).filter((g) => g > 0));
  const out: BlockInput[] = blocks.map((block, i) => ({
    kind: block.kind,
    text: block.text,
    depth: block.depth,
    lostHeading: i > 0 && usualGap !== null && block.gap > usualGap,
  }));
  return { title, published: null, blocks: out };
}

function lineBlocks(raw: string): LineBlock[] {
  const blocks: LineBlock[] = [];
  const stack: Frame[] = [];
  let gap = 0;
  let prevLine = "";
  let prevIndent = 0;

  for (const line of raw.split("\n")) {
    if (!line.trim()) {
      gap++;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const bullet = BULLET.exec(line);
    const last = blocks[blocks.length - 1];
    if (bullet) {
      const mark = markClass(bullet[2]!);
      const bulletIndent = bullet[1]!.length;
      while (stack.length > 0 && stack[stack.length - 1]!.indent > bulletIndent) stack.pop();
      const top = stack[stack.length - 1];
      if (top && top.indent === bulletIndent && top.mark !== mark) {
        // Same indentation, another mark: back to an enclosing list that uses it, else one level in.
        const outer = stack.findIndex((f) => f.indent === bulletIndent && f.mark === mark);
        if (outer >= 0) stack.length = outer + 1;
        else stack.push({ indent: bulletIndent, mark });
      } else if (!top || top.indent < bulletIndent) {
        stack.push({ indent: bulletIndent, mark });
      }
      blocks.push({ kind: "item", text: line.slice(bullet[0].length), depth: stack.length - 1, gap, lines: 1 });
    } else if (last && gap === 0 && continues(last, line, indent, prevLine, prevIndent)) {
      last.text += " " + line.trim();
      last.lines++;
    } else {
      stack.length = 0;
      blocks.push({ kind: "paragraph", text: line.trim(), gap, lines: 1 });
    }
    prevLine = line;
    prevIndent = indent;
    gap = 0;
  }
  return blocks;
}

/** A line continues the block above when it is a wrapped part of it, not a block of its own. */
function continues(last: LineBlock, line: string, indent: number, prevLine: string, prevIndent: number): boolean {
  if (last.kind === "item") return indent > 0 && indent >= prevIndent;
  const prev = prevLine.trim();
  return prev.length >= 60 && !/[.!?:;"”’)]$/.test(prev) && indent <= prevIndent && /^[a-z(“"‘'$\d]/.test(line.trim());
}

/**
 * The first line is the title when it is one capitalized line that names the
 * kind of release ("FACT SHEET: ...", "Readout of ...") or stands over a
 * dateline; a first line of another shape may be a heading or a goal.
 */
function isTitleLine(first: LineBlock, next: LineBlock): boolean {
  const text = first.text.trim();
  const words = text.split(/\s+/).length;
  return (
    first.kind === "paragraph" &&
    first.lines === 1 &&
    words <= MAX_TITLE_WORDS &&
    !/[.,;:!]$/.test(text) &&
    isCapitalized(text) &&
    !isDateOnly(text) &&
    (RELEASE_KIND.test(text) || (next.kind === "paragraph" && isDateOnly(next.text)))
  );
}

function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v < best)) best = v;
  return best;
}
