/**
 * The one refiner after all entity matchers (as chrono-node's refiners):
 * overlaps between proposals of any type are settled by one rule, then
 * in-document acronym definitions tie every later mention of an acronym to
 * the mention it was defined by, whatever its type, and every mention gets
 * its cross-document key.
 */
import type { EntityMention, SegmentedDoc } from "../../model.ts";
import type { Span } from "../../schema.ts";
import { entityKey } from "../../resolve/keys.ts";
import { acronymLike, longFormStart } from "./bodies/acronyms.ts";

/**
 * The overlap rule for every type: a longer span wins over any span it
 * overlaps; at equal length the item that comes first in `items` wins (the
 * earlier matcher, or the earlier candidate). Returns the kept items in text
 * order.
 */
export function settleOverlaps<T>(items: readonly T[], spanOf: (item: T) => Span): T[] {
  const order = items.map((item, i) => ({ item, i, span: spanOf(item) }));
  order.sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || a.i - b.i);
  const kept: { item: T; span: Span }[] = [];
  for (const o of order) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.span[0] < o.span[0]) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.span[1] > o.span[0]) || (after && after.span[0] < o.span[1])) continue;
    kept.splice(lo, 0, { item: o.item, span: o.span });
  }
  return kept.map((k) => k.item);
}

const WORD = /[\p{L}\p{N}]/u;
const POSSESSIVE = /^['’]s?(?![\p{L}\p{N}])/u;

function keyed(m: EntityMention): EntityMention {
  return m.key ? m : { ...m, key: entityKey(m.type, m.name, m.country) };
}

/** The mention's text without a possessive ending. */
function ownText(text: string, m: EntityMention): string {
  return text.slice(m.span[0], m.span[1]).replace(/['’]s?$/u, "");
}

/** An acronym in parentheses at `at` ("(DFC)", after optional spaces): the acronym and where ")" ends, or null. */
function parenthesizedAt(text: string, at: number): { acronym: string; start: number; end: number } | null {
  const m = /^\s*\(([^()\s]{2,12})\)/u.exec(text.slice(at, at + 20));
  if (!m || !acronymLike(m[1]!)) return null;
  const start = at + m[0].indexOf("(") + 1;
  return { acronym: m[1]!, start, end: at + m[0].length };
}

/**
 * Whether the acronym abbreviates the name, leading modifiers aside
 * ("Bipartisan Safer Communities Act (SCA)"), but not only what follows a
 * preposition: "the government of the People’s Republic of China (PRC)"
 * defines the country's acronym, not the government's.
 */
function abbreviatesHead(acronym: string, name: string): boolean {
  const at = longFormStart(acronym, name);
  return at >= 0 && !/(^|\s)(of|for|on|in|to|de|del)\s/i.test(name.slice(0, at));
}

interface Definition {
  readonly acronym: string;
  readonly owner: EntityMention;
}

/**
 * The acronyms the mentions define: "Full Name (ACR)", "Drug-Free
 * Communities (DFC) Program" (inside the span), "ACR (Full Name)". The
 * acronym must abbreviate the name (Schwartz–Hearst), unless it is already
 * the mention's own.
 */
function definitions(text: string, mentions: readonly EntityMention[]): Definition[] {
  const out: Definition[] = [];
  for (const m of mentions) {
    const name = ownText(text, m);
    const fits = (acronym: string, longForm: string) => acronym === m.acronym || (acronym !== longForm && abbreviatesHead(acronym, longForm));
    const after = parenthesizedAt(text, m.span[1]);
    if (after && fits(after.acronym, name)) out.push({ acronym: after.acronym, owner: m });
    const inside = /\(([^()\s]{2,12})\)/u.exec(name);
    if (inside && acronymLike(inside[1]!) && fits(inside[1]!, name.slice(0, inside.index))) out.push({ acronym: inside[1]!, owner: m });
    const before = /([^()\s]{2,12})\s*\($/u.exec(text.slice(Math.max(0, m.span[0] - 16), m.span[0]));
    if (before && acronymLike(before[1]!) && text[m.span[1]] === ")" && fits(before[1]!, name)) out.push({ acronym: before[1]!, owner: m });
  }
  return out;
}

/** Every standalone occurrence of `acronym` in the text, with a possessive ending if it has one. */
function occurrences(text: string, acronym: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
    const end = at + acronym.length;
    if ((at > 0 && WORD.test(text[at - 1]!)) || (end < text.length && WORD.test(text[end]!))) continue;
    const own = POSSESSIVE.exec(text.slice(end, end + 3));
    out.push([at, end + (own ? own[0].length : 0)]);
  }
  return out;
}

/** The mention as one of the defining mention's entity. */
function as(owner: EntityMention, acronym: string, span: Span): EntityMention {
  return { ...owner, span, acronym, aliases: [] };
}

/**
 * Ties each defined acronym's occurrences to its owner: new mentions where
 * nothing else was found, and the mentions that are the acronym alone
 * (another body's reading of it: the document's definition wins) or the
 * acronym with the last words of the owner's name ("DFC Program").
 */
function linkAcronyms(text: string, mentions: EntityMention[]): EntityMention[] {
  const defs = definitions(text, mentions);
  if (defs.length === 0) return mentions;
  // `out` stays in text order and free of overlaps (settleOverlaps made it so); additions go apart.
  const out = [...mentions];
  const added: EntityMention[] = [];
  const overlapping = (span: Span): number => {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (out[mid]!.span[1] <= span[0]) lo = mid + 1;
      else hi = mid;
    }
    return lo < out.length && out[lo]!.span[0] < span[1] ? lo : -1;
  };
  for (const { acronym, owner } of defs) {
    const ownerName = owner.name.toLowerCase();
    for (let k = 0; k < out.length; k++) if (out[k]!.key === owner.key) out[k] = { ...out[k]!, acronym };
    for (const span of occurrences(text, acronym)) {
      const at = overlapping(span);
      if (at < 0) {
        if (!added.some((m) => m.span[0] < span[1] && span[0] < m.span[1])) added.push(as(owner, acronym, span));
        continue;
      }
      const hit = out[at]!;
      // A mention inside the acronym is part of it: "Panama" in "JMF-Panama".
      const inside = hit.span[0] >= span[0] && hit.span[1] <= span[1] && hit.span[1] - hit.span[0] < span[1] - span[0] && (out[at + 1]?.span[0] ?? Infinity) >= span[1];
      if (inside) {
        out[at] = as(owner, acronym, span);
        continue;
      }
      if (hit.key === owner.key || hit.span[0] !== span[0]) continue;
      const rest = ownText(text, hit).slice(acronym.length).trim().toLowerCase();
      if (hit.span[1] === span[1] || (rest.length > 0 && ownerName.endsWith(` ${rest}`))) out[at] = as(owner, acronym, hit.span);
    }
  }
  return [...out, ...added].sort((a, b) => a.span[0] - b.span[0]);
}

/** Settles overlapping proposals and links acronyms across all types; every mention leaves with its key. */
export function refineMentions(doc: SegmentedDoc, found: readonly EntityMention[]): EntityMention[] {
  return linkAcronyms(doc.text, settleOverlaps(found, (m) => m.span).map(keyed));
}
