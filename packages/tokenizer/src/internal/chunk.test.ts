import { MAX_RUN, splitPieces } from "./chunk";

const pieces = (s: string, max?: number): string[] => splitPieces(s, 0, s.length, max).map(([a, b]) => s.slice(a, b));

describe("splitPieces", () => {
  test.each([
    ["one line", "삼성전자가 올랐다.", ["삼성전자가 올랐다."]],
    ["lines split, blank lines dropped", "가\r\n\r\n  \n나", ["가", "나"]],
    ["empty", "", []],
  ])("%s", (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  test("a long line is cut after a sentence end", () => {
    const text = "가나다. ".repeat(10);
    const got = pieces(text, 12);
    expect(got.join("")).toBe(text);
    expect(got.every((p) => p.length <= 12 && p.trimEnd().endsWith("."))).toBe(true);
  });

  test("a space-less run is cut every MAX_RUN units, never inside a surrogate pair", () => {
    const text = "가" + "😀".repeat(MAX_RUN);
    const got = pieces(text);
    expect(got.join("")).toBe(text);
    expect(got.every((p) => p.length <= MAX_RUN && !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p))).toBe(true);
  });
});
