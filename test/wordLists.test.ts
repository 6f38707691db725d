// One source per word list: titles and surnames live once in dictionaries/titles/, and every package
// compiles its data from those files (Jest's global setup has just built packages/*/data/).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "@sinmun/core";

const root = join(__dirname, "..");

function list(file: string): string[] {
  return readFileSync(join(root, "dictionaries", file), "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}
function json(file: string): unknown {
  return JSON.parse(readFileSync(join(root, file), "utf8"));
}
const sorted = (words: Iterable<string>): string[] => [...new Set(words)].sort();

const titles = list("titles/titles.txt");
const reporterTitles = list("titles/reporter-titles.txt");
const surnames = list("titles/korean-surnames.txt");
const ambiguousSurnames = list("titles/ambiguous-surnames.txt");

describe("한 낱말은 한 파일에만", () => {
  test.each<[string, string[], string[]]>([
    ["직함과 기자 직함", titles, reporterTitles],
    ["성과 모호한 성", surnames, ambiguousSurnames],
  ])("%s", (_name, a, b) => {
    expect(a.filter((w) => b.includes(w))).toEqual([]);
  });

  test("cues/words.tsv에는 직함·성 분류가 없다 (titles/에서 온다)", () => {
    const classes = readFileSync(join(root, "dictionaries", "cues", "words.tsv"), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l !== "")
      .map((l) => l.split("\t")[1]);
    expect(classes.filter((c) => c === "title" || c === "surname")).toEqual([]);
  });
});

describe("패키지마다 같은 원본을 읽는다", () => {
  const ner = json("packages/ner/data/rules.json") as { titles: string[]; surnames: string[] };
  const quotes = json("packages/quotes/data/cues.json") as { words: Record<string, string[]> };
  const core = json("packages/core/data/reporter-titles.json") as { titles: string[] };
  test.each<[string, string[], string[]]>([
    ["@sinmun/ner 직함 = titles + reporter-titles", ner.titles, [...titles, ...reporterTitles]],
    ["@sinmun/quotes 직함 = titles + reporter-titles", quotes.words["title"] ?? [], [...titles, ...reporterTitles]],
    ["@sinmun/ner 성 = korean-surnames (모호한 성은 이름 규칙에서 뺌)", ner.surnames, surnames],
    ["@sinmun/quotes 성 = korean-surnames + ambiguous-surnames", quotes.words["surname"] ?? [], [...surnames, ...ambiguousSurnames]],
    ["@sinmun/core 바이라인 직함 = reporter-titles", core.titles, reporterTitles],
  ])("%s", (_name, compiled, source) => {
    expect(sorted(compiled)).toEqual(sorted(source));
  });
});

describe("기자 직함마다 바이라인이 된다", () => {
  test.each(reporterTitles.map((t) => [t]))("김하늘 %s", (title) => {
    const text = `삼성전자가 올랐다.\n김하늘 ${title}`;
    const last = splitSentences(text).at(-1);
    expect({ text: last && text.slice(last.start, last.end), boilerplate: last?.boilerplate }).toEqual({ text: `김하늘 ${title}`, boilerplate: true });
  });
});
