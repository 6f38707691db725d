import { classifySpeech, linkAfter, sentenceLike } from "../../src/passes/classifySpeech";
import { setup } from "./helpers";

describe("linkAfter: 닫는 따옴표 뒤", () => {
  test.each<[string, string, string]>([
    ["라고 + 인용동사", "“좋다”라고 말했다", "close"],
    ["고만", "“좋다”고만 답했다", "close"],
    ["며: 다음 인용으로 이어짐", "“좋다”며 “싫다”고", "chain"],
    ["쉼표 + 여는 따옴표", "“좋다”, “싫다”고", "chain"],
    ["라는: 관형 인용", "“좋다”라는 입장", "adnominal"],
    ["다른 조사: 이름", "“갤럭시”를 샀다", "josa"],
    ["문장 끝", "“좋다”. 그는", "end"],
    ["그 밖", "“좋다” 그는", "loose"],
  ])("%s", (_name, text, want) => {
    const { t } = setup(text);
    expect(linkAfter(t, text.indexOf("”"), text.length).link).toBe(want);
  });
});

describe("sentenceLike", () => {
  test.each<[string, string, boolean]>([
    ["서술어 어미", "수요가 많다", true],
    ["문장부호로 끝남", "정말?", true],
    ["네 어절 이상", "AI 시대의 새로운 질서", true],
    ["명사구", "AI 버블", false],
  ])("%s", (_name, content, want) => {
    expect(sentenceLike(content)).toBe(want);
  });
});

describe("classifySpeech: 발화와 비발화", () => {
  test.each<[string, string, string[]]>([
    ["직접 인용", "그는 “수요가 많다”고 말했다.", ["close:“"]],
    ["이름 따옴표는 발화가 아니다", "삼성은 “갤럭시”를 내놨다.", []],
    ["간접 인용의 보문소", "그는 수요가 많다고 말했다.", ["close:많다고"]],
    ["연쇄 간접 인용", "그는 늦었다며 서두르겠다고 말했다.", ["chain:늦었다며", "close:서두르겠다고"]],
    ["따옴표 안의 보문소는 따로 세지 않는다", "그는 “많다고 한다”고 말했다.", ["close:“"]],
  ])("%s", (_name, text, want) => {
    const { t, finder } = setup(text);
    const got = classifySpeech(t, finder).anchors.map((a) => `${a.link}:${a.pair ? text[a.pair.open] : a.word?.trimmed}`);
    expect(got).toEqual(want);
  });
});
