// One source per word list: titles and surnames live once in dictionaries/titles/, the josa once in
// dictionaries/josa/josa.tsv, and every package compiles its data from those files (Jest's global
// setup has just built packages/*/data/).
import { existsSync, readFileSync } from "node:fs";
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

/** dictionaries/josa/josa.tsv: the header, then `josa	classes` rows. */
const josaLines = readFileSync(join(root, "dictionaries", "josa", "josa.tsv"), "utf8").split(/\r?\n/).filter((l) => l !== "");
const josaRows = josaLines.slice(1).map((l) => {
  const [josa = "", classes = ""] = l.split("\t");
  return { josa, classes: classes.split(" ") };
});
/** The particles of a class, in file order. */
const josaClass = (cls: string): string[] => josaRows.filter((r) => r.classes.includes(cls)).map((r) => r.josa);
const josaClasses = [...new Set(josaRows.flatMap((r) => r.classes))].sort();
/** What is wrong with josa.tsv's rows (its lines, header first): NFC, two cells, class names, sorted and unique. */
function josaProblems(lines: string[]): string[] {
  const problems: string[] = [];
  let prev: string | undefined;
  lines.slice(1).forEach((l, i) => {
    const at = `line ${i + 2}`;
    const cells = l.split("\t");
    const josa = cells[0] ?? "";
    if (l !== l.normalize("NFC")) problems.push(`${at}: not NFC`);
    if (cells.length !== 2 || cells.some((c) => c === "" || c !== c.trim())) problems.push(`${at}: expected josa<TAB>classes, got ${JSON.stringify(l)}`);
    else if ((cells[1] ?? "").split(" ").some((c) => !/^[a-z]+(?:-[a-z]+)*(?:\+[a-z]+(?:-[a-z]+)*)*$/.test(c))) problems.push(`${at}: class names are lower-case words joined by - and +, got ${JSON.stringify(cells[1])}`);
    if (prev !== undefined && !(prev < josa)) problems.push(`${at}: expected sorted and unique, got ${JSON.stringify(josa)} after ${JSON.stringify(prev)}`);
    prev = josa;
  });
  return problems;
}

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

describe("josa/josa.tsv: 조사는 한 목록에", () => {
  test("머리줄 josa, classes", () => {
    expect(josaLines[0]).toBe("josa\tclasses");
  });
  test("NFC, 코드 포인트 순, 중복 없음, 칸 둘, 분류 하나 이상", () => {
    expect(josaProblems(josaLines)).toEqual([]);
  });
  test.each<[string, string, string]>([
    ["정렬 안 됨", "이\tsubject\n가\tsubject", "expected sorted"],
    ["중복", "가\tsubject\n가\tsubject", "expected sorted and unique"],
    ["NFD", "\u1100\u1161\tsubject", "not NFC"],
    ["분류 없음", "가", "expected josa<TAB>classes"],
    ["분류 이름", "가\tSubject", "class names"],
  ])("린트가 잡는다: %s", (_name, rows, message) => {
    expect(josaProblems(["josa\tclasses", ...rows.split("\n")]).join("\n")).toContain(message);
  });
  test("org-suffixes/josa.txt는 josa.tsv의 after-name 분류로 옮겼다", () => {
    expect(existsSync(join(root, "dictionaries", "org-suffixes", "josa.txt"))).toBe(false);
    expect(josaClass("after-name")).toHaveLength(100);
  });
});

describe("패키지마다 같은 원본을 읽는다", () => {
  const ner = json("packages/ner/data/rules.json") as { titles: string[]; surnames: string[]; josa: string[] } & Record<string, string[]>;
  const quotes = json("packages/quotes/data/cues.json") as { words: Record<string, string[]> };
  const core = json("packages/core/data/reporter-titles.json") as { titles: string[] };
  test.each<[string, string[], string[]]>([
    ["@sinmun/ner 직함 = titles + reporter-titles", ner.titles, [...titles, ...reporterTitles]],
    ["@sinmun/quotes 직함 = titles + reporter-titles", quotes.words["title"] ?? [], [...titles, ...reporterTitles]],
    ["@sinmun/ner 성 = korean-surnames (모호한 성은 이름 규칙에서 뺌)", ner.surnames, surnames],
    ["@sinmun/quotes 성 = korean-surnames + ambiguous-surnames", quotes.words["surname"] ?? [], [...surnames, ...ambiguousSurnames]],
    ["@sinmun/core 바이라인 직함 = reporter-titles", core.titles, reporterTitles],
    ["@sinmun/ner 이름 뒤 조사 = josa.tsv의 after-name", ner.josa, josaClass("after-name")],
  ])("%s", (_name, compiled, source) => {
    expect(sorted(compiled)).toEqual(sorted(source));
  });

  test.each(josaClasses)("조사 분류 %s: @sinmun/ner와 @sinmun/quotes가 josa.tsv 그대로 읽는다", (cls) => {
    expect({ ner: ner[`josa:${cls}`], quotes: quotes.words[`josa:${cls}`] }).toEqual({ ner: josaClass(cls), quotes: josaClass(cls) });
  });
});

describe("기자 직함마다 바이라인이 된다", () => {
  test.each(reporterTitles.map((t) => [t]))("김하늘 %s", (title) => {
    const text = `삼성전자가 올랐다.\n김하늘 ${title}`;
    const last = splitSentences(text).at(-1);
    expect({ text: last && text.slice(last.start, last.end), boilerplate: last?.boilerplate }).toEqual({ text: `김하늘 ${title}`, boilerplate: true });
  });
});
