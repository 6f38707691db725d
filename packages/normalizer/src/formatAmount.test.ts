import { SinmunError } from "@sinmun/core";
import { formatAmount, type FormatOptions } from "./formatAmount";
import { parseAmount } from "./parseAmount";

describe("formatAmount", () => {
  test.each([
    ["달러: 380억 달러", 38000000000, "USD", "380억 달러"],
    ["단위 없는 조·억: 1조4000억", 1400000000000, null, "1조4000억"],
    ["원은 붙여 씀: 1조4000억원", 1400000000000, "KRW", "1조4000억원"],
    ["만 단위 나머지: 12만3456", 123456, null, "12만3456"],
    ["만 미만은 숫자 그대로: 9999", 9999, null, "9999"],
    ["억 아래 빈 자리 생략: 1억5", 100000005, null, "1억5"],
    ["소수 붙은 일의 자리: 12만3456.5", 123456.5, null, "12만3456.5"],
    ["1보다 작은 수: 0.25", 0.25, null, "0.25"],
    ["영: 0", 0, null, "0"],
    ["음수: -200억원", -20000000000, "KRW", "-200억원"],
    ["경을 넘는 정확한 문자열", "99990000000000000000", null, "9999경"],
    ["bigint 입력", 38000000000n, "USD", "380억 달러"],
    ["엔", 500000000000, "JPY", "5000억 엔"],
    ["위안", 100000, "CNY", "10만 위안"],
    ["유로", 500, "EUR", "500 유로"],
    ["홍콩 달러", 300, "HKD", "300 홍콩 달러"],
    ["표에 없는 통화 코드", 100, "GEL", "100 GEL"],
    ["퍼센트", 3.5, "%", "3.5%"],
    ["퍼센트포인트", 0.5, "%p", "0.5%p"],
    ["베이시스포인트", 25, "bp", "25bp"],
    ["와트 GW", 30000000000, "W", "30GW"],
    ["와트시 kWh", 1500, "Wh", "1.5kWh"],
    ["그램 톤", 3000000, "g", "3톤"],
    ["미터 km", 12000, "m", "12km"],
    ["작은 미터", 0.5, "m", "0.5m"],
    ["세는 단위", 30000, "명", "3만명"],
    ["평", 33, "평", "33평"],
    ["기간 년", 7, "year", "7년"],
    ["기간 개월", 3, "month", "3개월"],
    ["기간 시간", 24, "hour", "24시간"],
    ["지수 표기 숫자", 1e21, null, "10해"],
  ])("%s", (_name, value, unit, expected) => {
    expect(formatAmount(value as number | string | bigint, unit)).toBe(expected);
  });

  test("digits style writes grouped digits", () => {
    expect(formatAmount(38000000000, "USD", { style: "digits" })).toBe("38,000,000,000 달러");
    expect(formatAmount(1234.5, null, { style: "digits" })).toBe("1,234.5");
  });

  test("a bad style throws a SinmunError naming the allowed values", () => {
    expect(() => formatAmount(1, null, { style: "roman" as "korean" })).toThrow(SinmunError);
    expect(() => formatAmount(1, null, { style: "roman" as "korean" })).toThrow('@sinmun/normalizer: expected style in {korean, digits}, got "roman"');
  });

  test.each([
    ["모르는 옵션 키", { unit: "KRW" }, '@sinmun/normalizer: expected option in {style}, got "unit"'],
    ["철자 틀린 옵션 키", { styles: "digits" }, '@sinmun/normalizer: expected option in {style}, got "styles"'],
  ])("옵션 검사: %s", (_n, options, message) => {
    expect(() => formatAmount(1, null, options as FormatOptions)).toThrow(SinmunError);
    expect(() => formatAmount(1, null, options as FormatOptions)).toThrow(message);
  });

  test.each([["NaN", NaN], ["Infinity", Infinity], ["문자", "abc"]])("not a number gives an empty string: %s", (_n, v) => {
    expect(formatAmount(v as number, "USD")).toBe("");
  });

  // Round trip: what formatAmount writes, parseAmount reads back to the same exact value and unit.
  test.each([
    [38000000000, "USD"], [1400000000000, "KRW"], [1400000000000, null], [123456, null], [0.25, "%"], [0.5, "%p"],
    [25, "bp"], [30000000000, "W"], [1500, "Wh"], [3000000, "g"], [12000, "m"], [30000, "명"], [33, "평"], [7, "year"],
    [3, "month"], [24, "hour"], [500000000000, "JPY"], [100000, "CNY"], [300, "HKD"], [150, "CAD"], [-20000000000, "KRW"],
    ["99990000000000000000", null], [100000005, "USD"], [7.5, "year"], [72000, "KRW"], [1000000, "주"], [50, "EUR"],
  ])("round trip parseAmount(formatAmount(%p, %p))", (value, unit) => {
    const text = formatAmount(value as number | string, unit as string | null);
    const back = parseAmount(text);
    expect(back).not.toBeNull();
    expect(back?.decimal).toBe(String(value));
    expect(back?.unit).toBe(unit);
  });
});
