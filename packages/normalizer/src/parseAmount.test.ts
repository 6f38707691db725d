import { assertDoc } from "@sinmun/core";
import { parseAmount } from "./parseAmount";
import { PARSE_CASES, NULL_CASES } from "../test/parseAmount.cases";

describe("parseAmount", () => {
  test("the table holds at least 300 cases", () => {
    expect(PARSE_CASES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(PARSE_CASES.map((r) => r[0])).size).toBe(PARSE_CASES.length);
  });

  test.each(PARSE_CASES)("%s", (_name, expression, kind, decimal, unit, extra = {}) => {
    const a = parseAmount(expression);
    expect(a).not.toBeNull();
    if (!a) return;
    expect({ kind: a.kind, decimal: a.decimal, unit: a.unit }).toEqual({ kind, decimal, unit });
    expect(a.approx).toBe(extra.approx ?? false);
    if (decimal !== null) expect(a.value).toBe(Number(decimal));
    else expect(a.value).toBeNull();
    if ("min" in extra) {
      expect(a.minDecimal).toBe(extra.min);
      expect(a.min).toBe(extra.min === null || extra.min === undefined ? null : Number(extra.min));
    }
    if ("max" in extra) {
      expect(a.maxDecimal).toBe(extra.max);
      expect(a.max).toBe(extra.max === null || extra.max === undefined ? null : Number(extra.max));
    }
    if (extra.minInclusive !== undefined) expect(a.minInclusive).toBe(extra.minInclusive);
    if (extra.maxInclusive !== undefined) expect(a.maxInclusive).toBe(extra.maxInclusive);
    // The span covers the whole expression and survives the document invariants.
    expect(a.text).toBe(expression.trim());
    assertDoc({ text: expression, sentences: [], amounts: [a] });
  });

  test.each(NULL_CASES)("not one amount: %s", (_name, expression) => {
    expect(parseAmount(expression)).toBeNull();
  });

  test.each([
    ["앞뒤 공백", "  380억 달러  ", 2, 9],
    ["끝 마침표", "380억 달러.", 0, 7],
  ])("spans are offsets into the expression: %s", (_name, expression, start, end) => {
    const a = parseAmount(expression);
    expect(a).not.toBeNull();
    expect([a?.start, a?.end]).toEqual([start, end]);
    expect(expression.slice(start, end)).toBe(a?.text);
  });

  test.each([
    ["숫자가 아닌 값", 380 as unknown as string],
    ["undefined", undefined as unknown as string],
    ["null", null as unknown as string],
    ["아주 긴 입력", "억".repeat(20_000)],
    ["숫자 10만 자리", "1".repeat(100_000)],
  ])("odd input never throws: %s", (_name, input) => {
    expect(() => parseAmount(input)).not.toThrow();
    expect(parseAmount(input)).toBeNull();
  });

  test("exact decimals: no binary drift (0.1 + 0.2 style)", () => {
    expect(parseAmount("0.3억")?.decimal).toBe("30000000");
    expect(parseAmount("1.1조")?.decimal).toBe("1100000000000");
    expect(parseAmount("0.000000001GW")?.decimal).toBe("1");
  });

  test("results survive a JSON round trip", () => {
    for (const [, expression] of PARSE_CASES.slice(0, 50)) {
      const a = parseAmount(expression);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    }
  });
});
