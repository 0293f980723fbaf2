import type { EntityMention, SegmentedDoc } from "../model.ts";
import type { Entity } from "../schema.ts";
import { indexContaining } from "../spans.ts";
import { entityKey } from "./keys.ts";

/** Merges mentions that name the same thing into one keyed entity each. */
export function resolveEntities(doc: SegmentedDoc, mentions: readonly EntityMention[]): Entity[] {
  const segmentSpans = doc.segments.map((s) => s.span);
  const byKey = new Map<string, Entity>();
  for (const m of mentions) {
    const key = m.key ?? entityKey(m.type, m.name, m.country);
    const entity = byKey.get(key) ?? {
      key, type: m.type, name: m.name, acronym: m.acronym, aliases: [], country: m.country,
      title: m.title, parent: m.parent, mentions: [],
    };
    byKey.set(key, entity);
    const at = indexContaining(segmentSpans, m.span[0], m.span[1]);
    entity.mentions.push({ text: doc.text.slice(m.span[0], m.span[1]), span: m.span, segment: at >= 0 ? doc.segments[at]!.id : null });
    for (const alias of m.aliases) if (alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
  }
  return [...byKey.values()];
}
