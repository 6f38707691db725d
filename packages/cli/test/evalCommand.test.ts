import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, runCli } from "./runCli";

// Issue 13, item 5: `sinmun eval` says when predictions do not line up with the corpus and fails
// unless told otherwise; label maps on the command line; the corpus format from its extension.
const dir = mkdtempSync(join(tmpdir(), "sinmun-eval-cli-"));
const file = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
/** KLUE rows for a text with tagged spans: one `char\ttag` line per character. */
const klueRows = (text: string, spans: [number, number, string][]): string => {
  const tags = [...text].map(() => "O");
  for (const [s, e, l] of spans) for (let i = s; i < e; i++) tags[i] = `${i === s ? "B" : "I"}-${l}`;
  return [...text].map((c, i) => `${c}\t${tags[i]}`).join("\n");
};
const span = (text: string, surface: string, label: string) => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, text: surface, label, id: null };
};

const s1 = "김민준 대표는 3월 5일 부산에서 신사업을 설명했다.";
const s2 = "한빛전자 주가가 이틀 연속 올랐다.";
const corpus = file(
  "작은-klue.tsv",
  [
    "## 토큰, 레이블 구분자 : \\t",
    "## 컬럼명 : CHAR\tNE_TAG",
    `## e-0001-wikitree\t<김민준:PS> 대표는 <3월 5일:DT> <부산:LC>에서 신사업을 설명했다.`,
    klueRows(s1, [[0, 3, "PS"], [8, 13, "DT"], [14, 16, "LC"]]),
    "",
    `## e-0002-nsmc\t<한빛전자:OG> 주가가 이틀 연속 올랐다.`,
    klueRows(s2, [[0, 4, "OG"]]),
    "",
  ].join("\n"),
);
const pred1 = { id: "e-0001-wikitree", text: s1, entities: [span(s1, "김민준", "PERSON"), span(s1, "3월 5일", "DT"), span(s1, "부산", "LOC")] };
const pred2 = { id: "e-0002-nsmc", text: s2, entities: [span(s2, "한빛전자", "ORG")] };
const preds = (docs: object[], name: string): string => file(name, docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
const scoredLabels = (stdout: string): string[] => (JSON.parse(stdout) as { scores: { labels: { scored: string[] } } }).scores.labels.scored;

describe("sinmun eval: 맞지 않는 예측은 경고하고 종료 1", () => {
  test.each<[string, () => string, RegExp[]]>([
    ["문서 빠짐", () => preds([pred1], "빠짐.jsonl"), [/1 of 2 corpus documents have no prediction/, /e-0002-nsmc \(line \d+\): no prediction/]],
    ["본문 다름", () => preds([pred1, { ...pred2, text: "완전히 다른 기사 본문이다.", entities: [] }], "본문.jsonl"), [/1 of 2 predictions have a different text/, /e-0002-nsmc .*predicted text differs/]],
    ["하나도 안 맞음", () => preds([{ ...pred1, id: "x1" }, { ...pred2, id: "x2" }], "없음.jsonl"), [/2 of 2 corpus documents have no prediction/, /2 predictions match no corpus document/, /nothing matched/]],
  ])("%s", (_name, pred, messages) => {
    const r = runCli(["eval", "--corpus", corpus, "--pred", pred()]);
    expect(r.code).toBe(1);
    for (const m of messages) expect(r.stderr).toMatch(m);
    expect(r.stderr).toMatch(/--allow-mismatch/);
    expect(r.stdout).toMatch(/Entities, strict/); // the scores are still printed
    const allowed = runCli(["eval", "--corpus", corpus, "--pred", pred(), "--allow-mismatch"]);
    expect(allowed.code).toBe(0);
    for (const m of messages) expect(allowed.stderr).toMatch(m);
  });

  test("모두 맞으면 종료 0, stderr 비어 있음 (.tsv에서 klue 형식 추론)", () => {
    const r = runCli(["eval", "--corpus", corpus, "--pred", preds([pred1, pred2], "맞음.jsonl")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/corpus: .*\(klue\), 2 documents scored/);
  });

  test("말뭉치에 없는 예측만 더 있으면 경고뿐, 종료 0", () => {
    const r = runCli(["eval", "--corpus", corpus, "--pred", preds([pred1, pred2, { ...pred2, id: "e-9999-nsmc" }], "남음.jsonl")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: 1 predictions match no corpus document/);
  });

  test("--domain: 다른 도메인의 예측은 '남는 예측'이 아니다", () => {
    const r = runCli(["eval", "--corpus", corpus, "--pred", preds([pred1, pred2], "도메인.jsonl"), "--domain", "nsmc", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ corpus: { docs: 1, read: 2 }, prediction: { extra: 0, missing: 0 } });
  });
});

describe("sinmun eval --label-map", () => {
  const pred = (): string => preds([pred1, pred2], "라벨.jsonl");
  test.each<[string, string[], string[]]>([
    ["기본 KLUE 지도: DT 제외", [], ["LC", "OG", "PS"]],
    ["DT=DT 추가: 날짜도 채점", ["--label-map", "DT=DT"], ["DT", "LC", "OG", "PS"]],
    ["덮어쓰기와 추가: PS=PERSON, DT=DT", ["--label-map", "PS=PERSON, DT=DT"], ["DT", "LC", "OG", "PS"]],
  ])("%s", (_name, flags, labels) => {
    const r = runCli(["eval", "--corpus", corpus, "--pred", pred(), "--json", ...flags]);
    expect(r.code).toBe(0);
    expect([...scoredLabels(r.stdout)].sort()).toEqual(labels);
  });

  test("DT=DT 이면 DT 일치가 점수에 든다", () => {
    const r = runCli(["eval", "--corpus", corpus, "--pred", pred(), "--json", "--label-map", "DT=DT"]);
    expect((JSON.parse(r.stdout) as { scores: { strict: { perLabel: Record<string, { tp: number }> } } }).scores.strict.perLabel.DT?.tp).toBe(1);
  });

  test.each([
    ["짝이 없는 값", ["--label-map", "PS"], /expected --label-map as GOLD=PRED pairs .*got "PS"/],
    ["빈 쌍", ["--label-map", "PS=PERSON,,"], /expected --label-map as GOLD=PRED pairs/],
  ])("사용 오류: %s", (_name, flags, message) => {
    const r = runCli(["eval", "--corpus", corpus, "--pred", pred(), ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe("sinmun eval: 형식 추론, 도움말, 보고서", () => {
  test.each([
    ["확장자로 알 수 없는 말뭉치", ["eval", "--corpus", "말뭉치.txt"], /eval needs --format \(one of \{klue, conll, jsonl\}\), not implied by the file name/],
  ])("%s → 종료 2", (_name, args, message) => {
    const r = runCli([...args, "--pred", "x.jsonl"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test(".conll 은 conll, .jsonl 은 jsonl 로 읽는다", () => {
    const conll = file("작은.conll", ["한빛전자\tB-ORG", "가\tO", "올랐다\tO", ""].join("\n"));
    const r = runCli(["eval", "--corpus", conll, "--pred", conll, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ corpus: { format: "conll", docs: 1 } });
    const jsonl = preds([pred2], "gold.jsonl");
    const j = runCli(["eval", "--corpus", jsonl, "--pred", jsonl, "--json"]);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout)).toMatchObject({ corpus: { format: "jsonl" } });
  });

  test("--help 에 --domain, --label-map, --allow-mismatch", () => {
    const r = runCli(["eval", "--help"]);
    for (const flag of ["--domain NAME", "--label-map GOLD=PRED", "--allow-mismatch"]) expect(r.stdout).toContain(flag);
  });

  test("--report: 2,000개를 넘는 오류도 모두 HTML에", () => {
    const gold = Array.from({ length: 2100 }, (_, i) => {
      const text = `${i}번: 한빛전자가 올랐다.`;
      return { id: `g${i}`, text, entities: [span(text, "한빛전자", "ORG")] };
    });
    const goldPath = preds(gold, "many-gold.jsonl");
    const predPath = preds(gold.map((g) => ({ ...g, entities: [] })), "many-pred.jsonl");
    const out = join(dir, "보고서.html");
    const r = runCli(["eval", "--corpus", goldPath, "--pred", predPath, "--report", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8").match(/<li value=/g)).toHaveLength(2100);
    expect(r.stdout).toMatch(/errors: missed 2100$/m);
  });
});

describe("sinmun eval --task morphs --format conllu (issue 15)", () => {
  const conllu = join(repoRoot, "packages", "eval", "test", "fixtures", "mini.conllu");
  test("내장 형태소 분석기를 CoNLL-U 말뭉치로 채점한다", () => {
    const r = runCli(["eval", "--corpus", conllu, "--task", "morphs", "--format", "conllu", "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ task: "morphs", corpus: { format: "conllu" }, scores: { sentences: 2, eojeols: 4 } });
    expect(report.scores.strict.f1).toBeGreaterThan(0.8);
    const t = runCli(["eval", "--corpus", conllu, "--task", "morphs"]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/morphemes strict .* F1 [\d.]+ %/);
  });
  test("다른 형식이면 사용 오류", () => {
    const r = runCli(["eval", "--corpus", conllu, "--task", "morphs", "--format", "jsonl"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected --format conllu with --task morphs, got "jsonl"/);
  });
});

describe("sinmun eval --task dates (issue 16)", () => {
  const text = "한빛소재는 지난해 4분기 매출이 늘었다고 이날 밝혔다.";
  const at = (piece: string, kind: string, value: string | null) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length, text: piece, kind, value });
  const gold = {
    id: "d1",
    date: "2025-03-05",
    text,
    dates: [at("지난해 4분기", "quarter", "2024-10-01/2024-12-31"), at("이날", "relative", "2025-03-05")],
  };
  test("문서의 date로 상대 날짜를 풀어 채점한다", () => {
    const r = runCli(["eval", "--corpus", preds([gold], "dates-gold.jsonl"), "--task", "dates", "--tokenizer", "none", "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ task: "dates", scores: { span: { tp: 2, fp: 0, fn: 0 }, value: { correct: 2, total: 2 } } });
  });
  test("틀린 값은 wrong-value 오류로, 표에는 span + value 줄로", () => {
    const wrong = { ...gold, date: "2026-03-05" }; // 지난해 is now 2025: both values differ from the gold written for 2025
    const r = runCli(["eval", "--corpus", preds([{ ...wrong, dates: gold.dates }], "dates-wrong.jsonl"), "--task", "dates", "--tokenizer", "none"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/errors: wrong-value 2$/m);
    expect(r.stdout).toMatch(/^span \+ value\s+0\s+2\s+2\s/m);
  });
});

describe("sinmun eval --task facts (issue 16)", () => {
  const text = "한빛소재는 3분기 매출이 1조 원이라고 밝혔다. 영업이익은 800억 원이었다.";
  const at = (piece: string) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length, text: piece });
  const gold = {
    id: "f1",
    date: "2025-10-30",
    genre: "earnings",
    text,
    facts: [
      { subject: "한빛소재", metric: "revenue", value: { decimal: "1000000000000", unit: "KRW" }, period: "2025-07-01/2025-09-30", status: "reported", source: "한빛소재", evidence: "한빛소재는 3분기 매출이 1조 원이라고 밝혔다." },
      { subject: "한빛소재", metric: "operating_profit", value: { decimal: "80000000000", unit: "KRW" }, period: "2025-07-01/2025-09-30", status: "reported", evidence: "영업이익은 800억 원이었다." },
    ],
  };
  const money = (piece: string, decimal: string) => ({ ...at(piece), kind: "money", value: Number(decimal), decimal, unit: "KRW", approx: false });
  const q3 = { ...at("3분기"), kind: "quarter", value: "2025-07-01/2025-09-30", granularity: "quarter", resolved: true };
  const subject = { ...at("한빛소재"), id: null, name: null };
  const fact = (metric: string, key: string, value: object, end: number, start = 0) => ({
    start, end, subject, metric: { ...at(metric), key, lemma: metric }, segment: null, value, period: q3, basis: null, change: null, status: "reported", source: null, counterparty: null, duration: null,
  });
  const firstEnd = text.indexOf(".") + 1;
  test("예측 파일의 facts 층을 채점: 네 칸이 같아야 맞음, 칸별 점수, 장르별 표", () => {
    const pred = {
      id: "f1",
      text,
      facts: [fact("매출", "revenue", money("1조 원", "1000000000000"), firstEnd), fact("영업이익", "operating_profit", money("800억 원", "8000000000"), text.length, firstEnd + 1)],
    };
    const r = runCli(["eval", "--corpus", preds([gold], "facts-gold.jsonl"), "--pred", preds([pred], "facts-pred.jsonl"), "--task", "facts", "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    // The operating profit's value is off by ten: a miss and a false alarm; the revenue matches.
    expect(report.scores.facts).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.scores.fields.source).toMatchObject({ tp: 0, fn: 1 });
    expect(report.corpus.domains).toEqual({ earnings: 1 });
    expect(report.errors.map((e: { kind: string; span: { text: string } }) => [e.kind, e.span.text])).toEqual(
      expect.arrayContaining([["missed", "영업이익은 800억 원이었다."], ["wrong-value", "한빛소재는 3분기 매출이 1조 원이라고 밝혔다."]]),
    );
    const t = runCli(["eval", "--corpus", preds([gold], "facts-gold.jsonl"), "--pred", preds([pred], "facts-pred.jsonl"), "--task", "facts"]);
    expect(t.stdout).toMatch(/^Facts \(2 gold, 2 predicted\)/m);
    expect(t.stdout).toMatch(/^Period on facts aligned on subject \+ metric \+ value$/m);
  });
});
