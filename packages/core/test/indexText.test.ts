import { indexText, splitEojeols } from "../src/indexText";
import { pairQuoteMarks } from "../src/pairQuoteMarks";
import { splitSentences } from "../src/splitSentences";
import { SinmunError } from "../src/errors";

describe("splitEojeols", () => {
  test.each<[string, string, string[], string[]]>([
    ["띄어쓰기로 나눈 어절", "삼성전자가 밝혔다", ["삼성전자가", "밝혔다"], ["삼성전자가", "밝혔다"]],
    ["문장 끝 마침표는 핵심에서 빠진다", "말했다.", ["말했다."], ["말했다"]],
    ["여는 따옴표와 닫는 따옴표", "“좋다”고 했다", ["“좋다”고", "했다"], ["좋다”고", "했다"]],
    ["여는 따옴표만 있는 어절", "‘위기 속", ["‘위기", "속"], ["위기", "속"]],
    ["닫는 따옴표와 쉼표", "‘위기’, 기회", ["‘위기’,", "기회"], ["위기", "기회"]],
    ["줄바꿈과 전각 공백도 경계", "가\n나\u3000다", ["가", "나", "다"], ["가", "나", "다"]],
    ["폭 없는 공백도 경계", "가\u200b나", ["가", "나"], ["가", "나"]],
    ["문장부호만 있는 어절의 핵심은 비어 있다", "가 … 나", ["가", "…", "나"], ["가", "", "나"]],
    ["빈 글", "", [], []],
  ])("%s", (_name, text, surfaces, cores) => {
    const words = splitEojeols(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(surfaces);
    expect(words.map((w) => w.core)).toEqual(cores);
    for (const w of words) {
      expect(text.slice(w.coreStart, w.coreEnd)).toBe(w.core);
      expect(text.slice(w.start, w.coreEnd)).toBe(w.trimmed);
      expect(w.start <= w.coreStart && w.coreStart <= w.coreEnd && w.coreEnd <= w.end).toBe(true);
    }
  });
});

describe("indexText", () => {
  const text = "삼성전자는 “좋다”고 밝혔다. 주가는 올랐다.";

  test("문장·어절·따옴표 짝은 각 함수의 결과와 같다", () => {
    const index = indexText(text);
    expect(index.text).toBe(text);
    expect(index.sentences).toEqual(splitSentences(text));
    expect(index.words).toEqual(splitEojeols(text));
    expect(index.quotePairs).toEqual(pairQuoteMarks(text));
  });

  test("주어진 문장을 그대로 쓰고, 각 층은 한 번만 만든다", () => {
    const sentences = [{ start: 0, end: 5 }];
    const index = indexText(text, { sentences });
    expect(index.sentences).toBe(sentences);
    expect(index.words).toBe(index.words);
    expect(index.quotePairs).toBe(index.quotePairs);
  });

  test.each<[string, number, number]>([
    ["첫 문장의 첫 글자", 0, 0],
    ["첫 문장 안", 7, 0],
    ["문장 사이 공백은 어느 문장도 아니다", 16, -1],
    ["둘째 문장", 20, 1],
    ["글 끝 뒤", 100, -1],
    ["음수 위치", -1, -1],
  ])("sentenceAt: %s", (_name, pos, want) => {
    expect(indexText(text).sentenceAt(pos)).toBe(want);
  });

  test.each<[string, number, number]>([
    ["첫 어절 안", 2, 0],
    ["어절 뒤 공백: 앞 어절", 5, 0],
    ["따옴표로 시작하는 어절", 6, 1],
    ["마지막 어절 뒤", 100, 4],
    ["첫 어절 앞", -1, -1],
  ])("wordAt: %s", (_name, pos, want) => {
    expect(indexText(text).wordAt(pos)).toBe(want);
  });

  test("공백뿐인 글: 어절도 문장도 없다", () => {
    const index = indexText("   ");
    expect([index.words.length, index.sentences.length, index.wordAt(1), index.sentenceAt(1)]).toEqual([0, 0, -1, -1]);
  });

  test.each<[string, unknown, unknown]>([
    ["글이 문자열이 아니다", 42, undefined],
    ["문장이 배열이 아니다", "가", { sentences: "가" }],
  ])("잘못된 인자는 SinmunError: %s", (_name, text, options) => {
    expect(() => indexText(text as string, options as { sentences?: [] })).toThrow(SinmunError);
  });

  test("큰 글도 선형: 1 MB 한 문장, 따옴표 10만 개", () => {
    const big = "가".repeat(1_000_000);
    expect(indexText(big).words).toHaveLength(1);
    const marks = "“가” ".repeat(100_000);
    const index = indexText(marks);
    expect(index.quotePairs).toHaveLength(100_000);
    expect(index.wordAt(marks.length - 1)).toBe(99_999);
  });
});
