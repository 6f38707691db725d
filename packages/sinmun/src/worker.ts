// A worker thread of the pool (pool.ts): builds the analyser of the pool's options, and one more per
// option set that documents ask for (at most MAX_PIPELINES); answers batches of tasks with batches
// of replies.
import { parentPort, workerData } from "node:worker_threads";
import { SinmunError } from "@sinmun/core";
import { buildPipeline, type Pipeline } from "./createAnalyzer";
import { serializeDoc } from "./serializeDoc";
import { parseInput, type ParsedInput } from "./runPipeline";
import { mergeOptions, type PoolRequestOptions, type Reply, type Task } from "./pool";
import type { AnalyzerOptions } from "./types";

/**
 * Replies leave at least every FLUSH_EVERY documents, and whenever the worker has nothing left to
 * do: the calling thread gets them in a few messages (each one wakes it) and refills this worker
 * before it runs dry.
 */
const FLUSH_EVERY = 4;

/** Analysers one thread keeps (each holds its own dictionary and morphological analyser). */
const MAX_PIPELINES = 8;

function errorOf(err: unknown): { code: string; message: string } {
  if (err instanceof SinmunError) return { code: err.code, message: err.message };
  return { code: (err as { code?: string })?.code ?? "failed", message: (err as Error)?.message ?? String(err) };
}

const port = parentPort;
if (port) {
  const { options: base, json } = workerData as { options: AnalyzerOptions; json: boolean };
  const BASE_KEY = "";
  // Built and loaded analysers by option set, oldest first. A set that fails to build is not kept:
  // the next document asking for it tries again (a dictionary file may have been fixed since).
  const pipelines = new Map<string, Promise<Pipeline>>();
  const pipelineFor = (request: PoolRequestOptions | undefined): Promise<Pipeline> => {
    let key = BASE_KEY;
    let options = base;
    if (request) {
      options = mergeOptions(base, request);
      const disable = options.disable ? [...options.disable].sort() : [];
      const tokens = options.tokens ?? false;
      if (JSON.stringify(disable) !== JSON.stringify([...(base.disable ?? [])].sort()) || tokens !== (base.tokens ?? false)) key = JSON.stringify([disable, tokens]);
    }
    let found = pipelines.get(key);
    if (!found) {
      if (pipelines.size >= MAX_PIPELINES) {
        // Tasks run one at a time, so the oldest analyser is idle now.
        const [oldest, evicted] = pipelines.entries().next().value as [string, Promise<Pipeline>];
        pipelines.delete(oldest);
        void evicted.then(async (p) => {
          for (const c of p.components) await c.close?.();
        }).catch(() => undefined);
      }
      found = (async () => {
        const pipeline = buildPipeline(options);
        await pipeline.ready();
        return pipeline;
      })();
      const mine = found;
      found.catch(() => {
        if (pipelines.get(key) === mine) pipelines.delete(key);
      });
      pipelines.set(key, found);
    }
    return found;
  };
  pipelineFor(undefined).then(
    () => port.postMessage([{ ready: true }]),
    (err: unknown) => port.postMessage([{ ready: false, error: errorOf(err) }]),
  );

  const queue: Task[] = [];
  let head = 0;
  let draining = false;
  const answer = async (task: Task): Promise<Reply> => {
    try {
      const pipeline = await pipelineFor(task.options);
      const input = task.parsed ? (task.input as ParsedInput) : parseInput(task.input);
      const doc = await pipeline.run(input);
      // JSON output is serialised here, in parallel, instead of cloning the document to the calling thread.
      return json ? { seq: task.seq, json: serializeDoc(doc) } : { seq: task.seq, doc };
    } catch (err) {
      return { seq: task.seq, error: errorOf(err) };
    }
  };
  // One document at a time per worker, in the order sent; the pool keeps a few in flight per worker.
  const drain = async (): Promise<void> => {
    draining = true;
    let replies: Reply[] = [];
    while (head < queue.length) {
      const task = queue[head] as Task;
      queue[head++] = undefined as unknown as Task;
      replies.push(await answer(task));
      if (head === queue.length) {
        queue.length = 0;
        head = 0;
      }
      if (replies.length >= FLUSH_EVERY || head === queue.length) {
        port.postMessage(replies);
        replies = [];
      }
    }
    draining = false;
  };
  port.on("message", (tasks: Task[]) => {
    for (const task of tasks) queue.push(task);
    if (!draining) void drain();
  });
}
