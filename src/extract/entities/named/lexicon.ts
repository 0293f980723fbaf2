/** The head words of programs and laws (heads.json), validated once and compiled. */
import { z } from "zod";
import { foldedSet, PhraseTrie, readLexicon } from "../phrases.ts";

const Words = z.array(z.string().min(1)).min(1);

const HeadsFile = z.object({
  programEnds: Words,
  programStarts: Words,
  lawStarts: Words,
  startStops: Words,
  lowerEnds: Words,
  lawEnds: Words,
  tailConnectors: Words,
  innerWords: Words,
  tailWords: Words,
  determiners: Words,
  clauseLinks: Words,
  genericWords: Words,
  leadingWords: Words,
});

const heads = readLexicon(import.meta.dirname, "heads.json", HeadsFile);

export const PROGRAM_ENDS = new PhraseTrie(heads.programEnds);
export const PROGRAM_STARTS = foldedSet(heads.programStarts);
export const LAW_STARTS = new PhraseTrie(heads.lawStarts);
export const START_STOPS = foldedSet(heads.startStops);
export const LOWER_ENDS = foldedSet(heads.lowerEnds);
export const LAW_ENDS = foldedSet(heads.lawEnds);
export const TAIL_CONNECTORS = foldedSet(heads.tailConnectors);
export const INNER_WORDS = foldedSet(heads.innerWords);
export const TAIL_WORDS = foldedSet(heads.tailWords);
export const DETERMINERS = foldedSet(heads.determiners);
export const CLAUSE_LINKS = foldedSet(heads.clauseLinks);
export const GENERIC_WORDS = foldedSet(heads.genericWords);
export const LEADING_WORDS = foldedSet(heads.leadingWords);
