// The server's pool is sinmun's (createWorkerPool) with JSON lines out and @sinmun/server errors:
// per-request options through it, errors as HTTP clients and queue jobs saw them before.
import { SinmunError } from "@sinmun/core";
import { createPool, type Pool, type RequestOptions } from "../src/index";

jest.setTimeout(120_000);

const TEXT = "오픈AI가 AWS와 380억 달러 규모의 계약을 맺었다. 샘 올트먼 CEO는 “컴퓨팅이 필요하다”고 말했다.";

let pool: Pool;
beforeAll(async () => {
  pool = createPool(2);
  await pool.ready;
});
afterAll(async () => {
  await pool.close();
});

test("요청마다의 옵션: 한 턴에 섞여 와도 따로 보낸 것과 같은 줄", async () => {
  const options: RequestOptions[] = [{}, { disable: ["quotes"] }, { tokens: true }, { disable: ["dates", "facts"] }];
  const alone: string[] = [];
  for (const [i, o] of options.entries()) alone.push(await pool.analyze({ id: i, text: TEXT }, o));
  const mixed = await Promise.all(options.map((o, i) => pool.analyze({ id: i, text: TEXT }, o)));
  expect(mixed).toEqual(alone);
  expect(JSON.parse(alone[1] as string).quotes).toBeUndefined();
  expect(Array.isArray(JSON.parse(alone[2] as string).tokens)).toBe(true);
  expect(JSON.parse(alone[0] as string).tokens).toBeUndefined();
  expect(pool.inFlight).toBe(0);
});

test("오류는 @sinmun/server의 SinmunError, 메시지는 그대로", async () => {
  const [option, input] = await Promise.allSettled([pool.analyze({ text: TEXT }, { disable: ["quote" as never] }), pool.analyze({ txt: TEXT } as never)]);
  const a = (option as PromiseRejectedResult).reason as SinmunError;
  expect(a).toBeInstanceOf(SinmunError);
  expect(a).toMatchObject({ pkg: "@sinmun/server", code: "invalid-option" });
  expect(a.message).toMatch(/^@sinmun\/server: expected disable in \{.*\}, got "quote"$/);
  expect((input as PromiseRejectedResult).reason).toMatchObject({ pkg: "@sinmun/server", code: "invalid-input", message: '@sinmun/server: expected a string "text" field, got none' });
});

test("ready: 기본 분석기를 만들 수 없으면 거절 (/healthz는 계속 503)", async () => {
  const bad = createPool(1, { disable: ["quote" as never] });
  try {
    await expect(bad.ready).rejects.toMatchObject({ pkg: "@sinmun/server", code: "invalid-option" });
  } finally {
    await bad.close();
  }
  await expect(bad.analyze({ text: TEXT })).rejects.toMatchObject({ pkg: "@sinmun/server", code: "closed" });
});
