/** Command-line parsing on node:util's parseArgs, with usage errors that exit 2. */
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseCommand<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    const parsed = parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    if ((parsed.values as { help?: boolean }).help) {
      process.stdout.write(usage.trim() + "\n");
      process.exit(EXIT.ok);
    }
    return parsed as unknown as { values: { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : O[K]["multiple"] extends true ? string[] : string }; positionals: string[] };
  } catch (err) {
    return usageError(err instanceof Error ? err.message : String(err), usage);
  }
}

export function usageError(message: string, usage: string): never {
  process.stderr.write(`${message}\n\n${usage.trim()}\n`);
  process.exit(EXIT.usage);
}

export function positiveInt(value: string | undefined, name: string, usage: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) usageError(`${name} must be a positive whole number, not "${value}"`, usage);
  return n;
}

/** npm runs scripts in the package folder; paths the user typed are relative to where they typed them. */
export function userPath(p: string): string {
  return p === "-" ? p : resolve(process.env.INIT_CWD ?? process.cwd(), p);
}
