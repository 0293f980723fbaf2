/** Reads standard input whole, refusing more than the size limit. */
import { DocumentError } from "../pipeline/errors.ts";
import { formatBytes } from "./read.ts";

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
