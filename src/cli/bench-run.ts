/**
 * One measured ingest for npm run bench, in a process of its own so that no
 * run inherits another's compiled code, memos or memory: ingests COPIES
 * copies of the files under CORPUS (each copy under its own source names)
 * into DB and prints the run as JSON. Not a user command.
 */
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { ingestDocuments, type IngestInput } from "../ingest.ts";
import { DEFAULT_MAX_BYTES } from "../load/read.ts";
import { loadPipeline } from "../pipeline/registry.ts";
import { openDatabase } from "../store/db.ts";
import { expandInputs } from "./inputs.ts";

export interface BenchRun {
  documents: number;
  mb: number;
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  failed: number;
  unchanged: number;
  peakRssMb: number;
  /** Seconds per stage, summed over the threads that ran it. */
  stages: Record<string, number>;
}

export interface BenchRunRequest {
  corpus: string;
  db: string;
  copies: number;
  workers: number;
}

async function benchRun({ corpus, db, copies, workers }: BenchRunRequest): Promise<BenchRun> {
  const { files } = await expandInputs([corpus]);
  const bytes = copies * files.reduce((sum, file) => sum + statSync(file).size, 0);
  const inputs: IngestInput[] = Array.from({ length: copies }, (_, i) => files.map((file) => ({ file, source: `${file}#${i + 1}` }))).flat();
  const conn = openDatabase(db);
  const pipeline = await loadPipeline("default");
  const t0 = performance.now();
  try {
    const totals = await ingestDocuments({ db: conn, pipeline, inputs, maxBytes: DEFAULT_MAX_BYTES, workers });
    const seconds = (performance.now() - t0) / 1000;
    return {
      documents: inputs.length,
      mb: bytes / 1e6,
      seconds,
      docsPerSecond: inputs.length / seconds,
      mbPerSecond: bytes / 1e6 / seconds,
      failed: totals.failed,
      unchanged: totals.unchanged,
      // maxRSS covers the whole process, worker threads included.
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      stages: Object.fromEntries([...totals.timings].map(([k, ms]) => [k, ms / 1000])),
    };
  } finally {
    conn.close();
  }
}

const request = JSON.parse(process.argv[2] ?? "null") as BenchRunRequest | null;
if (!request) {
  process.stderr.write("bench-run is started by npm run bench, with its request as JSON\n");
  process.exitCode = 2;
} else {
  process.stdout.write(JSON.stringify(await benchRun(request)) + "\n");
}
