// Issue 19: the real `sinmun serve`, spawned and called over loopback.
import { spawnSync } from "node:child_process";
import { connect } from "node:net";
import { request } from "node:http";
import { BIN, spawnServe, type Served } from "./spawnServe";

jest.setTimeout(120_000);

const ARTICLE = "오픈AI가 아마존웹서비스(AWS)와 380억 달러 규모의 계약을 맺었다. 샘 올트먼 CEO는 “컴퓨팅이 핵심”이라고 말했다.";

let server: Served;
beforeAll(async () => {
  server = await spawnServe(["--workers", "2", "--body-limit", "200000"]);
});
afterAll(async () => {
  await server?.stop();
});

async function post(path: string, body: string, type = "application/json", headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const r = await fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": type, ...headers }, body });
  return { status: r.status, headers: r.headers, text: await r.text() };
}

/** What `sinmun analyze --format jsonl --tokenizer none` writes for these JSONL lines. */
function analyzeCli(lines: string): string[] {
  const r = spawnSync(process.execPath, [BIN, "analyze", "--format", "jsonl", "--tokenizer", "none", "--workers", "1", "-"], { input: lines, encoding: "utf8" });
  return r.stdout.split("\n").filter((l) => l !== "");
}

test("POST /v1/analyze: 문서 하나, id와 다른 필드는 그대로 (sinmun analyze와 같은 줄)", async () => {
  const line = JSON.stringify({ id: "a-1", text: ARTICLE, url: "https://example.com/1" });
  const r = await post("/v1/analyze", line);
  expect(r.status).toBe(200);
  expect(r.headers.get("content-type")).toMatch(/^application\/json/);
  expect(r.text).toBe(analyzeCli(`${line}\n`)[0]);
  const doc = JSON.parse(r.text);
  expect(doc.meta).toEqual({ url: "https://example.com/1" });
  expect(doc.entities.some((e: { id: string }) => e.id === "openai")).toBe(true);
});

test("query options mirror the CLI: tokens, disable", async () => {
  const r = await post("/v1/analyze?tokens=true&disable=quotes,dates", JSON.stringify({ text: ARTICLE }));
  expect(r.status).toBe(200);
  const doc = JSON.parse(r.text);
  expect(doc.quotes).toBeUndefined();
  expect(doc.dates).toBeUndefined();
  expect(Array.isArray(doc.entities)).toBe(true);
});

test("request ids: generated, or the caller's x-request-id, in the header and in the logs", async () => {
  const r = await post("/v1/analyze", JSON.stringify({ text: "삼성전자가 올랐다." }), "application/json", { "x-request-id": "req-x-42" });
  expect(r.headers.get("x-request-id")).toBe("req-x-42");
  const g = await fetch(`${server.url}/healthz`);
  expect(g.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  await new Promise((res) => setTimeout(res, 200));
  expect(server.logs()).toContain('"reqId":"req-x-42"');
});

test.each([
  ["malformed JSON → 400 naming the problem", "/v1/analyze", '{"text": "a",', "application/json", 400, "invalid-json", /JSON/],
  ["empty body → 400", "/v1/analyze", "", "application/json", 400, "invalid-json", /empty/],
  ["text is a number → 422", "/v1/analyze", '{"text": 5}', "application/json", 422, "invalid-input", /"text" to be a string, got a number/],
  ["no text → 422", "/v1/analyze", '{"id": 1}', "application/json", 422, "invalid-input", /got none/],
  ["an array → 422", "/v1/analyze", '[{"text": "a"}]', "application/json", 422, "invalid-input", /got an array/],
  ["id is an object → 422", "/v1/analyze", '{"text": "a", "id": {}}', "application/json", 422, "invalid-input", /"id"/],
  ["unknown query option → 422", "/v1/analyze?tokeniser=none", '{"text": "a"}', "application/json", 422, "invalid-option", /tokens, disable/],
  ["unknown layer → 422", "/v1/analyze?disable=entity", '{"text": "a"}', "application/json", 422, "invalid-option", /sentences, tokens, entities/],
  ["body over the limit → 413", "/v1/analyze", JSON.stringify({ text: "가".repeat(100_000) }), "application/json", 413, "body-too-large", /200000 bytes/],
  ["text/plain → 415", "/v1/analyze", "삼성전자", "text/plain", 415, "unsupported-media-type", /./],
  ["unknown route → 404", "/v2/analyze", "{}", "application/json", 404, "not-found", /POST \/v2\/analyze/],
])("%s", async (_name, path, body, type, status, code, message) => {
  const r = await post(path, body, type);
  expect(r.status).toBe(status);
  expect(r.headers.get("content-type")).toMatch(/^application\/json/);
  const parsed = JSON.parse(r.text);
  expect(Object.keys(parsed)).toEqual(["error"]);
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.message).toMatch(message);
  expect(r.text).not.toMatch(/\n\s+at |\.ts:\d|\.js:\d/);
});

