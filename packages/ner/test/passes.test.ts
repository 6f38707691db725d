import { join } from "node:path";
import { indexText, splitSentences } from "@sinmun/core";
import type { Token } from "@sinmun/core";
import type { Candidate } from "../src/candidates";
import { selectCandidates } from "../src/candidates";
import { buildIndex, mergeRecords } from "../src/dictionaryIndex";
import { loadEntities } from "../src/loadEntities";
import { acronymPass } from "../src/passes/acronymPass";
import { passContext } from "../src/passes/context";
import type { PassContext } from "../src/passes/context";
import { coreferencePass } from "../src/passes/coreferencePass";
import { dictionaryPass } from "../src/passes/dictionaryPass";
import { morphologyPass } from "../src/passes/morphologyPass";
import { rulesPass } from "../src/passes/rulesPass";
import { ruleData } from "../src/ruleData";

const records = loadEntities(join(__dirname, "fixtures", "entities.jsonl"));
const dict = buildIndex(mergeRecords([], [...records, { id: "india", label: "LOC", name: "인도", aliases: [], ambiguous: ["인도"] }]));
const rules = ruleData();
const ctx = (text: string): PassContext => passContext(text, rules, indexText(text, { sentences: splitSentences(text) }));
const show = (text: string, cs: readonly Candidate[]): string[] => cs.map((c) => `${text.slice(c.start, c.end)}/${c.label}/${c.id ?? c.rule}`);
const nameOf = (id: string): string | undefined => dict.records[dict.byId.get(id) ?? -1]?.name;

describe("passContext: 어절과 문장", () => {
  test.each<[string, string, string[], [number, number][]]>([
    ["두 문장", "오픈AI가 왔다. 삼성전자는 갔다.", ["오픈AI가", "왔다.", "삼성전자는", "갔다."], [[0, 0], [10, 1]]],
    ["줄바꿈과 전각 공백도 어절 경계", "이재용\n회장\u3000말했다", ["이재용", "회장", "말했다"], [[0, 0]]],
  ])("%s", (_n, text, words, at) => {
    const c = ctx(text);
    expect(c.words.map((w) => w.text)).toEqual(words);
    for (const [offset, sentence] of at) expect(c.sentenceAt(offset)).toBe(sentence);
  });

  test("문장이 없으면 모든 위치가 -1 (문장 제한 없음)", () => {
    expect(passContext("가. 나.", rules).sentenceAt(3)).toBe(-1);
  });

  test("겹치는 문장은 처음 담는 문장", () => {
    const c = passContext("가나다라", rules, undefined, [{ start: 0, end: 3 }, { start: 1, end: 4 }]);
    expect([c.sentenceAt(0), c.sentenceAt(2), c.sentenceAt(3)]).toEqual([0, 0, 1]);
  });
});

describe("1 dictionaryPass: 사전과 모호한 별칭", () => {
  test.each<[string, string, string[], string[]]>([
    ["조사 경계", "오픈AI가 AWS와의 계약을", ["오픈AI/ORG/openai", "AWS/ORG/amazon-web-services"], []],
    ["낱말 안은 아님", "SMS와 LAWS", [], []],
    ["모호한 별칭: 근거 없음", "MS로 보냈다", [], ["MS"]],
    ["모호한 별칭: 문서 근거 (마이크로소프트)", "마이크로소프트, 곧 MS는", ["마이크로소프트/ORG/microsoft", "MS/ORG/microsoft"], []],
    ["모호한 별칭: 같은 라벨 나열", "엔비디아와 MS의 협력", ["엔비디아/ORG/nvidia", "MS/ORG/microsoft"], []],
  ])("%s: %s", (_n, text, found, unresolved) => {
    const r = dictionaryPass(ctx(text), dict);
    expect(show(text, r.candidates)).toEqual(found);
    expect(r.unresolved.map((h) => text.slice(h.start, h.end))).toEqual(unresolved);
  });
});

