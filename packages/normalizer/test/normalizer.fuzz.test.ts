import fc from "fast-check";
import { AMOUNT_KINDS, checkDoc, type Amount } from "@sinmun/core";
import { findAmounts, formatAmount, parseAmount, parseNumber } from "@sinmun/normalizer";

// Property-based robustness tests for @sinmun/normalizer (issue 8). CI runs the defaults below;
// `npm run fuzz` sets FUZZ_RUNS (200000) and every property runs FUZZ_RUNS × its share.
const FUZZ = process.env.FUZZ_RUNS;
function runs(ci: number, share = 1): number {
  return FUZZ === undefined ? ci : Math.max(1, Math.round(Number(FUZZ) * share));
}
jest.setTimeout(FUZZ === undefined ? 120_000 : 6 * 3_600_000);

// ---- arbitraries (the same alphabet in every package's fuzz file) ----
const cp = (lo: number, hi: number): fc.Arbitrary<string> => fc.integer({ min: lo, max: hi }).map((c) => String.fromCodePoint(c));
const unit = (lo: number, hi: number): fc.Arbitrary<string> => fc.integer({ min: lo, max: hi }).map((c) => String.fromCharCode(c));
const PIECES = [
  "삼성전자", "오픈AI", "엔비디아", "SK하이닉스", "현대차", "이재용", "샘 올트먼", "한국은행", "미국", "서울",
  "은", "는", "이", "가", "을", "를", "의", "에", "에서", "으로", "와", "과", "도", "만", "씨", "측",
  "만", "억", "조", "경", "천", "백", "십", "일", "이", "삼", "오", "구", "반", "수십", "여", "약", "이상", "미만", "넘는",
  "원", "달러", "엔", "위안", "유로", "%", "%p", "％", "bp", "GW", "MW", "kWh", "톤", "주", "명", "대", "배럴", "년", "개월",
  "“", "”", "‘", "’", "\"", "'", "「", "」", "『", "』", "«", "»", "＂", "″", "(", ")", "[", "]", "（", "）", "<", ">",
  ".", ",", "?", "!", "…", "~", "-", "–", "·", "/", ":", "=", "+", "$", "₩", "￦",
  " ", " ", " ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u3000", "\u2028", "\u0085", "\u200b", "\ufeff", "\u0000",
  "말했다", "밝혔다", "강조했다", "전했다", "라고", "이라고", "고", "며", "면서", "다.", "했다.", "기자", "회장", "대표", "최고경영자(CEO)",
  "㈜", "(주)", "Inc.", "U.S.", "https://example.com/a?b=1", "news@example.co.kr", "ⓒ", "저작권자", "무단 전재 및 재배포 금지",
  "１２３", "ＡＢＣ", "😀", "👍🏽", "👨‍👩‍👧", "𝟘", "𠀀", "\ud800", "\udfff", "\ud83d", "\ude00", "e\u0301", "ᄒ\u1161\u11ab",
];
const numberText = fc.oneof(
  fc.stringMatching(/^[0-9]{1,4}(,[0-9]{3}){0,3}(\.[0-9]{1,4})?$/),
  fc.stringMatching(/^[0-9]{1,25}$/),
  fc.stringMatching(/^[0-9]{1,4}(조|억|만|천|백|십){1,3}[0-9]{0,4}$/),
);
const atom = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 5, arbitrary: cp(0xac00, 0xd7a3) },
  { weight: 1, arbitrary: cp(0x1100, 0x11ff) },
  { weight: 1, arbitrary: cp(0x3131, 0x318e) },
  { weight: 2, arbitrary: cp(0x41, 0x5a) },
  { weight: 2, arbitrary: cp(0x61, 0x7a) },
  { weight: 3, arbitrary: numberText },
  { weight: 1, arbitrary: cp(0x00, 0x1f) },
  { weight: 1, arbitrary: cp(0x7f, 0x9f) },
  { weight: 1, arbitrary: cp(0xff01, 0xff5e) },
  { weight: 1, arbitrary: cp(0x1f300, 0x1faff) },
  { weight: 1, arbitrary: unit(0xd800, 0xdfff) },
  { weight: 1, arbitrary: unit(0x0000, 0xffff) },
);
const longRun = fc.tuple(atom, fc.integer({ min: 2, max: 400 })).map(([s, n]) => s.repeat(n));
/** Arbitrary text: Hangul, jamo, Latin, numbers, every quote mark, units, emoji, lone surrogates, controls, long runs. */
const textArb = fc
  .array(fc.oneof({ weight: 15, arbitrary: atom }, { weight: 1, arbitrary: longRun }), { maxLength: 80 })
  .map((a) => a.join(""));
const NAMES = ["삼성전자", "오픈AI", "엔비디아", "이재용 삼성전자 회장", "샘 올트먼 오픈AI 최고경영자(CEO)", "한국은행", "정부", "업계 관계자", "그", "김민수 대표", "애플", "테슬라", "SK하이닉스", "현대차"];
const JOSA = ["는", "가", "이", "은", "도", "측은", "에 따르면", ""];
const CUES = ["말했다.", "밝혔다.", "강조했다.", "전했다.", "설명했다.", "덧붙였다.", "했다.", "말했다"];
const MARKS: [string, string][] = [["“", "”"], ["‘", "’"], ["\"", "\""], ["'", "'"], ["「", "」"], ["『", "』"], ["«", "»"], ["＂", "＂"], ["″", "″"], ["“", ""], ["", "”"]];
const shortText = fc.array(atom, { maxLength: 12 }).map((a) => a.join(""));
const sentenceArb = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...JOSA), fc.constantFrom(...MARKS), shortText, fc.constantFrom("라고", "고", "며", ""), fc.constantFrom(...CUES))
    .map(([n, j, [o, c], t, q, v]) => `${n}${j} ${o}${t}${c}${q} ${v}`),
  fc.tuple(fc.constantFrom(...MARKS), shortText, fc.constantFrom(...NAMES), fc.constantFrom(...JOSA), fc.constantFrom(...CUES))
    .map(([[o, c], t, n, j, v]) => `${o}${t}${c}라고 ${n}${j} ${v}`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...JOSA), numberText, fc.constantFrom("억원", "조 원", "달러", "%", "%p", "GW", "만명", "bp"), fc.constantFrom(...CUES))
    .map(([n, j, x, u, v]) => `${n}${j} 매출이 ${x}${u} 늘었다고 ${v}`),
  shortText,
);
/** News-like documents: quotes with speakers and cue verbs, amounts, names, mixed with arbitrary text. */
const newsArb = fc
  .array(fc.tuple(sentenceArb, fc.constantFrom(" ", " ", "\n", "\n\n", "")), { maxLength: 10 })
  .map((a) => a.map(([s, sep]) => s + sep).join(""));
const docArb = fc.oneof(textArb, newsArb);
/** JSON with every non-ASCII unit escaped, so invisible characters show in failure messages. */
const show = (s: string): string => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

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
