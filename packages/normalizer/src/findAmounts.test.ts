import { assertDoc } from "@sinmun/core";
import type { Amount } from "@sinmun/core";
import { findAmounts } from "./findAmounts";
import { PASSAGES, type Expected } from "../test/findAmounts.cases";

function locate(text: string, expected: Expected[]): { start: number; end: number; e: Expected }[] {
  let from = 0;
  return expected.map((e) => {
    const start = text.indexOf(e[0], from);
    if (start < 0) throw new Error(`expected span ${JSON.stringify(e[0])} not in passage`);
    from = start + e[0].length;
    return { start, end: from, e };
  });
}

const key = (a: { start: number; end: number }) => `${a.start}:${a.end}`;

describe("findAmounts", () => {
  test("the passages: at least 40, with not-amount cases among them", () => {
    expect(PASSAGES.length).toBeGreaterThanOrEqual(40);
    expect(PASSAGES.filter((p) => p[2].length === 0).length).toBeGreaterThanOrEqual(5);
  });

  test.each(PASSAGES)("%s", (_name, text, expected) => {
    const got = findAmounts(text);
    assertDoc({ text, sentences: [], amounts: got });
    const want = locate(text, expected);
    expect(got.map((a) => [a.start, a.end, a.text])).toEqual(want.map((w) => [w.start, w.end, w.e[0]]));
    want.forEach((w, i) => {
      const a = got[i] as Amount;
      const [, kind, decimal, unit, extra = {}] = w.e;
      expect({ kind: a.kind, decimal: a.decimal, unit: a.unit }).toEqual({ kind, decimal, unit });
      if (extra.approx !== undefined) expect(a.approx).toBe(extra.approx);
      if (extra.qualifier !== undefined) expect(a.qualifier).toBe(extra.qualifier);
      if (extra.min !== undefined) expect(a.minDecimal).toBe(extra.min);
      if (extra.max !== undefined) expect(a.maxDecimal).toBe(extra.max);
    });
  });

  test("precision and recall over all passages are both 1", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [, text, expected] of PASSAGES) {
      const got = new Set(findAmounts(text).map(key));
      const want = new Set(locate(text, expected).map(key));
      for (const k of got) (want.has(k) ? tp++ : fp++);
      for (const k of want) if (!got.has(k)) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`findAmounts on ${PASSAGES.length} passages: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${tp} spans)`);
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });

  test.each([
    ["빈 문자열", ""],
    ["이진 데이터", "\u0000\u0001\u0002\uffff300억"],
    ["외톨이 대리 문자", "\ud800 300억 원 \udc00"],
    ["짝 없는 따옴표", "\"300억 원"],
    ["숫자 100만 자리", "7".repeat(1_000_000)],
    ["억 10만 개", "억".repeat(100_000)],
    ["1억 반복", "1억 ".repeat(50_000)],
    ["범위 기호 반복", "10~".repeat(50_000)],
    ["숫자와 공백 반복", "1 ".repeat(100_000)],
  ])("odd or pathological input stays valid and ends: %s", (_name, text) => {
    const got = findAmounts(text);
    assertDoc({ text, sentences: [], amounts: got });
  });

  test("non-string input gives []", () => {
    expect(findAmounts(undefined as unknown as string)).toEqual([]);
    expect(findAmounts(42 as unknown as string)).toEqual([]);
  });
});

describe("findAmounts: linear work on pathological input (counted, not timed)", () => {
  // Every numeral read is counted with the characters it consumed; linear scanning means the total
  // stays within a small constant times the input length, whatever the input repeats.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const numeral = require("./numeral") as typeof import("./numeral");
  test.each([
    ["숫자 100만 자리", "7".repeat(1_000_000)],
    ["억 10만 개", "억".repeat(100_000)],
    ["1억 반복", "1억 ".repeat(50_000)],
    ["천 반복", "1천 ".repeat(50_000)],
    ["범위 기호 반복", "10~".repeat(50_000)],
    ["숫자와 공백 반복", "1 ".repeat(100_000)],
    ["쉼표 반복", "1,000".repeat(50_000)],
    ["한자어 반복", "삼백 ".repeat(50_000)],
    ["수십 반복", "수십".repeat(50_000)],
  ])("%s", (_name, text) => {
    const real = numeral.readNumeral;
    let consumed = 0;
    const spy = jest.spyOn(numeral, "readNumeral").mockImplementation((s, i, opts, vague) => {
      const r = real(s, i, opts, vague);
      consumed += r ? r.end - i : 1;
      return r;
    });
    try {
      findAmounts(text);
    } finally {
      spy.mockRestore();
    }
    expect(consumed).toBeGreaterThan(0); // the counter saw the scanner's reads
    expect(consumed).toBeLessThanOrEqual(4 * text.length + 16);
  });
});
