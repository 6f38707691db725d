import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
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
 * Streams a UTF-8 file as batches of lines (one batch per 1 MiB chunk read, so the per-line cost
 * is a plain loop, not an async step). Lines end at `\n` or `\r\n`; a leading BOM is stripped;
 * `stats.bytesRead` follows the file. Callers number lines themselves (`++stats.lines`).
 */
export async function* readLines(path: string, stats: ReaderStats): AsyncGenerator<string[]> {
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  const decoder = new StringDecoder("utf8");
  let rest = "";
  let atStart = true;
  const cut = (text: string): string[] => {
    const lines = text.split("\n");
    rest = lines.pop() as string;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as string;
      if (l.endsWith("\r")) lines[i] = l.slice(0, -1);
    }
    return lines;
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      stats.bytesRead += chunk.length;
      let text = rest + decoder.write(chunk);
      if (atStart && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        atStart = false;
      }
      const lines = cut(text);
      if (lines.length > 0) yield lines;
    }
    const tail = rest + decoder.end();
    rest = "";
    if (tail !== "") yield [tail.endsWith("\r") ? tail.slice(0, -1) : tail];
  } finally {
    input.destroy();
  }
}

/** Shortens a line for an error message: JSON-quoted, at most 60 characters. */
export function show(s: string): string {
  const cut = s.length > 60 ? `${s.slice(0, 57)}…` : s;
  return JSON.stringify(cut);
}
