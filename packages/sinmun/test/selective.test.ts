import { createAnalyzer, type Component } from "sinmun";
import { needsAllTokens } from "../src/components/builtins";
import { randomHangul } from "../../tokenizer/test/helpers/randomHangul";


type Analyzer = Awaited<ReturnType<typeof createAnalyzer>>;
let full: Analyzer;
let selective: Analyzer;
beforeAll(async () => {
  full = await createAnalyzer({ tokens: true });
  selective = await createAnalyzer();
}, 60_000);
afterAll(async () => {
  await Promise.all([full.close(), selective.close()]);
});

const layers = (doc: Record<string, unknown>): unknown => ({ entities: doc.entities, amounts: doc.amounts, quotes: doc.quotes });

describe("고유명사만 분석해도 개체·수량·인용은 전체 형태소 분석과 같다", () => {
  test.each<[string, string]>([
    ["사전에 없는 인명 + 조사", "홍길동이 부산에 갔다. 홍길동은 웃었다."],
    ["이 보정: 받침 뒤 이", "이순신이 한산도에서 이겼다고 정약용이 말했다."],
    ["띄어 쓴 외국 인명 병합", "프랑크 베옌스 연구원은 “수요가 늘었다”고 밝혔다."],
    ["직함 앞 한 단어 인명", "김하늘 한빛증권 연구원은 “반도체가 좋다”고 말했다."],
    ["모호한 지명 별칭과 지명 토큰", "인도 뭄바이에서 열린 행사에 미국 조지아주 관계자도 왔다."],
    ["사용자 사전 뒤 나머지", "하이브리드 차량과 뉴스1코리아 보도, 삼성전자이사회가 있었다."],
    ["지명과 인명이 섞인 기사", "박지성 감독은 수원에서 “이번 시즌은 다르다”고 말했다. 박 감독은 서울로 떠났다."],
    ["금액과 인용", "오픈AI가 AWS와 380억 달러 규모의 계약을 맺었다. 샘 올트먼 CEO는 “컴퓨팅이 필요하다”고 말했다."],
    ["문장 끝 단어(문서 끝 문맥)", "그녀는 새 얼굴들이네"],
    ["무작위 한글 문서", randomHangul(20_000, 3)],
  ])("%s", async (_name, text) => {
    const a = (await full.analyze(text)) as Record<string, unknown>;
    const b = (await selective.analyze(text)) as Record<string, unknown>;
    expect(layers(b)).toEqual(layers(a));
    expect("tokens" in b).toBe(false);
  });
});

describe("모든 토큰이 필요한 경우", () => {
  const reader: Component = { name: "token-counter", reads: ["tokens"], adds: ["count"], run(doc) { doc.count = doc.tokens?.length; } };
  test.each<[string, Parameters<typeof needsAllTokens>[0], boolean]>([
    ["기본값", {}, false],
    ["tokens: true", { tokens: true }, true],
    ["tokens를 읽는 사용자 컴포넌트", { components: [reader] }, true],
    ["tokens를 쓰는 사용자 컴포넌트", { components: [{ ...reader, reads: [], uses: ["tokens"] }] }, true],
  ])("%s", (_name, options, expected) => {
    expect(needsAllTokens(options)).toBe(expected);
  });
});
