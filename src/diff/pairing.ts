/**
 * One-to-one pairing of the items of two documents: the candidate pairs
 * (those sharing a key) are taken best first, each item at most once
 * (greedy assignment). Ties go to
 * the pair whose items stand at the closer relative position in their
 * documents, so that a document paired with itself pairs every item with
 * itself.
 */

export interface Candidate {
  /** Index in the old list. */
  old: number;
  /** Index in the new list. */
  new: number;
  score: number;
}

export interface Pairing<O, N> {
  /** In the new list's order. */
  pairs: { old: O; new: N; score: number }[];
  onlyOld: O[];
  onlyNew: N[];
}

export function pairBest<O, N>(old: readonly O[], neu: readonly N[], candidates: Iterable<Candidate>): Pairing<O, N> {
  const place = (i: number, n: number) => (n <= 1 ? 0 : i / (n - 1));
  const distance = (c: Candidate) => Math.abs(place(c.old, old.length) - place(c.new, neu.length));
  const ranked = [...candidates].sort((a, b) => b.score - a.score || distance(a) - distance(b) || a.new - b.new || a.old - b.old);
  const oldTaken = new Array<boolean>(old.length).fill(false);
  const newPartner = new Array<number>(neu.length).fill(-1);
  const scoreOf = new Array<number>(neu.length).fill(0);
  for (const c of ranked) {
    if (oldTaken[c.old] || newPartner[c.new]! >= 0) continue;
    oldTaken[c.old] = true;
    newPartner[c.new] = c.old;
    scoreOf[c.new] = c.score;
  }
  const pairs: Pairing<O, N>["pairs"] = [];
  const onlyNew: N[] = [];
  neu.forEach((n, j) => {
    const i = newPartner[j]!;
    if (i >= 0) pairs.push({ old: old[i]!, new: n, score: scoreOf[j]! });
    else onlyNew.push(n);
  });
  return { pairs, onlyOld: old.filter((_, i) => !oldTaken[i]), onlyNew };
}

/**
 * A key held by more old items than this finds only the NEAREST of them to
 * the new item's place in its document (documents keep their order from
 * year to year), so long, repetitive documents cost a bounded number of
 * comparisons per item.
 */
const MAX_POSTING = 64;
const NEAREST = 16;

/**
 * The pairs that `score` allows (null: never the same item) among those that
 * share at least one key: items with nothing in common are never compared.
 */
export function* pairsSharingKeys<T>(old: readonly T[], neu: readonly T[], keys: (t: T) => Iterable<string>, score: (o: T, n: T) => number | null): Generator<Candidate> {
  const index = new Map<string, number[]>();
  old.forEach((t, i) => {
    for (const key of new Set(keys(t))) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  for (let j = 0; j < neu.length; j++) {
    const place = neu.length > 1 ? (j / (neu.length - 1)) * (old.length - 1) : 0;
    const seen = new Set<number>();
    for (const key of keys(neu[j]!)) {
      const list = index.get(key);
      if (!list) continue;
      for (const i of list.length > MAX_POSTING ? nearest(list, place, NEAREST) : list) {
        if (seen.has(i)) continue;
        seen.add(i);
        const s = score(old[i]!, neu[j]!);
        if (s !== null) yield { old: i, new: j, score: s };
      }
    }
  }
}

/** The `count` entries of an ascending list closest to `place`. */
function nearest(list: readonly number[], place: number, count: number): readonly number[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < place) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(0, Math.min(lo - (count >> 1), list.length - count));
  return list.slice(start, start + count);
}
