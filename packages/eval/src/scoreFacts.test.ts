import { FACT_FIELDS, createFactScorer, renderFactReport, scoreFacts } from "./scoreFacts";
import type { FactDoc, GoldFact, PredFact } from "./scoreFacts";

const text = "삼성전자는 3분기 영업이익이 12조 원으로 32% 늘었다고 밝혔다. 매출은 86조 원이었다.";
const Q3 = "2025-07-01/2025-09-30";
const gold = (over: Partial<GoldFact> = {}): GoldFact => ({
  subject: "samsung-electronics",
  metric: "operating_profit",
  segment: null,
  value: { decimal: "12000000000000", unit: "KRW" },
  period: Q3,
  basis: null,
  change: { direction: "up", by: { decimal: "32", unit: "%" }, base: null },
  status: "reported",
  source: "samsung-electronics",
  counterparty: null,
  duration: null,
  evidence: "삼성전자는 3분기 영업이익이 12조 원으로 32% 늘었다고 밝혔다.",
  ...over,
});
const revenue = (): GoldFact => gold({ metric: "revenue", value: { decimal: "86000000000000", unit: "KRW" }, change: null, source: null, evidence: "매출은 86조 원이었다." });
/** The same facts as @sinmun/facts writes them: parties as objects, metric as { key }, period as a mention. */
const asExtracted = (g: GoldFact, start: number): PredFact => ({
  start,
  end: start + 10,
  subject: g.subject === null ? null : { id: g.subject, name: "삼성전자", text: "삼성전자" },
  metric: { key: g.metric },
  segment: g.segment ?? null,
  value: g.value,
  period: g.period === null ? null : { value: g.period },
  basis: g.basis ?? null,
  change: g.change ?? null,
  status: g.status ?? "reported",
  source: g.source === null || g.source === undefined ? null : { id: g.source, name: null, text: "삼성전자" },
  counterparty: null,
  duration: null,
});
const doc = (facts: GoldFact[]): FactDoc => ({ id: "d1", date: "2025-10-31", text, facts });

