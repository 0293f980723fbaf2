/**
 * The real documents in ../shared are read where they are, never copied.
 * Where ../shared is absent (a machine with only this repository), the tests
 * that need it are skipped with a message.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const SHARED = resolve(import.meta.dirname, "..", "..", "..", "shared");
export const CORPUS = join(SHARED, "corpus");
export const GOLD = join(SHARED, "eval", "gold");
export const LEXICON = join(SHARED, "lexicon");
export const SEED = join(CORPUS, "seed", "000_f6d3ac11ccc41d31.txt");
export const HAS_SHARED = existsSync(CORPUS);

export const NO_SHARED_MESSAGE = `skipped: ${SHARED} is absent (these tests read the real corpus there)`;
if (!HAS_SHARED) console.warn(NO_SHARED_MESSAGE);

/** The title for a describe block that needs ../shared: says why when it is skipped. */
export function sharedTitle(title: string): string {
  return HAS_SHARED ? title : `${title} (${NO_SHARED_MESSAGE})`;
}

export function corpusPath(relative: string): string {
  return join(CORPUS, relative);
}

export function readGold(name: string): { source: string } & Record<string, unknown> {
  return JSON.parse(readFileSync(join(GOLD, name), "utf8"));
}

/** Every document of the corpus, as paths (the 285 that ingest takes). */
export function corpusDocuments(): string[] {
  if (!HAS_SHARED) return [];
  const lines = (dir: string) =>
    readFileSync(join(CORPUS, dir, "manifest.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => join(CORPUS, dir, (JSON.parse(l) as { path: string }).path));
  return [SEED, ...lines("whitehouse"), ...lines("state")];
}
