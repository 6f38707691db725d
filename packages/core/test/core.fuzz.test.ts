import fc from "fast-check";
import * as iconv from "iconv-lite";
import * as core from "@sinmun/core";
import { checkDoc, splitSentences, type Sentence } from "@sinmun/core";
import { decodeText, ENCODINGS } from "@sinmun/decode";
import { FUZZ, runs, unit, textArb, show, toWellFormed } from "../../../scripts/fuzz-arbitraries";

// Property-based robustness tests for @sinmun/core (issue 8); run counts and arbitraries are shared (scripts/fuzz-arbitraries.ts).
jest.setTimeout(FUZZ === undefined ? 120_000 : 6 * 3_600_000);

/** Space as the splitter understands it (JS white space plus ZWSP and NEL). */
const blank = (s: string): boolean => /^[\s\u200b\u0085]*$/.test(s);

/** The property check for sentences: checkDoc, sorted, non-overlapping, non-empty, trimmed, covering. */
function sentenceProblems(text: string, sents: Sentence[]): string[] {
  const problems = checkDoc({ text, sentences: sents }).map((v) => `${v.path}: ${v.message}`);
  let prev = 0;
  for (const s of sents) {
    if (s.start < prev || s.end <= s.start) problems.push(`bad span ${s.start}..${s.end} after ${prev}`);
    if (!blank(text.slice(prev, s.start))) problems.push(`uncovered ${show(text.slice(prev, s.start))} before ${s.start}`);
    prev = Math.max(prev, s.end);
  }
  if (!blank(text.slice(prev))) problems.push(`uncovered ${show(text.slice(prev))} after ${prev}`);
  return problems;
}

describe("splitSentences: 임의 텍스트", () => {
  test("예외 없음, 유효·정렬·비중첩 스팬, 공백 아닌 글자를 모두 덮음, JSON 왕복, 결정적", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const a = splitSentences(text);
        expect(sentenceProblems(text, a)).toEqual([]);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        expect(splitSentences(text)).toEqual(a);
      }),
      { numRuns: runs(10_000) },
    );
  });

  test("줄바꿈으로 이은 텍스트: 문장은 줄을 넘지 않는다", () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 2, maxLength: 5 }), (lines) => {
        const text = lines.join("\n");
        const sents = splitSentences(text);
        expect(sentenceProblems(text, sents)).toEqual([]);
        for (const s of sents) expect(text.slice(s.start, s.end)).not.toContain("\n");
      }),
      { numRuns: runs(3_000, 0.3) },
    );
  });
});

