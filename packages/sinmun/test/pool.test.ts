// The one worker pool (createWorkerPool): per-document options, batching, ready, a dead thread.
// Runs the built worker (dist/worker.js), as analyzeMany({ workers }) does.
import * as threads from "node:worker_threads";
import { createAnalyzer, createWorkerPool, serializeDoc, type Analyzer, type PoolRequestOptions, type WorkerPool } from "sinmun";

jest.setTimeout(120_000);

const BASE = { disable: ["tokens" as const] };
const TEXTS = [
  "오픈AI가 AWS와 380억 달러 규모의 계약을 맺었다. 샘 올트먼 CEO는 “컴퓨팅이 필요하다”고 말했다.",
  "삼성전자가 3분기 영업이익 9조1000억 원을 기록했다고 31일 밝혔다.",
  "SK하이닉스가 HBM 공급을 20% 늘린다.",
];

/** What one analyser with the pool's options plus these ones writes for the text: the line a pool must match. */
const analyzers = new Map<string, Promise<Analyzer>>();
async function expected(text: string, id: number, options: PoolRequestOptions): Promise<string> {
  const disable = [...new Set([...BASE.disable, ...(options.disable ?? [])])];
  const key = JSON.stringify([disable, options.tokens]);
  let analyzer = analyzers.get(key);
  if (!analyzer) analyzers.set(key, (analyzer = createAnalyzer({ disable, ...(options.tokens !== undefined ? { tokens: options.tokens } : {}) }) as Promise<Analyzer>));
  return serializeDoc((await (await analyzer).analyze({ id, text })) as unknown as Record<string, unknown>);
}
afterAll(async () => {
  for (const a of analyzers.values()) await (await a).close();
});

describe("createWorkerPool", () => {
  let pool: WorkerPool;
  beforeAll(async () => {
    pool = createWorkerPool(2, BASE, { json: true });
    await pool.ready;
  });
  afterAll(async () => {
    await pool.close();
  });

  test("문서마다의 옵션: disable과 tokens가 그 문서에만, 한 분석기와 같은 줄", async () => {
    const options: PoolRequestOptions[] = [{}, { disable: ["quotes", "dates"] }, { tokens: true, disable: [] }];
    for (const [i, o] of options.entries()) {
      const line = await pool.analyze({ id: i, text: TEXTS[i] as string }, o);
      expect(line).toBe(await expected(TEXTS[i] as string, i, o));
    }
    const quoteless = JSON.parse((await pool.analyze(TEXTS[0] as string, { disable: ["quotes"] })) as string);
    expect(quoteless.quotes).toBeUndefined();
    expect(Array.isArray(quoteless.entities)).toBe(true);
  });

  test("한 턴에 보낸 문서는 스레드마다 메시지 하나로, 옵션이 섞여도 각자의 결과", async () => {
    const post = jest.spyOn(threads.Worker.prototype, "postMessage");
    try {
      const options: PoolRequestOptions[] = [{}, { disable: ["quotes"] }, { disable: ["dates", "facts"] }, { tokens: true }];
      const jobs = Array.from({ length: 24 }, (_, i) => ({ id: i, text: TEXTS[i % TEXTS.length] as string, options: options[i % options.length] as PoolRequestOptions }));
      const lines = await Promise.all(jobs.map((j) => pool.analyze({ id: j.id, text: j.text }, j.options)));
      // 24 documents queued in one turn: one message to each of the two threads.
      expect(post).toHaveBeenCalledTimes(2);
      for (const [i, j] of jobs.entries()) expect(lines[i]).toBe(await expected(j.text, j.id, j.options));
      expect(pool.inFlight).toBe(0);
    } finally {
      post.mockRestore();
    }
  });

  test("문서의 잘못된 옵션이나 입력은 그 문서만 거절, 코드와 함께", async () => {
    const results = await Promise.allSettled([
      pool.analyze({ text: "삼성전자가 올랐다." }, { disable: ["quote" as never] }),
      pool.analyze({ txt: "삼성전자" } as never),
      pool.analyze({ id: 7, text: "삼성전자가 올랐다." }),
    ]);
    expect(results[0]).toMatchObject({ status: "rejected", reason: { code: "invalid-option", pkg: "sinmun" } });
    expect(String((results[0] as PromiseRejectedResult).reason.message)).toMatch(/^sinmun: expected disable in \{.*\}, got "quote"$/);
    expect(results[1]).toMatchObject({ status: "rejected", reason: { code: "invalid-input", message: 'sinmun: expected a string "text" field, got none' } });
    expect(results[2]).toMatchObject({ status: "fulfilled" });
  });
});

test("스레드가 죽으면 그 문서는 worker-died로 실패하고, 새 스레드가 이어받는다", async () => {
  const pool = createWorkerPool(1, BASE, { json: true });
  try {
    await pool.ready;
    const post = jest.spyOn(threads.Worker.prototype, "postMessage").mockImplementationOnce(function (this: threads.Worker, ...args: Parameters<threads.Worker["postMessage"]>) {
      // The batch leaves, then its thread is stopped before it can answer all of it.
      threads.Worker.prototype.postMessage.call(this, ...args);
      void this.terminate();
    });
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => pool.analyze({ id: i, text: TEXTS[i % TEXTS.length] as string })));
    post.mockRestore();
    const died = results.filter((r) => r.status === "rejected");
    expect(died.length).toBeGreaterThan(0);
    for (const r of died) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "worker-died", message: expect.stringMatching(/analysis thread exited with code \d+/) });
    for (const r of results) if (r.status === "fulfilled") expect(JSON.parse(r.value as string).text).toBeDefined();
    // The replacement answers.
    expect(await pool.analyze({ id: 99, text: TEXTS[1] as string })).toBe(await expected(TEXTS[1] as string, 99, {}));
    expect(pool.inFlight).toBe(0);
  } finally {
    await pool.close();
  }
});

test("ready: 스레드가 풀의 옵션으로 분석기를 만들 수 없으면 거절", async () => {
  const pool = createWorkerPool(2, { disable: ["quote" as never] });
  try {
    await expect(pool.ready).rejects.toMatchObject({ code: "invalid-option", message: expect.stringMatching(/expected disable in \{.*\}, got "quote"/) });
    // Documents get the same error; nothing hangs.
    await expect(pool.analyze("삼성전자가 올랐다.")).rejects.toMatchObject({ code: "invalid-option" });
  } finally {
    await pool.close();
  }
});

test("close: 닫힌 풀은 문서를 closed로 거절", async () => {
  const pool = createWorkerPool(1, BASE);
  await pool.close();
  await expect(pool.analyze("삼성전자")).rejects.toMatchObject({ code: "closed" });
});