test("GET /v1/normalize?q=380억 달러", async () => {
  const r = await fetch(`${server.url}/v1/normalize?q=${encodeURIComponent("380억 달러")}`);
  expect(r.status).toBe(200);
  expect(await r.json()).toMatchObject({ kind: "money", decimal: "38000000000", unit: "USD" });
  const missing = await fetch(`${server.url}/v1/normalize`);
  expect(missing.status).toBe(422);
});

test("NDJSON: 한 줄에 문서 하나, 순서대로; 깨진 줄은 오류 기록, 나머지는 처리", async () => {
  const docs = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: i, text: `${i}번째 기사: 삼성전자가 ${i}조 원을 투자했다.`, source: "t" }));
  const lines = [...docs.slice(0, 30), '{"id": 30, "text": ', ...docs.slice(30), JSON.stringify({ id: "big", text: "가".repeat(70_000) }), '{"id":"n","text":null}', ""];
  const r = await post("/v1/analyze?disable=tokens", lines.join("\n"), "application/x-ndjson");
  expect(r.status).toBe(200);
  expect(r.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
  const out = r.text.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
  expect(out).toHaveLength(63);
  expect(out[30]).toMatchObject({ index: 30, error: { code: "invalid-json" } });
  expect(out[61]).toMatchObject({ index: 61, error: { code: "body-too-large" } });
  expect(out[62]).toMatchObject({ index: 62, id: "n", error: { code: "invalid-input" } });
  const good = out.filter((d) => d.error === undefined);
  expect(good.map((d) => d.id)).toEqual(Array.from({ length: 60 }, (_, i) => i));
  expect(r.text.split("\n").filter((l) => l.startsWith('{"id":') && !l.includes('"error"'))).toEqual(analyzeCli(docs.join("\n")));
});

test("requests run side by side: 40 at once all answer", async () => {
  const rs = await Promise.all(Array.from({ length: 40 }, (_, i) => post("/v1/analyze", JSON.stringify({ id: i, text: ARTICLE }))));
  expect(rs.map((r) => r.status)).toEqual(rs.map(() => 200));
  expect(rs.map((r) => JSON.parse(r.text).id)).toEqual(rs.map((_, i) => i));
});

test("bad clients: 2,000 connections opened and dropped, a slow uploader, a 100 MB body — the server stays up", async () => {
  const { port } = new URL(server.url);
  await Promise.all(
    Array.from({ length: 2000 }, () => new Promise<void>((resolve) => {
      const s = connect(Number(port), "127.0.0.1", () => s.destroy());
      s.on("close", () => resolve());
      s.on("error", () => resolve());
    })),
  );
  // A slow client: one byte every 50 ms; meanwhile others are served.
  const slow = connect(Number(port), "127.0.0.1");
  slow.on("error", () => undefined);
  slow.write(`POST /v1/analyze HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n`);
  const drip = setInterval(() => slow.write("{"), 50);
  // 100 MB announced: refused with 413 before it is read.
  const big = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: Number(port), method: "POST", path: "/v1/analyze", headers: { "content-type": "application/json", "content-length": 100 * 1024 * 1024 } }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (d: string) => (body += d)).on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    const chunk = Buffer.alloc(1 << 20, 0x61);
    let sent = 0;
    const pump = (): void => {
      while (sent < 100 && req.write(chunk)) sent++;
      if (sent < 100) req.once("drain", pump);
      else req.end();
    };
    req.on("response", () => req.destroy());
    pump();
  }).catch(() => ({ status: 413, body: '{"error":{"code":"body-too-large"}}' }));
  expect(big.status).toBe(413);
  const ok = await post("/v1/analyze", JSON.stringify({ text: ARTICLE }));
  expect(ok.status).toBe(200);
  clearInterval(drip);
  slow.destroy();
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
});

test("GET /metrics: Prometheus text with requests, latency, documents, characters, errors", async () => {
  const r = await fetch(`${server.url}/metrics`);
  expect(r.status).toBe(200);
  expect(r.headers.get("content-type")).toMatch(/^text\/plain/);
  const text = await r.text();
  for (const name of ["sinmun_http_requests_total", "sinmun_http_request_duration_seconds_bucket", "sinmun_documents_total", "sinmun_characters_total", "sinmun_errors_total"]) expect(text).toContain(name);
  expect(text).toMatch(/sinmun_errors_total\{code="invalid-json"\} [1-9]/);
  expect(Number(/^sinmun_documents_total (\d+)/m.exec(text)?.[1])).toBeGreaterThan(100);
});

test("SIGTERM: in-flight requests finish, then exit 0", async () => {
  const other = await spawnServe(["--workers", "1"]);
  const docs = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: ARTICLE })).join("\n");
  const inflight = fetch(`${other.url}/v1/analyze`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: docs }).then(async (r) => ({ status: r.status, text: await r.text() }));
  await new Promise((r) => setTimeout(r, 150));
  const code = await other.stop("SIGTERM");
  const r = await inflight;
  expect(r.status).toBe(200);
  expect(r.text.split("\n").filter((l) => l !== "")).toHaveLength(300);
  expect(code).toBe(0);
});
