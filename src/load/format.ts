/**
 * Tells plain text, Markdown and HTML apart by content; the file extension
 * decides only when the content is ambiguous.
 */
import { extname } from "node:path";
import type { Format } from "../schema.ts";

const HTML_DOCUMENT = /^\s*(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i;
const HTML_BLOCK_TAG = /<(p|div|ul|ol|li|h[1-6]|table|tr|td|br|article|section|main|body|span|strong|em|a)\b[^>]*>/gi;
const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n(---|\.\.\.)\r?\n/;
const MARKDOWN_SIGNS = /^(#{1,6} |-   |\*   |\d+\.  |> )|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)|^\\#/gm;

const EXTENSIONS: Record<string, Format> = {
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
  ".text": "text",
};

export function detectFormat(text: string, path: string): Format {
  const head = text.slice(0, 64 * 1024);
  if (HTML_DOCUMENT.test(head)) return "html";
  if (FRONT_MATTER.test(head)) return "markdown";
  const lines = Math.max(1, head.split("\n").length);
  const tags = head.match(HTML_BLOCK_TAG)?.length ?? 0;
  const marks = head.match(MARKDOWN_SIGNS)?.length ?? 0;
  const hint = EXTENSIONS[extname(path).toLowerCase()];
  if (tags >= 2 && tags >= lines * 0.2 && tags > marks) return "html";
  if (hint) return hint;
  if (marks >= 2) return "markdown";
  return "text";
}
