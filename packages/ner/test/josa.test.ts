// The name rules' josa come from dictionaries/josa/josa.tsv (issue 11): each pattern built from the
// data must match exactly what the regex literal it replaced matched.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleData } from "../src/ruleData";
import { josaPatterns } from "../src/rules";
import { isJosaSequence } from "../src/eojeol";

/** The literals as they were in rules.ts before the josa became data. */
const OLD: [string, "firstNameStop" | "josaFinal", RegExp][] = [
  ["이름이 아닌 어절 (FIRST_NAME_STOP: 그는, 따르면)", "firstNameStop", /(?:은|는|을|를|의|에|와|과|도|께서|에서|로|면|며|게|된|할|한|해|했|른|간|니|면서|다가|더니|지만|는데|으며|하며|해서)$/],
  ["조사·서술어로 끝나는 어절 (JOSA_FINAL: 한빛은, 했다)", "josaFinal", /(?:은|는|을|를|의|에|와|과|도|께서|에서|로|으로|이다|했다|하는|한)$/],
];

const alternatives = (re: RegExp): string[] => (/^\(\?:(.*)\)\$$/u.exec(re.source)?.[1] ?? "").split("|");
/** Drops alternatives that end in another one: `(?:로|으로)$` matches what `(?:로)$` matches. */
const minimal = (alts: string[]): string[] => alts.filter((a) => !alts.some((b) => b !== a && a.endsWith(b))).sort();

const josaRows = readFileSync(join(__dirname, "..", "..", "..", "dictionaries", "josa", "josa.tsv"), "utf8")
  .split(/\r?\n/u)
  .slice(1)
  .filter((l) => l !== "")
  .map((l) => l.split("\t")[0] as string);

describe("자료에서 만든 패턴 = 옛 정규식", () => {
  test.each(OLD)("%s: 같은 대안", (_name, key, old) => {
    const built = josaPatterns(ruleData())[key];
    expect(built.flags).toBe(old.flags);
    expect(minimal(alternatives(built))).toEqual(minimal(alternatives(old)));
  });

  test.each(OLD)("%s: 같은 어절에 맞는다", (_name, key, old) => {
    const built = josaPatterns(ruleData())[key];
    const words = [...new Set([...josaRows, ...alternatives(old)])].flatMap((j) => [j, `한빛${j}`, `AI${j}`, `${j}다`, `${j}가`, `${j} 회장`]);
    expect(words.filter((w) => built.test(w) !== old.test(w))).toEqual([]);
  });

  test("규칙 자료마다 한 번만 만든다", () => {
    expect(josaPatterns(ruleData())).toBe(josaPatterns(ruleData()));
  });
});

describe("isJosaSequence: the subject particle ends a sequence", () => {
  test.each<[string, boolean]>([
    ["는", true],
    ["에서는", true],
    ["와의", true],
    ["이", true],
    ["이는", false], // 별빛페이는 is 별빛페이 + 는, never 별빛페 + 이 + 는
    ["가도", false],
    ["이라는", true], // the copula form is one particle of the list
  ])("%s → %s", (tail, ok) => {
    expect(isJosaSequence(tail, ruleData())).toBe(ok);
  });
});
