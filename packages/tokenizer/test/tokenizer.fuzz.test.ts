import fc from "fast-check";
import { checkDoc, type Token } from "@sinmun/core";
import { createRecognizer } from "@sinmun/ner";
import { createTokenizer, type EmbeddedTokenizer } from "@sinmun/tokenizer";

// Property-based robustness tests for @sinmun/tokenizer (issue 8), embedded backend with the
// bundled entity overlay (as the CLI builds it). The tokenizer runs ~60K chars/s, so it gets
// fewer cases than the cheap functions. CI runs the defaults below;
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

/** Space or control: characters a tokenizer may leave uncovered. */
const SKIPPABLE = /[\s\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]/;
function tokenProblems(text: string, tokens: Token[]): string[] {
  const p = checkDoc({ text, sentences: [], tokens }).map((v) => `${v.path}: ${v.message}`);
  const covered = new Uint8Array(text.length);
  let prev: Token | undefined;
  for (const t of tokens) {
    const at = `${t.start}..${t.end} ${show(t.text)}`;
    if (t.end <= t.start) p.push(`${at}: empty token`);
    if (prev && t.start < prev.end) p.push(`${at}: overlaps ${prev.start}..${prev.end}`);
    if (prev && t.eojeol < prev.eojeol) p.push(`${at}: eojeol goes back`);
    if (prev && t.sentence < prev.sentence) p.push(`${at}: sentence goes back`);
    if (!Number.isInteger(t.eojeol) || t.eojeol < 0 || !Number.isInteger(t.sentence) || t.sentence < 0) p.push(`${at}: eojeol ${t.eojeol} sentence ${t.sentence}`);
    if (typeof t.pos !== "string" || t.pos === "" || t.tags.join("+") !== t.pos) p.push(`${at}: pos ${t.pos} tags ${t.tags.join("+")}`);
    if (typeof t.form !== "string") p.push(`${at}: form ${String(t.form)}`);
    covered.fill(1, t.start, t.end);
    prev = t;
  }
  for (let i = 0; i < text.length; i++) {
    if (covered[i] === 0 && !SKIPPABLE.test(text[i] as string)) {
      p.push(`U+${text.charCodeAt(i).toString(16).padStart(4, "0")} at ${i} not covered`);
      break;
    }
  }
  return p;
}

let tk: EmbeddedTokenizer;
beforeAll(async () => {
  tk = await createTokenizer({ userDictionary: createRecognizer().userDictionary() });
});

describe("tokenizeSync (embedded + 개체 사전 오버레이): 임의 텍스트", () => {
  test("예외 없음, 유효·정렬·비중첩 토큰, 공백 아닌 글자를 모두 덮음, JSON 왕복, 결정적", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const tokens = tk.tokenizeSync(text);
        expect({ text: show(text), problems: tokenProblems(text, tokens) }).toEqual({ text: show(text), problems: [] });
        expect(JSON.parse(JSON.stringify(tokens))).toEqual(tokens);
        expect(tk.tokenizeSync(text)).toEqual(tokens);
      }),
      { numRuns: runs(600, 0.05) },
    );
  });

  test("tokenize(비동기)는 tokenizeSync와 같고, morphs/pos/nouns는 토큰과 맞는다", async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (text) => {
        const tokens = await tk.tokenize(text);
        expect(tokens).toEqual(tk.tokenizeSync(text));
        expect(await tk.morphs(text)).toEqual(tokens.map((t) => t.text));
        expect(await tk.pos(text)).toEqual(tokens.map((t) => [t.text, t.pos]));
        const nouns = await tk.nouns(text);
        expect(nouns.length).toBeLessThanOrEqual(tokens.length);
      }),
      { numRuns: runs(150, 0.01) },
    );
  });

  test("긴 문단(수천 자)과 같은 글자의 긴 반복에도 불변식 유지", () => {
    const longDoc = fc.oneof(
      fc.array(newsArb, { minLength: 5, maxLength: 20 }).map((a) => a.join("\n")),
      fc.tuple(atom, fc.integer({ min: 1_000, max: 20_000 })).map(([s, n]) => s.repeat(n).slice(0, 20_000)),
    );
    fc.assert(
      fc.property(longDoc, (text) => {
        expect({ text: show(text), problems: tokenProblems(text, tk.tokenizeSync(text)) }).toEqual({ text: show(text), problems: [] });
      }),
      { numRuns: runs(30, 0.001) },
    );
  });
});

describe("퍼징이 찾은 반례 (회귀)", () => {
  test.each<[string, string]>(
    ["\u3000”", "a\u3000”", "“0\u3000”라고", "a\u3000)", "\u3000'", "a\u2000”", "a\u2005)", "“\u00a0🌀”라고"].map((t) => [show(t), t]),
  )(
    "ASCII 아닌 공백(U+3000·U+2000~200A·NBSP) 옆의 글자도 토큰이 덮는다: %s",
    (_shown, text) => {
      expect(tokenProblems(text, tk.tokenizeSync(text))).toEqual([]);
    },
  );
});
