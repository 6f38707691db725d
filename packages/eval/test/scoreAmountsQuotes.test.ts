import type { Amount } from "@sinmun/core";
import { QUOTE_OVERLAP, createQuoteScorer, scoreAmounts, scoreQuotes } from "../src/index";
import type { EvalDoc, EvalQuote } from "../src/index";

const at = (text: string, surface: string, from = 0): { start: number; end: number; text: string } => {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`"${surface}" not in "${text}"`);
  return { start, end: start + surface.length, text: surface };
};
const amt = (text: string, surface: string, kind: Amount["kind"], decimal: string | null, unit: string | null, approx = false): Amount => ({
  ...at(text, surface),
  kind,
  value: decimal === null ? null : Number(decimal),
  decimal,
  unit,
  approx,
});

describe("scoreAmounts", () => {
  const text = "매출 3조 원, 영업이익 2,000억 원으로 12% 늘었다.";
  const gold: EvalDoc = {
    text,
    sentences: [],
    amounts: [amt(text, "3조 원", "money", "3000000000000", "KRW"), amt(text, "2,000억 원", "money", "200000000000", "KRW"), amt(text, "12%", "percent", "12", "%")],
  };
  const pred: EvalDoc = {
    text,
    sentences: [],
    amounts: [
      amt(text, "3조 원", "money", "3000000000000", "KRW"),
      amt(text, "3조 원", "money", "3000000000000", "KRW"), // duplicate
      amt(text, "2,000억", "money", "200000000000", "KRW"), // span too short
      amt(text, "12%", "percent", "12", "%p"), // wrong unit
    ],
  };
  const r = scoreAmounts([gold], [pred]);

  test("범위: 정확히 같은 범위 / 겹침", () => {
    // exact: tp 2 (3조 원, 12%), fp 2 (duplicate, 2,000억), fn 1 (2,000억 원) → P 1/2, R 2/3, F1 4/7
    expect(r.span).toEqual({ tp: 2, fp: 2, fn: 1, precision: 0.5, recall: 2 / 3, f1: 4 / 7 });
    // overlap: 3조 원, 2,000억 ↔ 2,000억 원, 12% → tp 3; the duplicate finds 3조 원 taken → fp 1
    expect(r.overlap).toEqual({ tp: 3, fp: 1, fn: 0, precision: 0.75, recall: 1, f1: 6 / 7 });
  });

  test("같은 범위 쌍의 값·단위·근사·종류 일치", () => {
    expect(r.value).toEqual({ total: 2, correct: 2, accuracy: 1 });
    expect(r.unit).toEqual({ total: 2, correct: 1, accuracy: 0.5 }); // "%" vs "%p"
    expect(r.approx).toEqual({ total: 2, correct: 2, accuracy: 1 });
    expect(r.kind).toEqual({ total: 2, correct: 2, accuracy: 1 });
    expect(r.all).toEqual({ total: 2, correct: 1, accuracy: 0.5 });
    // fully right: tp 1; fp = 2 unmatched + 1 half-right; fn = 1 unmatched + 1 half-right → F1 2/(2+3+2)
    expect(r.exact).toEqual({ tp: 1, fp: 3, fn: 2, precision: 0.25, recall: 1 / 3, f1: 2 / 7 });
    // per kind (span and kind): money tp 1, fp 2, fn 1; percent tp 1
    expect(r.perKind.perLabel.money).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(r.perKind.perLabel.percent).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
  });

  const t = "순이익이 1경 원을 넘었다.";
  test.each([
    ["2^53 너머는 문자열로 정확히 비교", "10000000000000000001", "10000000000000000000", false, false, 0],
    ["같은 큰 수", "10000000000000000", "10000000000000000", false, false, 1],
    ["근사 표시 불일치", "10000000000000000", "10000000000000000", true, false, 1],
  ])("%s", (_n, gd, pd, ga, pa, valueCorrect) => {
    const res = scoreAmounts([{ text: t, sentences: [], amounts: [amt(t, "1경 원", "money", gd, "KRW", ga)] }], [{ text: t, sentences: [], amounts: [amt(t, "1경 원", "money", pd, "KRW", pa)] }]);
    expect(res.value.correct).toBe(valueCorrect);
    expect(res.approx.correct).toBe(ga === pa ? 1 : 0);
  });

  test("빈 정답·빈 예측", () => {
    const g: EvalDoc = { text: t, sentences: [], amounts: [amt(t, "1경 원", "money", "10000000000000000", "KRW")] };
    const e: EvalDoc = { text: t, sentences: [] };
    expect(scoreAmounts([e], [g]).span).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 });
    expect(scoreAmounts([g], [e]).span).toEqual({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
    expect(scoreAmounts([e], [e]).span.f1).toBe(1);
    expect(scoreAmounts([e], [e]).value.accuracy).toBeNull(); // nothing to judge
  });
});

