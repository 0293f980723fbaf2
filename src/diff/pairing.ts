/**
 * One-to-one pairing of the items of two documents: the candidate pairs are
 * taken best first, each item at most once (greedy assignment). Ties go to
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

/** Every pair of two short lists that `score` allows (null: never the same item). */
export function* allPairs<O, N>(old: readonly O[], neu: readonly N[], score: (o: O, n: N) => number | null): Generator<Candidate> {
  for (let i = 0; i < old.length; i++) {
    for (let j = 0; j < neu.length; j++) {
      const s = score(old[i]!, neu[j]!);
      if (s !== null) yield { old: i, new: j, score: s };
    }
  }
}
