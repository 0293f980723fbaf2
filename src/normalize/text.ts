/**
 * Plain text: one block per line, bullets recognised by their marks and
 * nested by indentation or by a change of mark; hard-wrapped lines joined.
 */
import type { BlockInput } from "./builder.ts";
import type { ParsedDoc } from "./parsed.ts";

const BULLET = /^(\s*)([•◦▪▫‣⁃∙●○■□–\-*]|o(?=\s+\S)|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,2}\))\s+(?=\S)/;

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
  const blocks: BlockInput[] = [];
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
      blocks.push({ kind: "item", text: line.slice(bullet[0].length), depth: stack.length - 1, gap });
    } else if (last && gap === 0 && continues(last, line, indent, prevLine, prevIndent)) {
      last.text += " " + line.trim();
    } else {
      stack.length = 0;
      blocks.push({ kind: "paragraph", text: line.trim(), gap });
    }
    prevLine = line;
    prevIndent = indent;
    gap = 0;
  }
  return { title: null, published: null, blocks };
}

/** A line continues the block above when it is a wrapped part of it, not a block of its own. */
function continues(last: BlockInput, line: string, indent: number, prevLine: string, prevIndent: number): boolean {
  if (last.kind === "item") return indent > 0 && indent >= prevIndent;
  const prev = prevLine.trim();
  return prev.length >= 60 && !/[.!?:;"”’)]$/.test(prev) && indent <= prevIndent && /^[a-z(“"‘'$\d]/.test(line.trim());
}
