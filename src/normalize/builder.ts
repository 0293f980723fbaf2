/**
 * Renders parsed blocks into the one normalized text, recording each block's
 * span. Every format renders the same way, so a fact sheet reads the same
 * whether it came as text, Markdown or HTML:
 *
 *   Title line
 *
 *   Heading
 *
 *   Paragraph text.
 *
 *     • Top-level bullet
 *       • Nested bullet
 */
import type { Block } from "../model.ts";
import type { Span } from "../schema.ts";
import { collapseSpaces } from "./unicode.ts";

export const BULLET_MARK = "• ";

/** A block as a format's parser found it, before it has a place in the text. */
export interface BlockInput {
  kind: Block["kind"];
  text: string;
  depth?: number;
  level?: number | null;
  lostHeading?: boolean;
  /** The whole block is bold or underlined ("strong") or italic only: a heading if it reads as one. */
  emphasis?: "strong" | "italic";
  /** The office that issued the release, under "For Immediate Release": never a heading. */
  byline?: boolean;
  /** The bold words that open a paragraph ("**Securing Our Homeland:** President ..."): a heading, if run into its text. */
  runIn?: string;
}

export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private lastKind: Block["kind"] | null = null;
  readonly blocks: Block[] = [];

  private append(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Writes a line that is not a block (the title); returns its span, or null if empty. */
  line(text: string): Span | null {
    const content = collapseSpaces(text);
    if (!content) return null;
    if (this.length > 0) this.append("\n\n");
    const start = this.length;
    this.append(content);
    this.lastKind = null;
    return [start, this.length];
  }

  block(input: BlockInput): Block | null {
    const content = collapseSpaces(input.text);
    if (!content) return null;
    const depth = input.kind === "item" ? Math.max(0, input.depth ?? 0) : 0;
    if (this.length > 0) {
      // Consecutive items sit on consecutive lines; anything else opens a paragraph.
      this.append(input.kind === "item" && this.lastKind === "item" ? "\n" : "\n\n");
    }
    if (input.kind === "item") this.append("  ".repeat(depth + 1) + BULLET_MARK);
    const start = this.length;
    this.append(content);
    const block: Block = {
      kind: input.kind,
      start,
      end: this.length,
      depth,
      level: input.level ?? null,
      lostHeading: input.lostHeading ?? false,
    };
    this.blocks.push(block);
    this.lastKind = input.kind;
    return block;
  }

  text(): string {
    const text = this.parts.join("");
    this.parts = [text];
    return text;
  }
}
