/**
 * A stage is a typed function from one record to the next (load → normalize
 * → segment → extract → resolve → validate → store); a pipeline is a named,
 * ordered list of them, as chrono-node's Configuration is a list of parsers
 * and refiners.
 */
import type Database from "better-sqlite3";

export interface StageContext {
  /** The pipeline's name and version, stored with every document. */
  pipeline: { name: string; version: string };
  /** Open database for stages that write; absent when nothing may be written. */
  db?: Database.Database;
  limits: { maxBytes: number };
  /** Milliseconds spent per stage, summed over documents. */
  timings: Map<string, number>;
}

export interface Stage<I, O> {
  readonly name: string;
  /** True for stages with effects outside the record (writing the database). */
  readonly writes?: boolean;
  run(input: I, ctx: StageContext): O | Promise<O>;
}

export function defineStage<I, O>(
  name: string,
  run: (input: I, ctx: StageContext) => O | Promise<O>,
  options: { writes?: boolean } = {},
): Stage<I, O> {
  return { name, run, writes: options.writes ?? false };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyStage = Stage<any, any>;

/** Checks at compile time that each stage takes what the previous one returns. */
type Chain<S extends readonly AnyStage[]> = S extends readonly [
  Stage<infer _A, infer B>,
  Stage<infer C, infer D>,
  ...infer Rest extends AnyStage[],
]
  ? [B] extends [C]
    ? [S[0], ...Chain<[Stage<C, D>, ...Rest]>]
    : never
  : S;

export interface Pipeline<I = unknown, O = unknown> {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly stages: readonly AnyStage[];
  /** Phantom types: what the first stage takes and the last returns. */
  readonly __io?: [I, O];
}

type First<S extends readonly AnyStage[]> = S extends readonly [Stage<infer I, unknown>, ...unknown[]] ? I : never;
type Last<S extends readonly AnyStage[]> = S extends readonly [...unknown[], Stage<unknown, infer O>] ? O : never;

export function definePipeline<const S extends readonly AnyStage[]>(spec: {
  name: string;
  version: string;
  description: string;
  stages: S & Chain<S>;
}): Pipeline<First<S>, Last<S>> {
  const names = spec.stages.map((s) => s.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`pipeline ${spec.name}: stage "${dup}" appears twice`);
  return { name: spec.name, version: spec.version, description: spec.description, stages: spec.stages };
}
