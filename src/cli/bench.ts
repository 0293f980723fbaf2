/**
 * npm run bench [-- PATH]: end-to-end ingest speed over a corpus (default
 * ../shared/corpus): documents/s and MB/s, time per stage, peak RSS, growth
 * at 1x, 4x and 16x the corpus, re-ingest of an unchanged corpus, and
 * compromise's nlp() over the same text as the reference line.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import nlp from "compromise";
import { ingestDocuments, type IngestInput, type IngestTotals } from "../ingest.ts";
import { DEFAULT_MAX_BYTES } from "../load/read.ts";
import { loadPipeline } from "../pipeline/registry.ts";
import { FIXTURES, OUT, ROOT } from "../paths.ts";
import { openDatabase } from "../store/db.ts";
import { EXIT, parseCommand, positiveInt, userPath } from "./args.ts";
import { expandInputs } from "./inputs.ts";

const DEFAULT_CORPUS = join(ROOT, "..", "shared", "corpus");
const BENCH_OUT = join(OUT, "bench");

const USAGE = `
usage: npm run bench [-- [options] [PATH]]

Measures ingest end to end over PATH (default ../shared/corpus, else fixtures/).

options:
  --scales LIST      corpus multiples to ingest (default 1,4,16)
  --workers N        worker threads (default: CPU count)
  --no-reference     skip the compromise nlp() reference run
  -h, --help         this help
`;

interface Run {
  name: string;
  documents: number;
  mb: number;
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  failed: number;
  peakRssMb: number;
  stages: Record<string, number>;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function timedIngest(name: string, inputs: IngestInput[], bytes: number, db: string, workers: number): Promise<Run> {
  const conn = openDatabase(db);
  const pipeline = await loadPipeline("default");
  const t0 = performance.now();
  let totals: IngestTotals;
  try {
    totals = await ingestDocuments({ db: conn, pipeline, inputs, maxBytes: DEFAULT_MAX_BYTES, workers });
  } finally {
    conn.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  const mb = bytes / 1e6;
  return {
    name, documents: inputs.length, mb, seconds, docsPerSecond: inputs.length / seconds, mbPerSecond: mb / seconds,
    failed: totals.failed, peakRssMb: peakRssMb(), stages: Object.fromEntries([...totals.timings].map(([k, ms]) => [k, ms / 1000])),
  };
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
  const workers = values.workers === "0" ? 0 : positiveInt(values.workers, "--workers", USAGE, availableParallelism());
  const { files } = await expandInputs([corpus]);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const scratch = mkdtempSync(join(tmpdir(), "govfacts-bench-"));
  const runs: Run[] = [];
  try {
    const copies = (k: number): IngestInput[] => Array.from({ length: k }, (_, i) => files.map((file) => ({ file, source: `${file}#${i + 1}` }))).flat();
    runs.push(await timedIngest("1x, one thread", copies(1), bytes, join(scratch, "single.db"), 0));
    for (const k of scales) {
      const db = join(scratch, `x${k}.db`);
      runs.push(await timedIngest(`${k}x, ${workers} workers`, copies(k), bytes * k, db, workers));
      if (k === scales[0]) runs.push(await timedIngest(`${k}x again, unchanged`, copies(k), bytes * k, db, workers));
      rmSync(db, { force: true });
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
    `per core (one thread): ${f(single.mbPerSecond)} MB/s   re-ingest unchanged: ${f(report.reingestSpeedup, 1)}x faster`,
    `growth, ms per document: ${report.growth.map((g) => `${g.scale}x ${f(g.secondsPerDocumentMs, 1)}`).join(", ")}`,
    `written to ${relative(process.env.INIT_CWD ?? ROOT, join(BENCH_OUT, "latest.json"))}`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return runs.some((r) => r.failed > 0) ? EXIT.failed : EXIT.ok;
}

process.exitCode = await main(process.argv.slice(2));
