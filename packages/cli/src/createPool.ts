import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Doc } from "@sinmun/core";
import { createAnalyzer, type AnalyzerOptions } from "./createAnalyzer";
import { serializeDoc } from "./serializeDoc";

/** Analyses documents on N worker threads (or in this thread when N is 1). */
export interface Pool {
  analyze(text: string): Promise<Doc>;
  /** The document as one JSON line (contract key order, `id` first), serialised on the worker. */
  analyzeToJson(text: string, id: unknown): Promise<string>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (result: Doc | string) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Creates a pool of `workers` threads, each with its own analyzer (the embedded dictionary is
 * loaded once per thread). With one worker everything runs in the calling thread.
 *
 * @example
 * const pool = await createPool(2, {});
 * const doc = await pool.analyze("SK하이닉스가 HBM 공급을 늘린다.");
 * await pool.close();
 */
export async function createPool(workers: number, options: AnalyzerOptions): Promise<Pool> {
  const script = join(__dirname, "worker.js");
  if (workers <= 1 || !existsSync(script)) {
    const analyzer = await createAnalyzer(options);
    return {
      analyze: (text) => analyzer.analyze(text),
      analyzeToJson: async (text, id) => serializeDoc({ ...(await analyzer.analyze(text)), id: id as never }),
      close: () => Promise.resolve(),
    };
  }
  let seq = 0;
  const slots: Slot[] = [];
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: options }), pending: new Map() };
    slot.worker.on("message", (message: { seq: number; doc?: Doc; json?: string; error?: string }) => {
      const task = slot.pending.get(message.seq);
      if (!task) return;
      slot.pending.delete(message.seq);
      if (message.json !== undefined) task.resolve(message.json);
      else if (message.doc) task.resolve(message.doc);
      else task.reject(new Error(message.error ?? "worker failed"));
    });
    const fail = (err: Error): void => {
      for (const task of slot.pending.values()) task.reject(err);
      slot.pending.clear();
      const index = slots.indexOf(slot);
      if (index >= 0 && !closing) slots[index] = spawn();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => {
      if (code !== 0) fail(new Error(`worker exited with code ${code}`));
    });
    return slot;
  };
  let closing = false;
  for (let i = 0; i < workers; i++) slots.push(spawn());
  const send = (message: { text: string; json?: boolean; id?: unknown }): Promise<Doc | string> => {
    // Least-loaded worker gets the document.
    let best = slots[0] as Slot;
    for (const slot of slots) if (slot.pending.size < best.pending.size) best = slot;
    const id = seq++;
    return new Promise<Doc | string>((resolve, reject) => {
      best.pending.set(id, { resolve, reject });
      best.worker.postMessage({ seq: id, ...message });
    });
  };
  return {
    analyze: (text) => send({ text }) as Promise<Doc>,
    analyzeToJson: (text, id) => send({ text, json: true, id }) as Promise<string>,
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
