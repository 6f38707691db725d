import { findDuplicates } from "../src/findDuplicates";
import { labelledSet, pairwiseScores, rewrite, seeded, sourceDocs } from "./rewrites.fixture";

const wire = "삼성전자가 평택캠퍼스에 새 반도체 생산라인을 짓는다고 5일 밝혔다.\n투자 규모는 30조원으로 2027년 가동이 목표다.\n회사 관계자는 \"고대역폭메모리 수요에 맞추겠다\"고 말했다.";

describe("findDuplicates", () => {
  test.each([
    ["another dateline and byline", true, `(서울=한빛경제) 이서연 기자 = ${wire}`],
    ["a copyright footer", true, `${wire}\n<저작권자 © 데일리비즈, 무단전재 및 재배포 금지>`],
    ["an edited lede", true, wire.replace("새 반도체 생산라인을 짓는다고", "반도체 생산라인을 새로 짓는다고")],
    ["a sentence added", true, `${wire}\n증권가에서는 실적에 미칠 영향을 두고 의견이 엇갈린다.`],
    ["a sentence cut", true, wire.split("\n").filter((_, i) => i !== 1).join("\n")],
    ["a different story on the same event (same names, same quote)", false, "삼성전자 평택 투자 소식에 장비주가 일제히 올랐다.\n회사 관계자는 \"고대역폭메모리 수요에 맞추겠다\"고 말했다.\n증권가는 하반기 수주 증가를 점쳤다."],
    ["an unrelated story", false, "한국은행이 기준금리를 연 2.5%로 동결했다.\n이창용 총재는 물가 흐름을 더 지켜보겠다고 말했다."],
  ])("%s → same article: %s", (_name, same, other) => {
    const { assignments } = findDuplicates([{ id: "wire", text: wire }, { id: "copy", text: other }]);
    expect(assignments[1]!.cluster === assignments[0]!.cluster).toBe(same);
  });

  test("boilerplate sentences from the analyser are left out", () => {
    const a = { text: "(서울=뉴스온) 김도윤 기자 =\n회사가 공장을 짓는다.", sentences: [{ start: 0, end: 17, boilerplate: true }, { start: 18, end: 30 }] };
    const b = { text: "(부산=산업일보) 박지호 기자 =\n회사가 공장을 짓는다.", sentences: [{ start: 0, end: 18, boilerplate: true }, { start: 19, end: 31 }] };
    expect(findDuplicates([a, b]).clusters).toEqual([{ cluster: 0, docs: [0, 1] }]);
  });

  test("cluster ids are the input index of the first member; sizes add up", () => {
    const result = findDuplicates([{ id: "x", text: "전혀 다른 기사 본문입니다." }, { id: "a", text: wire }, { id: "b", text: `${wire}\n추가 문장이다.` }]);
    expect(result.assignments).toEqual([
      { id: "x", cluster: 0, size: 1 },
      { id: "a", cluster: 1, size: 2 },
      { id: "b", cluster: 1, size: 2 },
    ]);
    expect(result.clusters).toEqual([{ cluster: 1, docs: ["a", "b"] }]);
  });

  test("generated rewrites of 30 corpus documents: pairwise precision ≥ 0.95, recall ≥ 0.90", () => {
    const set = labelledSet(17, 2, 30);
    const result = findDuplicates(set);
    const scores = pairwiseScores(set.map((d) => d.story), result.assignments.map((a) => a.cluster));
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
  });

  test("the generator is seeded: same seed, same text", () => {
    const text = sourceDocs()[0]!.text;
    expect(rewrite(text, seeded(1))).toBe(rewrite(text, seeded(1)));
  });

  test.each([
    ["an empty corpus", [], { documents: 0, clusters: [], assignments: [] }],
    ["one document", [{ text: wire }], { documents: 1, clusters: [], assignments: [{ id: 0, cluster: 0, size: 1 }] }],
    [
      "documents with no letters or digits are not duplicates of each other",
      [{ text: "" }, { text: "…" }],
      { documents: 2, clusters: [], assignments: [{ id: 0, cluster: 0, size: 1 }, { id: 1, cluster: 1, size: 1 }] },
    ],
  ])("%s", (_name, docs, expected) => {
    expect(findDuplicates(docs)).toEqual(expected);
  });

  test("100,000 identical documents: one cluster", () => {
    const doc = { text: "반도체 수출이 늘었다." };
    const result = findDuplicates(Array.from({ length: 100_000 }, () => doc));
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]!.docs).toHaveLength(100_000);
    expect(result.assignments[99_999]).toEqual({ id: 99_999, cluster: 0, size: 100_000 });
  });

  test.each([
    [{ threshold: 0 }, /expected threshold in \(0, 1\], got 0/],
    [{ threshold: 1.5 }, /expected threshold in \(0, 1\], got 1.5/],
    [{ treshold: 0.5 } as never, /expected option key in \{threshold\}, got "treshold"/],
  ])("rejects %j", (options, message) => {
    expect(() => findDuplicates([], options)).toThrow(message);
  });

  test("a document without text is a clear error naming it", () => {
    expect(() => findDuplicates([{ text: "가" }, { id: 2 } as never])).toThrow("@sinmun/corpus: expected document 1 to be { text: string, … }, got text undefined");
  });
});
