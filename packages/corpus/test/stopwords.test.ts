import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultStopwords } from "../src/stopwords";

const file = join(__dirname, "..", "..", "..", "dictionaries", "stopwords", "stopwords.txt");
const words = readFileSync(file, "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#"));

describe("dictionaries/stopwords/stopwords.txt", () => {
  test("NFC, sorted, unique, one term per line without spaces", () => {
    for (const w of words) {
      expect(w).toBe(w.normalize("NFC"));
      expect(w).toBe(w.trim());
    }
    expect(words).toEqual([...new Set(words)].sort());
  });

  test.each([
    ["a listed noun", "것"],
    ["a listed verb in its dictionary form", "밝히다"],
    ["a job title from dictionaries/titles/titles.txt", "회장"],
    ["a reporter's title from dictionaries/titles/reporter-titles.txt", "기자"],
  ])("the compiled list has %s: %s", (_name, word) => {
    expect(defaultStopwords().has(word)).toBe(true);
  });

  test("titles are not listed twice", () => {
    expect(words).not.toContain("회장");
    expect(words).not.toContain("기자");
  });
});

describe("@sinmun/corpus exports", () => {
  test("the public surface changes only on purpose", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(Object.keys(require("../src/index")).sort()).toEqual([
      "contentTerms",
      "cooccurrence",
      "defaultStopwords",
      "entityKey",
      "findDuplicates",
      "graphToCsv",
      "graphToGraphml",
      "keywords",
    ]);
  });
});
