import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { SinmunError } from "@sinmun/core";
import type { ParsedInput } from "./runPipeline";
import type { AnalyzeInput, AnalyzerOptions, Layer } from "./types";

/** Options of one document on a pool: layers to leave out (added to the pool's) and the `tokens` switch. */
export interface PoolRequestOptions {
  disable?: Layer[];
  tokens?: boolean;
}

/**
 * A pool's options for one document: the pool's `options` with the document's `disable` added and
 * its `tokens` switch (what each thread builds its analyser from).
 *
 * @example
 * mergeOptions({ disable: ["tokens"] }, { disable: ["quotes"] }); // { disable: ["tokens", "quotes"] }
 */
export function mergeOptions(base: AnalyzerOptions, request: PoolRequestOptions): AnalyzerOptions {
  const disable = [...new Set([...(base.disable ?? []), ...(request.disable ?? [])])];
  return {
    ...base,
    ...(disable.length > 0 ? { disable } : {}),
    ...(request.tokens !== undefined ? { tokens: request.tokens } : {}),
  };
}

/** Options of {@link createWorkerPool}. */
export interface WorkerPoolOptions {
  /** Workers serialise each document to its JSON line (contract key order): `analyze` resolves to strings. */
  json?: boolean;
  /**
   * The rejection for a document that failed (`during: "analysis"`), from its code and the message
   * as the worker threw it (`sinmun: expected …`); for `ready` when a thread's analyser failed to
   * load (`"load"`); and for the pool's own `worker-died`, `closed` and `no-worker` (`"pool"`).
   * Default: a `SinmunError` of `sinmun` with that code.
   */
  error?: (code: string, message: string, during: "analysis" | "load" | "pool") => Error;
}

/** Worker threads that each hold their analysers (one per option set, built on first use) and answer documents. */
export interface WorkerPool {
  /** Resolves once every thread has loaded the analyser of the pool's options (rejects when one cannot). */
  readonly ready: Promise<void>;
  /** Documents sent and not yet answered. */
  readonly inFlight: number;
  /** The document (or, for a JSON pool, its JSON line), or a rejection carrying the worker's error code. */
  analyze(input: AnalyzeInput, options?: PoolRequestOptions): Promise<Record<string, unknown> | string>;
  /** Stops the threads; documents still waiting are rejected with `closed`. */
  close(): Promise<void>;
}

/** The pool as createAnalyzer uses it: documents already parsed on the calling thread. */
export interface InternalPool extends WorkerPool {
  analyzeParsed(input: ParsedInput, options?: PoolRequestOptions): Promise<Record<string, unknown> | string>;
}

/** A document for a worker: `input` is parsed there unless `parsed`; `options` only when the document has any. */
export interface Task {
  seq: number;
  input: unknown;
  parsed?: true;
  options?: PoolRequestOptions;
}

/** A worker's answer: a document, its JSON line or its error; or (no `seq`) whether the pool's own analyser loaded. */
export interface Reply {
  seq?: number;
  ready?: boolean;
  doc?: Record<string, unknown>;
  json?: string;
  error?: { code: string; message: string };
}

interface Pending {
  resolve: (r: Record<string, unknown> | string) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Documents for this worker not posted yet: they leave together, one message per turn of the event loop. */
  outbox: Task[];
}

