// Sinmun as a service (issue 19), measured on loopback:
// (1) `sinmun serve` under autocannon: documents/s and p50/p99 latency for one ~2,000-character
//     article per request at 1, 8 and 32 connections, with 1 and 2 worker threads, against the
//     throughput of `sinmun analyze --format jsonl` with the same workers on the same article;
// (2) the queue: `sinmun submit` of one corpus with 1 and with 2 `sinmun worker` processes on a
//     private redis-server.
//
// Run: npm run bench -- server   (or: npx tsc -b && node -r ts-node/register/transpile-only packages/server/bench/server.bench.ts)
// Env: BENCH_SECONDS (per autocannon run, default 8), BENCH_DOCS (analyze baseline, default 600),
// BENCH_QUEUE_DOCS (queue corpus, default 3000), BENCH_TOKENIZER (default embedded).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { connect } from "node:net";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { startRedis } from "../test/startRedis";

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (options: Record<string, unknown>) => Promise<CannonResult>;

const BIN = join(__dirname, "..", "..", "cli", "dist", "bin.js");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const DOCS = Number(process.env.BENCH_DOCS ?? 600);
const QUEUE_DOCS = Number(process.env.BENCH_QUEUE_DOCS ?? 3000);
const TOKENIZER = process.env.BENCH_TOKENIZER ?? "embedded";

/** A typical business article of about 2,000 characters: the bundled example, continued. */
function article(): string {
  const base = readFileSync(join(__dirname, "..", "..", "..", "examples", "openai-aws.txt"), "utf8").trim();
  let text = base;
  for (let i = 1; text.length < 2000; i++) text += `\n\n${base.replace(/380억/g, `${380 + i}억`)}`;
  return text.slice(0, 2000);
}

function spawnCli(args: string[]): { proc: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const proc = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout?.setEncoding("utf8").on("data", (d: string) => (out = (out + d).slice(-20_000)));
  proc.stderr?.setEncoding("utf8").on("data", (d: string) => (out = (out + d).slice(-20_000)));
  return { proc, output: () => out, exited: new Promise((resolve) => proc.once("exit", (code) => resolve(code))) };
}

async function until(check: () => boolean | Promise<boolean>, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** User + system CPU seconds a process has used so far, every thread included (Linux /proc; undefined elsewhere or once it is gone). */
function cpuOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** The pid of the redis-server listening on `port` (its process title names the port), if /proc shows it. */
function redisPid(port: number): number | undefined {
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const cmd = (() => {
        try {
          return readFileSync(`/proc/${entry}/cmdline`, "utf8");
        } catch {
          return "";
        }
      })();
      if (cmd.startsWith("redis-server") && cmd.includes(`:${port}`)) return Number(entry);
    }
  } catch {
    // no /proc
  }
  return undefined;
}

/** Runs the CLI to completion; its CPU seconds (every thread) come back from an exit hook. */
function runCliCpu(args: string[]): { status: number | null; stderr: string; cpu: number | undefined } {
  const wrapper = `process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("\\nCPU_US " + (u.userCPUTime + u.systemCPUTime) + "\\n"); }); require(${JSON.stringify(BIN)});`;
  const r = spawnSync(process.execPath, ["-e", wrapper, "--", BIN, ...args], { encoding: "utf8" });
  const cpu = /CPU_US (\d+)/.exec(r.stderr ?? "");
  return { status: r.status, stderr: r.stderr ?? "", cpu: cpu ? Number(cpu[1]) / 1e6 : undefined };
}

const fmtCpu = (x: number | undefined): string => (x === undefined ? "—" : x.toFixed(1));

