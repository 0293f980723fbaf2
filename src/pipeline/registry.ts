/** Named pipelines live in pipelines/NAME.ts, one file each, default-exporting a Pipeline. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../paths.ts";
import type { Pipeline } from "./stage.ts";

export const PIPELINES_DIR = join(ROOT, "pipelines");

export function pipelineNames(): string[] {
  return readdirSync(PIPELINES_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.slice(0, -3))
    .sort();
}

export class UnknownPipelineError extends Error {}

export async function loadPipeline(name: string): Promise<Pipeline> {
  if (!pipelineNames().includes(name)) {
    throw new UnknownPipelineError(`unknown pipeline "${name}" (known: ${pipelineNames().join(", ")})`);
  }
  const mod = (await import(pathToFileURL(join(PIPELINES_DIR, `${name}.ts`)).href)) as { default: Pipeline };
  return mod.default;
}
