import { isHangul, isLineBreak, isMiddleDot, isSpace, isWhiteSpace, quoteMark } from "../src/chars";

const code = (c: string): number => c.charCodeAt(0);

describe("문자 분류", () => {
  test.each<[string, string, boolean, boolean, boolean]>([
    // name, char, isSpace, isLineBreak, isWhiteSpace
    ["보통 띄어쓰기", " ", true, false, true],
    ["탭", "\t", true, false, true],
    ["줄 안 공백: 줄바꿈 없는 공백(NBSP)", "\u00a0", true, false, true],
    ["전각 공백", "\u3000", true, false, true],
    ["폭 없는 공백(ZWSP)", "\u200b", true, false, true],
    ["BOM", "\ufeff", true, false, true],
    ["줄바꿈 LF", "\n", false, true, true],
    ["줄바꿈 CR", "\r", false, true, true],
    ["NEL", "\u0085", false, true, true],
    ["문단 구분자", "\u2029", false, true, true],
    ["한글은 공백이 아니다", "가", false, false, false],
    ["마침표는 공백이 아니다", ".", false, false, false],
  ])("%s", (_name, c, space, lineBreak, white) => {
    expect([isSpace(code(c)), isLineBreak(code(c)), isWhiteSpace(code(c))]).toEqual([space, lineBreak, white]);
  });

  test.each<[string, string, boolean]>([
    ["가운뎃점 ·", "·", true],
    ["한글 아래아 ㆍ", "ㆍ", true],
    ["가타카나 가운뎃점 ・", "・", true],
    ["쉼표는 아니다", ",", false],
  ])("가운뎃점: %s", (_name, c, want) => {
    expect(isMiddleDot(code(c))).toBe(want);
  });

  test.each<[string, string, boolean]>([
    ["완성형 첫 글자 가", "가", true],
    ["완성형 끝 글자 힣", "힣", true],
    ["호환 자모 ㄱ은 음절이 아니다", "ㄱ", false],
    ["라틴 문자", "A", false],
  ])("한글 음절: %s", (_name, c, want) => {
    expect(isHangul(code(c))).toBe(want);
  });

  test.each<[string, string | undefined, ReturnType<typeof quoteMark>]>([
    ["여는 큰따옴표", "“", { family: "double", role: "open", closer: "”" }],
    ["곧은 큰따옴표는 방향이 없다", '"', { family: "double", role: "either" }],
    ["닫는 작은따옴표", "’", { family: "single", role: "close" }],
    ["겹낫표", "『", { family: "corner", role: "open", closer: "』" }],
    ["따옴표가 아닌 괄호", "(", undefined],
    ["문자 없음", undefined, undefined],
  ])("따옴표 표: %s", (_name, c, want) => {
    expect(quoteMark(c)).toEqual(want);
  });
});