describe("scoreFacts", () => {
  test("오류는 근거 문장의 자리를 싣는다: 예측은 제 오프셋, 정답은 문장이 처음 나오는 곳", () => {
    // the same sentence twice: a false alarm on the second is placed there, not at the first
    const twice = `${text} ${text}`;
    const second = text.length + 1;
    const sentence = "매출은 86조 원이었다.";
    const spurious: PredFact = { ...asExtracted(revenue(), second + 38), end: second + 38 + sentence.length };
    const { errors } = scoreFacts([{ id: "d2", text: twice, facts: [gold()] }], [[asExtracted(gold(), 0), { ...spurious, value: { decimal: "1", unit: "KRW" } }]]);
    expect(errors.map((e) => [e.kind, e.span])).toEqual([["false-alarm", { start: second + 38, end: second + 38 + sentence.length }]]);
    expect(twice.slice(second + 38, second + 38 + sentence.length)).toBe(sentence);
    const missed = scoreFacts([{ id: "d3", text: twice, facts: [gold(), revenue()] }], [[asExtracted(gold(), 0)]]).errors;
    expect(missed.map((e) => [e.kind, e.span])).toEqual([["missed", { start: 38, end: 38 + sentence.length }]]);
  });

  test("추출기 형태의 예측이 정답과 같으면 모든 점수가 1", () => {
    const { scores, errors } = scoreFacts([doc([gold(), revenue()])], [[asExtracted(gold(), 0), asExtracted(revenue(), 38)]]);
    expect(scores.facts).toEqual({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(scores.period).toEqual({ total: 2, correct: 2, accuracy: 1 });
    expect(scores.fields.change).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(scores.fields.source.tp).toBe(1);
    expect(errors).toEqual([]);
  });

  test("기간이 다르면 사실은 놓친 것, 필드 정렬(지표+값)에서는 기간만 틀린 것", () => {
    const pred = [asExtracted({ ...gold(), period: "2025-10-31" }, 0), asExtracted(revenue(), 38)];
    const { scores, errors } = scoreFacts([doc([gold(), revenue()])], [pred]);
    expect(scores.facts).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(scores.period).toEqual({ total: 2, correct: 1, accuracy: 0.5 });
    expect(scores.fields.period).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(scores.fields.subject).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(errors.map((e) => [e.kind, e.field])).toEqual([
      ["wrong-field", "period"],
      ["missed", "period"],
    ]);
  });

  test("주어는 사전 id로, 문서 안 id(doc:…)나 id 없는 개체는 텍스트로 비교한다", () => {
    const g = doc([gold({ subject: "한빛소재", source: null, change: null })]);
    const p: PredFact = { ...asExtracted(gold({ source: null, change: null }), 0), subject: { id: "doc:org-1", name: "한빛소재", text: "한빛소재" } };
    expect(scoreFacts([g], [[p]]).scores.facts.tp).toBe(1);
    const q: PredFact = { ...p, subject: { id: null, name: null, text: "한빛소재" } };
    expect(scoreFacts([g], [[q]]).scores.facts.tp).toBe(1);
  });

  test("값이 다르면 정렬되지 않는다: 놓침 하나, 헛짚음 하나, 필드는 양쪽 분모에만", () => {
    const p = asExtracted(gold({ value: { decimal: "12100000000000", unit: "KRW" } }), 0);
    const { scores, errors } = scoreFacts([doc([gold()])], [[p]]);
    expect(scores.facts).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(scores.fields.change).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(scores.fields.basis).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(scores.period.total).toBe(0);
    expect(errors.map((e) => e.kind)).toEqual(["missed", "false-alarm"]);
  });

  test("정답 형태의 예측(문자열 주어, ISO 기간)도 읽는다; null은 null과 같다", () => {
    const g = gold({ subject: null, metric: "fx_rate", value: { decimal: "1435.2", unit: "KRW" }, period: null, change: null, source: null });
    expect(scoreFacts([doc([g])], [[{ ...g }]]).scores.facts.f1).toBe(1);
  });

  test("상한만 있는 금액(최대 6000억 원)은 그 수로 비교한다", () => {
    const g = gold({ metric: "contract_value", value: { decimal: "600000000000", unit: "KRW" }, change: null, source: null });
    const p: PredFact = { ...asExtracted(g, 0), value: { decimal: null, unit: "KRW", maxDecimal: "600000000000" } };
    expect(scoreFacts([doc([g])], [[p]]).scores.facts.tp).toBe(1);
  });

  test("같은 키의 사실은 본문 순서대로 하나씩 짝짓는다", () => {
    const a = gold({ change: null, source: null });
    const { scores } = scoreFacts([doc([a, a])], [[asExtracted(a, 40), asExtracted(a, 0), asExtracted(a, 80)]]);
    expect(scores.facts).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });

  test("양쪽이 비면 완전 일치, 스트리밍 채점기는 문서를 센다", () => {
    const scorer = createFactScorer();
    expect(scorer.add(doc([]), [])).toEqual([]);
    expect(scorer.result()).toMatchObject({ docs: 1, gold: 0, predicted: 0, facts: { f1: 1 } });
    expect(Object.keys(scorer.result().fields)).toEqual([...FACT_FIELDS]);
  });

  test("보고서: 점수 표와 오류 목록", () => {
    const { scores, errors } = scoreFacts([doc([gold()])], [[]]);
    const report = renderFactReport(scores, errors);
    expect(report).toContain("fact");
    expect(report).toContain("period accuracy");
    expect(report).toContain("[d1] missed");
    expect(report).toContain("gold: samsung-electronics operating_profit 12000000000000 KRW 2025-07-01/2025-09-30");
    expect(JSON.parse(JSON.stringify(scores))).toEqual(scores);
  });
});
