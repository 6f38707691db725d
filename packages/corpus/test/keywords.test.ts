import { TfIdf } from "natural/lib/natural/tfidf";
import { keywords } from "../src/keywords";
import { cooccurrence } from "../src/cooccurrence";
import { makeDoc } from "./docs.fixture";

const openaiKo = { entity: "오픈AI", label: "ORG", id: "openai", name: "오픈AI" } as const;
const openaiEn = { entity: "OpenAI", label: "ORG", id: "openai", name: "오픈AI" } as const;
const openaiTr = { entity: "오픈에이아이", label: "ORG", id: "openai", name: "오픈AI" } as const;

const corpus = [
  makeDoc("a", [[openaiKo, "반도체", "메모리", "메모리"], [openaiEn, "공급", { text: "늘렸다", pos: "VV+EP+EF", lemma: "늘리다" }]]),
  makeDoc("b", [[openaiTr, "메모리", "가격"], ["기자", "금지"]], [1]),
  makeDoc("c", [["환율", "금리", "금리", "기자"]]),
];

describe("keywords", () => {
  const result = keywords(corpus, { top: 10 });

  test("one result per document, in input order, with the document's id", () => {
    expect(result.map((r) => r.id)).toEqual(["a", "b", "c"]);
  });

  test.each([
    ["오픈AI, OpenAI and 오픈에이아이 are one term, counted by canonical id", "a", "오픈AI", 2, 2],
    ["the transliteration counts toward the same document frequency", "b", "오픈AI", 1, 2],
    ["a noun repeated in one document", "a", "메모리", 2, 2],
    ["a verb counts as its dictionary form", "a", "늘리다", 1, 1],
    ["a noun in one document only", "c", "금리", 2, 1],
  ])("%s", (_name, id, term, tf, df) => {
    const k = result.find((r) => r.id === id)!.keywords.find((x) => x.term === term);
    expect(k).toMatchObject({ tf, df });
  });

  test.each([
    ["stopwords (기자)", "c", "기자"],
    ["boilerplate sentences", "b", "금지"],
  ])("skips %s", (_name, id, term) => {
    expect(result.find((r) => r.id === id)!.keywords.map((k) => k.term)).not.toContain(term);
  });

  test("an entity term carries its key and label", () => {
    expect(result[0]!.keywords.find((k) => k.term === "오픈AI")!.entity).toEqual({ id: "openai", label: "ORG" });
  });

  test("scores equal natural's TfIdf computing idf itself (the cache only saves its scans)", () => {
    const reference = new TfIdf();
    reference.addDocument(["@openai", "반도체", "메모리", "메모리", "@openai", "공급", "늘리다"]);
    reference.addDocument(["@openai", "메모리", "가격"]);
    reference.addDocument(["환율", "금리", "금리"]);
    for (const [d, r] of result.entries()) {
      for (const k of r.keywords) {
        const key = k.entity === undefined ? k.term : `@${k.entity.id}`;
        expect(k.score).toBeCloseTo(reference.tfidf([key], d), 10);
      }
    }
  });

  test("ranked by score, at most `top`", () => {
    const top2 = keywords(corpus, { top: 2 });
    for (const r of top2) {
      expect(r.keywords.length).toBeLessThanOrEqual(2);
      for (let i = 1; i < r.keywords.length; i++) expect(r.keywords[i - 1]!.score).toBeGreaterThanOrEqual(r.keywords[i]!.score);
    }
    expect(top2[2]!.keywords.map((k) => k.term)).toEqual(["금리", "환율"]);
  });

  test.each([
    ["an empty corpus", [], []],
    ["a document with no content morphemes", [makeDoc(undefined, [[{ text: "은", pos: "JX" }]])], [{ id: 0, keywords: [] }]],
    ["a document without tokens", [{ text: "빈 문서" }], [{ id: 0, keywords: [] }]],
  ])("%s gives results, no throw", (_name, docs, expected) => {
    expect(keywords(docs)).toEqual(expected);
  });

  test("a corpus of one document ranks by term frequency", () => {
    const [r] = keywords([corpus[2]!]);
    expect(r!.keywords.map((k) => [k.term, k.tf])).toEqual([["금리", 2], ["환율", 1]]);
  });

  test("100,000 identical documents: every document gets the same keywords", () => {
    const doc = makeDoc(undefined, [["반도체", "메모리", "메모리"]]);
    const result = keywords(Array.from({ length: 100_000 }, () => doc), { top: 1 });
    expect(result).toHaveLength(100_000);
    expect(result[99_999]!.keywords.map((k) => [k.term, k.df])).toEqual([["메모리", 100_000]]);
  });

  test.each([
    ["null", [null], "expected document 0 to be an analysed document { text, sentences, entities, tokens? }, got null"],
    ["tokens that are not an array", [{ text: "" }, { text: "", tokens: "x" }], "expected document 1's tokens to be an array, got string"],
  ])("a bad document (%s) is a clear error", (_name, docs, message) => {
    expect(() => keywords(docs as never)).toThrow(`@sinmun/corpus: ${message}`);
    expect(() => cooccurrence(docs as never)).toThrow(`@sinmun/corpus: ${message}`);
  });

  test("user stopwords are added to the bundled ones", () => {
    expect(keywords([corpus[2]!], { stopwords: ["금리"] })[0]!.keywords.map((k) => k.term)).toEqual(["환율"]);
  });

  test.each([
    [{ top: -1 }, /expected top to be an integer ≥ 0, got -1/],
    [{ tops: 3 } as never, /@sinmun\/corpus: expected option key in \{top, stopwords\}, got "tops"/],
  ])("rejects %j", (options, message) => {
    expect(() => keywords([], options)).toThrow(message);
  });
});
