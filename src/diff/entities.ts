/**
 * Entities only in one document, by cross-document key: "DEA" in one year
 * and "Drug Enforcement Administration" in the next are one key, so neither
 * is reported.
 */
import { EntityType, type DocumentDiff, type Entity, type EntityRef, type Extraction } from "../schema.ts";

const TYPE_ORDER = new Map(EntityType.options.map((t, i) => [t, i]));

export function diffEntities(old: Extraction, neu: Extraction): DocumentDiff["entities"] {
  const oldKeys = new Set(old.entities.map((e) => e.key));
  const newKeys = new Set(neu.entities.map((e) => e.key));
  return {
    added: byTypeAndName(neu.entities.filter((e) => !oldKeys.has(e.key))),
    removed: byTypeAndName(old.entities.filter((e) => !newKeys.has(e.key))),
    kept: neu.entities.filter((e) => oldKeys.has(e.key)).length,
  };
}

function byTypeAndName(entities: readonly Entity[]): EntityRef[] {
  return entities
    .map((e) => ({ key: e.key, type: e.type, name: e.name, acronym: e.acronym, mentions: e.mentions.length }))
    .sort((a, b) => TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)! || a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}
