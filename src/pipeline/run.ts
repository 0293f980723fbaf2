import { performance } from "node:perf_hooks";
import { DEFAULT_MAX_BYTES } from "../load/read.ts";
import { asDocumentError } from "./errors.ts";
import type { Pipeline, Stage, StageContext } from "./stage.ts";

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

function stagesOf(pipeline: Pipeline, part: NonNullable<RunOptions["part"]>): readonly Stage<unknown, unknown>[] {
  const firstWrite = pipeline.stages.findIndex((s) => s.writes);
  const split = firstWrite < 0 ? pipeline.stages.length : firstWrite;
  return part === "pure" ? pipeline.stages.slice(0, split) : part === "writes" ? pipeline.stages.slice(split) : pipeline.stages;
}

function record(ctx: StageContext, stage: string, since: number): void {
  ctx.timings.set(stage, (ctx.timings.get(stage) ?? 0) + performance.now() - since);
}

/** Runs a document through the pipeline's stages in order, timing each. */
export async function runPipeline<I, O>(
  pipeline: Pipeline<I, O>,
  input: I,
  ctx: StageContext,
  options: RunOptions,
): Promise<O> {
  let value: unknown = input;
  for (const stage of stagesOf(pipeline, options.part ?? "all")) {
    const t0 = performance.now();
    try {
      value = await stage.run(value, ctx);
    } catch (err) {
      throw asDocumentError(options.file, stage.name, err);
    } finally {
      record(ctx, stage.name, t0);
    }
  }
  return value as O;
}

/**
 * Runs the writing part of the pipeline without yielding, so that several
 * documents can share one database transaction (store/batch.ts). Writing
 * stages are synchronous for this reason.
 */
export function runWrites(pipeline: Pipeline, value: unknown, ctx: StageContext, file: string): unknown {
  for (const stage of stagesOf(pipeline, "writes")) {
    const t0 = performance.now();
    try {
      value = stage.run(value, ctx);
      if (value instanceof Promise) throw new Error("a stage that writes must be synchronous");
    } catch (err) {
      throw asDocumentError(file, stage.name, err);
    } finally {
      record(ctx, stage.name, t0);
    }
  }
  return value;
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
