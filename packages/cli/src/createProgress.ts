import { SingleBar } from "cli-progress";

/** A progress display on stderr; a no-op when disabled. */
export interface Progress {
  tick(done: number): void;
  stop(): void;
}

/**
 * Shows a progress bar on stderr (never stdout) when `enabled` — by default only when stderr is a
 * terminal, so pipelines and CI logs stay clean.
 *
 * @example
 * const progress = createProgress(true, 1000, "docs");
 * progress.tick(10);
 * progress.stop();
 */
export function createProgress(enabled: boolean, total: number | undefined, unit: string): Progress {
  if (!enabled) return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    stream: process.stderr,
    format: total ? `{bar} {percentage}% | {value}/{total} ${unit} | {eta_formatted} left` : `{value} ${unit}`,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
    noTTYOutput: !process.stderr.isTTY,
    notTTYSchedule: 5000,
  });
  bar.start(total ?? 0, 0);
  let last = 0;
  return {
    tick(done) {
      last = done;
      bar.update(done);
    },
    stop() {
      bar.update(last);
      bar.stop();
    },
  };
}
