import { splitLines } from "../src/splitLines";

async function collect(chunks: string[], limit: number): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of splitLines((async function* () {
    for (const c of chunks) yield Buffer.from(c);
  })(), limit)) out.push(item);
  return out;
}

test.each([
  ["한 줄씩", ["가\n나\n"], 100, [{ line: "가" }, { line: "나" }]],
  ["줄이 청크를 넘나든다", ["가", "나\n다", "라"], 100, [{ line: "가나" }, { line: "다라" }]],
  ["CRLF", ["a\r\nb\r\n"], 100, [{ line: "a" }, { line: "b" }]],
  ["너무 긴 줄은 건너뛰고 알린다", ["abc", "defgh\nok\n"], 5, [{ tooLong: 8 }, { line: "ok" }]],
  ["마지막 줄에 개행이 없어도", ["x\ny"], 100, [{ line: "x" }, { line: "y" }]],
])("%s", async (_name, chunks, limit, expected) => {
  expect(await collect(chunks, limit)).toEqual(expected);
});

test("UTF-8 문자가 청크 경계에서 갈라져도 줄은 온전하다", async () => {
  const bytes = Buffer.from("삼성전자\n하이닉스\n");
  const out: unknown[] = [];
  for await (const item of splitLines((async function* () {
    for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
  })(), 100)) out.push(item);
  expect(out).toEqual([{ line: "삼성전자" }, { line: "하이닉스" }]);
});