describe("decodeText: 임의 바이트", () => {
  const encodings = fc.constantFrom(...ENCODINGS);
  test("예외 없음, invalidBytes ≥ 0 정수, 깨진 바이트가 있으면 경고, JSON 왕복, 결정적", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1500 }), encodings, (bytes, encoding) => {
        const out = decodeText(bytes, { encoding });
        expect(typeof out.text).toBe("string");
        expect(Number.isInteger(out.invalidBytes) && out.invalidBytes >= 0).toBe(true);
        expect(out.invalidBytes).toBeLessThanOrEqual(bytes.length);
        expect(ENCODINGS).toContain(out.encoding);
        expect(out.encoding).not.toBe("auto");
        if (encoding !== "auto") expect(out.encoding).toBe(encoding);
        if (out.invalidBytes > 0) expect(out.warnings.length).toBeGreaterThan(0);
        expect(out.warnings.every((w) => typeof w === "string" && w.length > 0)).toBe(true);
        expect(JSON.parse(JSON.stringify(out))).toEqual(out);
        expect(decodeText(bytes, { encoding })).toEqual(out);
      }),
      { numRuns: runs(5_000) },
    );
  });

  test("UTF-8·CP949·UTF-16·임의 바이트 조각을 이어 붙인 입력: 예외 없음, 입력에 없던 U+FFFD는 세고 경고한다", () => {
    const chunk = fc.oneof(
      textArb.map((s) => Buffer.from(s, "utf8")),
      textArb.map((s) => Buffer.from(toWellFormed(s), "utf16le")),
      textArb.map((s) => iconv.encode(s, "cp949")),
      fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
      fc.constantFrom(Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff]), Buffer.from([0xb0]), Buffer.from([0xed, 0x95])),
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 8 }), (parts) => {
        const bytes = Buffer.concat(parts);
        const out = decodeText(bytes);
        expect(out.invalidBytes).toBeGreaterThanOrEqual(0);
        // Never silent: replacement characters that were not in the input are counted and warned about.
        const inputHadFffd = bytes.includes(Buffer.from("\uFFFD", "utf8")) || bytes.includes(Buffer.from([0xfd, 0xff])) || bytes.includes(Buffer.from([0xff, 0xfd]));
        if (out.text.includes("\uFFFD") && !inputHadFffd) {
          expect(out.invalidBytes).toBeGreaterThan(0);
          expect(out.warnings.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(5_000, 0.5) },
    );
  });

  const wellFormed = fc.oneof(textArb.map((s) => toWellFormed(s)), fc.string({ unit: "binary", maxLength: 300 }));
  test("정상 문자열의 UTF-8 바이트는 그대로 복원된다 (encoding: utf-8 지정)", () => {
    fc.assert(
      fc.property(wellFormed, (s) => {
        const bytes = Buffer.from(s, "utf8");
        const out = decodeText(bytes, { encoding: "utf-8" });
        const bom = s.startsWith("\ufeff");
        expect(out.text).toBe(bom ? s.slice(1) : s);
        expect(out.bom).toBe(bom);
        expect(out.invalidBytes).toBe(0);
      }),
      { numRuns: runs(5_000) },
    );
  });

  test("정상 문자열의 UTF-8 바이트는 auto로도 그대로 복원된다 (NUL 없음; 앞머리 U+FEFF는 BOM)", () => {
    fc.assert(
      fc.property(wellFormed.map((s) => s.replace(/\u0000/g, "")), (s) => {
        const out = decodeText(Buffer.from(s, "utf8"));
        const bom = s.startsWith("\ufeff");
        expect(out.text).toBe(bom ? s.slice(1) : s);
        expect(out.encoding).toBe("utf-8");
        expect(out.invalidBytes).toBe(0);
      }),
      { numRuns: runs(5_000) },
    );
  });

  test("NUL이 섞인 정상 UTF-8: 그대로 복원되거나, 다르게 읽었다면 반드시 경고", () => {
    fc.assert(
      fc.property(wellFormed, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), (s, at) => {
        let t = s;
        for (const i of at) t = t.slice(0, i % (t.length + 1)) + "\u0000" + t.slice(i % (t.length + 1));
        t = toWellFormed(t);
        const out = decodeText(Buffer.from(t, "utf8"));
        const expected = t.startsWith("\ufeff") ? t.slice(1) : t;
        if (out.text !== expected) expect(out.warnings.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(5_000, 0.5) },
    );
  });

  test("정상 문자열의 UTF-16LE/BE 바이트(BOM 포함)는 그대로 복원된다", () => {
    fc.assert(
      fc.property(wellFormed, fc.boolean(), (s, big) => {
        const le = Buffer.from(s, "utf16le");
        const body = big ? Buffer.from(le.map((_, i) => le[i ^ 1] as number)) : le;
        const bytes = Buffer.concat([Buffer.from(big ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
        const out = decodeText(bytes);
        expect(out.text).toBe(s);
        expect(out.encoding).toBe(big ? "utf-16be" : "utf-16le");
        expect(out.invalidBytes).toBe(0);
      }),
      { numRuns: runs(5_000, 0.5) },
    );
  });
});

describe("normalizeText: 원문 오프셋 지도", () => {
  const normalizeText = (core as Record<string, unknown>).normalizeText as
    | ((text: string) => { text: string; toOriginal(i: number): number })
    | undefined;
  if (typeof normalizeText !== "function") {
    test.failing("normalizeText가 @sinmun/core에서 export되지 않음 — 팀 API(normalizeText(text) → { text, toOriginal })의 빈자리", () => {
      expect(typeof normalizeText).toBe("function");
    });
    return;
  }
  test("예외 없음, 정규화된 모든 구간이 원문 안으로 단조롭게 돌아간다, 결정적", () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, x, y) => {
        const n = normalizeText(text);
        expect(typeof n.text).toBe("string");
        expect(n.toOriginal(0)).toBe(0);
        // When everything was removed (text = "\ufeff"), position 0 is both the start and the end:
        // toOriginal(0) = 0 wins, so the end rule applies only to non-empty output.
        if (n.text.length > 0) expect(n.toOriginal(n.text.length)).toBe(text.length);
        let prev = 0;
        for (let i = 0; i <= n.text.length; i++) {
          const o = n.toOriginal(i);
          expect(Number.isInteger(o) && o >= prev && o <= text.length).toBe(true);
          prev = o;
        }
        const a = x % (n.text.length + 1);
        const b = y % (n.text.length + 1);
        const [s, e] = a <= b ? [a, b] : [b, a];
        const os = n.toOriginal(s);
        const oe = n.toOriginal(e);
        expect(0 <= os && os <= oe && oe <= text.length).toBe(true);
        expect(normalizeText(text).text).toBe(n.text);
      }),
      { numRuns: runs(5_000, 0.5) },
    );
  });
});
