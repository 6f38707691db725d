import fc from "fast-check";
import { ENTITY_LABELS, checkDoc, splitSentences, type Entity } from "@sinmun/core";
import { createRecognizer, type Recognizer } from "@sinmun/ner";
import { createTokenizer, type EmbeddedTokenizer } from "@sinmun/tokenizer";

// Property-based robustness tests for @sinmun/ner (issue 8). CI runs the defaults below;
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

function entityProblems(text: string, entities: Entity[]): string[] {
  const p = checkDoc({ text, sentences: [], entities }).map((v) => `${v.path}: ${v.message}`);
  let prev = 0;
  for (const e of entities) {
    const at = `${e.start}..${e.end} ${show(e.text)}`;
    if (e.end <= e.start) p.push(`${at}: empty entity`);
    if (e.start < prev) p.push(`${at}: overlaps the previous entity (ends ${prev})`);
    prev = Math.max(prev, e.end);
    if (!(ENTITY_LABELS as readonly string[]).includes(e.label)) p.push(`${at}: label ${e.label}`);
    if (typeof e.id !== "string" || e.id === "") p.push(`${at}: id ${String(e.id)}`);
    if (typeof e.name !== "string" || e.name === "") p.push(`${at}: name ${String(e.name)}`);
    if (!["dictionary", "rule", "morphology"].includes(e.source)) p.push(`${at}: source ${e.source}`);
  }
  return p;
}

let ner: Recognizer;
let tk: EmbeddedTokenizer;
beforeAll(async () => {
  ner = createRecognizer();
  tk = await createTokenizer({ userDictionary: ner.userDictionary() });
});

describe("recognize: 임의 텍스트", () => {
  test("문장 정보와 함께: 예외 없음, 유효·정렬·비중첩 개체, 라벨·id·name, JSON 왕복, 결정적", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const sentences = splitSentences(text);
        const a = ner.recognize(text, { sentences });
        expect(entityProblems(text, a)).toEqual([]);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        expect(ner.recognize(text, { sentences })).toEqual(a);
      }),
      { numRuns: runs(6_000) },
    );
  });

  test("옵션 없이: 같은 불변식", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        expect(entityProblems(text, ner.recognize(text))).toEqual([]);
      }),
      { numRuns: runs(4_000, 0.5) },
    );
  });

  test("형태소 토큰을 증거로: 같은 불변식", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const tokens = tk.tokenizeSync(text);
        const a = ner.recognize(text, { sentences: splitSentences(text), tokens });
        expect(entityProblems(text, a)).toEqual([]);
        expect(ner.recognize(text, { sentences: splitSentences(text), tokens })).toEqual(a);
      }),
      { numRuns: runs(500, 0.02) },
    );
  });

  test("어긋난 문장 정보(범위 밖, 역순, 겹침)를 받아도 던지지 않고 유효한 개체", () => {
    const badSentences = fc.array(fc.record({ start: fc.integer({ min: -5, max: 400 }), end: fc.integer({ min: -5, max: 400 }) }), { maxLength: 6 });
    fc.assert(
      fc.property(docArb, badSentences, (text, sentences) => {
        expect(entityProblems(text, ner.recognize(text, { sentences }))).toEqual([]);
      }),
      { numRuns: runs(2_000, 0.2) },
    );
  });

  test("lookup은 돌려준 모든 사전 id를 안다", () => {
    fc.assert(
      fc.property(newsArb, (text) => {
        for (const e of ner.recognize(text)) if (e.source === "dictionary" && !e.id.startsWith("doc:")) expect(ner.lookup(e.id)?.id).toBe(e.id);
      }),
      { numRuns: runs(2_000, 0.2) },
    );
  });
});

describe("createRecognizer: 임의 사용자 개체", () => {
  const record = fc.record({
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
    label: fc.constantFrom(...ENTITY_LABELS),
    name: shortText.filter((s) => s.trim() !== ""),
    aliases: fc.array(shortText, { maxLength: 4 }),
  });
  test("어떤 이름·별칭이든 인식기를 만들고, 인식 결과는 유효하다", () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), docArb, (records, text) => {
        let r: Recognizer;
        try {
          r = createRecognizer({ entities: records, bundled: false });
        } catch (err) {
          // A rejection must be a located, named SinmunError — never a TypeError from inside.
          expect((err as Error).message).toMatch(/^@sinmun\/ner: /);
          return;
        }
        const withNames = records.map((x) => x.name).join(" ") + " " + text;
        expect(entityProblems(withNames, r.recognize(withNames))).toEqual([]);
        expect(Array.isArray(r.userDictionary())).toBe(true);
      }),
      { numRuns: runs(500, 0.01) },
    );
  });
});
