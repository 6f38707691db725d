import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Diagnostic } from "@sinmun/core";
import type { ReaderStats } from "./types";

/** Fresh, zeroed reader statistics. */
export function emptyStats(): ReaderStats {
  return { lines: 0, bytesRead: 0, docs: 0, skipped: 0, skippedDiagnostics: [], warnings: [], warningCount: 0 };
}

const KEEP = 100;

/** Counts a skipped record, keeping the first 100 located problems. */
export function noteSkipped(stats: ReaderStats, d: Diagnostic): void {
  stats.skipped += 1;
  if (stats.skippedDiagnostics.length < KEEP) stats.skippedDiagnostics.push(d);
}

/** Counts a warning, keeping the first 100. */
export function noteWarning(stats: ReaderStats, d: Diagnostic): void {
  stats.warningCount += 1;
  if (stats.warnings.length < KEEP) stats.warnings.push(d);
}

/**
 * Streams a UTF-8 file line by line (node:readline; `\n` and `\r\n`), stripping a leading BOM and
 * updating `stats.lines` / `stats.bytesRead`. Yields `[lineNumber (1-based), line]`.
 */
export async function* readLines(path: string, stats: ReaderStats): AsyncGenerator<[number, string]> {
  const input = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 16 });
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const raw of rl) {
      stats.lines += 1;
      stats.bytesRead += Buffer.byteLength(raw, "utf8") + 1;
      const line = stats.lines === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      yield [stats.lines, line];
    }
  } finally {
    rl.close();
    input.destroy();
  }
}

/** Shortens a line for an error message: JSON-quoted, at most 60 characters. */
export function show(s: string): string {
  const cut = s.length > 60 ? `${s.slice(0, 57)}…` : s;
  return JSON.stringify(cut);
}
