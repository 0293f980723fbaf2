/**
 * npm run bench [-- PATH]: end-to-end ingest speed over a corpus (default
 * ../shared/corpus): documents/s and MB/s, time per stage, peak RSS, growth
 * at 1x, 4x and 16x the corpus, re-ingest of an unchanged corpus, and
 * compromise's nlp() over the same text as the reference line.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import nlp from "compromise";
import { FIXTURES, OUT, ROOT } from "../paths.ts";
import { EXIT, parseCommand, positiveInt, userPath } from "./args.ts";
import type { BenchRun, BenchRunRequest } from "./bench-run.ts";
import { expandInputs } from "./inputs.ts";

const DEFAULT_CORPUS = join(ROOT, "..", "shared", "corpus");
const BENCH_OUT = join(OUT, "bench");
const BENCH_RUN = join(ROOT, "src", "cli", "bench-run.ts");

const USAGE = `
usage: npm run bench [-- [options] [PATH]]

Measures ingest end to end over PATH (default ../shared/corpus, else fixtures/).

options:
  --scales LIST      corpus multiples to ingest (default 1,4,16)
  --workers N        worker threads besides the main thread (default: CPU count less one)
  --no-reference     skip the compromise nlp() reference run
  -h, --help         this help
`;

interface Run extends BenchRun {
  name: string;
}

/** Runs one measured ingest in a fresh process (bench-run.ts). */
function measured(name: string, request: BenchRunRequest): Run {
  const child = spawnSync(process.execPath, ["--import", "tsx", BENCH_RUN, JSON.stringify(request)], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`bench run "${name}" failed (${child.status ?? child.signal}): ${child.stderr.trim()}`);
  process.stderr.write(`  ${name}: done\n`);
  return { name, ...(JSON.parse(child.stdout) as BenchRun) };
}

/** The same text through compromise's full parse, one document at a time, on this thread. */
function compromiseReference(files: string[]): { mb: number; seconds: number; mbPerSecond: number } {
  let bytes = 0;
  const t0 = performance.now();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    bytes += Buffer.byteLength(text);
    nlp(text).json();
  }
  const seconds = (performance.now() - t0) / 1000;
  return { mb: bytes / 1e6, seconds, mbPerSecond: bytes / 1e6 / seconds };
}

const f = (n: number, digits = 2) => n.toFixed(digits);

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, { scales: { type: "string" }, workers: { type: "string" }, "no-reference": { type: "boolean" } }, USAGE);
  const corpus = positionals[0] ? userPath(positionals[0]) : existsSync(DEFAULT_CORPUS) ? DEFAULT_CORPUS : FIXTURES;
  if (!positionals[0] && corpus === FIXTURES) process.stderr.write(`${DEFAULT_CORPUS} is absent: measuring fixtures/ instead\n`);
  const scales = (values.scales ?? "1,4,16").split(",").map((s) => positiveInt(s.trim(), "--scales", USAGE, 1));
  const workers = values.workers === "0" ? 0 : positiveInt(values.workers, "--workers", USAGE, availableParallelism() - 1);
  const { files } = await expandInputs([corpus]);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const scratch = mkdtempSync(join(tmpdir(), "govfacts-bench-"));
  const runs: Run[] = [];
  try {
    const run = (name: string, db: string, copies: number, threads: number) => runs.push(measured(name, { corpus, db: join(scratch, db), copies, workers: threads }));
    run("1x, one thread", "single.db", 1, 0);
    for (const k of scales) {
      run(`${k}x, ${workers + 1} threads`, `x${k}.db`, k, workers);
      if (k === scales[0]) run(`${k}x again, unchanged`, `x${k}.db`, k, workers);
      for (const suffix of ["", "-wal", "-shm"]) rmSync(join(scratch, `x${k}.db${suffix}`), { force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const reference = values["no-reference"] ? null : compromiseReference(files);

  const single = runs[0]!;
  const first = runs[1]!;
  const again = runs[2]!;
  const scaled = runs.filter((r) => !r.name.includes("again") && r !== single);
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown", node: process.version },
    corpus: { path: relative(ROOT, corpus), documents: files.length, mb: bytes / 1e6 },
    runs,
    perCoreMbPerSecond: single.mbPerSecond,
    /** Throughput of the largest run, per thread that extracted. */
    parallelPerCoreMbPerSecond: scaled.at(-1)!.mbPerSecond / (workers + 1),
    reingestSpeedup: first.seconds / again.seconds,
    growth: scaled.map((r) => ({ scale: r.documents / files.length, secondsPerDocumentMs: (1000 * r.seconds) / r.documents })),
    compromise: reference,
  };
  mkdirSync(BENCH_OUT, { recursive: true });
  const stamp = report.date.replace(/[:.]/g, "-");
  writeFileSync(join(BENCH_OUT, `bench-${stamp}.json`), JSON.stringify(report, null, 2) + "\n");
  writeFileSync(join(BENCH_OUT, "latest.json"), JSON.stringify(report, null, 2) + "\n");

  const stageNames = [...new Set(runs.flatMap((r) => Object.keys(r.stages)))];
  const lines = [
    `corpus: ${report.corpus.path} (${files.length} documents, ${f(report.corpus.mb)} MB); ${report.machine.cpus} CPUs, Node ${process.version}`,
    "",
    `${"run".padEnd(26)} ${"docs".padStart(6)} ${"MB".padStart(7)} ${"s".padStart(7)} ${"docs/s".padStart(8)} ${"MB/s".padStart(6)} ${"peak RSS MB".padStart(12)}`,
    ...runs.map((r) => `${r.name.padEnd(26)} ${String(r.documents).padStart(6)} ${f(r.mb).padStart(7)} ${f(r.seconds).padStart(7)} ${f(r.docsPerSecond, 1).padStart(8)} ${f(r.mbPerSecond).padStart(6)} ${f(r.peakRssMb, 0).padStart(12)}`),
    ...(reference ? [`${"compromise nlp() alone".padEnd(26)} ${String(files.length).padStart(6)} ${f(reference.mb).padStart(7)} ${f(reference.seconds).padStart(7)} ${f(files.length / reference.seconds, 1).padStart(8)} ${f(reference.mbPerSecond).padStart(6)}`] : []),
    "",
    `time per stage, seconds (summed over threads):`,
    `${"stage".padEnd(12)} ${runs.map((r) => r.name.split(",")[0]!.padStart(9)).join(" ")}`,
    ...stageNames.map((s) => `${s.padEnd(12)} ${runs.map((r) => f(r.stages[s] ?? 0, 3).padStart(9)).join(" ")}`),
    "",
    `per core: ${f(single.mbPerSecond)} MB/s on one thread, ${f(report.parallelPerCoreMbPerSecond)} MB/s per thread at ${scaled.at(-1)!.name.split(",")[0]}   re-ingest unchanged: ${f(report.reingestSpeedup, 1)}x faster`,
    `growth, ms per document: ${report.growth.map((g) => `${g.scale}x ${f(g.secondsPerDocumentMs, 1)}`).join(", ")}`,
    `written to ${relative(process.env.INIT_CWD ?? ROOT, join(BENCH_OUT, "latest.json"))}`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
  // The re-ingest figure means nothing unless that run skipped every document.
  if (again.unchanged !== again.documents) process.stderr.write(`the unchanged run re-ingested ${again.documents - again.unchanged} documents\n`);
  return runs.some((r) => r.failed > 0) || again.unchanged !== again.documents ? EXIT.failed : EXIT.ok;
}

process.exitCode = await main(process.argv.slice(2));
