import { readFileSync } from "node:fs";
import { join } from "node:path";

// dictionaries/abbreviations/latin.txt: sorted (code-point order), NFC, unique (case-insensitively), each ending in "."
const file = join(__dirname, "..", "..", "..", "dictionaries", "abbreviations", "latin.txt");
const entries = readFileSync(file, "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l !== "" && !l.startsWith("#"));

describe("약어 사전 lint", () => {
  test("정렬됨", () => {
    expect(entries).toEqual([...entries].sort());
  });
  test("NFC, 마침표로 끝남, 라틴 문자와 마침표만", () => {
    for (const e of entries) {
      expect(e.normalize("NFC")).toBe(e);
      expect(e).toMatch(/^[A-Za-z.]+\.$/);
    }
  });
  test("대소문자 무시 중복 없음", () => {
    const lower = entries.map((e) => e.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });
});
