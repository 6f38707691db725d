// The quote passes' josa come from dictionaries/josa/josa.tsv (issue 11): each pattern built from the
// data must match exactly what the regex literal it replaced matched — same alternatives (up to an
// alternative that ends in another, which a `$`-anchored pattern cannot tell apart), same anchors.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { josaPatterns } from "../../src/passes/josa";
import type { JosaPatterns } from "../../src/passes/josa";

type PatternKey = { [K in keyof JosaPatterns]: JosaPatterns[K] extends RegExp ? K : never }[keyof JosaPatterns];

/** The literals as they were in findSpeakers.ts and group.ts before the josa became data. */
const OLD: [string, PatternKey, RegExp][] = [
  ["회사 주어 (findSpeakers: 회사가, 회사는)", "subjectGlued", /^(은|는|이|가)(?![가-힣])/u],
  ["이름 뒤 주어 조사와 띄어쓰기", "subjectNext", /^(은|는|이|가|께서)(\s|$)/u],
  ["주어 조사로 끝나는 어절", "subjectEnd", /(은|는|이|가|께서)$/u],
  ["직함 동격 (김하늘 연구원은)", "plainSubjectEnd", /(은|는|이|가)$/u],
  ["주어가 아닌 조사 (이재용 회장과)", "nonSubjectEnd", /(과|와|의|에게|을|를|에|로)$/u],
  ["일반 주제어 (전문가들은)", "topicEnd", /[가-힣A-Za-z0-9)](은|는)$/u],
  ["혼합 인용 앞 조사 (group: MIXED_JOSA)", "mixedEnd", /(이|가|을|를|와|과|로|으로)$/u],
];
const OLD_SPEAKER = ["께서는", "께서", "은", "는", "이", "가", "도"];
const OLD_TOPIC = ["께서는", "께서", "은", "는", "도"];

/** The alternatives of the pattern's one group, and the pattern with the group blanked. */
function parts(re: RegExp): { alternatives: string[]; frame: string } {
  const m = /\(([^()?]*)\)/u.exec(re.source);
  if (!m) throw new Error(`no group in ${re.source}`);
  return { alternatives: (m[1] as string).split("|"), frame: `${re.source.replace(m[0], "(…)")}/${re.flags}` };
}
/** Drops alternatives that end in another one: `(로|으로)$` matches what `(로)$` matches. */
const minimal = (alts: string[]): string[] => alts.filter((a) => !alts.some((b) => b !== a && a.endsWith(b))).sort();

const josaRows = readFileSync(join(__dirname, "..", "..", "..", "..", "dictionaries", "josa", "josa.tsv"), "utf8")
  .split(/\r?\n/u)
  .slice(1)
  .filter((l) => l !== "")
  .map((l) => l.split("\t")[0] as string);
/** Every particle of the data and of the old literals, bare, after a noun, after a name, before a space. */
const samples = [...new Set([...josaRows, ...OLD_SPEAKER, "으로", "에게"])].flatMap((j) => [j, `회장${j}`, `삼성전자${j}`, `AI${j}`, `${j} 말했다`, `${j}다`, `${j}가`]);

describe("자료에서 만든 패턴 = 옛 정규식", () => {
  test.each(OLD)("%s: 같은 틀과 대안", (_name, key, old) => {
    const built = parts(josaPatterns()[key]);
    const was = parts(old);
    expect(built.frame).toBe(was.frame);
    expect(minimal(built.alternatives)).toEqual(minimal(was.alternatives));
    if (was.frame.startsWith("^")) expect([...built.alternatives].sort()).toEqual([...was.alternatives].sort());
  });

  test.each(OLD)("%s: 같은 어절에 맞는다", (_name, key, old) => {
    const built = josaPatterns()[key];
    const differs = samples.filter((s) => built.test(s) !== old.test(s));
    expect(differs).toEqual([]);
  });

  test("화자 조사: 같은 조사들, 긴 것부터 (께서는이 는보다 먼저)", () => {
    const { speaker } = josaPatterns();
    expect([...speaker].sort()).toEqual([...OLD_SPEAKER].sort());
    // For every word, the particles it ends in are tried in the same order as before.
    for (const s of samples) expect({ s, tried: speaker.filter((j) => s.endsWith(j)) }).toEqual({ s, tried: OLD_SPEAKER.filter((j) => s.endsWith(j)) });
  });

  test("주제 조사 (isTopicJosa)", () => {
    expect([...josaPatterns().topic].sort()).toEqual([...OLD_TOPIC].sort());
  });
});
