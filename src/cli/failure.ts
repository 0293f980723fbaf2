/** How the commands report a document that failed. */
import { DocumentError } from "../pipeline/errors.ts";

/** Why a document failed, in one line (a stack only for internal errors, and only when asked). */
export function failureReason(err: unknown, verbose: boolean): string {
  if (err instanceof DocumentError) return err.reason;
  const message = err instanceof Error ? err.message : String(err);
  return verbose && err instanceof Error && err.stack ? `internal error: ${err.stack}` : `internal error: ${message.split("\n")[0]}`;
}
