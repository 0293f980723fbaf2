/** Ingest keeps each thread's heap near what it holds: V8 may grow it by half of what survives, not by up to four times. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../src/paths.ts";

/** Peak heap (MB) of a thread that keeps 40 MB alive and allocates some 300 MB of short-lived strings and objects. */
function peakHeap(limited: boolean): number {
  const script = `
    ${limited ? `const { tuneEngine } = await import(${JSON.stringify(join(ROOT, "src", "pipeline", "engine.ts"))}); tuneEngine();` : ""}
    const kept = Array.from({ length: 400_000 }, (_, i) => ({ i, s: "kept " + i }));
    let peak = 0, churn = [];
    for (let round = 0; round < 60; round++) {
      churn = Array.from({ length: 50_000 }, (_, i) => ({ i, s: "garbage " + i + round, next: churn[i] }));
      if (round % 3 === 0) churn = [];
      peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(Math.round(peak / 1e6), kept.length);`;
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
  expect(child.stderr).toBe("");
  return Number(child.stdout.split(" ")[0]);
}

describe("heap growth", () => {
  it("stays well below V8's default growth under fast allocation", () => {
    const dflt = peakHeap(false);
    const limited = peakHeap(true);
    expect(limited).toBeGreaterThan(40);
    expect(limited).toBeLessThan(0.75 * dflt);
  });
});
