import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { SinmunError } from "@sinmun/core";
import type { ParsedInput } from "./runPipeline";
import type { AnalyzerOptions } from "./types";

/** Worker threads that each hold one analyser and answer documents. */
export interface Pool {
  /** The document (or, for a JSON pool, its JSON line), or a rejection with the worker's error. */
  analyze(input: ParsedInput): Promise<Record<string, unknown> | string>;
  close(): Promise<void>;
}

interface Reply {
  seq: number;
  doc?: Record<string, unknown>;
  json?: string;
  error?: { code: string; message: string };
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: Record<string, unknown> | string) => void; reject: (e: Error) => void }>;
  /** Documents for this worker not posted yet: they leave together, one message per turn of the event loop. */
  outbox: { seq: number; input: ParsedInput }[];
}

/** The compiled worker script: beside this file in dist/, or dist/ next to src/ when run from sources (tests). */
function workerScript(): string | undefined {
  for (const candidate of [join(__dirname, "worker.js"), join(__dirname, "..", "dist", "worker.js")]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Starts `workers` threads, each building its own analyser from `options` (so the embedded
 * dictionary loads once per thread). Documents go to the least-loaded worker; a worker that dies
 * fails its documents and is replaced. With `json`, each worker serialises its documents.
 *
 * @example
 * const pool = await createPool(2, { disable: ["tokens"] }, false);
 * await pool.analyze({ id: 1, text: "SK하이닉스가 HBM 공급을 늘린다.", meta: undefined });
 * await pool.close();
 */
export async function createPool(workers: number, options: AnalyzerOptions, json: boolean): Promise<Pool> {
  const script = workerScript();
  if (!script) throw new SinmunError("sinmun", "no-worker", "expected the compiled worker (dist/worker.js) for workers > 1; run the build, or use workers: 1");
  let seq = 0;
  let closing = false;
  const slots: Slot[] = [];
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: { options, json } }), pending: new Map(), outbox: [] };
    slot.worker.on("message", (replies: Reply[]) => {
      for (const reply of replies) {
        const task = slot.pending.get(reply.seq);
        if (!task) continue;
        slot.pending.delete(reply.seq);
        if (reply.json !== undefined) task.resolve(reply.json);
        else if (reply.doc) task.resolve(reply.doc);
        else task.reject(new SinmunError("sinmun", reply.error?.code ?? "failed", (reply.error?.message ?? "worker failed").replace(/^sinmun: /, "")));
      }
    });
    const fail = (err: Error): void => {
      for (const task of slot.pending.values()) task.reject(err);
      slot.pending.clear();
      slot.outbox = [];
      const i = slots.indexOf(slot);
      if (i >= 0 && !closing) slots[i] = spawn();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => {
      if (code !== 0 && !closing) fail(new Error(`worker exited with code ${code}`));
    });
    return slot;
  };
  for (let i = 0; i < workers; i++) slots.push(spawn());
  // Every message between threads costs a wake-up of the thread it goes to; the documents queued
  // in one turn of the event loop go to each worker as one message (its replies come back in
  // groups too, see worker.ts).
  let flushing = false;
  const flush = (): void => {
    flushing = false;
    for (const slot of slots) {
      if (slot.outbox.length === 0) continue;
      slot.worker.postMessage(slot.outbox);
      slot.outbox = [];
    }
  };
  return {
    analyze(input) {
      let best = slots[0] as Slot;
      for (const slot of slots) if (slot.pending.size < best.pending.size) best = slot;
      const id = seq++;
      return new Promise((resolve, reject) => {
        best.pending.set(id, { resolve, reject });
        best.outbox.push({ seq: id, input });
        if (!flushing) {
          flushing = true;
          setImmediate(flush);
        }
      });
    },
    async close() {
      if (closing) return;
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