/** Documents/s of `sinmun analyze --format jsonl`, after subtracting the time to load (one-document run). */
function analyzeThroughput(dir: string, text: string, workers: number): number {
  const many = join(dir, `many-${workers}.jsonl`);
  const one = join(dir, `one-${workers}.jsonl`);
  writeFileSync(many, Array.from({ length: DOCS }, (_, i) => JSON.stringify({ id: i, text })).join("\n"));
  writeFileSync(one, Array.from({ length: workers }, (_, i) => JSON.stringify({ id: i, text })).join("\n"));
  const time = (file: string): number => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [BIN, "analyze", "--format", "jsonl", "--tokenizer", TOKENIZER, "--workers", String(workers), "--output", join(dir, "out.jsonl"), file]);
    if (r.status !== 0) throw new Error(String(r.stderr));
    return performance.now() - t;
  };
  const startup = Math.min(time(one), time(one));
  const total = time(many);
  return DOCS / ((total - startup) / 1000);
}

async function serve(workers: number): Promise<{ url: string; pid: number | undefined; stop: () => Promise<void> }> {
  const served = spawnCli(["serve", "--port", "0", "--workers", String(workers), "--tokenizer", TOKENIZER]);
  let url: string | undefined;
  await until(() => {
    url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(served.output())?.[1];
    if (served.proc.exitCode !== null) throw new Error(served.output());
    return url !== undefined;
  });
  await until(async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.status === 200);
  return {
    url: url as string,
    pid: served.proc.pid,
    async stop() {
      served.proc.kill("SIGTERM");
      await served.exited;
    },
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sinmun-server-bench-"));
  const text = article();
  const body = JSON.stringify({ id: "bench", text });
  console.log(`## sinmun serve under autocannon (POST /v1/analyze, one ${text.length}-character article per request, tokenizer ${TOKENIZER}, ${SECONDS} s per row)\n`);
  console.log("CPU per document: the server process (every thread) and this bench process (autocannon, the client), user + system.\n");
  console.log("| workers | connections | docs/s | p50 ms | p99 ms | errors | vs analyze --format jsonl | CPU ms/doc: server | CPU ms/doc: client | load |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const workers of [1, 2]) {
    const baseline = analyzeThroughput(dir, text, workers);
    const server = await serve(workers);
    try {
      await autocannon({ url: `${server.url}/v1/analyze`, method: "POST", headers: { "content-type": "application/json" }, body, connections: 8, duration: 2 }); // warm-up
      for (const connections of [1, 8, 32]) {
        const serverBefore = cpuOf(server.pid);
        const clientBefore = process.cpuUsage();
        const r = await autocannon({ url: `${server.url}/v1/analyze`, method: "POST", headers: { "content-type": "application/json" }, body, connections, duration: SECONDS });
        const client = process.cpuUsage(clientBefore);
        const serverAfter = cpuOf(server.pid);
        const docs = Math.max(1, r.requests.total);
        const serverMs = serverBefore !== undefined && serverAfter !== undefined ? (((serverAfter - serverBefore) * 1000) / docs).toFixed(2) : "—";
        console.log(
          `| ${workers} | ${connections} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.non2xx} | ${((r.requests.average / baseline) * 100).toFixed(0)} % of ${baseline.toFixed(0)} docs/s | ${serverMs} | ${((client.user + client.system) / 1000 / docs).toFixed(2)} | ${loadavg()[0]?.toFixed(2)} |`,
        );
      }
    } finally {
      await server.stop();
    }
  }

  console.log(`\n## Bad clients: 10,000 connections opened and dropped, then one request (1 worker)\n`);
  const server = await serve(1);
  try {
    const rss = async (): Promise<number> => Number(/^sinmun_process_resident_memory_bytes (\d+)/m.exec(await (await fetch(`${server.url}/metrics`)).text())?.[1] ?? 0) / 1024 / 1024;
    const before = await rss();
    const { port } = new URL(server.url);
    const t = performance.now();
    for (let round = 0; round < 20; round++) {
      await Promise.all(
        Array.from({ length: 500 }, () => new Promise<void>((resolve) => {
          const s = connect(Number(port), "127.0.0.1", () => s.destroy());
          s.on("close", () => resolve());
          s.on("error", () => resolve());
        })),
      );
    }
    const ms = performance.now() - t;
    const ok = await fetch(`${server.url}/v1/analyze`, { method: "POST", headers: { "content-type": "application/json" }, body });
    console.log("| connections | seconds | server RSS before → after | next request |\n|---:|---:|---:|---:|");
    console.log(`| 10,000 | ${(ms / 1000).toFixed(1)} | ${before.toFixed(0)} → ${(await rss()).toFixed(0)} MB | ${ok.status} |`);
  } finally {
    await server.stop();
  }

  console.log(`\n## Queue: sinmun submit of ${QUEUE_DOCS} documents (the same article, batches of 20) with 1 and 2 sinmun worker processes (1 thread each) on a private redis-server\n`);
  console.log("Each row submits the corpus twice to the same workers: cold (the workers' first documents: their compiler still warming up) and warm (the same workers again).");
  console.log("CPU is user + system seconds during the run, every thread included: the workers (their analysis thread, their queue thread, V8's compiler and GC threads), `submit`, and redis-server; on 2 cores the 2-worker run takes at least (its CPU) / 2 seconds, so the speed-up cannot exceed 2 × (seconds of the 1-worker run) / (CPU of the 2-worker run).\n");
  console.log("| queue workers | run | seconds | docs/s | speed-up | CPU: workers | CPU: submit | CPU: redis | CPU total (cores) | CPU-time ceiling | load |");
  console.log("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  const redis = await startRedis();
  const redisProc = redisPid(redis.port);
  const corpus = join(dir, "queue.jsonl");
  writeFileSync(corpus, Array.from({ length: QUEUE_DOCS }, (_, i) => JSON.stringify({ id: i, text })).join("\n"));
  const one: Record<string, { seconds: number; cpu: number | undefined }> = {};
  try {
    for (const n of [1, 2]) {
      const queue = `bench${n}`;
      const workers = Array.from({ length: n }, () => spawnCli(["worker", "--redis", redis.url, "--queue", queue, "--tokenizer", TOKENIZER, "--concurrency", "2"]));
      await until(() => workers.every((w) => w.output().includes("consuming")));
      for (const run of ["cold", "warm"]) {
        const before = workers.map((w) => cpuOf(w.proc.pid));
        const redisBefore = cpuOf(redisProc);
        const t = performance.now();
        const r = runCliCpu(["submit", corpus, "--redis", redis.url, "--queue", queue, "--tokenizer", TOKENIZER === "none" ? "none" : "embedded", "--output", join(dir, "q.jsonl"), "--no-progress"]);
        const seconds = (performance.now() - t) / 1000;
        if (r.status !== 0) throw new Error(r.stderr);
        const after = workers.map((w) => cpuOf(w.proc.pid));
        const workersCpu = before.every((b) => b !== undefined) && after.every((a) => a !== undefined) ? after.reduce((sum: number, a, i) => sum + (a as number) - (before[i] as number), 0) : undefined;
        const redisAfter = cpuOf(redisProc);
        const redisCpu = redisBefore !== undefined && redisAfter !== undefined ? redisAfter - redisBefore : undefined;
        const total = workersCpu !== undefined && r.cpu !== undefined && redisCpu !== undefined ? workersCpu + r.cpu + redisCpu : undefined;
        if (n === 1) one[run] = { seconds, cpu: total };
        const base = one[run] as { seconds: number; cpu: number | undefined };
        // On 2 cores this run takes at least total / 2 seconds; the one-worker run took base.seconds (exact on an idle machine, generous under load).
        const ceiling = n > 1 && total !== undefined ? `×${((2 * base.seconds) / total).toFixed(2)}` : "—";
        console.log(
          `| ${n} | ${run} | ${seconds.toFixed(1)} | ${(QUEUE_DOCS / seconds).toFixed(0)} | ×${(base.seconds / seconds).toFixed(2)} | ${fmtCpu(workersCpu)} | ${fmtCpu(r.cpu)} | ${fmtCpu(redisCpu)} | ${total === undefined ? "—" : `${total.toFixed(1)} (${(total / seconds).toFixed(2)})`} | ${ceiling} | ${loadavg()[0]?.toFixed(2)} |`,
        );
      }
      for (const w of workers) w.proc.kill("SIGTERM");
      await Promise.all(workers.map((w) => w.exited));
    }
  } finally {
    await redis.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
