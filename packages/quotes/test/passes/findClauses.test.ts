import { clauseStart, doublePairWithin } from "../../src/passes/findClauses";
import { setup } from "./helpers";

describe("clauseStart: 간접 인용절의 첫 어절", () => {
  test.each<[string, string, string, string]>([
    ["주제어 뒤", "그는 수요가 많다고 말했다.", "많다고", "수요가"],
    ["시간·장소 부사어를 건너뛴다", "그는 21일 간담회에서 수요가 많다고 말했다.", "많다고", "수요가"],
    ["틀 구문 뒤", "실적과 관련해 수요가 많다고 말했다.", "많다고", "수요가"],
    ["여격 뒤", "그는 기자들에게 수요가 많다고 말했다.", "많다고", "수요가"],
  ])("%s", (_name, text, anchor, want) => {
    const { t, finder } = setup(text);
    const start = clauseStart(t, finder, text.indexOf(anchor), 0);
    expect(text.slice(start, text.indexOf(" ", start))).toBe(want);
  });
});

describe("doublePairWithin: 혼합 인용", () => {
  test.each<[string, string, boolean]>([
    ["큰따옴표 조각", "그는 “혁신”을 이어가겠다고", true],
    ["작은따옴표는 세지 않는다", "그는 ‘혁신’을 이어가겠다고", false],
    ["따옴표 없음", "그는 혁신을 이어가겠다고", false],
  ])("%s", (_name, text, want) => {
    const { t } = setup(text);
    expect(doublePairWithin(t, 0, text.length)).toBe(want);
  });
});
