import fc from "fast-check";
import { normalizeText, SinmunError, type NormalizeOptions } from "@sinmun/core";

describe("normalizeText: 현상별", () => {
  test.each<[string, string, string]>([
    ["풀어 쓴 자모 → 음절 (NFC)", "ᄒ\u1161\u11ab국", "한국"],
    ["음절 + 종성 자모 → 음절", "가\u11a8", "각"],
    ["라틴 결합 부호", "cafe\u0301", "café"],
    ["전각 숫자", "영업이익 ３조２０００억원", "영업이익 3조2000억원"],
    ["전각 라틴·퍼센트", "ＳＫ하이닉스 ５．２％", "SK하이닉스 5.2%"],
    ["전각 원화 기호", "￦1,000", "₩1,000"],
    ["곧은 따옴표 변형 ″〃＂˝", "″가″ 〃나〃 ＂다＂ ˝라˝", "\"가\" \"나\" \"다\" \"라\""],
    ["방향 있는 따옴표 변형 „‟〝〞", "„가‟ 〝나〞", "“가“ “나”"],
    ["홑따옴표 변형 ′＇´‚‛", "′가′ ＇나＇ ´다´ ‚라‛", "'가' '나' '다' ‘라‘"],
    ["“” ‘’는 그대로 (curly 기본값)", "“좋다” ‘반도체’", "“좋다” ‘반도체’"],
    ["가운뎃점 변형 ㆍ・‧･∙⋅", "한ㆍ미 한・일 한‧중 한･러 a∙b a⋅b", "한·미 한·일 한·중 한·러 a·b a·b"],
    ["NBSP·전각 공백·얇은 공백", "삼성\u00a0전자\u3000주가\u2009상승", "삼성 전자 주가 상승"],
    ["줄 구분자 U+2028", "첫 줄\u2028둘째 줄", "첫 줄\n둘째 줄"],
    ["폭 없는 문자 제거", "삼성\u200b전자\ufeff가 \u00ad올랐다\u2060", "삼성전자가 올랐다"],
    ["ZWJ 이모지는 보존", "가족 👨\u200d👩\u200d👧", "가족 👨\u200d👩\u200d👧"],
    ["호환 한자 → 통합 한자 (NFC)", "\uf900", "\u8c48"],
    ["바뀔 것 없음", "삼성전자가 3.5% 올랐다.", "삼성전자가 3.5% 올랐다."],
    ["빈 문자열", "", ""],
    ["외톨이 서러게이트 보존", "가\ud800나", "가\ud800나"],
  ])("%s", (_name, input, expected) => {
    const n = normalizeText(input);
    expect(n.text).toBe(expected);
    expect(n.original).toBe(input);
    expect(n.changed).toBe(input !== expected);
  });

  test("quotes: straight — 모든 따옴표를 ASCII로", () => {
    expect(normalizeText("“좋다” ‘반도체’ „a‟ ‚b‛", { quotes: "straight" }).text).toBe("\"좋다\" '반도체' \"a\" 'b'");
  });
  test("quotes: keep — 따옴표는 손대지 않음", () => {
    expect(normalizeText("＂가＂ ″나″", { quotes: "keep" }).text).toBe("＂가＂ ″나″");
  });
  test.each<[string, NormalizeOptions, string, string]>([
    ["nfc: false", { nfc: false }, "ᄒ\u1161\u11ab", "ᄒ\u1161\u11ab"],
    ["width: false", { width: false }, "１２３", "１２３"],
    ["middleDot: false", { middleDot: false }, "한ㆍ미", "한ㆍ미"],
    ["spaces: false", { spaces: false }, "a\u00a0b", "a\u00a0b"],
    ["zeroWidth: false", { zeroWidth: false }, "a\u200bb", "a\u200bb"],
  ])("%s", (_n, options, input, expected) => {
    expect(normalizeText(input, options).text).toBe(expected);
  });

  test.each<[NormalizeOptions, RegExp]>([
    [{ quotes: "ascii" as "curly" }, /@sinmun\/core: expected quotes in \{curly, straight, keep\}, got "ascii"/],
    [{ nfc: "yes" as unknown as boolean }, /@sinmun\/core: expected nfc in \{true, false\}, got "yes"/],
  ])("잘못된 옵션 %p → invalidOption", (options, message) => {
    expect(() => normalizeText("가", options)).toThrow(SinmunError);
    expect(() => normalizeText("가", options)).toThrow(message);
  });

  test("범위 밖 인덱스는 오용 → SinmunError", () => {
    const n = normalizeText("가나");
    expect(() => n.toOriginal(3)).toThrow(/expected index to be an integer in 0..2, got 3/);
    expect(() => n.toOriginalSpan(2, 1)).toThrow(SinmunError);
  });
});

