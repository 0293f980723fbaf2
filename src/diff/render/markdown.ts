/** The report as Markdown, for pasting into a write-up. */
import type { Report } from "./report.ts";

export function renderMarkdown(report: Report, heading = "##"): string {
  const out: string[] = [`${heading} ${inline(report.old.title)} → ${inline(report.new.title)}`, ""];
  out.push("| | old | new |", "| --- | --- | --- |");
  out.push(`| title | ${cell(report.old.title)} | ${cell(report.new.title)} |`);
  out.push(`| period | ${cell(report.old.period)} | ${cell(report.new.period)} |`);
  out.push(`| source | ${cell(report.old.source)} | ${cell(report.new.source)} |`);
  if (!report.changed) return [...out, "", "No changes."].join("\n") + "\n";
  for (const group of report.groups) {
    out.push("", `${heading}# ${group.title}`, "", `${group.summary[0]!.toUpperCase()}${group.summary.slice(1)}.`);
    for (const part of group.parts) {
      if (part.entries.length === 0) continue;
      out.push("");
      if (part.title) out.push(`**${inline(part.title)}**`, "");
      for (const e of part.entries) {
        out.push(`- *${e.mark}* ${inline(e.text)}${e.detail ? `  \n  > ${inline(e.detail)}` : ""}`);
      }
    }
  }
  return out.join("\n") + "\n";
}

/** Text in a line of Markdown: characters that would start markup are escaped. */
function inline(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

function cell(s: string): string {
  return inline(s).replace(/\n/g, " ");
}
