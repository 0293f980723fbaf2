/**
 * A document that cannot be processed. The message is for the user: it names
 * the reason, and the CLI prints it after the file name, without a stack.
 */
export class DocumentError extends Error {
  override readonly name = "DocumentError";
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Wraps anything a stage threw into a DocumentError that names file and stage. */
export function asDocumentError(file: string, stage: string, err: unknown): DocumentError {
  if (err instanceof DocumentError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new DocumentError(file, `${stage} failed: ${message.split("\n")[0]}`);
}
