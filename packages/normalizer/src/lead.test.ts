import { lexicon } from "./lexicon";
import { readLead, type Lead } from "./lead";

describe("readLead: 수 앞의 한정어·부호·척도", () => {
  const none = { role: null, approx: false, negative: false, scale: null };
  test.each<[string, string, boolean, Lead]>([
    ["앞말 없음", "380억 달러", false, { at: 0, ...none }],
    ["어림 한정어: 약", "약 54조 원", false, { ...none, at: 2, approx: true }],
    ["상한 한정어: 최대", "최대 30%", false, { ...none, at: 3, role: "max_incl" }],
    ["한정어에 붙은 한글 낱말(최대주주)은 한정어가 아님", "최대주주 30%", false, { at: 0, ...none }],
    ["마이너스 부호", "-5%", false, { ...none, at: 1, negative: true }],
    ["본문에서 띄운 부호는 부호가 아님", "- 5%", false, { at: 0, ...none }],
    ["한 표현에서는 띄운 부호도 부호", "- 5%", true, { ...none, at: 2, negative: true }],
    ["더하기 부호는 건너뜀", "+3%", false, { ...none, at: 1 }],
    ["낱말 부호: 영하", "영하 5도", false, { ...none, at: 3, negative: true }],
    ["척도와 그 안의 영하: 섭씨 영하", "섭씨 영하 5도", true, { ...none, at: 6, negative: true, scale: "°C" }],
    ["속도 척도: 시속", "시속 100km", false, { ...none, at: 3, scale: "speed" }],
  ])("%s", (_name, text, strict, expected) => {
    expect(readLead(text, 0, strict, lexicon())).toEqual(expected);
  });
});
