import { Worker, type Job } from "bullmq";
import { Redis } from "ioredis";
import type { AnalyzerOptions } from "sinmun";
import { createPool } from "./pool";
import { errorRecord, type AnalysisJob, type AnalysisResult } from "./queueJob";

/** Options of {@link startWorker}. */
export interface WorkerOptions {
  /** `redis://HOST:PORT` */
  redis: string;
  /** The queue's name (default `sinmun`). */
  queue?: string;
  /** Jobs processed at once (default 2 per thread). */
  concurrency?: number;
  /** Analysis threads (default 1). */
  workers?: number;
  /** The analyser's base options. */
  analyzer?: AnalyzerOptions;
  /** Called when the connection to Redis fails (it is retried; the worker waits meanwhile). */
  onRedisError?: (err: Error) => void;
  /** How long a job's lock lasts without renewal (default 30 s): a dead worker's job is retried after about this long. */
  lockDuration?: number;
}

/** A running queue worker. */
export interface QueueWorker {
  readonly worker: Worker<AnalysisJob, AnalysisResult>;
  /** Resolves once the analysers are loaded and the worker is consuming. */
  readonly ready: Promise<void>;
  /** Finishes the jobs it holds (waiting at most `graceMs`, default 30 s), then disconnects. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Consumes analysis jobs from a BullMQ queue on Redis. Start as many as you like, on as many
 * machines: they share the queue; a job whose worker dies is taken over by another once its lock
 * expires (BullMQ's stalled-job recovery), and Redis going away only pauses them.
 *
 * @example
 * const w = startWorker({ redis: "redis://10.0.0.5:6379", concurrency: 4 });
 * await w.ready;
 * // … sinmun submit news.jsonl --redis redis://10.0.0.5:6379 --output out.jsonl
 * await w.close();
 */
export function startWorker(options: WorkerOptions): QueueWorker {
  const threads = options.workers ?? 1;
  const pool = createPool(threads, options.analyzer ?? {});
  const lockDuration = options.lockDuration ?? 30_000;
  const connection = new Redis(options.redis, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 200, 2_000) });
  const processor = async (job: Job<AnalysisJob, AnalysisResult>): Promise<AnalysisResult> => {
    const { docs, options: requestOptions } = job.data;
    return Promise.all(
      docs.map(({ index, input }) =>
        pool.analyze(input, requestOptions).catch((err: Error & { code?: string }) => errorRecord(index, typeof input === "string" ? undefined : input.id, err.code ?? "failed", err.message)),
      ),
    );
  };
  const worker = new Worker<AnalysisJob, AnalysisResult>(options.queue ?? "sinmun", processor, {
    connection,
    concurrency: options.concurrency ?? 2 * threads,
    autorun: false,
    lockDuration,
    stalledInterval: Math.max(1_000, Math.floor(lockDuration / 2)),
    maxStalledCount: 2,
  });
  connection.on("error", (err: Error) => options.onRedisError?.(err)); // ioredis reconnects by itself
  worker.on("error", (err: Error) => options.onRedisError?.(err));
  const ready = pool.ready.then(() => {
    void worker.run();
  });
  return {
    worker,
    ready,
    async close(graceMs = 30_000) {
      // Finish the jobs held; if Redis is away (or a job hangs), give up after graceMs: the queue
      // hands unfinished jobs to another worker once their locks expire.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), graceMs)));
      const closed = await Promise.race([worker.close().then(() => "closed" as const), late]);
      clearTimeout(timer);
      if (closed === "late") void worker.close(true).catch(() => undefined);
      await pool.close();
      connection.disconnect();
    },
  };
}
