// Shared fast-check arbitraries and run counts for every package's *.fuzz.test.ts (issue 8):
// one alphabet (Hangul, jamo, Latin, numbers, every quote mark, units, emoji, lone surrogates,
// controls, long runs), so each package is fuzzed with the same kinds of text.
// CI runs each property's default count with a fixed seed (scripts/fuzz-setup.js); `npm run fuzz`
// sets FUZZ_RUNS (200000) and every property runs FUZZ_RUNS × its share.
import fc from "fast-check";

export const FUZZ = process.env.FUZZ_RUNS;
export function runs(ci: number, share = 1): number {
  return FUZZ === undefined ? ci : Math.max(1, Math.round(Number(FUZZ) * share));
}

// ---- arbitraries (the same alphabet in every package's fuzz file) ----
export const cp = (lo: number, hi: number): fc.Arbitrary<string> => fc.integer({ min: lo, max: hi }).map((c) => String.fromCodePoint(c));
export const unit = (lo: number, hi: number): fc.Arbitrary<string> => fc.integer({ min: lo, max: hi }).map((c) => String.fromCharCode(c));
export const PIECES = [
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
export const numberText = fc.oneof(
  fc.stringMatching(/^[0-9]{1,4}(,[0-9]{3}){0,3}(\.[0-9]{1,4})?$/),
  fc.stringMatching(/^[0-9]{1,25}$/),
  fc.stringMatching(/^[0-9]{1,4}(조|억|만|천|백|십){1,3}[0-9]{0,4}$/),
);
export const atom = fc.oneof(
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
export const longRun = fc.tuple(atom, fc.integer({ min: 2, max: 400 })).map(([s, n]) => s.repeat(n));
/** Arbitrary text: Hangul, jamo, Latin, numbers, every quote mark, units, emoji, lone surrogates, controls, long runs. */
export const textArb = fc
  .array(fc.oneof({ weight: 15, arbitrary: atom }, { weight: 1, arbitrary: longRun }), { maxLength: 80 })
  .map((a) => a.join(""));
export const NAMES = ["삼성전자", "오픈AI", "엔비디아", "이재용 삼성전자 회장", "샘 올트먼 오픈AI 최고경영자(CEO)", "한국은행", "정부", "업계 관계자", "그", "김민수 대표", "애플", "테슬라", "SK하이닉스", "현대차"];
export const JOSA = ["는", "가", "이", "은", "도", "측은", "에 따르면", ""];
export const CUES = ["말했다.", "밝혔다.", "강조했다.", "전했다.", "설명했다.", "덧붙였다.", "했다.", "말했다"];
export const MARKS: [string, string][] = [["“", "”"], ["‘", "’"], ["\"", "\""], ["'", "'"], ["「", "」"], ["『", "』"], ["«", "»"], ["＂", "＂"], ["″", "″"], ["“", ""], ["", "”"]];
export const shortText = fc.array(atom, { maxLength: 12 }).map((a) => a.join(""));
export const sentenceArb = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...JOSA), fc.constantFrom(...MARKS), shortText, fc.constantFrom("라고", "고", "며", ""), fc.constantFrom(...CUES))
    .map(([n, j, [o, c], t, q, v]) => `${n}${j} ${o}${t}${c}${q} ${v}`),
  fc.tuple(fc.constantFrom(...MARKS), shortText, fc.constantFrom(...NAMES), fc.constantFrom(...JOSA), fc.constantFrom(...CUES))
    .map(([[o, c], t, n, j, v]) => `${o}${t}${c}라고 ${n}${j} ${v}`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...JOSA), numberText, fc.constantFrom("억원", "조 원", "달러", "%", "%p", "GW", "만명", "bp"), fc.constantFrom(...CUES))
    .map(([n, j, x, u, v]) => `${n}${j} 매출이 ${x}${u} 늘었다고 ${v}`),
  shortText,
);
/** News-like documents: quotes with speakers and cue verbs, amounts, names, mixed with arbitrary text. */
export const newsArb = fc
  .array(fc.tuple(sentenceArb, fc.constantFrom(" ", " ", "\n", "\n\n", "")), { maxLength: 10 })
  .map((a) => a.map(([s, sep]) => s + sep).join(""));
export const docArb = fc.oneof(textArb, newsArb);
/** JSON with every non-ASCII unit escaped, so invisible characters show in failure messages. */
export const show = (s: string): string => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** String.prototype.toWellFormed (ES2024): lone surrogates become U+FFFD. */
export const toWellFormed = (s: string): string => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
