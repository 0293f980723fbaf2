import { performance } from "node:perf_hooks";
import { DEFAULT_MAX_BYTES } from "../load/read.ts";
import { asDocumentError } from "./errors.ts";
import type { Pipeline, StageContext } from "./stage.ts";

export interface RunOptions {
  /** Stop before the first stage that writes (extract, bench, workers). */
  readOnly?: boolean;
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
  let value: unknown = input;
  for (const stage of pipeline.stages) {
    if (options.readOnly && stage.writes) break;
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
