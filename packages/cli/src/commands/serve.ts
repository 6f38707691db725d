import type * as ServerModule from "@sinmun/server";
import { parseOptions } from "../parseOptions";
import { intFlag } from "../flags";
import { UsageError } from "../UsageError";
import { analyzerOptionsFrom } from "./analyze";

/**
 * @sinmun/server (fastify, prom-client, BullMQ, ioredis), loaded by the commands that use it: loading
 * it costs about 0.2 s of CPU, which every other command (analyze above all) paid at start-up when
 * it was imported at the top of this file.
 */
export function loadServer(): typeof ServerModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("@sinmun/server") as typeof ServerModule;
}

/** A reporter that prints a Redis connection problem at most once every 10 s, on stderr. */
export function redisWarning(url: string): (err: Error) => void {
  let last = 0;
  return (err) => {
    if (Date.now() - last < 10_000) return;
    last = Date.now();
    process.stderr.write(`sinmun: waiting for Redis at ${url.replace(/\/\/[^@/]*@/, "//…@")} (${(err as NodeJS.ErrnoException).code ?? err.message}); retrying\n`);
  };
}

/**
 * `sinmun serve [--host 127.0.0.1] [--port 8080] [--workers N] [--body-limit BYTES]`: the HTTP API
 * (`POST /v1/analyze`, `GET /v1/normalize`, `/healthz`, `/metrics`), pino logs on stdout. SIGTERM or
 * SIGINT: stop accepting, finish in-flight requests, exit 0.
 *
 * @example
 * // sinmun serve --port 8080 --workers 2
 * // curl -s 'localhost:8080/v1/normalize?q=380억 달러'
 */
export async function serveCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    host: { type: "string" },
    port: { type: "string" },
    workers: { type: "string" },
    "body-limit": { type: "string" },
    // no --date: each document brings its own ("date" in the request or job), which --date would override
    tokenizer: { type: "string" },
    dict: { type: "string", multiple: true },
    "log-level": { type: "string" },
  });
  if (positionals.length > 0) throw new UsageError(`serve takes no arguments, got ${positionals.join(" ")}`);
  const port = intFlag("port", values.port, 8080, 0, 65535);
  const workers = intFlag("workers", values.workers, 1, 1, 256);
  const bodyLimit = intFlag("body-limit", values["body-limit"], 1024 * 1024);
  const server = loadServer().createServer({
    workers,
    bodyLimit,
    analyzer: analyzerOptionsFrom(values),
    logger: { level: values["log-level"] ?? "info" },
  });
  await server.listen({ host: values.host ?? "127.0.0.1", port });
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      server.app.log.info({ signal }, "shutting down: finishing in-flight requests");
      resolve();
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
  });
  await server.close();
  return 0;
}