describe("normalizeText: 원문 오프셋 지도", () => {
  test.each<[string, string, [number, number], [number, number], string]>([
    ["조합된 자모: 한 글자 ← 세 코드 단위", "ᄒ\u1161\u11ab국은행", [0, 1], [0, 3], "ᄒ\u1161\u11ab"],
    ["조합된 자모 다음 글자", "ᄒ\u1161\u11ab국은행", [1, 4], [3, 6], "국은행"],
    ["지운 폭 없는 문자 뒤에서 시작", "\u200b삼성전자", [0, 4], [1, 5], "삼성전자"],
    ["지운 폭 없는 문자 앞에서 끝", "삼성전자\u200b가", [0, 4], [0, 4], "삼성전자"],
    ["지운 문자를 가로지르는 구간은 포함", "삼성\u200b전자", [0, 4], [0, 5], "삼성\u200b전자"],
    ["전각 숫자는 한 글자씩", "３조２０００억원", [2, 6], [2, 6], "２０００"],
    ["결합 부호 e+◌́", "cafe\u0301 라테", [3, 4], [3, 5], "e\u0301"],
    ["빈 구간", "가\u200b나", [1, 1], [2, 2], ""],
  ])("%s", (_name, input, [s, e], [os, oe], originalText) => {
    const n = normalizeText(input);
    expect(n.toOriginalSpan(s, e)).toEqual({ start: os, end: oe });
    expect(input.slice(os, oe)).toBe(originalText);
  });

  test("toOriginal: 0 → 0, 끝 → 원문 끝, 단조 증가", () => {
    const input = "\u200bᄒ\u1161\u11ab국\u3000１２\u200b";
    const n = normalizeText(input);
    expect(n.text).toBe("한국 12");
    expect(n.toOriginal(0)).toBe(0);
    expect(n.toOriginal(n.text.length)).toBe(input.length);
    const all = Array.from({ length: n.text.length + 1 }, (_, i) => n.toOriginal(i));
    expect(all).toEqual([...all].sort((a, b) => a - b));
  });

  // For every span of the normalized text: the original span it maps to, normalized on its own,
  // gives back exactly that span (grown to whole clusters when it cuts into a composed one).
  const alphabet = fc.constantFrom(
    "가", "한", "ᄒ", "\u1161", "\u11ab", "\u11a8", "e", "\u0301", "\u0323", "A", "１", "Ａ", "＂", "″", "„", "‚", "“", "”", "ㆍ", "・",
    "\u00a0", "\u3000", "\u200b", "\ufeff", "\u00ad", "\u2028", " ", ".", "😀", "\ud800", "\uf900", "\u200d",
  );
  test("모든 구간의 지도는 정확하다 (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }).map((a) => a.join("")), (input) => {
        const n = normalizeText(input);
        const len = n.text.length;
        for (let s = 0; s < len; s++) {
          for (let e = s + 1; e <= len; e++) {
            const o = n.toOriginalSpan(s, e);
            expect(0 <= o.start && o.start < o.end && o.end <= input.length).toBe(true);
            // grow [s, e) to whole clusters: every normalized unit mapped from the same original edge
            let S = s;
            while (S > 0 && n.toOriginalSpan(S - 1, S).start === o.start) S--;
            let E = e;
            while (E < len && n.toOriginalSpan(E, E + 1).end === o.end) E++;
            expect(normalizeText(input.slice(o.start, o.end)).text).toBe(n.text.slice(S, E));
            // no removed character at the edges
            expect(normalizeText(input[o.start]!).text).not.toBe("");
            expect(normalizeText(input.slice(o.end - 1, o.end)).text).not.toBe("");
          }
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
