/**
 * compromise's bulk matcher (`methods.one.bulkMatch`), the heart of its
 * post-tagger, rebuilt to the same results faster. Its own picks each
 * sentence's candidate rules by testing every hook word of the rule net
 * (thousands) against the sentence's word cache, so a sentence costs the
 * same however short it is; the entity matchers parse many short spans. This
 * one walks the sentence's cache instead, and orders the rules found as the
 * net does (rule order decides which tag wins), so the tags are unchanged.
 */

interface Rule {
  match: string;
  needs: readonly string[];
  wants: readonly string[];
  minWant: number;
  minWords: number;
  ifNo?: readonly string[];
}

interface Net {
  hooks: Record<string, readonly Rule[]>;
  always: readonly Rule[];
}

interface Methods {
  one: {
    cacheDoc: (document: readonly unknown[][]) => Set<string>[];
    match: (docs: readonly unknown[][], rule: Rule) => { ptrs: number[][] };
  };
}

type Found = Rule & { pointer: number[] };

/** A net made ready for walking: each hook word's rank in the net's key order and its rules, each with the id of its match string. */
interface Walk {
  ranks: Map<string, number>;
  hooked: readonly (readonly { rule: Rule; id: number }[])[];
  /** Per match-string id, the last sentence that met it: a rule hooked by two words is tried once. */
  seen: Uint32Array;
  sentence: number;
}

const WALKS = new WeakMap<object, Walk>();

function walkOf(hooks: Net["hooks"]): Walk {
  let walk = WALKS.get(hooks);
  if (!walk) {
    const ids = new Map<string, number>();
    const keys = Object.keys(hooks);
    const hooked = keys.map((k) =>
      hooks[k]!.map((rule) => {
        if (!ids.has(rule.match)) ids.set(rule.match, ids.size);
        return { rule, id: ids.get(rule.match)! };
      }),
    );
    walk = { ranks: new Map(keys.map((k, i) => [k, i])), hooked, seen: new Uint32Array(ids.size), sentence: 0 };
    WALKS.set(hooks, walk);
  }
  return walk;
}

/** Whether a rule's needs are met, no veto word is present and enough of its wants are. */
function fits(rule: Rule, cache: Set<string>, terms: number): boolean {
  if (terms < rule.minWords) return false;
  for (const w of rule.needs) if (!cache.has(w)) return false;
  if (rule.ifNo !== undefined) for (const w of rule.ifNo) if (cache.has(w)) return false;
  if (rule.wants.length === 0) return true;
  let wanted = 0;
  for (const w of rule.wants) if (cache.has(w)) wanted++;
  return wanted >= rule.minWant;
}

/** The rules worth trying on a sentence, in net order, each once: hooked by one of its words, and fitting it. */
function rulesFor(net: Net, walk: Walk, cache: Set<string>, terms: number): Rule[] {
  const ranks: number[] = [];
  for (const word of cache) {
    const rank = walk.ranks.get(word);
    if (rank !== undefined) ranks.push(rank);
  }
  ranks.sort((a, b) => a - b);
  if (++walk.sentence === 0xffffffff) {
    walk.seen.fill(0);
    walk.sentence = 1;
  }
  const rules: Rule[] = [];
  for (const rank of ranks) {
    for (const { rule, id } of walk.hooked[rank]!) {
      if (walk.seen[id] === walk.sentence) continue;
      walk.seen[id] = walk.sentence;
      if (fits(rule, cache, terms)) rules.push(rule);
    }
  }
  for (const rule of net.always) if (terms >= rule.minWords) rules.push(rule);
  return rules;
}

function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  const caches = methods.one.cacheDoc(document);
  const walk = walkOf(net.hooks);
  const found: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const rule of rulesFor(net, walk, caches[n]!, document[n]!.length)) {
      const { ptrs } = methods.one.match([document[n]!], rule);
      for (const ptr of ptrs) {
        ptr[0] = n;
        found.push({ ...rule, pointer: ptr });
      }
      if (ptrs.length > 0 && opts.matchOne === true) return [found[0]!];
    }
  }
  return found;
}

/** The plugin that puts this matcher in compromise's place. */
export const fastSweep = { methods: { one: { bulkMatch } } };
