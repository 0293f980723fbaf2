/**
 * Goals and sections of two documents, paired by the words of their titles
 * and headings: a goal keeps its number from year to year, a section moves
 * and is reworded ("Homicide and High-Impact Crime Reduction" becomes
 * "Reduce Homicides and High-Impact Crimes").
 */
import type { Goal, GoalRef, Section, SectionRef } from "../schema.ts";
import type { DocumentIndex } from "./document.ts";
import { pairBest, pairsSharingKeys, type Pairing } from "./pairing.ts";
import { dice, plainWords, sameWords, tokens } from "./similarity.ts";

/** Headings this alike are one section reworded; below it, one went and another came. */
const SAME_SECTION = 0.6;
/** Goal titles this alike are one goal even when its number changed. */
const SAME_GOAL = 0.6;
/** What sitting under paired goals adds to two sections' likeness. */
const SAME_GOAL_BONUS = 0.1;
/** What one number adds to two goals' likeness: a goal is known by its number. */
const SAME_NUMBER_BONUS = 0.5;

/** Matches the goals and sections groups of the DocumentDiff schema. */
interface OutlineDiff<R> {
  added: R[];
  removed: R[];
  renamed: { old: R; new: R; similarity: number }[];
  kept: number;
}

export function diffGoals(old: DocumentIndex, neu: DocumentIndex): { diff: OutlineDiff<GoalRef>; pairs: Pairing<Goal, Goal>["pairs"] } {
  const words = new Map<Goal, Set<string>>();
  for (const g of [...old.extraction.goals, ...neu.extraction.goals]) words.set(g, tokens(g.title));
  const similarity = (a: Goal, b: Goal) => dice(words.get(a)!, words.get(b)!);
  const pairing = pairBest(
    old.extraction.goals,
    neu.extraction.goals,
    pairsSharingKeys(old.extraction.goals, neu.extraction.goals, (g) => [`#${g.number}`, ...words.get(g)!], (a, b) => {
      const sim = similarity(a, b);
      const sameNumber = a.number === b.number;
      return sameNumber || sim >= SAME_GOAL ? sim + (sameNumber ? SAME_NUMBER_BONUS : 0) : null;
    }),
  );
  const ref = (g: Goal): GoalRef => ({ number: g.number, title: g.title, span: g.span });
  const same = (a: Goal, b: Goal) => a.number === b.number && sameWords(a.title, b.title);
  return { diff: outline(pairing, ref, ref, same, similarity), pairs: pairing.pairs };
}

export function diffSections(old: DocumentIndex, neu: DocumentIndex, goalPairs: Pairing<Goal, Goal>["pairs"]): OutlineDiff<SectionRef> {
  const pairedGoals = new Set(goalPairs.map((p) => `${p.old.number}>${p.new.number}`));
  const words = new Map<Section, Set<string>>();
  for (const s of [...old.extraction.sections, ...neu.extraction.sections]) words.set(s, tokens(s.heading));
  const similarity = (a: Section, b: Section) => (sameWords(a.heading, b.heading) ? 1 : dice(words.get(a)!, words.get(b)!));
  const pairing = pairBest(
    old.extraction.sections,
    neu.extraction.sections,
    pairsSharingKeys(old.extraction.sections, neu.extraction.sections, (s) => [plainWords(s.heading), ...words.get(s)!], (a, b) => {
      const sim = similarity(a, b);
      return sim >= SAME_SECTION ? sim + (pairedGoals.has(`${a.goal}>${b.goal}`) ? SAME_GOAL_BONUS : 0) : null;
    }),
  );
  const refIn = (doc: DocumentIndex) => (s: Section): SectionRef => ({ heading: s.heading, goal: s.goal, bullets: doc.bulletsUnder(s.id), span: s.span });
  return outline(pairing, refIn(old), refIn(neu), (a, b) => sameWords(a.heading, b.heading), similarity);
}

function outline<T, R>(
  pairing: Pairing<T, T>,
  oldRef: (t: T) => R,
  newRef: (t: T) => R,
  same: (a: T, b: T) => boolean,
  similarity: (a: T, b: T) => number,
): OutlineDiff<R> {
  const changed = pairing.pairs.filter((p) => !same(p.old, p.new));
  return {
    added: pairing.onlyNew.map(newRef),
    removed: pairing.onlyOld.map(oldRef),
    renamed: changed.map((p) => ({ old: oldRef(p.old), new: newRef(p.new), similarity: Math.round(similarity(p.old, p.new) * 1000) / 1000 })),
    kept: pairing.pairs.length - changed.length,
  };
}
