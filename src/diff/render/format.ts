/** Figures and changes in words a reader expects: "$93 million", "+6 (+0.8%)", "+5 points". */
import type { FigureChange, FigureRef, Period, Qualifier } from "../../schema.ts";

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  over: "over", under: "under", nearly: "nearly", approx: "about", at_least: "at least", up_to: "up to",
};

const CURRENCY_SIGNS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£" };

/** A figure as the document states it, with its qualifier: "over $93 million". */
export function figureText(f: FigureRef): string {
  return f.qualifier ? `${QUALIFIER_WORDS[f.qualifier]} ${f.text}` : f.text;
}

/** What a paired figure measures, as far as the extraction knows. */
export function measureLabel(c: FigureChange): string {
  const item = c.new.item ?? c.old.item;
  const subject = c.new.subjectName ?? c.old.subjectName;
  return [item, subject].filter(Boolean).join(", ") || leadIn(c.new.sentence, c.new.text) || c.new.section || excerpt(c.new.sentence, c.new.text, 60);
}

/** The words just before a figure in its sentence, back to a clause break: "Europe and Central Asia . . . 15,000". */
function leadIn(sentence: string, figure: string, words = 6): string {
  const at = sentence.indexOf(figure);
  if (at <= 0) return "";
  const clause = sentence.slice(0, at).replace(/(?:\s*\.){3,}\s*$/, "").split(/[,;:()…]/).at(-1)!;
  return clause.trim().split(/\s+/).filter(Boolean).slice(-words).join(" ");
}

export function changeText(c: FigureChange): string {
  const { absolute, relative } = c.change;
  const sign = absolute > 0 ? "+" : absolute < 0 ? "−" : "±";
  const size = Math.abs(absolute);
  const amount =
    c.new.kind === "money" ? money(size, c.new.unit) :
    c.new.kind === "percent" ? `${number(size)} ${size === 1 ? "point" : "points"}` :
    c.new.kind === "multiplier" ? `${number(size)}×` :
    c.new.unit ? `${number(size)} ${c.new.unit}` : number(size);
  const midpoint = c.old.valueMax !== null || c.new.valueMax !== null ? " at the midpoint" : "";
  return relative === null || c.new.kind === "percent" ? `${sign}${amount}${midpoint}` : `${sign}${amount}, ${sign}${percent(Math.abs(relative))}${midpoint}`;
}

function money(x: number, unit: string | null): string {
  const sign = unit ? CURRENCY_SIGNS[unit] : undefined;
  return sign ? `${sign}${number(x)}` : `${number(x)}${unit ? ` ${unit}` : ""}`;
}

/** 93000000 → "93 million"; 1066 → "1,066". */
export function number(x: number): string {
  for (const [size, word] of [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]] as const) {
    if (x >= size) return `${(x / size).toLocaleString("en-US", { maximumFractionDigits: 2 })} ${word}`;
  }
  return x.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

function percent(share: number): string {
  const p = share * 100;
  return `${p.toLocaleString("en-US", { maximumFractionDigits: p < 10 ? 1 : 0 })}%`;
}

/** The sentence around a figure, cut to about `width` characters; dot leaders shortened. */
export function excerpt(sentence: string, figure: string, width = 110): string {
  const s = sentence.replace(/(?:\s*\.){3,}/g, " …").trim();
  if (s.length <= width) return s;
  const at = Math.max(0, s.indexOf(figure));
  const start = Math.max(0, Math.min(at - Math.floor(width / 2), s.length - width));
  const end = Math.min(s.length, start + width);
  return `${start > 0 ? "…" : ""}${s.slice(start, end).trim()}${end < s.length ? "…" : ""}`;
}

export function periodText(p: Period): string {
  const span = p.from || p.to ? `dates ${p.from ?? "?"} to ${p.to ?? "?"}` : "no dates";
  return `published ${p.published ?? "unknown"} · ${span}`;
}