/** The compiled worker script: beside this file in dist/, or dist/ next to src/ when run from sources (tests). */
function workerScript(): string | undefined {
  for (const candidate of [join(__dirname, "worker.js"), join(__dirname, "..", "dist", "worker.js")]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const defaultError = (code: string, message: string): Error => new SinmunError("sinmun", code, message.replace(/^sinmun: /, ""));

/**
 * Starts `workers` threads (at least one). Each builds the analyser for `options` as it starts (so
 * the embedded dictionary loads once per thread) and, for a document with its own
 * {@link PoolRequestOptions}, one more per option set on first use (at most 8 a thread, the oldest
 * dropped). Documents go to the least-loaded thread; those queued in one turn of the event loop go
 * to a thread as one message, and its replies come back in groups. A thread that dies fails its
 * documents (`worker-died`) and is replaced. `options` must be plain data: they cross to the threads.
 *
 * @example
 * const pool = createWorkerPool(2, { disable: ["tokens"] }, { json: true });
 * await pool.ready;
 * await pool.analyze({ id: 1, text: "SK하이닉스가 HBM 공급을 늘린다." }, { disable: ["quotes"] }); // '{"id":1,"text":…}'
 * await pool.close();
 */
export function createWorkerPool(workers: number, options: AnalyzerOptions = {}, poolOptions: WorkerPoolOptions = {}): WorkerPool {
  return createPool(workers, options, poolOptions);
}

/** {@link createWorkerPool}, with `analyzeParsed` for createAnalyzer. */
export function createPool(workers: number, options: AnalyzerOptions, poolOptions: WorkerPoolOptions = {}): InternalPool {
  const toError = poolOptions.error ?? defaultError;
  const json = poolOptions.json === true;
  const script = workerScript();
  if (!script) throw toError("no-worker", "expected the compiled worker (dist/worker.js) for workers > 1; run the build, or use workers: 1", "pool");
  let seq = 0;
  let inFlight = 0;
  let closing = false;
  const slots: Slot[] = [];
  const readies: Promise<void>[] = [];
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: { options, json } }), pending: new Map(), outbox: [] };
    let markReady: (() => void) | undefined;
    let markFailed: ((e: Error) => void) | undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    ready.catch(() => undefined);
    readies.push(ready);
    slot.worker.on("message", (replies: Reply[]) => {
      for (const reply of replies) {
        if (reply.seq === undefined) {
          if (reply.ready) markReady?.();
          else markFailed?.(toError(reply.error?.code ?? "failed", reply.error?.message ?? "analyser failed to load", "load"));
          continue;
        }
        const task = slot.pending.get(reply.seq);
        if (!task) continue;
        slot.pending.delete(reply.seq);
        if (reply.json !== undefined) task.resolve(reply.json);
        else if (reply.doc) task.resolve(reply.doc);
        else task.reject(toError(reply.error?.code ?? "failed", reply.error?.message ?? "analysis failed", "analysis"));
      }
    });
    const fail = (err: Error): void => {
      markFailed?.(err);
      for (const task of slot.pending.values()) task.reject(toError("worker-died", err.message, "pool"));
      slot.pending.clear();
      slot.outbox = [];
      const i = slots.indexOf(slot);
      if (i >= 0 && !closing) slots[i] = spawn();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => {
      if (!closing) fail(new Error(`analysis thread exited with code ${code}`));
    });
    return slot;
  };
  for (let i = 0; i < Math.max(1, workers); i++) slots.push(spawn());
  const ready = Promise.all(readies.slice()).then(() => undefined);
  ready.catch(() => undefined);
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
  const send = (input: unknown, parsed: boolean, requestOptions: PoolRequestOptions | undefined): Promise<Record<string, unknown> | string> => {
    if (closing) return Promise.reject(toError("closed", "expected an open pool, got one after close()", "pool"));
    let best = slots[0] as Slot;
    for (const slot of slots) if (slot.pending.size < best.pending.size) best = slot;
    const task: Task = { seq: seq++, input };
    if (parsed) task.parsed = true;
    if (requestOptions && (requestOptions.disable !== undefined || requestOptions.tokens !== undefined)) task.options = requestOptions;
    inFlight++;
    return new Promise<Record<string, unknown> | string>((resolve, reject) => {
      best.pending.set(task.seq, { resolve, reject });
      best.outbox.push(task);
      if (!flushing) {
        flushing = true;
        setImmediate(flush);
      }
    }).finally(() => {
      inFlight--;
    });
  };
  return {
    ready,
    get inFlight() {
      return inFlight;
    },
    analyze: (input, requestOptions) => send(input, false, requestOptions),
    analyzeParsed: (input, requestOptions) => send(input, true, requestOptions),
    async close() {
      if (closing) return;
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      for (const slot of slots) {
        for (const task of slot.pending.values()) task.reject(toError("closed", "expected an open pool, got one after close()", "pool"));
        slot.pending.clear();
      }
    },
  };
}
