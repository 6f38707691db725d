import { join } from "node:path";
import { assertDoc } from "@sinmun/core";
import type { Entity } from "@sinmun/core";
import { createRecognizer } from "../src";

// Regression for superlinear scans (the ㈜ regex, josa tails, the 씨 lookahead, Latin runs): the
// rewritten scanners must give the same answers as before on ordinary text and on long runs.
// No timing here — growth is measured in packages/cli/test/adversarial.test.ts (worker + deadline).
const ner = createRecognizer({ bundled: false, entities: join(__dirname, "fixtures", "entities.jsonl") });
const run = (text: string): Entity[] => {
  const entities = ner.recognize(text);
  assertDoc({ text, sentences: [], entities });
  return entities;
};
const brief = (es: Entity[]): string[] => es.map((e) => `${e.text}/${e.label}`);

describe("(주)/㈜ 표기: 손으로 훑는 인접 낱말", () => {
  test.each<[string, string, string[]]>([
    ["(주) 뒤 이름", "(주)새빛이 나섰다", ["새빛/ORG"]],
    ["㈜ 뒤 띄고 이름", "㈜ 다온테크는", ["다온테크/ORG"]],
    ["이름 뒤 (주)", "한빛(주)가 밝혔다", ["한빛/ORG"]],
    ["이름 띄고 ㈜", "한빛 ㈜ 대표", ["한빛/ORG"]],
    ["라틴·숫자·& 이름", "㈜K&L2 공시", ["K&L2/ORG"]],
    ["표기만 있고 이름 없음", "(주) ㈜ (주)", []],
    ["긴 이름 뒤 조사 떼기", "㈜" + "빛".repeat(40) + "은", ["빛".repeat(40) + "/ORG"]],
    // 가 is the subject particle, which ends a sequence: only 은 is a particle here (가가은 is no chain).
    ["조사로 끝나는 긴 이름은 조사 연쇄만큼 떼임", "㈜" + "가".repeat(40) + "은", ["가".repeat(40) + "/ORG"]],
    ["조사 연쇄: 에서는", "㈜" + "가".repeat(40) + "에서는", ["가".repeat(40) + "/ORG"]],
    ["앞뒤 모두 이름이면 앞 이름", "한빛(주)새빛 공시", ["한빛/ORG"]],
    ["표기 연달아", "㈜한빛㈜ 새빛(주)", ["한빛/ORG", "새빛/ORG"]],
  ])("%s: %s", (_n, text, expected) => {
    expect(brief(run(text))).toEqual(expected);
  });
});

describe("띄어쓰기 없는 긴 입력: 결과가 길이에 따라 바뀌지 않음", () => {
  test.each<[string, string]>([
    ["한글 한 글자 반복", "가"],
    ["억 반복", "억"],
    ["숫자+억 반복", "1억"],
    ["씨 반복 (씨 뒤 미리보기)", "씨"],
    ["대문자 반복 (라틴 이름 후보)", "A"],
    ["라틴 낱말 반복", "Ab"],
    ["점 반복", "."],
  ])("%s", (_n, unit) => {
    for (const n of [1000, 20000]) expect(run(unit.repeat(n))).toEqual([]);
  });

  test("긴 낱말 끝의 ㈜: 낱말 전체가 이름", () => {
    const text = "억".repeat(20000) + "㈜";
    expect(brief(run(text))).toEqual(["억".repeat(20000) + "/ORG"]);
  });

  test("씨 뒤 두 음절 이상 + 문장부호는 긴 낱말 (씨앗의.)", () => {
    expect(brief(run("박씨름장. 김씨가 왔다"))).toEqual(["김/PERSON"]);
  });
});

describe("상호참조: 언급이 많아도 같은 묶음 (표면형 색인, 이진 탐색)", () => {
  test("이재용 회장 반복: 모든 언급이 한 묶음", () => {
    const es = run("이재용 회장 ".repeat(2000));
    expect(es).toHaveLength(2000);
    expect(new Set(es.map((e) => e.id))).toEqual(new Set(["lee-jae-yong"]));
  });

  test("성+직함은 가장 가까운 앞선 같은 성 인물 (반복해도)", () => {
    const unit = "이재용 회장과 이수진 대표가 만났다. 이 대표는 웃었다. ";
    const es = run(unit.repeat(300)).filter((e) => e.text === "이");
    expect(es).toHaveLength(300);
    expect(new Set(es.map((e) => e.id))).toEqual(new Set(["doc:이수진"]));
  });

  test("괄호 약어가 여러 번 소개돼도 첫 소유자의 별칭", () => {
    const es = run("한빛소프트웨어연구협회(HSRA)는 말했다. ".repeat(200));
    expect(new Set(es.filter((e) => e.text === "HSRA").map((e) => e.id))).toEqual(new Set(["doc:한빛소프트웨어연구협회"]));
  });
});

describe("후보가 아주 많은 문서 (스프레드 push는 스택을 넘친다)", () => {
  test("A씨 15만 번: 던지지 않고 모든 언급", () => {
    const text = "A씨 ".repeat(150_000);
    const es = run(text);
    expect(es).toHaveLength(150_000);
    expect(es.every((e) => e.text === "A" && e.label === "PERSON")).toBe(true);
  });
});
