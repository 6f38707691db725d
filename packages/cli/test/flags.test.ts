import { choice, intFlag } from "../src/flags";
import { UsageError } from "../src/UsageError";

describe("choice: 값이 허용된 것 가운데 하나", () => {
  test("없으면 기본값, 있으면 그 값", () => {
    expect(choice("format", ["json", "jsonl"] as const, undefined, "json")).toBe("json");
    expect(choice("format", ["json", "jsonl"] as const, "jsonl", "json")).toBe("jsonl");
  });
  test("허용되지 않은 값은 플래그와 선택지를 말하는 사용법 오류", () => {
    expect(() => choice("format", ["json", "jsonl"] as const, "xml", "json")).toThrow(new UsageError('expected --format in {json, jsonl}, got "xml"'));
  });
  test("기본값도 없이 빠지면 그 사정을 말한다", () => {
    expect(() => choice("task", ["ner", "morphs"] as const, undefined)).toThrow(new UsageError("needs --task (one of {ner, morphs})"));
    expect(() => choice("format", ["klue"] as const, undefined, undefined, "eval needs --format")).toThrow(new UsageError("eval needs --format"));
  });
});

describe("intFlag: 범위 안의 정수", () => {
  test.each<[string | undefined, number]>([
    [undefined, 7],
    ["1", 1],
    ["65535", 65535],
  ])("%s → %d", (value, n) => expect(intFlag("port", value, 7, 0, 65535)).toBe(n));
  test.each<[string, number, number, string]>([
    ["0", 1, Number.MAX_SAFE_INTEGER, 'expected --workers to be a positive integer, got "0"'],
    ["2.5", 1, Number.MAX_SAFE_INTEGER, 'expected --workers to be a positive integer, got "2.5"'],
    ["abc", 1, Number.MAX_SAFE_INTEGER, 'expected --workers to be a positive integer, got "abc"'],
    ["70000", 0, 65535, 'expected --workers to be an integer in [0, 65535], got "70000"'],
  ])("%s는 오류", (value, min, max, message) => {
    expect(() => intFlag("workers", value, 1, min, max)).toThrow(new UsageError(message));
  });
});
