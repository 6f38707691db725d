import { adnominalCue, findCue } from "../../src/passes/findCues";
import { setup } from "./helpers";

describe("findCue: 인용동사", () => {
  test.each<[string, string, boolean, string | null, string | null]>([
    ["강한 인용동사", "“좋다”고 말했다.", false, "말했다", "말하다"],
    ["화자 뒤의 인용동사", "“좋다”고 최 대표는 밝혔다.", false, "밝혔다", "밝히다"],
    ["두 어절 인용동사", "“좋다”고 입을 모았다.", false, "입을 모았다", "입을 모으다"],
    ["가벼운 동사는 허락할 때만", "“좋다”고 했다.", true, "했다", "하다"],
    ["가벼운 동사, 허락 없음", "“좋다”고 했다.", false, null, null],
    ["다른 인용에서 멈춘다", "“좋다”고 “싫다”고 말했다.", false, null, null],
  ])("%s", (_name, text, allowLight, cue, lemma) => {
    const { t, finder } = setup(text);
    const got = findCue(t, finder, text.indexOf("고") + 1, text.length, allowLight);
    expect([got?.text ?? null, got?.lemma ?? null]).toEqual([cue, lemma]);
  });
});

describe("adnominalCue: …다는 입장이다", () => {
  test.each<[string, string, string | null, string | null]>([
    ["명사형 인용 표현", "늘린다는 입장이다.", "입장이다", null],
    ["입장을 밝혔다", "늘린다는 입장을 밝혔다.", "밝혔다", null],
    ["게 … 설명이다: 화자 포함", "늘린다는 게 회사 측 설명이다.", "설명이다", "회사 측"],
    ["인용 표현이 없다", "늘린다는 계획을 세웠다.", null, null],
  ])("%s", (_name, text, cue, speaker) => {
    const { t, finder } = setup(text);
    const got = adnominalCue(t, finder, text.indexOf(" ") + 1);
    expect([got?.cue.text ?? null, got?.speaker?.text ?? null]).toEqual([cue, speaker]);
  });
});
