/** Runs one input through a pipeline: the part of ingest and extract they share. */
import type { SourceInput } from "../model.ts";
import { sha256 } from "../load/index.ts";
import { readSource } from "../load/read.ts";
import { readStdin } from "../load/stdin.ts";
import { DocumentError } from "../pipeline/errors.ts";

/** Reads an input's bytes; standard input is named by its content, so each distinct text is its own document. */
export async function readInput(path: string, maxBytes: number): Promise<Required<SourceInput> & { sha256: string }> {
  const bytes = path === "-" ? await readStdin(maxBytes) : await readSource({ path }, maxBytes);
  const hash = sha256(bytes);
  return { path: path === "-" ? `stdin:${hash.slice(0, 16)}` : path, bytes, sha256: hash };
}

/** Why a document failed, in one line (a stack only for internal errors, and only when asked). */
export function failureReason(err: unknown, verbose: boolean): string {
  if (err instanceof DocumentError) return err.reason;
  const message = err instanceof Error ? err.message : String(err);
  return verbose && err instanceof Error && err.stack ? `internal error: ${err.stack}` : `internal error: ${message.split("\n")[0]}`;
}
