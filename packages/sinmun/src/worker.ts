// A worker thread of `analyzeMany({ workers: N })`: builds one analyser and answers batches of
// { seq, input } messages with batches of replies.
import { parentPort, workerData } from "node:worker_threads";
import { SinmunError } from "@sinmun/core";
import { buildPipeline } from "./createAnalyzer";
import { serializeDoc } from "./serializeDoc";
import type { ParsedInput } from "./runPipeline";
import type { AnalyzerOptions } from "./types";

interface Task {
  seq: number;
  input: ParsedInput;
}

/**
 * Replies leave at least every FLUSH_EVERY documents, and whenever the worker has nothing left to
 * do: the calling thread gets them in a few messages (each one wakes it) and refills this worker
 * before it runs dry.
 */
const FLUSH_EVERY = 4;

const port = parentPort;
if (port) {
  const { options, json } = workerData as { options: AnalyzerOptions; json: boolean };
  // Options were checked on the calling thread; a failure here (a dictionary file changed since)
  // is answered per document rather than crashing the thread, which the pool would restart forever.
  let pipeline: ReturnType<typeof buildPipeline> | undefined;
  let ready: Promise<void>;
  try {
    pipeline = buildPipeline(options);
    ready = pipeline.ready();
  } catch (err) {
    ready = Promise.reject(err);
  }
  ready.catch(() => undefined);
  const queue: Task[] = [];
  let head = 0;
  let draining = false;
  const answer = async (task: Task): Promise<Record<string, unknown>> => {
    try {
      await ready;
      const doc = await (pipeline as NonNullable<typeof pipeline>).run(task.input);
      // JSON output is serialised here, in parallel, instead of cloning the document to the calling thread.
      return json ? { seq: task.seq, json: serializeDoc(doc) } : { seq: task.seq, doc };
    } catch (err) {
      const error = err instanceof SinmunError ? { code: err.code, message: err.message } : { code: "failed", message: (err as Error)?.message ?? String(err) };
      return { seq: task.seq, error };
    }
  };
  // One document at a time per worker, in the order sent; the pool keeps a few in flight per worker.
  const drain = async (): Promise<void> => {
    draining = true;
    let replies: Record<string, unknown>[] = [];
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
