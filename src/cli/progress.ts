/**
 * Per-document progress: a bar on a terminal (cli-progress), one plain line
 * per document otherwise, so logs and CI output stay readable.
 */
import cliProgress from "cli-progress";

export interface Progress {
  done(line: string): void;
  fail(line: string): void;
  stop(): void;
}

export function createProgress(total: number, options: { quiet: boolean }): Progress {
  const out = options.quiet ? process.stderr : process.stdout;
  if (!process.stderr.isTTY || total < 2) {
    return {
      done: (line) => out.write(line + "\n"),
      fail: (line) => process.stderr.write(line + "\n"),
      stop: () => {},
    };
  }
  const bars = new cliProgress.MultiBar(
    { format: "{bar} {value}/{total} documents  {eta_formatted} left", hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  return {
    done: () => bar.increment(),
    fail: (line) => {
      bars.log(line + "\n");
      bar.increment();
    },
    stop: () => bars.stop(),
  };
}
