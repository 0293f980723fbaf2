/** Runs a govfacts command the way a user does (tsx on the CLI module), capturing its output. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(command: string, args: string[], options: { input?: string | Buffer; cwd?: string } = {}): CliResult {
  const r = spawnSync(TSX, [join(ROOT, "src", "cli", `${command}.ts`), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: options.cwd ?? ROOT, NO_COLOR: "1" },
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
