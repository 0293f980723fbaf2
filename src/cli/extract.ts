/**
 * npm run extract -- FILE: one document's extraction as one JSON object (the
 * record the schema describes, which score.mjs reads), touching no database.
 */
import { DEFAULT_MAX_BYTES } from "../load/read.ts";
import { loadPipeline, UnknownPipelineError } from "../pipeline/registry.ts";
import { newContext, runPipeline } from "../pipeline/run.ts";
import type { ValidatedDoc } from "../model.ts";
import { EXIT, parseCommand, positiveInt, usageError, userPath } from "./args.ts";
import { readInput } from "../load/read.ts";
import { failureReason } from "./failure.ts";
import { formatTimings } from "./timings.ts";

const USAGE = `
usage: npm run extract -- [options] FILE

Prints the extraction of one document (a file, or - for standard input) as JSON.

options:
  --pipeline NAME    pipeline from pipelines/ (default: default)
  --max-bytes N      refuse files larger than N bytes (default 20 MB)
  --compact          one line of JSON instead of indented
  --verbose          print the time each stage took to standard error
  -h, --help         this help
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    { pipeline: { type: "string" }, "max-bytes": { type: "string" }, compact: { type: "boolean" }, verbose: { type: "boolean" } },
    USAGE,
  );
  if (positionals.length !== 1) usageError("extract takes exactly one FILE", USAGE);
  const maxBytes = positiveInt(values["max-bytes"], "--max-bytes", USAGE, DEFAULT_MAX_BYTES);
  const pipeline = await loadPipeline(values.pipeline ?? "default").catch((err: unknown) => {
    if (err instanceof UnknownPipelineError) usageError(err.message, USAGE);
    throw err;
  });
  const file = userPath(positionals[0]!);
  const ctx = newContext(pipeline, { maxBytes });
  try {
    const input = await readInput(file, maxBytes);
    const { extraction } = (await runPipeline(pipeline, { ...input, path: file === "-" ? input.path : file }, ctx, { file, part: "pure" })) as ValidatedDoc;
    process.stdout.write(JSON.stringify(extraction, null, values.compact ? undefined : 1) + "\n");
    if (values.verbose) process.stderr.write(formatTimings(ctx.timings) + "\n");
    return EXIT.ok;
  } catch (err) {
    process.stderr.write(`${positionals[0]}: ${failureReason(err, Boolean(values.verbose))}\n`);
    return EXIT.failed;
  }
}

process.exitCode = await main(process.argv.slice(2));
