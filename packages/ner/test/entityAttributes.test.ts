import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assertDoc, type Entity } from "@sinmun/core";
import { createRecognizer, type EntityRecord } from "../src";
import { entityAttributes, recordType } from "../src/entityAttributes";

const ner = createRecognizer();
const find = (text: string, mention: string): Entity | undefined => {
  const entities = ner.recognize(text);
  assertDoc({ text, sentences: [], entities });
  return entities.find((e) => e.text === mention);
};
const pick = (e: Entity | undefined): Partial<Entity> | undefined =>
  e && { id: e.id, ...(e.type !== undefined ? { type: e.type } : {}), ...(e.ticker !== undefined ? { ticker: e.ticker } : {}), ...(e.exchange !== undefined ? { exchange: e.exchange } : {}), ...(e.attributes !== undefined ? { attributes: e.attributes } : {}) };

describe("사전 기록의 속성이 개체에 실린다", () => {
  test.each<[string, string, string, Partial<Entity>]>([
    ["상장 기업: 종목 코드와 거래소", "엔비디아가 신제품을 내놓았다.", "엔비디아", { id: "nvidia", type: "company", ticker: "NVDA", exchange: "NASDAQ", attributes: { country: "US", sector: "semiconductors" } }],
    ["국내 상장사: KRX 코드", "삼성전자는 올랐다.", "삼성전자", { id: "samsung-electronics", type: "company", ticker: "005930", exchange: "KRX", attributes: { market: "KOSPI", country: "KR", parent: "samsung-group", sector: "semiconductors" } }],
    ["기관: 세부 종류는 attributes.type", "한국은행이 금리를 동결했다.", "한국은행", { id: "bank-of-korea", type: "institution", attributes: { country: "KR", type: "central-bank" } }],
    ["언론사", "블룸버그에 따르면 그렇다.", "블룸버그", { id: "bloomberg", type: "media", attributes: { country: "US", type: "news-agency" } }],
    ["인물: 소속과 직함", "샘 올트먼 오픈AI 최고경영자는 말했다.", "샘 올트먼", { id: "sam-altman", type: "person", attributes: { org: "openai", title: "최고경영자", titleAliases: ["CEO"], country: "US" } }],
    ["지명", "서울에서 열렸다.", "서울", { id: "seoul", type: "place", attributes: { country: "KR", type: "city" } }],
    ["제품: kind", "갤럭시 S25를 공개했다.", "갤럭시 S25", { id: "galaxy-s25", type: "product", attributes: { org: "samsung-electronics", kind: "phone" } }],
  ])("%s", (_name, text, mention, expected) => {
    expect(pick(find(text, mention))).toEqual(expected);
  });

  test("상호참조: 성만 쓴 언급도 같은 속성", () => {
    const es = ner.recognize("샘 올트먼 오픈AI 최고경영자는 말했다. 올트먼은 웃었다.");
    const [full, short] = es.filter((e) => e.id === "sam-altman");
    expect(short?.text).toBe("올트먼");
    expect(pick(short)).toEqual(pick(full));
    expect(short?.attributes).not.toBe(full?.attributes); // 객체를 공유하지 않는다
  });

  test.each<[string, string, string]>([
    ["규칙 인물", "김철수 한빛증권 대표는 말했다.", "김철수"],
    ["규칙 기관", "김철수 한빛증권 대표는 말했다.", "한빛증권"],
  ])("사전에 없는 개체는 속성 없음: %s", (_name, text, mention) => {
    const e = find(text, mention);
    expect(e?.source).toBe("rule");
    expect(e && ["type", "ticker", "exchange", "attributes"].filter((k) => k in e)).toEqual([]);
  });
});

describe("사용자 사전의 속성은 그대로 통과한다", () => {
  const user: EntityRecord[] = [
    { id: "hanbit-soft", label: "ORG", name: "한빛소프트", aliases: [], meta: { ticker: "047080", exchange: "KRX", type: "startup", founded: 1999, tags: ["게임"] } },
    { id: "hanbit-lab", label: "ORG", name: "한빛연구소", aliases: [], meta: { type: "institution" } },
    { id: "kim-hanbit", label: "PERSON", name: "김한빛", aliases: [] },
  ];
  const mine = createRecognizer({ bundled: false, entities: user });
  test.each<[string, string, Partial<Entity>]>([
    ["사용자 종류와 임의 키", "한빛소프트가 올랐다.", { id: "hanbit-soft", type: "startup", ticker: "047080", exchange: "KRX", attributes: { type: "startup", founded: 1999, tags: ["게임"] } }],
    ["명시한 큰 분류가 이긴다", "한빛연구소가 밝혔다.", { id: "hanbit-lab", type: "institution", attributes: { type: "institution" } }],
    ["meta 없는 인물", "김한빛이 왔다.", { id: "kim-hanbit", type: "person" }],
  ])("%s", (_name, text, expected) => {
    const es = mine.recognize(text);
    expect(pick(es[0])).toEqual(expected);
    expect(JSON.parse(JSON.stringify(es))).toEqual(es);
  });
});

describe("번들 사전: 파일별 분류", () => {
  const FILE_TYPE: Record<string, string> = {
    "companies-global.jsonl": "company",
    "companies-kr.jsonl": "company",
    "institutions.jsonl": "institution",
    "media.jsonl": "media",
    "people.jsonl": "person",
    "places.jsonl": "place",
    "products.jsonl": "product",
  };
  const dir = join(__dirname, "..", "..", "..", "dictionaries", "entities");
  test.each(readdirSync(dir).filter((f) => f.endsWith(".jsonl")))("%s", (file) => {
    const records = readFileSync(join(dir, file), "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as EntityRecord);
    const wrong = records.filter((r) => recordType(r) !== FILE_TYPE[file]).map((r) => r.id);
    expect(wrong).toEqual([]);
    for (const r of records) {
      const a = entityAttributes(r);
      if (typeof r.meta?.ticker === "string") expect(a.ticker).toBe(r.meta.ticker);
      expect(a.attributes && ("ticker" in a.attributes || "exchange" in a.attributes)).toBeFalsy();
    }
  });
});
