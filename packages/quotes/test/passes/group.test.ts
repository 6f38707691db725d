import type { Quote } from "@sinmun/core";
import { classifySpeech } from "../../src/passes/classifySpeech";
import { group } from "../../src/passes/group";
import { setup } from "./helpers";
import type { E } from "./helpers";

const brief = (q: Quote): [string, string, string | null, string | null] => [q.kind, q.text, q.speaker?.text ?? null, q.cue?.text ?? null];
const LEE: E[] = [["이재용", "PERSON", "lee-jae-yong"]];

describe("group: 묶음, 연쇄, 상속", () => {
  test.each<[string, string, E[], boolean, ReturnType<typeof brief>[]]>([
    ["한 인용, 한 화자, 한 동사", "이재용 회장은 “좋다”고 말했다.", LEE, true,
      [["direct", "“좋다”", "이재용", "말했다"]]],
    ["연쇄: 두 인용이 한 동사를 나눈다", "이재용 회장은 “좋다”며 “늘리겠다”고 말했다.", LEE, true,
      [["direct", "“좋다”", "이재용", "말했다"], ["direct", "“늘리겠다”", "이재용", "말했다"]]],
    ["상속: 다음 문장의 화자 없는 인용", "이재용 회장은 “좋다”고 말했다. “늘리겠다”고 덧붙였다.", LEE, true,
      [["direct", "“좋다”", "이재용", "말했다"], ["direct", "“늘리겠다”", "이재용", "덧붙였다"]]],
    ["상속 끔", "이재용 회장은 “좋다”고 말했다. “늘리겠다”고 덧붙였다.", LEE, false,
      [["direct", "“좋다”", "이재용", "말했다"], ["direct", "“늘리겠다”", null, "덧붙였다"]]],
    ["간접 인용", "이재용 회장은 수요가 많다고 말했다.", LEE, true,
      [["indirect", "수요가 많다고", "이재용", "말했다"]]],
    ["안긴 인용은 바깥 인용 안의 화자", "그는 “고객이 ‘비싸다’고 한다”고 말했다.", [], true,
      [["direct", "“고객이 ‘비싸다’고 한다”", "그", "말했다"], ["direct", "‘비싸다’", null, "한다"]]],
  ])("%s", (_name, text, list, inherit, want) => {
    const { t, finder } = setup(text, list);
    expect(group(t, finder, classifySpeech(t, finder), { inherit }).map(brief)).toEqual(want);
  });
});
