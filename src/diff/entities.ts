/**
 * Entities only in one document, by cross-document key: "DEA" in one year
 * and "Drug Enforcement Administration" in the next are one key, so neither
 * is reported. Two keys are still taken for one entity where names as
 * written made them: a person named in full in one document and by surname
 * alone in the other ("Joe Biden", "President Biden"), when no one else
 * fits; a program or law whose name differs by a word or a misspelling.
 */
import { EntityType, type DocumentDiff, type Entity, type EntityRef, type Extraction } from "../schema.ts";
import { pairBest, pairsSharingKeys, type Candidate } from "./pairing.ts";
import { dice, plainWords, tokens } from "./similarity.ts";

/** Program and law names this alike are one name written two ways. */
const SAME_NAME = 0.85;
/** Types whose keys come from the name as written rather than from a gazetteer. */
const NAMED_AS_WRITTEN: ReadonlySet<EntityType> = new Set(["program", "law"]);

const TYPE_ORDER = new Map(EntityType.options.map((t, i) => [t, i]));

export function diffEntities(old: Extraction, neu: Extraction): DocumentDiff["entities"] {
  const oldKeys = new Set(old.entities.map((e) => e.key));
  const newKeys = new Set(neu.entities.map((e) => e.key));
  const pairing = sameUnderTwoKeys(
    old.entities.filter((e) => !newKeys.has(e.key)),
    neu.entities.filter((e) => !oldKeys.has(e.key)),
  );
  return {
    added: byTypeAndName(pairing.onlyNew),
    removed: byTypeAndName(pairing.onlyOld),
    renamed: pairing.pairs.map((p) => ({ old: ref(p.old), new: ref(p.new), similarity: Math.round(p.score * 1000) / 1000 })),
    kept: neu.entities.filter((e) => oldKeys.has(e.key)).length,
  };
}

function sameUnderTwoKeys(removed: readonly Entity[], added: readonly Entity[]) {
  const words = new Map<Entity, string[]>();
  const stems = new Map<Entity, Set<string>>();
  for (const e of [...removed, ...added]) {
    words.set(e, plainWords(e.name).split(" "));
    stems.set(e, tokens(e.name));
  }
  const surnameOf = (a: Entity, b: Entity) => {
    const [short, long] = [words.get(a)!, words.get(b)!];
    return short.length < long.length && short.every((w, i) => w === long[long.length - short.length + i]);
  };
  const keys = (e: Entity) => (e.type === "person" ? [`${e.type}|${words.get(e)!.at(-1)}`] : [...stems.get(e)!].map((t) => `${e.type}|${t}`));
  const candidates = [
    ...pairsSharingKeys(removed, added, keys, (o, n) => {
      if (o.type !== n.type) return null;
      const similarity = dice(stems.get(o)!, stems.get(n)!);
      if (o.type === "person") return surnameOf(o, n) || surnameOf(n, o) ? similarity : null;
      return NAMED_AS_WRITTEN.has(o.type) && similarity >= SAME_NAME ? similarity : null;
    }),
  ];
  // A surname stands for a person only when one person on the other side bears it.
  const people = candidates.filter((c) => removed[c.old]!.type === "person");
  const tally = (side: "old" | "new") => people.reduce((m, c) => m.set(c[side], (m.get(c[side]) ?? 0) + 1), new Map<number, number>());
  const [perOld, perNew] = [tally("old"), tally("new")];
  const unique = (c: Candidate) => removed[c.old]!.type !== "person" || (perOld.get(c.old) === 1 && perNew.get(c.new) === 1);
  return pairBest(removed, added, candidates.filter(unique));
}

function ref(e: Entity): EntityRef {
  return { key: e.key, type: e.type, name: e.name, acronym: e.acronym, mentions: e.mentions.length };
}

function byTypeAndName(entities: readonly Entity[]): EntityRef[] {
  return entities.map(ref).sort((a, b) => TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)! || a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}
