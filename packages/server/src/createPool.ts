import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { SinmunError } from "@sinmun/core";
import type { AnalyzeInput, AnalyzerOptions } from "sinmun";
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

interface Reply {
  seq?: number;
  ready?: boolean;
  json?: string;
  error?: { code: string; message: string };
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (json: string) => void; reject: (e: Error) => void }>;
}

function threadScript(): string {
  for (const candidate of [join(__dirname, "thread.js"), join(__dirname, "..", "dist", "thread.js")]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new SinmunError("@sinmun/server", "no-worker", "expected the compiled thread script (dist/thread.js); run the build");
}

/**
 * Starts `threads` worker threads, each building its analyser from `options` once; documents go to
 * the least-loaded thread. A thread that dies fails its documents and is replaced.
 *
 * @example
 * const pool = createPool(2, { disable: ["tokens"] });
 * await pool.ready;
 * await pool.analyze({ id: 1, text: "SK하이닉스가 HBM 공급을 늘린다." }); // '{"id":1,"text":…}'
 * await pool.close();
 */
export function createPool(threads: number, options: AnalyzerOptions = {}): Pool {
  const script = threadScript();
  let seq = 0;
  let inFlight = 0;
  let closing = false;
  const slots: Slot[] = [];
  const readies: Promise<void>[] = [];
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: { options } }), pending: new Map() };
    let markReady: (() => void) | undefined;
    let markFailed: ((e: Error) => void) | undefined;
    readies.push(
      new Promise<void>((resolve, reject) => {
        markReady = resolve;
        markFailed = reject;
      }),
    );
    slot.worker.on("message", (reply: Reply) => {
      if (reply.ready !== undefined) {
        if (reply.ready) markReady?.();
        else markFailed?.(new SinmunError("@sinmun/server", reply.error?.code ?? "failed", reply.error?.message ?? "analyser failed to load"));
        return;
      }
      const task = reply.seq === undefined ? undefined : slot.pending.get(reply.seq);
      if (!task || reply.seq === undefined) return;
      slot.pending.delete(reply.seq);
      if (reply.json !== undefined) task.resolve(reply.json);
      else task.reject(new SinmunError("@sinmun/server", reply.error?.code ?? "failed", (reply.error?.message ?? "analysis failed").replace(/^[@\w/]+: /, "")));
    });
    const fail = (err: Error): void => {
      markFailed?.(err);
      for (const task of slot.pending.values()) task.reject(new SinmunError("@sinmun/server", "worker-died", err.message));
      slot.pending.clear();
      const i = slots.indexOf(slot);
      if (i >= 0 && !closing) slots[i] = spawn();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => {
      if (!closing) fail(new Error(`analysis thread exited with code ${code}`));
    });
    return slot;
  };
  for (let i = 0; i < Math.max(1, threads); i++) slots.push(spawn());
  const ready = Promise.all(readies.slice()).then(() => undefined);
  ready.catch(() => undefined);
  return {
    ready,
    get inFlight() {
      return inFlight;
    },
    analyze(input, requestOptions = {}) {
      if (closing) return Promise.reject(new SinmunError("@sinmun/server", "closed", "expected an open pool, got one after close()"));
      let best = slots[0] as Slot;
      for (const slot of slots) if (slot.pending.size < best.pending.size) best = slot;
      const id = seq++;
      inFlight++;
      return new Promise<string>((resolve, reject) => {
        best.pending.set(id, { resolve, reject });
        best.worker.postMessage({ seq: id, options: requestOptions, input });
      }).finally(() => {
        inFlight--;
      });
    },
    async close() {
      if (closing) return;
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
