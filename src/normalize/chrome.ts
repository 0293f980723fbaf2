/**
 * Site chrome: text that pages carry around the content (banners, sign-up
 * forms, navigation, wire-service markers). One list, used by every format.
 */
import type { BlockInput } from "./builder.ts";

/** Lines that are chrome wherever they stand; dropped. */
export const CHROME_LINES: readonly RegExp[] = [
  /^an official website of the united states government\.?$/i,
  /^here[’']s how you know\.?$/i,
  /^official websites use \.gov\b/i,
  /^secure \.gov websites use https\b/i,
  /^sign up\.?$/i,
  /^opt in to send and receive text messages\b/i,
  /^we[’']ll be in touch with the latest information\b/i,
  /^scroll to top\b/i,
  /^(skip to (main )?content|main menu|search|menu|close|share|print|email|tweet|facebook|twitter|linkedin)$/i,
  /^share (this|on)\b.{0,40}$/i,
  /^office of the spokesperson$/i,
  /^(begin|end) text$/i,
  /^for immediate release$/i,
  /^(the )?briefing room$/i,
];

/** Lines after which nothing is content: the release is over. */
export const CHROME_END: readonly RegExp[] = [/^#{3}$/, /^-\s*30\s*-$/, /^stay connected$/i];

export function isChromeLine(text: string): boolean {
  const t = text.trim();
  return CHROME_LINES.some((re) => re.test(t));
}

export function isChromeEnd(text: string): boolean {
  const t = text.trim();
  return CHROME_END.some((re) => re.test(t));
}

/** Drops chrome blocks, and every block after an end marker. */
export function removeChrome(blocks: readonly BlockInput[]): BlockInput[] {
  const out: BlockInput[] = [];
  for (const block of blocks) {
    if (isChromeEnd(block.text)) break;
    if (!isChromeLine(block.text)) out.push(block);
  }
  return out;
}
