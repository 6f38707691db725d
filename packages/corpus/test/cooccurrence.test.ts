import { cooccurrence } from "../src/cooccurrence";
import { graphToCsv, graphToGraphml } from "../src/graphFormats";
import { makeDoc } from "./docs.fixture";

const lee = { entity: "이재용", label: "PERSON", id: "lee-jae-yong" } as const;
const samsung = { entity: "삼성전자", label: "ORG", id: "samsung-electronics" } as const;
const samsungEn = { entity: "Samsung Electronics", label: "ORG", id: "samsung-electronics", name: "삼성전자" } as const;
const kim = { entity: "김하늘", label: "PERSON", id: "doc:김하늘" } as const;
const yonhap = { entity: "연합뉴스", label: "ORG", id: "yonhap" } as const;
const sk = { entity: "SK하이닉스", label: "ORG", id: "sk-hynix" } as const;

const corpus = [
  makeDoc("a", [[lee, samsung, "회장"], [sk, "실적"], [kim, "기자", yonhap]], [2]),
  makeDoc("b", [[samsungEn, "공장"], [lee, "방문"]]),
  makeDoc("c", [[sk, "투자"], [kim, "사장"]]),
  makeDoc("d", [["환율"]]),
];
const graph = cooccurrence(corpus);
const edge = (a: string, b: string) => graph.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

describe("cooccurrence", () => {
  test.each([
    ["same sentence in one document, same document in another (spelling differs: Samsung Electronics)", "lee-jae-yong", "samsung-electronics", 2, 1],
    ["same document, different sentences", "lee-jae-yong", "sk-hynix", 1, 0],
    ["an unlinked person is keyed by label and name across documents", "PERSON:김하늘", "sk-hynix", 1, 0],
  ])("%s", (_name, a, b, docs, sentences) => {
    expect(edge(a, b)).toMatchObject({ docs, sentences });
  });

  test("entities in boilerplate sentences (the byline) are not counted", () => {
    expect(graph.nodes.find((n) => n.id === "yonhap")).toBeUndefined();
    expect(graph.nodes.find((n) => n.id === "PERSON:김하늘")).toMatchObject({ docs: 1, mentions: 1 });
  });

  test("nodes carry canonical name, label, documents and mentions", () => {
    expect(graph.nodes.find((n) => n.id === "samsung-electronics")).toEqual({ id: "samsung-electronics", label: "ORG", name: "삼성전자", docs: 2, mentions: 2 });
    expect(graph.documents).toBe(4);
  });

  test("PMI over documents: a pair always together has NPMI 1 … when both are in every document", () => {
    const g = cooccurrence([makeDoc(1, [[lee, samsung]]), makeDoc(2, [[lee, samsung]])]);
    expect(g.edges).toEqual([{ source: "lee-jae-yong", target: "samsung-electronics", docs: 2, sentences: 2, pmi: 0, npmi: 1 }]);
  });

  test("PMI: log2(P(a,b) / P(a)P(b))", () => {
    // lee and samsung: 2 of 4 documents each, together in 2: log2(0.5 / 0.25) = 1, npmi = 1 / 1.
    expect(edge("lee-jae-yong", "samsung-electronics")).toMatchObject({ pmi: 1, npmi: 1 });
  });

  test.each([
    ["an empty corpus", [], { documents: 0, nodes: [], edges: [] }],
    ["a document without entities", [{ text: "환율" }], { documents: 1, nodes: [], edges: [] }],
  ])("%s", (_name, docs, expected) => {
    expect(cooccurrence(docs)).toEqual(expected);
  });

  test("100,000 identical documents: one edge, counts add up", () => {
    const doc = makeDoc(undefined, [[lee, samsung]]);
    const g = cooccurrence(Array.from({ length: 100_000 }, () => doc));
    expect(g.edges).toEqual([{ source: "lee-jae-yong", target: "samsung-electronics", docs: 100_000, sentences: 100_000, pmi: 0, npmi: 1 }]);
  });

  test("minDocs and labels filter", () => {
    expect(cooccurrence(corpus, { minDocs: 2 }).edges.map((e) => [e.source, e.target])).toEqual([["lee-jae-yong", "samsung-electronics"]]);
    expect(cooccurrence(corpus, { labels: ["ORG"] }).nodes.every((n) => n.label === "ORG")).toBe(true);
    expect(() => cooccurrence(corpus, { minDocs: 0 })).toThrow(/expected minDocs to be an integer ≥ 1, got 0/);
  });

  test("CSV tables in Gephi's column names", () => {
    const { nodes, edges } = graphToCsv(cooccurrence([makeDoc(1, [[lee, { entity: "삼성, 전자", label: "ORG", id: "x" }]])]));
    expect(nodes).toBe('Id,Label,Entity,Type,Docs,Mentions\nlee-jae-yong,이재용,PERSON,,1,1\nx,"삼성, 전자",ORG,,1,1\n');
    expect(edges).toBe("Source,Target,Type,Weight,Sentences,PMI,NPMI\nlee-jae-yong,x,Undirected,1,1,0,1\n");
  });

  test("GraphML: declared keys, escaped ids, one node and edge element each", () => {
    const xml = graphToGraphml(cooccurrence([makeDoc(1, [[lee, { entity: "AT&T", label: "ORG", id: "at&t" }]])]));
    expect(xml).toContain('<node id="at&amp;t"><data key="label">AT&amp;T</data>');
    expect(xml).toContain('<edge id="e0" source="at&amp;t" target="lee-jae-yong"><data key="weight">1</data>');
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml).toMatch(/<\/graphml>\n$/);
  });
});
