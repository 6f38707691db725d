import { toMecabUserCsv } from "./toMecabUserCsv";

describe("toMecabUserCsv: mecab-ko-dic user-dictionary rows", () => {
  test.each([
    ["받침 없는 한글 이름 → F", { surface: "카카오", pos: "NNP" }, "카카오,,,,NNP,*,F,카카오,*,*,*,*"],
    ["끝음절 자에 받침 없음 → F", { surface: "삼성전자", pos: "NNP" }, "삼성전자,,,,NNP,*,F,삼성전자,*,*,*,*"],
    ["ㄹ 받침 → T", { surface: "블랙웰", pos: "NNP" }, "블랙웰,,,,NNP,*,T,블랙웰,*,*,*,*"],
    ["라틴 혼합: 읽기의 마지막 음절로", { surface: "오픈AI", pos: "NNP", reading: "오픈에이아이", semantic: "단체" }, "오픈AI,,,,NNP,단체,F,오픈에이아이,*,*,*,*"],
    ["라틴 약어: 글자 이름으로 (M=엠 → T)", { surface: "IBM", pos: "NNP" }, "IBM,,,,NNP,*,T,IBM,*,*,*,*"],
    ["라틴 약어: 마지막 글자 G=지 → F", { surface: "LG", pos: "NNP" }, "LG,,,,NNP,*,F,LG,*,*,*,*"],
    ["소문자 라틴 단어: 판단 불가 → *", { surface: "Google", pos: "NNP" }, "Google,,,,NNP,*,*,Google,*,*,*,*"],
    ["숫자로 끝남: 3 = 삼 → T", { surface: "갤럭시S23", pos: "NNP" }, "갤럭시S23,,,,NNP,*,T,갤럭시S23,*,*,*,*"],
    ["인명 의미부류", { surface: "김민수", pos: "NNP", semantic: "인명" }, "김민수,,,,NNP,인명,F,김민수,*,*,*,*"],
    ["쉼표 든 표층형은 따옴표", { surface: "A,B", pos: "NNP" }, '"A,B",,,,NNP,*,F,"A,B",*,*,*,*'],
  ])("%s", (_name, entry, row) => {
    expect(toMecabUserCsv([entry])).toBe(row + "\n");
  });

  test("context ids and cost fill columns 2-4 when given", () => {
    expect(toMecabUserCsv([{ surface: "엔비디아", pos: "NNP" }], { contextIds: { NNP: { left: 1781, right: 3533 } }, cost: -100 })).toBe(
      "엔비디아,1781,3533,-100,NNP,*,F,엔비디아,*,*,*,*\n",
    );
  });

  test("entries with a space are left out (mecab cannot match across spaces); duplicates once", () => {
    expect(
      toMecabUserCsv([
        { surface: "블랙웰 울트라", pos: "NNP" },
        { surface: "엔비디아", pos: "NNP" },
        { surface: "엔비디아", pos: "NNP" },
      ]),
    ).toBe("엔비디아,,,,NNP,*,F,엔비디아,*,*,*,*\n");
  });

  test("no entries, no rows", () => {
    expect(toMecabUserCsv([])).toBe("");
  });
});
