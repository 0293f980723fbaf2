/** The report on a terminal: marks + − ~ in color when the output is a terminal that takes it. */
import { styleText } from "node:util";
import type { Mark, Report } from "./report.ts";

type Style = Parameters<typeof styleText>[0];

const MARKS: Record<Mark, { sign: string; style: Style }> = {
  added: { sign: "+", style: "green" },
  removed: { sign: "−", style: "red" },
  changed: { sign: "~", style: "yellow" },
};

/** Colors for a stream: never when NO_COLOR is set, as FORCE_COLOR says when it is set, else on a terminal. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return Boolean(stream.isTTY);
}

export function renderText(report: Report, options: { color: boolean }): string {
  // The decision is made here, so styleText must not check the stream again.
  const paint = (style: Style, s: string) => (options.color ? styleText(style, s, { validateStream: false }) : s);
  const out: string[] = [];
  for (const [label, side] of [["old", report.old], ["new", report.new]] as const) {
    out.push(`${paint("bold", label)}  ${paint("bold", side.title)}`);
    out.push(`     ${paint("dim", side.period)}`, `     ${paint("dim", side.source)}`);
  }
  if (!report.changed) {
    out.push("", "No changes.");
    return out.join("\n") + "\n";
  }
  for (const group of report.groups) {
    out.push("", `${paint("bold", group.title)}: ${group.summary}`);
    for (const part of group.parts) {
      const indent = part.title ? "    " : "  ";
      if (part.title) out.push(`  ${paint("underline", part.title)}`);
      for (const e of part.entries) {
        const mark = MARKS[e.mark];
        out.push(`${indent}${paint(mark.style, mark.sign)} ${e.text}`);
        if (e.detail) out.push(`${indent}  ${paint("dim", e.detail)}`);
      }
    }
  }
  return out.join("\n") + "\n";
}
