import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { SinmunError } from "@sinmun/core";
import { parseAmount } from "@sinmun/normalizer";
import type { AnalyzeInput, AnalyzerOptions } from "sinmun";
import { parseRequestOptions, type RequestOptions } from "./analyzeOptions";
import { createPool, type Pool } from "./pool";
import { splitLines } from "./splitLines";
import { errorRecord } from "./queueJob";

/** Options of {@link createServer}. */
export interface ServerOptions {
  /** Analysis threads (default 1); each loads its analyser once. */
  workers?: number;
  /** The analyser's base options (plain data: they cross to the threads). */
  analyzer?: AnalyzerOptions;
  /** Largest document in bytes: a JSON body, or one NDJSON line (default 1 MB). */
  bodyLimit?: number;
  /** Documents of one NDJSON request in flight at once (default 8 per worker). */
  window?: number;
  /** A request that takes longer than this is cut (default 120 s); also bounds a slow client's upload. */
  requestTimeout?: number;
  /** fastify's logger (pino): `true`, `false`, or pino options; default `{ level: "info" }`. */
  logger?: FastifyServerOptions["logger"];
}

/** The server: a fastify instance with the routes, its analysis pool and its metrics. */
export interface SinmunServer {
  readonly app: FastifyInstance;
  readonly pool: Pool;
  readonly metrics: Registry;
  /** Starts listening; resolves to the address (`http://127.0.0.1:8080`). */
  listen(options: { host?: string; port?: number }): Promise<string>;
  /** Stops accepting, lets in-flight requests finish, then stops the threads. */
  close(): Promise<void>;
}

/** An API error: the status and the `{ error: { code, message } }` body. */
class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_OF_CODE: Record<string, number> = { "invalid-input": 422, "invalid-option": 422, closed: 503, "worker-died": 500 };
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "body-too-large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported-media-type",
  FST_ERR_CTP_EMPTY_JSON_BODY: "invalid-json",
  FST_ERR_CTP_INVALID_JSON_BODY: "invalid-json",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "bad-request",
};

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? `a string` : `${typeof value === "object" ? "an" : "a"} ${typeof value}`;
}

/** A request body or NDJSON line as an analyser input; wrong shapes are 422 errors naming the field. */
export function toInput(body: unknown): AnalyzeInput {
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw new ApiError(422, "invalid-input", `expected a JSON object {"text": …}, got ${describe(body)}`);
  const doc = body as Record<string, unknown>;
  if (typeof doc.text !== "string") throw new ApiError(422, "invalid-input", `expected "text" to be a string, got ${doc.text === undefined ? "none" : describe(doc.text)}`);
  if (doc.id !== undefined && typeof doc.id !== "string" && typeof doc.id !== "number") throw new ApiError(422, "invalid-input", `expected "id" to be a string or number, got ${describe(doc.id)}`);
  return doc as AnalyzeInput;
}

