import type { EntityMention, SegmentedDoc } from "../model.ts";
import type { Entity } from "../schema.ts";
import { indexContaining } from "../spans.ts";
import { entityKey } from "./keys.ts";

/** A mention's text as a name: spacing collapsed, no possessive, no leading article. */
export function surfaceName(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/(?<=\S)[’']s?$/u, "")
    .replace(/^the /i, "")
    .trim();
}

/**
 * Merges mentions that name the same thing into one keyed entity each. The
 * entity takes the longest name its mentions give (a listed body's name is
 * the same in all of them), the first acronym, country, title and parent
 * any mention has, and as aliases every other name the document uses.
 */
export function resolveEntities(doc: SegmentedDoc, mentions: readonly EntityMention[]): Entity[] {
  const segmentSpans = doc.segments.map((s) => s.span);
  const byKey = new Map<string, Entity>();
  for (const m of mentions) {
    const key = m.key ?? entityKey(m.type, m.name, m.country);
    const entity = byKey.get(key) ?? {
      key, type: m.type, name: m.name, acronym: null, aliases: [], country: null, title: null, parent: null, mentions: [],
    };
    byKey.set(key, entity);
    if (m.name.length > entity.name.length) entity.name = m.name;
    entity.acronym ??= m.acronym;
    entity.country ??= m.country;
    entity.title ??= m.title;
    entity.parent ??= m.parent;
    const text = doc.text.slice(m.span[0], m.span[1]);
    const at = indexContaining(segmentSpans, m.span[0], m.span[1]);
    entity.mentions.push({ text, span: m.span, segment: at >= 0 ? doc.segments[at]!.id : null });
    for (const alias of [surfaceName(text), ...m.aliases]) if (alias && !entity.aliases.includes(alias)) entity.aliases.push(alias);
  }
  for (const e of byKey.values()) e.aliases = e.aliases.filter((a) => a !== e.name);
  return [...byKey.values()];
}
