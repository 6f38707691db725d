import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assertDoc } from "@sinmun/core";
import type { Doc } from "@sinmun/core";
import { readKlue, renderHtml, renderTable, runEval } from "../src/index";
import type { EvalDoc } from "../src/index";
import { ent, tmpFile } from "./helpers";

const t1 = "카카오가 판교에서 신규 서비스를 발표했다.";
const t2 = "LG에너지솔루션 김동명 사장이 미국 공장을 찾았다.";
const t3 = "네이버 주가는 2% 내렸다.";
const gold: EvalDoc[] = [
  { id: "a", text: t1, sentences: [{ start: 0, end: t1.length }], entities: [ent(t1, "카카오", "ORG", "kakao"), ent(t1, "판교", "LOC")] },
  { id: "b", text: t2, sentences: [{ start: 0, end: t2.length }], entities: [ent(t2, "LG에너지솔루션", "ORG"), ent(t2, "김동명", "PERSON"), ent(t2, "미국", "LOC")] },
  { id: "c", text: t3, sentences: [{ start: 0, end: t3.length }], entities: [ent(t3, "네이버", "ORG", "naver")] },
];
const goldPath = tmpFile("gold.jsonl", gold.map((d) => JSON.stringify(d)).join("\n") + "\n");

describe("runEval", () => {
  test("pred 파일: id로 정렬, 빠진 문서와 남는 문서", async () => {
    // predictions out of order; "b" missing; "z" not in gold
    const pred = [
      { id: "c", text: t3, entities: [ent(t3, "네이버", "ORG", "naver")] },
      { id: "z", text: "없는 문서.", entities: [] },
      { id: "a", text: t1, entities: [ent(t1, "카카오", "ORG", "kakao-bank"), ent(t1, "신규 서비스", "PRODUCT")] },
    ];
    const predPath = tmpFile("pred.jsonl", pred.map((d) => JSON.stringify(d)).join("\n"));
    const r = await runEval({ corpus: goldPath, format: "jsonl", pred: predPath });
    expect(r.task).toBe("ner");
    if (r.task !== "ner") return;
    // a: 카카오 TP (id wrong), 판교 FN, 신규 서비스 FP · b: nothing predicted → 3 FN · c: 네이버 TP
    // micro: tp 2, fp 1, fn 4 → P 2/3, R 1/3, F1 4/(4+1+4) = 4/9
    expect(r.scores.strict.micro).toEqual({ tp: 2, fp: 1, fn: 4, precision: 2 / 3, recall: 1 / 3, f1: 4 / 9 });
    expect(r.scores.id).toEqual({ total: 2, correct: 1, accuracy: 0.5 });
    expect(r.prediction).toMatchObject({ source: "file", missing: 1, extra: 1, textMismatch: 0 });
    expect(r.errorCounts).toEqual({ "wrong-id": 1, missed: 4, spurious: 1 });
    expect(r.errors.map((e) => [e.doc, e.kind, e.span.text])).toEqual([
      ["a", "wrong-id", "카카오"],
      ["a", "missed", "판교"],
      ["a", "spurious", "신규 서비스"],
      ["b", "missed", "LG에너지솔루션"],
      ["b", "missed", "김동명"],
      ["b", "missed", "미국"],
    ]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  test("predict: 입력은 주석을 뺀 문서, 동시 실행해도 같은 결과", async () => {
    const seen: EvalDoc[] = [];
    const predict = async (doc: EvalDoc): Promise<EvalDoc> => {
      seen.push(doc);
      await new Promise((res) => setTimeout(res, doc.id === "a" ? 15 : 1)); // finish out of order
      // a small gazetteer system: tags every known company name
      const entities = ["카카오", "네이버", "LG에너지솔루션"].filter((n) => doc.text.includes(n)).map((n) => ent(doc.text, n, "ORG"));
      const out = { ...doc, entities: entities.sort((x, y) => x.start - y.start) };
      assertDoc(out as unknown as Doc);
      return out;
    };
    const progress: number[] = [];
    const one = await runEval({ corpus: goldPath, format: "jsonl", predict, onProgress: (p) => progress.push(p.docs) });
    expect(progress).toEqual([1, 2, 3]);
    expect(seen[0]).toEqual({ id: "a", text: t1, sentences: [{ start: 0, end: t1.length }] });
    const three = await runEval({ corpus: goldPath, format: "jsonl", predict, concurrency: 3 });
    // tp 3 (카카오, LG에너지솔루션, 네이버), fn 3 (판교, 김동명, 미국), fp 0 → F1 6/9
    expect(one.scores).toEqual(three.scores);
    expect(one.task === "ner" && one.scores.strict.micro.f1).toBe(2 / 3);
    // errors in corpus order: a 카카오 wrong-id (gold kakao, none predicted), a 판교 missed,
    // b 김동명 and 미국 missed, c 네이버 wrong-id
    expect(three.errors.map((e) => [e.doc, e.kind])).toEqual([["a", "wrong-id"], ["a", "missed"], ["b", "missed"], ["b", "missed"], ["c", "wrong-id"]]);
  });

  test("predict가 던지면 빈 예측으로 채점하고 센다", async () => {
    const r = await runEval({ corpus: goldPath, format: "jsonl", predict: (d) => { if (d.id === "b") throw new Error("분석 실패"); return { ...d, entities: [] }; } });
    expect(r.prediction.failed).toBe(1);
    expect(r.prediction.problems).toEqual(["b (line 2): predict threw: 분석 실패"]);
  });

  test("skipInvalid: 건너뛴 줄은 보고서에", async () => {
    const bad = tmpFile("bad.jsonl", `${JSON.stringify(gold[0])}\n{"text": 5}\n${JSON.stringify(gold[2])}\n`);
    await expect(runEval({ corpus: bad, format: "jsonl", predict: (d) => d })).rejects.toThrow("bad.jsonl:2: expected a \"text\" string, got number");
    const r = await runEval({ corpus: bad, format: "jsonl", predict: (d) => d, skipInvalid: true });
    expect(r.corpus).toMatchObject({ docs: 2, read: 2 });
    expect(r.corpus.reader.skipped).toBe(1);
  });

  test("잘못된 옵션", async () => {
    await expect(runEval({ corpus: goldPath, format: "tsv" as never, predict: (d) => d })).rejects.toThrow('@sinmun/eval: expected format in {klue, conll, jsonl}, got "tsv"');
    await expect(runEval({ corpus: goldPath, format: "jsonl" })).rejects.toThrow('expected prediction source in {predict, pred}, got "neither"');
    await expect(runEval({ corpus: goldPath, format: "jsonl", predict: (d) => d, concurrency: 0 })).rejects.toThrow("expected concurrency in {1, 2, …}, got 0");
  });

  test("renderTable / renderHtml: 표, 이스케이프", async () => {
    const t = "<b>한화</b> & “큰따옴표”";
    const g = { id: "x<y", text: t, sentences: [{ start: 0, end: t.length }], entities: [ent(t, "한화", "ORG")] };
    const corpus = tmpFile("esc.jsonl", JSON.stringify(g));
    const r = await runEval({ corpus, format: "jsonl", predict: (d) => ({ ...d, entities: [] }) });
    const table = renderTable(r);
    expect(table).toContain("Entities, strict (span + label)");
    expect(table).toMatch(/^ORG\s+0\s+0\s+1\s+–\s+0\.00\s+0\.00$/m);
    const html = renderHtml(r);
    expect(html).toContain('&lt;b&gt;<mark class="missed">한화</mark>&lt;/b&gt; &amp; “큰따옴표”');
    expect(html).toContain("doc x&lt;y");
    expect(html).not.toMatch(/<b>|src=|href=/);
  });

  const klue = join(__dirname, "..", "..", "..", "..", "shared", "corpora", "klue-ner", "klue-ner-v1.1_dev-a.tsv");
  (existsSync(klue) ? test : test.skip)("KLUE-NER dev-a: 정답을 그대로 내면 모든 점수가 1, 뉴스만 거르기", async () => {
    const byId = new Map<string | number | undefined, EvalDoc>();
    for await (const d of readKlue(klue)) byId.set(d.id, d);
    const oracle = (d: EvalDoc): EvalDoc => ({ ...d, entities: byId.get(d.id)?.entities ?? [] });
    const r = await runEval({ corpus: klue, format: "klue", predict: oracle, labelMap: { PS: "PS", LC: "LC", OG: "OG", DT: "DT", TI: "TI", QT: "QT" } });
    if (r.task !== "ner") throw new Error("task");
    expect(r.scores.strict.micro.f1).toBe(1);
    expect(r.scores.char.macroF1).toBe(1);
    expect(r.errors).toEqual([]);
    const raw = readFileSync(klue, "utf8");
    const news = (raw.match(/^## \S+-wikitree\t/gm) ?? []).length;
    expect(r.corpus.domains.wikitree).toBe(news);
    const onlyNews = await runEval({ corpus: klue, format: "klue", predict: oracle, filter: (d) => d.domain === "wikitree" });
    expect(onlyNews.corpus.docs).toBe(news);
    expect(onlyNews.labelMap).toEqual({ PERSON: "PS", ORG: "OG", LOC: "LC", amounts: "QT" }); // the KLUE default
  }, 60_000);
});

describe("runEval: quotes and amounts", () => {
  const text = "“연내 흑자를 내겠다”고 정의선 회장이 말했다.";
  const q = { ...ent(text, "“연내 흑자를 내겠다”", "x"), kind: "direct", speaker: { ...ent(text, "정의선", "x"), id: "chung-eui-sun", name: "정의선" }, cue: { ...ent(text, "말했다", "x"), lemma: "말하다" } };
  const corpus = tmpFile("quotes.jsonl", JSON.stringify({ id: "q1", text, quotes: [q] }));
  test("quotes: 화자 id가 다르면 wrong-speaker", async () => {
    const r = await runEval({ corpus, format: "jsonl", task: "quotes", predict: (d) => ({ ...d, quotes: [{ ...q, speaker: { ...q.speaker, id: "doc:1" } }] }) });
    if (r.task !== "quotes") throw new Error("task");
    expect(r.scores.exact.f1).toBe(1);
    expect(r.scores.speaker).toEqual({ total: 1, correct: 0, accuracy: 0 });
    expect(r.errors.map((e) => e.kind)).toEqual(["wrong-speaker"]);
    expect(renderHtml(r)).toContain('<mark class="wrong-speaker">“연내 흑자를 내겠다”</mark>');
  });
  test("amounts: 예측 없음 → 재현율 0", async () => {
    const t = "투자액은 1조 원이다.";
    const a = { ...ent(t, "1조 원", "x"), kind: "money", value: 1e12, decimal: "1000000000000", unit: "KRW", approx: false };
    const c = tmpFile("amounts.jsonl", JSON.stringify({ text: t, amounts: [a] }));
    const r = await runEval({ corpus: c, format: "jsonl", task: "amounts", predict: (d) => d });
    if (r.task !== "amounts") throw new Error("task");
    expect(r.scores.span).toEqual({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
    expect(renderTable(r)).toContain("value (exact decimal)");
  });
});

describe("runEval: 공백만 다른 예측 (CoNLL 출력 ↔ KLUE 정답)", () => {
  // gold: KLUE rows for "삼성전자는 평택에 공장을 짓는다." — 삼성전자 OG [0,4), 평택 LC [6,8)
  const s = "삼성전자는 평택에 공장을 짓는다.";
  const rows = [...s].map((c, i) => `${c}\t${i === 0 ? "B-OG" : i < 4 ? "I-OG" : i === 6 ? "B-LC" : i === 7 ? "I-LC" : "O"}`);
  const gold = tmpFile("ws.tsv", [`## ws-1-wikitree\t<삼성전자:OG>는 <평택:LC>에 공장을 짓는다.`, ...rows, ""].join("\n"));

  test("토큰 사이 공백을 건너 정답 위치로 옮긴다", async () => {
    // CoNLL text: "삼성전자 는 평택 에 공장 을 짓는다 ." — 삼성전자 B-ORG, 평택 B-LC... wrong label on 공장
    const conll = ["삼성전자 B-OG", "는 O", "평택 B-LC", "에 O", "공장 B-OG", "을 O", "짓는다 O", ". O", ""].join("\n");
    const pred = tmpFile("ws.conll", conll);
    const r = await runEval({ corpus: gold, format: "klue", pred, predFormat: "conll" });
    if (r.task !== "ner") throw new Error("task");
    expect(r.prediction).toMatchObject({ realigned: 1, textMismatch: 0, missing: 0 });
    // 삼성전자 and 평택 land on [0,4) and [6,8): tp 2; 공장 [10,12) spurious → P 2/3, R 1, F1 4/5
    expect(r.scores.strict.micro).toEqual({ tp: 2, fp: 1, fn: 0, precision: 2 / 3, recall: 1, f1: 0.8 });
    expect(r.errors.map((e) => [e.kind, e.span])).toEqual([["spurious", { start: 10, end: 12, text: "공장" }]]);
  });

  test("KLUE 정답 + Sinmun JSONL 예측: 기본 레이블 맵이 ORG→OG, LOC→LC", async () => {
    const pred = tmpFile("sinmun.jsonl", JSON.stringify({ id: "ws-1-wikitree", text: s, entities: [ent(s, "삼성전자", "ORG", "samsung-electronics"), ent(s, "평택", "LOC")] }));
    const r = await runEval({ corpus: gold, format: "klue", pred });
    if (r.task !== "ner") throw new Error("task");
    expect(r.labelMap).toEqual({ PERSON: "PS", ORG: "OG", LOC: "LC", amounts: "QT" });
    expect(r.scores.strict.micro).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  test("글자가 다르면 옮기지 않고 text mismatch", async () => {
    const pred = tmpFile("ws2.conll", ["삼성전자 B-OG", "가 O", ""].join("\n"));
    const r = await runEval({ corpus: gold, format: "klue", pred, predFormat: "conll" });
    expect(r.prediction).toMatchObject({ realigned: 0, textMismatch: 1 });
    expect(r.prediction.problems).toEqual(["ws-1-wikitree (line 1): predicted text differs from the gold text"]);
  });
});
