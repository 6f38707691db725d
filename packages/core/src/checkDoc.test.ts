import { checkDoc } from "./checkDoc";
import type { Doc } from "./types";

const text = "오픈AI가 380억 달러를 조달했다.";

describe("checkDoc", () => {
  test("유효한 문서: 위반 없음", () => {
    const doc: Doc = {
      text,
      sentences: [{ start: 0, end: text.length }],
      entities: [{ start: 0, end: 4, text: "오픈AI", label: "ORG", id: "openai", name: "오픈AI", source: "dictionary" }],
    };
    expect(checkDoc(doc)).toEqual([]);
  });

  test.each<[string, Doc, string]>([
    ["범위 밖 오프셋", { text, sentences: [{ start: 0, end: text.length + 1 }] }, "sentences[0]"],
    ["음수 시작", { text, sentences: [{ start: -1, end: 2 }] }, "sentences[0]"],
    [
      "slice 불일치",
      { text, sentences: [], entities: [{ start: 0, end: 3, text: "오픈AI", label: "ORG", id: "openai", name: "오픈AI", source: "dictionary" }] },
      "entities[0]",
    ],
    ["정렬 안 됨", { text, sentences: [{ start: 5, end: 8 }, { start: 0, end: 4 }] }, "sentences[1]"],
    [
      "인용 화자 범위 밖",
      {
        text,
        sentences: [],
        quotes: [{ start: 0, end: 4, text: "오픈AI가", kind: "direct", content: { start: 1, end: 3 }, speaker: { start: 0, end: 999, text: "x", id: null, name: null, kind: "unresolved" }, cue: null }],
      },
      "quotes[0]",
    ],
    [
      "보도 출처 범위 밖 (issue 14)",
      {
        text,
        sentences: [],
        quotes: [{ start: 0, end: 4, text: "오픈AI가", kind: "direct", content: { start: 1, end: 3 }, speaker: null, source: { start: 0, end: 999, text: "x", id: null, name: null, kind: "organization" }, cue: null }],
      },
      "quotes[0].source",
    ],
    [
      "날짜 텍스트 불일치 (issue 16)",
      { text, sentences: [], dates: [{ start: 0, end: 3, text: "오픈AI", kind: "relative", value: null }] },
      "dates[0]",
    ],
    [
      "변화 연결이 배열 밖 (issue 14)",
      { text, sentences: [], amounts: [{ start: 0, end: 1, text: "오", kind: "number", value: 5, decimal: "5", unit: null, approx: false, change: { from: 0, to: 3 } }] },
      "amounts[0].change",
    ],
  ])("%s", (_name, doc, path) => {
    const v = checkDoc(doc);
    expect(v.length).toBeGreaterThan(0);
    expect(v.map((x) => x.path).some((p) => p.startsWith(path))).toBe(true);
  });

  test("JSON 왕복 손실: undefined 아닌 NaN 값", () => {
    const doc = { text, sentences: [], amounts: [{ start: 0, end: 1, text: "오", kind: "number", value: NaN, decimal: null, unit: null, approx: false }] } as Doc;
    expect(checkDoc(doc).some((v) => v.message.includes("round-trip"))).toBe(true);
  });
});