describe("scoreQuotes", () => {
  const text = "“반도체 수요가 회복되고 있다”고 삼성전자 관계자가 말했다. 회사는 ‘초격차’ 전략을 유지한다. 최태원 회장은 투자를 늘리겠다고 밝혔다.";
  const q1: EvalQuote = {
    ...at(text, "“반도체 수요가 회복되고 있다”"),
    kind: "direct",
    speaker: { ...at(text, "삼성전자 관계자"), id: null, name: "삼성전자 관계자" },
    cue: { ...at(text, "말했다"), lemma: "말하다" },
  };
  const q2: EvalQuote = {
    ...at(text, "투자를 늘리겠다"),
    kind: "indirect",
    speaker: { ...at(text, "최태원"), id: "chey-tae-won", name: "최태원" },
    cue: { ...at(text, "밝혔다"), lemma: "밝히다" },
  };
  const gold: EvalDoc = { id: "q", text, sentences: [], quotes: [q1, q2], nonSpeech: [at(text, "‘초격차’")] };
  const pred: EvalDoc = {
    text,
    sentences: [],
    quotes: [
      { ...q1, speaker: { ...at(text, "삼성전자 관계자"), id: null, name: null } }, // right by text
      { ...q2, ...at(text, "투자를 늘리겠다고"), speaker: { ...at(text, "최태원"), id: null, name: "최태원" } }, // IoU 8/9; id missing
      { ...at(text, "‘초격차’"), kind: "direct", speaker: null, cue: null }, // a scare quote
    ],
  };
  const r = scoreQuotes([gold], [pred]);

  test("범위 P/R/F1: 정확히 / IoU ≥ 0.8", () => {
    // exact: q1 only → tp 1, fp 2, fn 1 → P 1/3, R 1/2, F1 2/(2+2+1) = 0.4
    expect(r.exact).toEqual({ tp: 1, fp: 2, fn: 1, precision: 1 / 3, recall: 0.5, f1: 0.4 });
    // overlap: q1, and q2 with IoU 8/9 ≈ 0.89 → tp 2, fp 1 (초격차), fn 0 → F1 4/5
    expect(r.overlap).toEqual({ tp: 2, fp: 1, fn: 0, precision: 2 / 3, recall: 1, f1: 0.8 });
    expect(r.perKind.perLabel.direct).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.perKind.perLabel.indirect).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  test("화자·인용 동사·비발화 인용", () => {
    expect(r.kind).toEqual({ total: 2, correct: 2, accuracy: 1 });
    // q1: gold id null → names compared ("삼성전자관계자"); q2: gold id set, predicted id null → wrong
    expect(r.speaker).toEqual({ total: 2, correct: 1, accuracy: 0.5 });
    expect(r.cue).toEqual({ total: 2, correct: 2, accuracy: 1 });
    expect(r.nonSpeech).toEqual({ phrases: 1, hit: 1, rate: 1, predicted: 1 });
    const s = createQuoteScorer();
    expect(s.add(gold, pred).map((e) => [e.kind, e.span.text])).toEqual([
      ["wrong-speaker", "투자를 늘리겠다"],
      ["non-speech", "‘초격차’"],
    ]);
  });

  // gold 10 characters; a prediction inside it of length n has IoU n/10
  const t = "그는 “올해 흑자 전환한다”고 말했다";
  const g10 = { ...at(t, "올해 흑자 전환한다"), kind: "indirect" };
  test.each([
    ["IoU 0.8 (경계 포함)", 8, 1],
    ["IoU 0.7", 7, 0],
  ])("%s", (_n, len, tp) => {
    expect(QUOTE_OVERLAP).toBe(0.8);
    const p = { start: g10.start, end: g10.start + len, text: t.slice(g10.start, g10.start + len), kind: "indirect" };
    expect(scoreQuotes([{ text: t, sentences: [], quotes: [g10] }], [{ text: t, sentences: [], quotes: [p] }]).overlap.tp).toBe(tp);
  });

  test("빈 경우", () => {
    const e: EvalDoc = { text: t, sentences: [] };
    const g: EvalDoc = { text: t, sentences: [], quotes: [g10] };
    expect(scoreQuotes([e], [e]).exact).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(scoreQuotes([g], [e]).overlap).toEqual({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
    expect(scoreQuotes([e], [g]).overlap).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 });
    expect(scoreQuotes([e], [e]).nonSpeech.rate).toBeNull();
    // gold speaker null: right only when nothing is predicted
    const gn: EvalDoc = { text: t, sentences: [], quotes: [{ ...g10, speaker: null }] };
    const pn: EvalDoc = { text: t, sentences: [], quotes: [{ ...g10, speaker: { ...at(t, "그"), id: null, name: "그" } }] };
    expect(scoreQuotes([gn], [pn]).speaker).toEqual({ total: 1, correct: 0, accuracy: 0 });
    expect(scoreQuotes([gn], [gn]).speaker).toEqual({ total: 1, correct: 1, accuracy: 1 });
  });
});