function errorBody(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

/**
 * Builds the HTTP service: `POST /v1/analyze` (a JSON document, or NDJSON streamed back in order),
 * `GET /v1/normalize?q=…`, `GET /healthz`, `GET /metrics` (Prometheus). The analysers run on
 * worker threads, so requests never wait on each other's analysis on one thread.
 *
 * @example
 * const server = createServer({ workers: 2, analyzer: { disable: ["tokens"] } });
 * await server.listen({ host: "127.0.0.1", port: 8080 });
 * // curl -s localhost:8080/v1/analyze -H 'content-type: application/json' -d '{"text":"삼성전자가 올랐다."}'
 * await server.close();
 */
export function createServer(options: ServerOptions = {}): SinmunServer {
  const workers = options.workers ?? 1;
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  const window = options.window ?? 8 * workers;
  const app = Fastify({
    logger: options.logger ?? { level: "info" },
    bodyLimit,
    requestTimeout: options.requestTimeout ?? 120_000,
    connectionTimeout: options.requestTimeout ?? 120_000,
    keepAliveTimeout: 5_000,
    requestIdHeader: "x-request-id",
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    forceCloseConnections: "idle",
    // A request Node cannot even parse (bad request line, raw non-ASCII URL, oversized headers) is
    // answered with the same JSON error shape, then the socket is closed.
    clientErrorHandler: (err: Error & { code?: string }, socket) => {
      if (!socket.writable) return;
      const tooLarge = err.code === "HPE_HEADER_OVERFLOW";
      const body = errorBody(tooLarge ? "headers-too-large" : "bad-request", tooLarge ? "expected request headers of at most 16 KB" : `expected a valid HTTP request (${err.code ?? "parse error"}); encode non-ASCII query text as UTF-8 percent-escapes`);
      socket.end(`HTTP/1.1 ${tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request"}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    },
  });
  const pool = createPool(workers, options.analyzer ?? {});
  let ready = false;
  pool.ready.then(
    () => {
      ready = true;
      app.log.info({ workers }, "analyser loaded");
    },
    (err: Error) => app.log.error({ err: err.message }, "analyser failed to load"),
  );

  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics, prefix: "sinmun_" });
  const requests = new Counter({ name: "sinmun_http_requests_total", help: "HTTP requests by method, route and status", labelNames: ["method", "route", "status"], registers: [metrics] });
  const latency = new Histogram({
    name: "sinmun_http_request_duration_seconds",
    help: "HTTP request latency",
    labelNames: ["method", "route"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [metrics],
  });
  const documents = new Counter({ name: "sinmun_documents_total", help: "Documents analysed", registers: [metrics] });
  const characters = new Counter({ name: "sinmun_characters_total", help: "Characters (UTF-16 code units) of analysed documents", registers: [metrics] });
  const errors = new Counter({ name: "sinmun_errors_total", help: "Errors returned, by code (documents and requests)", labelNames: ["code"], registers: [metrics] });

  async function analyzeOne(input: AnalyzeInput, requestOptions: RequestOptions): Promise<string> {
    const json = await pool.analyze(input, requestOptions);
    documents.inc();
    characters.inc(typeof input === "string" ? input.length : input.text.length);
    return json;
  }

  app.addHook("onRequest", async (request, reply) => {
    void reply.header("x-request-id", request.id);
  });
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, request, reply) => {
    let status: number;
    let code: string;
    let message: string;
    if (err instanceof ApiError) {
      status = err.statusCode;
      code = err.code;
      message = err.message;
    } else if (err instanceof SinmunError) {
      status = STATUS_OF_CODE[err.code] ?? 500;
      code = err.code;
      message = err.message;
    } else if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      status = err.statusCode;
      code = FASTIFY_CODES[err.code ?? ""] ?? (err instanceof SyntaxError ? "invalid-json" : status === 413 ? "body-too-large" : "bad-request");
      message = code === "body-too-large" ? `expected a document of at most ${bodyLimit} bytes, got more` : err.message;
      if (code === "invalid-json" && !/JSON/i.test(message)) message = `expected a JSON body: ${message}`;
    } else {
      status = 500;
      code = "internal";
      message = "internal error (see the server log for this request id)";
      request.log.error({ err }, "request failed");
    }
    errors.inc({ code });
    void reply.code(status).type("application/json; charset=utf-8").send(errorBody(code, message));
  });
  app.setNotFoundHandler((request, reply) => {
    errors.inc({ code: "not-found" });
    void reply.code(404).type("application/json; charset=utf-8").send(errorBody("not-found", `expected a route in {POST /v1/analyze, GET /v1/normalize, GET /healthz, GET /metrics}, got ${request.method} ${request.url.split("?")[0]}`));
  });

  // JSON parse errors name the problem (position and token), not just "invalid JSON".
  app.removeContentTypeParser(["application/json", "text/plain"]);
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    if (body === "") return done(new ApiError(400, "invalid-json", "expected a JSON body, got an empty one"), undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch (err) {
      done(new ApiError(400, "invalid-json", `expected a JSON body: ${(err as Error).message}`), undefined);
    }
  });
  // NDJSON arrives as a stream: each line is read and limited on its own, never the whole body.
  app.addContentTypeParser("application/x-ndjson", (_request, payload, done) => done(null, payload));

  app.get("/healthz", async (_request, reply) => {
    if (!ready) return reply.code(503).type("application/json; charset=utf-8").send(errorBody("not-ready", "the analyser is still loading"));
    return { status: "ok" };
  });

  app.get("/metrics", async (_request, reply) => {
    const text = await metrics.metrics();
    return reply.type(metrics.contentType).send(text);
  });

  app.get("/v1/normalize", async (request) => {
    const query = request.query as Record<string, unknown>;
    if (typeof query.q !== "string") throw new ApiError(422, "invalid-input", `expected a query parameter q (an amount, e.g. q=380억 달러), got ${query.q === undefined ? "none" : describe(query.q)}`);
    return parseAmount(query.q);
  });

  app.post("/v1/analyze", async (request, reply) => {
    const requestOptions = parseRequestOptions(request.query as Record<string, unknown>);
    const contentType = String(request.headers["content-type"] ?? "");
    if (contentType.startsWith("application/x-ndjson")) {
      const lines = splitLines(request.body as AsyncIterable<Buffer>, bodyLimit);
      const out = Readable.from(streamResults(lines, requestOptions), { objectMode: false });
      return reply.type("application/x-ndjson; charset=utf-8").send(out);
    }
    const json = await analyzeOne(toInput(request.body), requestOptions);
    return reply.type("application/json; charset=utf-8").send(json);
  });

  /** NDJSON results in input order, at most `window` in flight; a bad line is an error record. */
  async function* streamResults(lines: AsyncIterable<{ line: string } | { tooLong: number }>, requestOptions: RequestOptions): AsyncGenerator<string> {
    const queue: Promise<string>[] = [];
    let index = 0;
    const record = (i: number, id: unknown, code: string, message: string): string => {
      errors.inc({ code });
      return `${errorRecord(i, id, code, message)}\n`;
    };
    const start = (item: { line: string } | { tooLong: number }): Promise<string> => {
      const i = index++;
      if ("tooLong" in item) return Promise.resolve(record(i, undefined, "body-too-large", `expected a line of at most ${bodyLimit} bytes, got ${item.tooLong}`));
      let parsed: unknown;
      try {
        parsed = JSON.parse(item.line);
      } catch (err) {
        return Promise.resolve(record(i, undefined, "invalid-json", `line ${i + 1}: ${(err as Error).message}`));
      }
      let input: AnalyzeInput;
      try {
        input = toInput(parsed);
      } catch (err) {
        return Promise.resolve(record(i, (parsed as { id?: unknown } | null)?.id, (err as ApiError).code, (err as Error).message));
      }
      return analyzeOne(input, requestOptions).then(
        (json) => `${json}\n`,
        (err: SinmunError) => record(i, typeof input === "string" ? undefined : input.id, err.code ?? "failed", err.message),
      );
    };
    for await (const item of lines) {
      if ("line" in item && item.line.trim() === "") continue;
      queue.push(start(item));
      while (queue.length >= window) yield await (queue.shift() as Promise<string>);
    }
    while (queue.length > 0) yield await (queue.shift() as Promise<string>);
  }

  return {
    app,
    pool,
    metrics,
    async listen({ host = "127.0.0.1", port = 8080 }) {
      return app.listen({ host, port });
    },
    async close() {
      await app.close();
      await pool.close();
    },
  };
}
