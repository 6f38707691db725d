import { SinmunError } from "@sinmun/core";
import { createWorkerPool, type AnalyzeInput, type AnalyzerOptions } from "sinmun";
import type { RequestOptions } from "./analyzeOptions";

/** Worker threads, each holding its analysers: documents in, JSON lines out, never on the caller's thread. */
export interface Pool {
  /** Resolves once every thread has loaded its default analyser (rejects when one cannot). */
  readonly ready: Promise<void>;
  /** The document's JSON line (contract key order), or a rejection with a SinmunError carrying the code. */
  analyze(input: AnalyzeInput, options?: RequestOptions): Promise<string>;
  /** Documents waiting or running. */
  readonly inFlight: number;
  close(): Promise<void>;
}

/**
 * sinmun's worker pool (`createWorkerPool`, batching documents between threads) as the server
 * uses it: JSON lines out, per-request options, errors named `@sinmun/server`. A thread keeps up to
 * 8 analysers (one per option set, built on first use); a thread that dies fails its documents
 * (`worker-died`) and is replaced.
 *
 * @example
 * const pool = createPool(2, { disable: ["tokens"] });
 * await pool.ready;
 * await pool.analyze({ id: 1, text: "SK하이닉스가 HBM 공급을 늘린다." }); // '{"id":1,"text":…}'
 * await pool.close();
 */
export function createPool(threads: number, options: AnalyzerOptions = {}): Pool {
  return createWorkerPool(threads, options, {
    json: true,
    error: (code, message, during) => new SinmunError("@sinmun/server", code, during === "analysis" ? message.replace(/^[@\w/]+: /, "") : message),
  }) as Pool;
}
