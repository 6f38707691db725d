import { skipSpaces, startsWithAny } from "./cursor";

describe("skipSpaces: 허용된 수만큼 공백 건너뛰기", () => {
  test.each<[string, string, number, number, number]>([
    ["본문: 공백 하나까지", "3조  2천억", 2, 1, 3],
    ["한 표현: 여러 공백", "3조  2천억", 2, 8, 4],
    ["전각 공백", "3조\u30002천억", 2, 1, 3],
    ["폭 없는 공백도 공백", "3조\u200b2천억", 2, 1, 3],
    ["줄바꿈은 공백이 아님", "3조\n2천억", 2, 8, 2],
  ])("%s", (_name, text, at, max, expected) => {
    expect(skipSpaces(text, at, max)).toBe(expected);
  });
});

describe("startsWithAny: 목록의 첫 낱말", () => {
  test.each<[string, string, readonly string[], string | null]>([
    ["긴 낱말을 먼저", "에서부터 20억", ["에서부터", "에서"], "에서부터"],
    ["짧은 낱말", "에서 20억", ["에서부터", "에서"], "에서"],
    ["없음", "부터", ["에서"], null],
  ])("%s", (_name, text, words, expected) => {
    expect(startsWithAny(text, 0, words)).toBe(expected);
  });
});
