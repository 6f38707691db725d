import { indexText } from "@sinmun/core";
import { bundledLexicon } from "../../src/lexicon";
import { createQuoteText, insideQuote, sentenceEndOf, sentenceIndexOf } from "../../src/passes/context";

describe("createQuoteText: 따옴표 안을 무시한 문장 시작", () => {
  test.each<[string, string, { start: number; end: number }[] | undefined, number[]]>([
    ["마침표 뒤 공백", "가가 좋다. 나나 싫다.", undefined, [0, 7]],
    ["따옴표 안의 마침표는 나누지 않는다", "그는 “좋다. 정말”이라고 했다. 끝.", undefined, [0, 19]],
    ["줄바꿈", "가\n나", undefined, [0, 2]],
    ["문서의 문장 경계도 쓴다", "가나 다라", [{ start: 0, end: 2 }, { start: 3, end: 5 }], [0, 3]],
    ["따옴표 안에 떨어지는 문서 경계는 버린다", "“가나 다라”", [{ start: 0, end: 3 }, { start: 4, end: 7 }], [0]],
  ])("%s", (_name, text, sentences, want) => {
    expect(createQuoteText(indexText(text), sentences, bundledLexicon()).starts).toEqual(want);
  });

  test("위치 찾기: 문장 번호, 문장 끝, 따옴표 안", () => {
    const t = createQuoteText(indexText("그는 “좋다. 정말”이라고 했다. 끝."), undefined, bundledLexicon());
    expect([sentenceIndexOf(t, 5), sentenceEndOf(t, 5), sentenceIndexOf(t, 20), sentenceEndOf(t, 20)]).toEqual([0, 19, 1, t.text.length]);
    expect([insideQuote(t, 5), insideQuote(t, 3), insideQuote(t, 20)]).toEqual([true, false, false]);
  });
});
