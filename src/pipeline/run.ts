import { performance } from "node:perf_hooks";
import { DEFAULT_MAX_BYTES } from "../load/read.ts";
import { asDocumentError } from "./errors.ts";
import type { Pipeline, StageContext } from "./stage.ts";

export interface RunOptions {
  /**
   * Which stages to run: "pure" stops before the first stage that writes
   * (extract, bench, worker threads); "writes" runs only from there on (the
   * main thread storing what a worker produced); "all" by default.
   */
  part?: "all" | "pure" | "writes";
  /** The name reported in errors (the source path). */
  file: string;
}

/** Runs a document through the pipeline's stages in order, timing each. */
export async function runPipeline<I, O>(
  pipeline: Pipeline<I, O>,
  input: I,
  ctx: StageContext,
  options: RunOptions,
): Promise<O> {
  const firstWrite = pipeline.stages.findIndex((s) => s.writes);
  const split = firstWrite < 0 ? pipeline.stages.length : firstWrite;
  const part = options.part ?? "all";
  const stages = part === "pure" ? pipeline.stages.slice(0, split) : part === "writes" ? pipeline.stages.slice(split) : pipeline.stages;
  let value: unknown = input;
  for (const stage of stages) {
    const t0 = performance.now();
    try {
      value = await stage.run(value, ctx);
    } catch (err) {
      throw asDocumentError(options.file, stage.name, err);
    } finally {
      ctx.timings.set(stage.name, (ctx.timings.get(stage.name) ?? 0) + performance.now() - t0);
    }
  }
  return value as O;
}

export function newContext(
  pipeline: Pipeline,
  options: { db?: StageContext["db"]; maxBytes?: number } = {},
): StageContext {
  return {
    pipeline: { name: pipeline.name, version: pipeline.version },
    db: options.db,
    limits: { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES },
    timings: new Map(),
  };
}
