import fc from "fast-check";
import { AMOUNT_KINDS, checkDoc, type Amount } from "@sinmun/core";
import { findAmounts, formatAmount, parseAmount, parseNumber } from "@sinmun/normalizer";
import { FUZZ, runs, unit, PIECES, numberText, textArb, docArb, show } from "../../../scripts/fuzz-arbitraries";

// Property-based robustness tests for @sinmun/normalizer (issue 8); run counts and arbitraries are shared (scripts/fuzz-arbitraries.ts).
jest.setTimeout(FUZZ === undefined ? 120_000 : 6 * 3_600_000);

const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Problems of one amount beyond checkDoc: kind, value/decimal agreement, bounds. */
function amountProblems(a: Amount): string[] {
  const p: string[] = [];
  const at = `${a.start}..${a.end} ${show(a.text)}`;
  if (!(AMOUNT_KINDS as readonly string[]).includes(a.kind)) p.push(`${at}: kind ${a.kind}`);
  if (a.end <= a.start) p.push(`${at}: empty span`);
  if ((a.value === null) !== (a.decimal === null)) p.push(`${at}: value ${a.value} vs decimal ${a.decimal}`);
  if (a.decimal !== null && !DECIMAL.test(a.decimal)) p.push(`${at}: decimal ${a.decimal}`);
  if (a.decimal !== null && a.value !== Number(a.decimal)) p.push(`${at}: value ${a.value} is not Number(${a.decimal})`);
  for (const k of ["min", "max"] as const) {
    const v = a[k];
    const d = a[`${k}Decimal`];
    if (v === undefined && d === undefined) continue;
    if ((v === null || v === undefined) !== (d === null || d === undefined)) p.push(`${at}: ${k} ${v} vs ${k}Decimal ${d}`);
    else if (d !== null && d !== undefined && (!DECIMAL.test(d) || v !== Number(d))) p.push(`${at}: ${k} ${v} vs ${k}Decimal ${d}`);
  }
  if (typeof a.min === "number" && typeof a.max === "number" && a.min > a.max) p.push(`${at}: min ${a.min} > max ${a.max}`);
  return p;
}
function findProblems(text: string, amounts: Amount[]): string[] {
  const p = checkDoc({ text, sentences: [], amounts }).map((v) => `${v.path}: ${v.message}`);
  let prev = 0;
  for (const a of amounts) {
    if (a.start < prev) p.push(`overlap: ${a.start}..${a.end} starts before ${prev}`);
    prev = Math.max(prev, a.end);
    p.push(...amountProblems(a));
  }
  return p;
}

describe("findAmounts: 임의 텍스트", () => {
  test("예외 없음, 유효·정렬·비중첩 스팬, value = Number(decimal), JSON 왕복, 결정적", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const a = findAmounts(text);
        expect(findProblems(text, a)).toEqual([]);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        expect(findAmounts(text)).toEqual(a);
      }),
      { numRuns: runs(8_000) },
    );
  });

  test("앞에 문단을 하나 더 붙여도 금액은 같고 오프셋만 밀린다", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const prefix = "시장 동향.\n\n";
        const a = findAmounts(text);
        const b = findAmounts(prefix + text).map((x) => ({ ...x, start: x.start - prefix.length, end: x.end - prefix.length }));
        expect(b).toEqual(a);
      }),
      { numRuns: runs(5_000, 0.5) },
    );
  });

  test("찾은 금액의 글자만 parseAmount에 넣어도 금액이다", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        for (const a of findAmounts(text)) {
          const alone = parseAmount(a.text);
          expect({ text: a.text, parsed: alone !== null }).toEqual({ text: a.text, parsed: true });
        }
      }),
      { numRuns: runs(5_000, 0.5) },
    );
  });
});

describe("parseAmount / parseNumber: 임의 표현", () => {
  const exprArb = fc.oneof(textArb, numberText, fc.tuple(numberText, fc.constantFrom(...PIECES)).map(([n, u]) => n + u));
  test("parseAmount: 예외 없음, null 또는 표현 안의 유효한 금액, 결정적", () => {
    fc.assert(
      fc.property(exprArb, (expr) => {
        const a = parseAmount(expr);
        if (a !== null) expect(findProblems(expr, [a])).toEqual([]);
        expect(parseAmount(expr)).toEqual(a);
      }),
      { numRuns: runs(8_000) },
    );
  });

  test("parseNumber: null 또는 value = Number(decimal); 숫자면 parseAmount도 같은 값", () => {
    fc.assert(
      fc.property(exprArb, (expr) => {
        const n = parseNumber(expr);
        if (n === null) return;
        expect(DECIMAL.test(n.decimal)).toBe(true);
        expect(n.value).toBe(Number(n.decimal));
        expect(parseAmount(expr)?.decimal).toBe(n.decimal);
      }),
      { numRuns: runs(8_000) },
    );
  });
});

describe("formatAmount → parseAmount 왕복", () => {
  const value = fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.bigInt({ min: 0n, max: 100_000n }), fc.constantFrom(0n, 1n, 10_000n, 100_000_000n, 10n ** 12n, 10n ** 16n));
  test.each<[string, string | null]>([
    ["원", "KRW"],
    ["달러", "USD"],
    ["엔", "JPY"],
    ["유로", "EUR"],
    ["퍼센트", "%"],
    ["퍼센트포인트", "%p"],
    ["단위 없는 수", null],
  ])("%s: 정수 값은 글로 썼다가 다시 읽어도 같은 값과 단위", (_name, unit) => {
    fc.assert(
      fc.property(value, fc.constantFrom<"korean" | "digits">("korean", "digits"), (v, style) => {
        const written = formatAmount(v, unit, { style });
        const back = parseAmount(written);
        expect({ written, decimal: back?.decimal, unit: back?.unit ?? null }).toEqual({ written, decimal: v.toString(), unit });
      }),
      { numRuns: runs(2_000, 0.1) },
    );
  });
});
