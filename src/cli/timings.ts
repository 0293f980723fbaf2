/** The --verbose table of time spent per stage. */
export function formatTimings(timings: ReadonlyMap<string, number>): string {
  const total = [...timings.values()].reduce((a, b) => a + b, 0) || 1;
  const width = Math.max(5, ...[...timings.keys()].map((k) => k.length));
  const rows = [...timings].map(
    ([name, ms]) => `  ${name.padEnd(width)} ${(ms / 1000).toFixed(3).padStart(9)} s ${((100 * ms) / total).toFixed(1).padStart(6)} %`,
  );
  return ["time per stage:", ...rows].join("\n");
}
