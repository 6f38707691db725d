import { parseOptions } from "../parseOptions";
import { UsageError } from "../UsageError";
import { analyzerOptionsFrom } from "./analyze";
import { intFlag } from "../flags";
import { loadServer, redisWarning } from "./serve";

/**
 * `sinmun worker --redis redis://HOST:PORT [--queue sinmun] [--concurrency N] [--workers N]`:
 * consumes analysis jobs until SIGTERM/SIGINT (then finishes the jobs it holds and exits 0). Start
 * one per machine (or more) against the same Redis to scale out.
 *
 * @example
 * // sinmun worker --redis redis://10.0.0.5:6379 --workers 2
 */
export async function workerCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    redis: { type: "string" },
    queue: { type: "string" },
    concurrency: { type: "string" },
    workers: { type: "string" },
    "lock-ms": { type: "string" },
    // no --date: each document brings its own ("date" in the request or job), which --date would override
    tokenizer: { type: "string" },
    dict: { type: "string", multiple: true },
  });
  if (positionals.length > 0) throw new UsageError(`worker takes no arguments, got ${positionals.join(" ")}`);
  if (values.redis === undefined) throw new UsageError("worker expects --redis redis://HOST:PORT");
  const workers = intFlag("workers", values.workers, 1, 1, 256);
  const worker = loadServer().startWorker({
    redis: values.redis,
    queue: values.queue ?? "sinmun",
    workers,
    concurrency: intFlag("concurrency", values.concurrency, 2 * workers, 1, 10_000),
    lockDuration: intFlag("lock-ms", values["lock-ms"], 30_000, 1_000),
    analyzer: analyzerOptionsFrom(values),
    onRedisError: redisWarning(values.redis),
  });
  await worker.ready;
  process.stderr.write(`sinmun worker: consuming queue "${values.queue ?? "sinmun"}" on ${values.redis}\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", () => resolve());
    process.once("SIGINT", () => resolve());
  });
  await worker.close(10_000);
  // A Redis that is away leaves BullMQ's reconnecting sockets open: do not wait on them.
  setTimeout(() => process.exit(0), 1_000).unref();
  return 0;
}