describe("2 rulesPass: 규칙 후보", () => {
  test.each<[string, string, string[]]>([
    // The suffix rule also finds 삼성전자 (전자); the dictionary match wins at selection.
    ["한국 이름 + 사전 기관 + 직함", "이재웅 삼성전자 회장은", ["삼성전자/ORG/org-suffix", "이재웅/PERSON/person-title-ko"]],
    ["붙은 접미사와 반복", "한빛증권은 … 한빛증권이", ["한빛증권/ORG/org-suffix", "한빛증권/ORG/org-suffix"]],
    ["성 + 씨", "김모(33)씨가", ["김/PERSON/surname-ssi"]],
    ["대문자 약어 기관", "IOC는 결정했다", ["IOC/ORG/acronym-org"]],
    ["사전이 찾은 인물은 다시 내지 않음", "이재용 회장은", []],
  ])("%s: %s", (_n, text, expected) => {
    const c = ctx(text);
    expect(show(text, rulesPass(c, dictionaryPass(c, dict), []))).toEqual(expected);
  });
});

describe("3 morphologyPass: 인명·지명 토큰", () => {
  const tk = (text: string, start: number, end: number, eojeol: number, pos: string, semantic?: string): Token => ({
    start, end, text: text.slice(start, end), form: text.slice(start, end), pos, tags: [pos], eojeol, sentence: 0, ...(semantic ? { semantic } : {}),
  });
  test.each<[string, string, (t: string) => Token[], string[]]>([
    ["NNP 인명", "홍길순이 말했다", (t) => [tk(t, 0, 3, 0, "NNP", "인명"), tk(t, 3, 4, 0, "JKS")], ["홍길순/PERSON/morphology"]],
    ["지명이 모호한 사전 별칭을 정함", "인도 뭄바이에", (t) => [tk(t, 0, 2, 0, "NNP", "지명")], ["인도/LOC/india"]],
    ["한 음절은 버림", "김이 말했다", (t) => [tk(t, 0, 1, 0, "NNP", "인명")], []],
    ["토큰 없으면 없음", "홍길순이", () => [], []],
  ])("%s", (_n, text, tokens, expected) => {
    const c = ctx(text);
    const d = dictionaryPass(c, dict);
    expect(show(text, morphologyPass(c, tokens(text), d.candidates, d.unresolved, dict.records))).toEqual(expected);
  });
});

describe("4 acronymPass: 괄호 약어는 문서 별칭", () => {
  test.each<[string, string, string[]]>([
    ["사전 기관의 약어", "아마존웹서비스(AWS)는", ["아마존웹서비스/ORG/amazon-web-services", "AWS/ORG/amazon-web-services"]],
    ["기관 접미사 낱말이 주인", "사우디전력공사(SEC)는 … SEC가", ["사우디전력공사/ORG/doc:사우디전력공사", "SEC/ORG/doc:사우디전력공사", "SEC/ORG/doc:사우디전력공사"]],
    ["보통명사 약어는 아님", "인공지능(AI)은", []],
  ])("%s: %s", (_n, text, expected) => {
    const c = ctx(text);
    const d = dictionaryPass(c, dict);
    const cands = [...d.candidates, ...rulesPass(c, d, [])];
    expect(show(text, acronymPass(c, cands, selectCandidates(cands)))).toEqual(expected);
  });
});

describe("5 coreferencePass: 같은 개체 묶기", () => {
  test.each<[string, string, string[]]>([
    ["성만", "샘 올트먼이 왔다. 올트먼은", ["샘 올트먼/PERSON/sam-altman", "올트먼/PERSON/sam-altman"]],
    ["음역 변이", "샘 올트먼이 왔다. 올트만은", ["샘 올트먼/PERSON/sam-altman", "올트만/PERSON/sam-altman"]],
    ["성 + 직함은 가장 가까운 앞 인물", "이재용 회장이 왔다. 이 회장은", ["이재용/PERSON/lee-jae-yong", "이/PERSON/lee-jae-yong"]],
    ["규칙 인물은 문서 id", "브래드 거스트너 알티미터 캐피탈 창업자는", ["브래드 거스트너/PERSON/doc:브래드-거스트너", "알티미터 캐피탈/ORG/doc:알티미터-캐피탈"]],
  ])("%s: %s", (_n, text, expected) => {
    const c = ctx(text);
    const d = dictionaryPass(c, dict);
    const selected = selectCandidates([...d.candidates, ...rulesPass(c, d, [])]);
    const { mentions, clusters } = coreferencePass(c, selected, nameOf);
    expect(show(text, mentions)).toEqual(expected);
    for (const m of mentions) expect(clusters.get(m.id as string)?.name).toBe(m.name);
  });
});
