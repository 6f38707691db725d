import { assertDoc } from "@sinmun/core";
import { createRecognizer } from "../src";

// 엑스 / X name both the company (x-corp) and the platform (x-platform). A cheap cue after the alias
// (dictionaries/org-suffixes/platform-cues.txt) picks the platform; otherwise the company rule holds.
const ner = createRecognizer();

describe("엑스: 플랫폼 단서가 있으면 PRODUCT x-platform", () => {
  test.each<[string, string, string]>([
    ["에 올린 글", "머스크는 엑스에 올린 글에서 반대했다.", "엑스/PRODUCT/x-platform"],
    ["(옛 트위터)에", "머스크는 엑스(옛 트위터)에 이같이 밝혔다.", "엑스/PRODUCT/x-platform"],
    ["에 썼다", "머스크는 엑스에 썼다.", "엑스/PRODUCT/x-platform"],
    ["X 계정", "머스크는 자신의 X 계정에서 반박했다.", "X/PRODUCT/x-platform"],
    ["엑스에 투자: 회사", "머스크는 엑스에 투자했다.", "엑스/ORG/x-corp"],
  ])("%s", (_n, text, expected) => {
    const entities = ner.recognize(text);
    assertDoc({ text, sentences: [], entities });
    expect(entities.filter((e) => e.text === "엑스" || e.text === "X").map((e) => `${e.text}/${e.label}/${e.id}`)).toEqual([expected]);
  });
});
