// Issue 19: scale-out on a real queue. A private redis-server, real `sinmun worker` processes, and
// `sinmun submit`; one worker is killed with SIGKILL midway, and every document still comes back
// once, in order, equal to what `sinmun analyze` writes for the same input.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { submit } from "../src/submit";
import { BIN } from "./spawnServe";
import { hasRedis, startRedis, type PrivateRedis } from "./startRedis";

jest.setTimeout(180_000);

if (!hasRedis) console.warn("@sinmun/server queue tests skipped: redis-server is not installed (apt-get install redis-server; CI installs it)");
const maybe = hasRedis ? describe : describe.skip;

const COMPANIES = ["삼성전자", "SK하이닉스", "오픈AI", "엔비디아", "현대차", "LG에너지솔루션", "카카오", "네이버"];
function corpus(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const a = COMPANIES[i % COMPANIES.length] as string;
    const b = COMPANIES[(i * 3 + 1) % COMPANIES.length] as string;
    const text = `${a}가 ${b}와 ${(i % 97) + 1}억 달러 규모의 계약을 맺었다. 회사 관계자는 “${i}번째 협력”이라고 말했다. 지난해 같은 기간보다 ${i % 13}.5% 늘었다.`;
    return JSON.stringify(i % 5 === 0 ? { text, id: `doc-${i}`, source: "test", n: i } : { id: i, text });
  });
}

interface Running {
  proc: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

function run(args: string[]): Running {
  const proc = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout?.setEncoding("utf8").on("data", (d: string) => (out += d));
  proc.stderr?.setEncoding("utf8").on("data", (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  return { proc, output: () => out, exited };
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stopAll(procs: Running[]): Promise<void> {
  for (const p of procs) if (p.proc.exitCode === null && p.proc.signalCode === null) p.proc.kill("SIGKILL");
  await Promise.all(procs.map((p) => p.exited));
}

maybe("queue: sinmun worker × 2 + sinmun submit against a private Redis", () => {
  let redis: PrivateRedis;
  let dir: string;
  const started: Running[] = [];
  const worker = async (queue: string): Promise<Running> => {
    const w = run(["worker", "--redis", redis.url, "--queue", queue, "--tokenizer", "none", "--lock-ms", "2000", "--concurrency", "2"]);
    started.push(w);
    await until("a worker to start", () => w.output().includes("consuming") || w.proc.exitCode !== null);
    if (w.proc.exitCode !== null) throw new Error(w.output());
    return w;
  };

  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), "sinmun-queue-"));
  });
  afterAll(async () => {
    await stopAll(started);
    await redis?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("2,000 documents, one worker killed -9 midway: all come back once, in order, as sinmun analyze writes them", async () => {
    const input = join(dir, "corpus.jsonl");
    writeFileSync(input, `${corpus(2000).join("\n")}\n`);
    const expected = spawnSync(process.execPath, [BIN, "analyze", "--format", "jsonl", "--tokenizer", "none", "--workers", "1", input], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(expected.status).toBe(0);

    const [a, b] = await Promise.all([worker("kill9"), worker("kill9")]);
    // Worker b is held (SIGSTOP) until a has been killed, so the kill surely lands midway, however
    // fast the machine: with b stopped and a dead, submit cannot finish.
    b?.proc.kill("SIGSTOP");
    const out = join(dir, "out.jsonl");
    const sub = run(["submit", input, "--redis", redis.url, "--queue", "kill9", "--tokenizer", "none", "--batch", "10", "--output", out, "--no-progress"]);
    started.push(sub);
    const queue = new Queue("kill9", { connection: { host: "127.0.0.1", port: redis.port } });
    try {
      await until("worker a to take jobs", async () => {
        const counts = await queue.getJobCounts("active", "completed");
        return (counts.active ?? 0) + (counts.completed ?? 0) >= 1 || sub.proc.exitCode !== null;
      });
      a?.proc.kill("SIGKILL");
      expect(sub.proc.exitCode).toBeNull(); // midway: submit is still waiting
      b?.proc.kill("SIGCONT");
    } finally {
      await queue.close();
    }
    expect(await sub.exited).toBe(0);
    const got = readFileSync(out, "utf8");
    expect(got.split("\n").length).toBe(2001);
    expect(got).toBe(expected.stdout);
  });

  test("Redis goes away and comes back empty: the worker reconnects, submit waits, re-enqueues what was lost and finishes", async () => {
    const input = join(dir, "small.jsonl");
    const lines = corpus(300);
    writeFileSync(input, `${lines.join("\n")}\n`);
    const expected = spawnSync(process.execPath, [BIN, "analyze", "--format", "jsonl", "--tokenizer", "none", "--workers", "1", input], { encoding: "utf8" });
    const w = await worker("restart");
    w.proc.kill("SIGSTOP"); // holds no job while Redis is away
    const out = join(dir, "small.out.jsonl");
    const sub = run(["submit", input, "--redis", redis.url, "--queue", "restart", "--tokenizer", "none", "--output", out, "--no-progress"]);
    started.push(sub);
    const probe = new Redis(redis.url, { maxRetriesPerRequest: 1, lazyConnect: true });
    await until("the jobs to be enqueued", async () => {
      await probe.connect().catch(() => undefined);
      return (await probe.llen("bull:restart:wait").catch(() => 0)) >= 15;
    });
    probe.disconnect();
    await redis.restart(); // empty: the jobs are gone
    w.proc.kill("SIGCONT");
    expect(await sub.exited).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(expected.stdout);
    expect(w.proc.exitCode).toBeNull(); // the worker survived the outage
  });

  test("a job that fails three times lands in the output as error records with their ids, never dropped", async () => {
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    let attempts = 0;
    const failing = new Worker(
      "fail3",
      async (job) => {
        const docs = (job.data as { docs: { input: { id?: unknown; text: string } }[] }).docs;
        if (docs.some((d) => d.input.text.includes("독약"))) {
          attempts++;
          throw new Error("boom");
        }
        return docs.map((d) => JSON.stringify({ id: d.input.id, text: d.input.text }));
      },
      { connection, concurrency: 2 },
    );
    try {
      const inputs = [{ id: "a", text: "좋다" }, { id: "b", text: "독약" }, { id: "c", text: "좋다" }, { id: 4, text: "좋다" }];
      const lines: string[] = [];
      for await (const line of submit(inputs, { redis: redis.url, queue: "fail3", batch: 2 })) lines.push(line);
      expect(lines.map((l) => JSON.parse(l))).toEqual([
        { index: 0, id: "a", error: { code: "job-failed", message: "failed 3 times: boom" } },
        { index: 1, id: "b", error: { code: "job-failed", message: "failed 3 times: boom" } },
        { id: "c", text: "좋다" },
        { id: 4, text: "좋다" },
      ]);
      expect(attempts).toBe(3);
    } finally {
      await failing.close();
      connection.disconnect();
    }
  });
});
