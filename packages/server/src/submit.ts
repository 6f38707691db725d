import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import type { AnalyzeInput } from "sinmun";
import type { RequestOptions } from "./analyzeOptions";
import { ATTEMPTS, errorRecord, type AnalysisJob, type AnalysisResult } from "./queueJob";

/** Options of {@link submit}. */
export interface SubmitOptions {
  /** `redis://HOST:PORT` */
  redis: string;
  /** The queue's name (default `sinmun`). */
  queue?: string;
  /** The analysis options every document gets (`disable`, `tokens`). */
  options?: RequestOptions;
  /** Documents per job (default 20): fewer round trips to Redis; a failed job fails only its batch. */
  batch?: number;
  /** Jobs waiting or running at once (default 200): memory stays bounded on any corpus. */
  maxPending?: number;
  /** Called with the number of documents written so far. */
  onProgress?: (done: number) => void;
  /** Called when the connection to Redis fails (it is retried; the run waits meanwhile). */
  onRedisError?: (err: Error) => void;
}

interface Pending {
  jobId: string;
  data: AnalysisJob;
}

const JOB_OPTIONS = { attempts: ATTEMPTS, backoff: { type: "fixed", delay: 500 }, removeOnComplete: false, removeOnFail: false } as const;

/**
 * Enqueues every document as jobs (batches of `batch`) and yields the output lines in input order
 * as they complete: each document's JSON line (id and other fields kept), or an error record
 * `{"index","id","error":{"code","message"}}` — a job that failed {@link ATTEMPTS} times becomes one
 * per document, never a gap. If Redis goes away it waits for it; jobs that vanished with it are
 * enqueued again.
 *
 * @example
 * for await (const line of submit(readJsonl("news.jsonl"), { redis: "redis://127.0.0.1:6379" })) out.write(`${line}\n`);
 */
export async function* submit(inputs: AsyncIterable<AnalyzeInput> | Iterable<AnalyzeInput>, options: SubmitOptions): AsyncGenerator<string> {
  const batch = Math.max(1, options.batch ?? 20);
  const maxPending = Math.max(1, options.maxPending ?? 200);
  const connection = new Redis(options.redis, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 200, 2_000) });
  connection.on("error", (err: Error) => options.onRedisError?.(err)); // reconnects by itself; calls wait meanwhile
  const queue = new Queue<AnalysisJob, AnalysisResult>(options.queue ?? "sinmun", { connection });
  queue.on("error", () => undefined);
  const run = randomUUID();
  const iterator = (Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (inputs as Iterable<AnalyzeInput>)[Symbol.iterator]()) as AsyncIterator<AnalyzeInput> | Iterator<AnalyzeInput>;
  const pending: Pending[] = [];
  let index = 0;
  let jobs = 0;
  let exhausted = false;
  let written = 0;

  const enqueue = async (p: Pending): Promise<void> => {
    await queue.add("analyze", p.data, { ...JOB_OPTIONS, jobId: p.jobId });
  };
  const fill = async (): Promise<void> => {
    while (!exhausted && pending.length < maxPending) {
      const docs: AnalysisJob["docs"] = [];
      while (docs.length < batch) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        docs.push({ index: index++, input: next.value });
      }
      if (docs.length === 0) break;
      const p = { jobId: `${run}-${jobs++}`, data: { options: options.options ?? {}, docs } };
      await enqueue(p);
      pending.push(p);
    }
  };
  /** The head job's lines once it is finished for good, else undefined. */
  const collect = async (p: Pending): Promise<string[] | undefined> => {
    const state = await queue.getJobState(p.jobId);
    if (state === "completed") {
      const job = await queue.getJob(p.jobId);
      const lines = job?.returnvalue;
      if (!Array.isArray(lines) || lines.length !== p.data.docs.length) return undefined;
      await job?.remove().catch(() => undefined);
      return lines;
    }
    if (state === "failed") {
      const job = await queue.getJob(p.jobId);
      const reason = job?.failedReason ?? "job failed";
      await job?.remove().catch(() => undefined);
      return p.data.docs.map(({ index: i, input }) => errorRecord(i, typeof input === "string" ? undefined : input.id, "job-failed", `failed ${ATTEMPTS} times: ${reason}`));
    }
    if (state === "unknown") {
      // Lost with a Redis that came back empty: enqueue again every pending job it lost.
      for (const q of pending) if ((await queue.getJobState(q.jobId)) === "unknown") await enqueue(q);
    }
    return undefined;
  };

  try {
    let idle = 0;
    for (;;) {
      await fill();
      const head = pending[0];
      if (!head) break;
      let lines: string[] | undefined;
      try {
        lines = await collect(head);
      } catch {
        lines = undefined; // Redis unreachable: wait and ask again
      }
      if (!lines) {
        idle = Math.min(idle + 1, 10);
        await sleep(10 * idle);
        continue;
      }
      idle = 0;
      pending.shift();
      for (const line of lines) yield line;
      written += lines.length;
      options.onProgress?.(written);
    }
  } finally {
    await queue.close().catch(() => undefined);
    connection.disconnect();
  }
}
