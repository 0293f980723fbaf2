import { readFile, stat } from "node:fs/promises";
import { DocumentError } from "../pipeline/errors.ts";
import { createHash } from "node:crypto";
import type { SourceInput } from "../model.ts";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function tooLarge(file: string, size: number, maxBytes: number): DocumentError {
  return new DocumentError(file, `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (--max-bytes)`);
}

/** Reads a source's bytes, refusing what is not a readable regular file or is over the size limit. */
export async function readSource(input: SourceInput, maxBytes: number): Promise<Buffer> {
  if (input.bytes) {
    if (input.bytes.length > maxBytes) throw tooLarge(input.path, input.bytes.length, maxBytes);
    return input.bytes;
  }
  let size: number;
  try {
    const st = await stat(input.path);
    if (!st.isFile()) throw new DocumentError(input.path, "is not a regular file");
    size = st.size;
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    throw new DocumentError(input.path, `cannot be read: ${describeFsError(err)}`);
  }
  if (size > maxBytes) throw tooLarge(input.path, size, maxBytes);
  try {
    return await readFile(input.path);
  } catch (err) {
    throw new DocumentError(input.path, `cannot be read: ${describeFsError(err)}`);
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}

/** Reads standard input whole, refusing more than the size limit. */
export async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new DocumentError("-", `standard input is over the ${formatBytes(maxBytes)} limit (--max-bytes)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads an input's bytes; standard input is named by its content, so each distinct text is its own document. */
export async function readInput(path: string, maxBytes: number): Promise<Required<SourceInput> & { sha256: string }> {
  const bytes = path === "-" ? await readStdin(maxBytes) : await readSource({ path }, maxBytes);
  const hash = sha256(bytes);
  return { path: path === "-" ? `stdin:${hash.slice(0, 16)}` : path, bytes, sha256: hash };
}

