import { batchimOf } from "./batchim";

describe("batchimOf", () => {
  test.each([
    ["회사", "none"],
    ["사람", "other"],
    ["서울", "rieul"],
    ["에이아이", "none"],
    ["AWS", "none"],
    ["IBM", "other"],
    ["URL", "rieul"],
    ["ＳＫ", "none"],
    ["1", "rieul"],
    ["3", "other"],
    ["2", "none"],
    ["삼성 ", "other"],
  ])("%s → %s", (word, kind) => {
    expect(batchimOf(word)).toBe(kind);
  });
  test.each([["Google"], ["%"], [""], ["😀"]])("undecidable: %j", (word) => {
    expect(batchimOf(word)).toBeUndefined();
  });
});
