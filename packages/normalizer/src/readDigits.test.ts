import { readDigits } from "./readDigits";
import { toDecimal } from "./rational";

describe("readDigits: 아라비아 숫자 읽기", () => {
  test.each<[string, string, boolean, { value: string; end: number; grouped: boolean; decimal: boolean } | null]>([
    ["정수", "380억", false, { value: "380", end: 3, grouped: false, decimal: false }],
    ["쉼표 세 자리 묶음", "1,234,567원", false, { value: "1234567", end: 9, grouped: true, decimal: false }],
    ["네 자리 머리 뒤 쉼표는 묶음이 아님", "12345,678", false, { value: "12345", end: 5, grouped: false, decimal: false }],
    ["세 자리가 아닌 묶음에서 멈춤", "1,23", false, { value: "1", end: 1, grouped: false, decimal: false }],
    ["소수점", "1.5조", false, { value: "1.5", end: 3, grouped: false, decimal: true }],
    ["전각 숫자", "３２만", false, { value: "32", end: 2, grouped: false, decimal: false }],
    ["본문에서 띄어 쓴 묶음은 아님", "1 234", false, { value: "1", end: 1, grouped: false, decimal: false }],
    ["한 표현에서는 띄어 쓴 묶음도", "1 234", true, { value: "1234", end: 5, grouped: true, decimal: false }],
    ["지수 표기(한 표현)", "1e3", true, { value: "1000", end: 3, grouped: false, decimal: true }],
    ["본문에서는 지수 표기 아님", "1e3", false, { value: "1", end: 1, grouped: false, decimal: false }],
    ["거듭제곱(한 표현)", "2^10", true, { value: "1024", end: 4, grouped: false, decimal: true }],
    ["숫자가 아님", "억", false, null],
    ["200자리 넘는 수", "1".repeat(201), false, null],
  ])("%s", (_name, text, strict, expected) => {
    const run = readDigits(text, 0, strict);
    expect(run && { ...run, value: toDecimal(run.value) }).toEqual(expected);
  });
});
