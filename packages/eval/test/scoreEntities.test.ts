import { KLUE_LABEL_MAP, createEntityScorer, prf, scoreEntities } from "../src/index";
import type { EvalDoc } from "../src/index";
import { ent } from "./helpers";

const close = (x: number | null | undefined, y: number): void => expect(x).toBeCloseTo(y, 10);

describe("prf: 빈 경우 (0으로 나누지 않는다)", () => {
  test.each([
    ["둘 다 비었다 → 완전 일치", [0, 0, 0], { precision: 1, recall: 1, f1: 1 }],
    ["예측만 비었다", [0, 0, 3], { precision: null, recall: 0, f1: 0 }],
    ["정답만 비었다", [0, 2, 0], { precision: 0, recall: null, f1: 0 }],
    // P = 2/3, R = 2/4, F1 = 2·2 / (2·2 + 1 + 2) = 4/7
    ["보통", [2, 1, 2], { precision: 2 / 3, recall: 0.5, f1: 4 / 7 }],
  ] as const)("%s", (_n, [tp, fp, fn], want) => {
    expect(prf(tp, fp, fn)).toEqual({ tp, fp, fn, ...want });
  });
});

describe("scoreEntities", () => {
  // 삼0성1전2자3 4이5재6용7 8회9장10이11 12서13울14 15본16사17에18서19 20밝21혔22다23.24
  const text = "삼성전자 이재용 회장이 서울 본사에서 밝혔다.";
  const gold: EvalDoc = {
    id: "d1",
    text,
    sentences: [{ start: 0, end: text.length }],
    entities: [ent(text, "삼성전자", "OG", "samsung-electronics"), ent(text, "이재용", "PS", "lee-jae-yong"), ent(text, "서울", "LC")],
  };
  const pred: EvalDoc = {
    id: "d1",
    text,
    sentences: [{ start: 0, end: text.length }],
    entities: [
      ent(text, "삼성전자", "ORG", "samsung-electronics"),
      ent(text, "삼성전자", "ORG", "samsung-electronics"), // duplicate: TP once, FP once
      ent(text, "이재용 회장", "PERSON", "lee"), // too long: strict FP+FN, overlap TP
      ent(text, "서울", "ORG"), // same span, wrong label
      ent(text, "본사", "PRODUCT"), // no mapping → ignored
    ],
  };
  const r = scoreEntities([gold], [pred], { labelMap: { PERSON: "PS", ORG: "OG", LOC: "LC" } });

  test("strict: 레이블별 표", () => {
    // OG: tp 1 (삼성전자), fp 2 (중복 삼성전자, 서울 as OG), fn 0 → P 1/3, R 1, F1 2/(2+2) = 0.5
    expect(r.strict.perLabel.OG).toEqual({ tp: 1, fp: 2, fn: 0, precision: 1 / 3, recall: 1, f1: 0.5 });
    // PS: "이재용 회장" ≠ "이재용" → fp 1, fn 1 → P 0, R 0, F1 0
    expect(r.strict.perLabel.PS).toEqual({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    // LC: 서울 predicted as OG → fn 1, nothing predicted as LC → P null
    expect(r.strict.perLabel.LC).toEqual({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
    // micro: tp 1, fp 3, fn 2 → P 1/4, R 1/3, F1 2/(2+3+2) = 2/7
    expect(r.strict.micro).toEqual({ tp: 1, fp: 3, fn: 2, precision: 0.25, recall: 1 / 3, f1: 2 / 7 });
    // macro: P mean(1/3, 0) (LC null left out) = 1/6; R (1+0+0)/3 = 1/3; F1 (0.5+0+0)/3 = 1/6
    close(r.strict.macro.precision, 1 / 6);
    close(r.strict.macro.recall, 1 / 3);
    close(r.strict.macro.f1, 1 / 6);
  });

  test("overlap: 겹치면 같은 레이블끼리 일대일", () => {
    // OG: 삼성전자 TP, duplicate FP (gold already taken), 서울-as-OG FP → 1/2/0
    // PS: 이재용 회장 overlaps 이재용 → TP; LC: 서울 FN (label differs)
    expect(r.overlap.perLabel.OG).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    expect(r.overlap.perLabel.PS).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    // micro: tp 2, fp 2, fn 1 → P 1/2, R 2/3, F1 4/7
    expect(r.overlap.micro).toEqual({ tp: 2, fp: 2, fn: 1, precision: 0.5, recall: 2 / 3, f1: 4 / 7 });
  });

  test("혼동표(같은 범위 쌍), id 정확도, 무시된 레이블", () => {
    expect(r.confusion).toEqual({ OG: { OG: 1 }, LC: { OG: 1 } });
    // gold ids on strict matches: 삼성전자 only (이재용 is not a strict match) → 1/1
    expect(r.id).toEqual({ total: 1, correct: 1, accuracy: 1 });
    expect(r.labels).toEqual({ scored: ["LC", "OG", "PS"], ignored: { gold: {}, pred: { PRODUCT: 1 } } });
  });

  test("KLUE 글자 단위 F1", () => {
    // 20 non-space characters. Per class [tp, fp, fn] → F1 = 2tp/(2tp+fp+fn):
    // B-OG [1,1,0] 2/3 (삼; 서 predicted B-OG) · I-OG [3,1,0] 6/7 (성전자; 울)
    // B-PS [1,0,0] 1 · I-PS [2,2,0] 4/6 (재용; 회장) · B-LC [0,0,1] 0 · I-LC [0,0,1] 0
    // O: gold 11 (회장이 본사에서밝혔다.), pred 9 → [9,0,2] 18/20 = 0.9
    close(r.char.perTag["I-PS"]?.f1, 4 / 6);
    close(r.char.perTag.O?.f1, 0.9);
    close(r.char.macroF1, (2 / 3 + 6 / 7 + 1 + 4 / 6 + 0 + 0 + 0.9) / 7);
    // micro over entity characters: gold 9 (4+3+2), pred 11 (4+5+2); same label 7 (삼성전자, 이재용)
    // → tp 7, fp 4 (서울 as OG, 회장), fn 2 (서울 as LC) → P 7/11, R 7/9, F1 14/20
    expect(r.char.micro).toEqual({ tp: 7, fp: 4, fn: 2, precision: 7 / 11, recall: 7 / 9, f1: 0.7 });
  });

  test("오류 목록: 종류와 문장 안의 위치", () => {
    const s = createEntityScorer({ labelMap: { PERSON: "PS", ORG: "OG", LOC: "LC" } });
    const errors = s.add(gold, pred, 0);
    expect(errors.map((e) => [e.kind, e.span.text, e.gold ?? null, e.pred ?? null])).toEqual([
      ["wrong-label", "서울", "LC", "OG"],
      ["missed", "이재용", "PS", null],
      ["spurious", "삼성전자", null, "OG"],
      ["spurious", "이재용 회장", null, "PS"],
    ]);
    expect(errors[0]).toMatchObject({ doc: "d1", context: { start: 0, text } });
  });

  test("틀린 id는 wrong-id", () => {
    const p: EvalDoc = { text, sentences: [], entities: [ent(text, "삼성전자", "OG", "samsung-biologics")] };
    const g: EvalDoc = { text, sentences: [], entities: [ent(text, "삼성전자", "OG", "samsung-electronics")] };
    const s = createEntityScorer();
    expect(s.add(g, p).map((e) => [e.kind, e.gold, e.pred])).toEqual([["wrong-id", "OG samsung-electronics", "OG samsung-biologics"]]);
    expect(s.result().id).toEqual({ total: 1, correct: 0, accuracy: 0 });
    expect(s.result().strict.micro.f1).toBe(1); // the span and label are right
  });

  const t2 = "현대차 주가가 3일 5% 올랐다.";
  test.each([
    ["정답이 비었다", [], [ent(t2, "현대차", "OG"), ent(t2, "5%", "QT")], { tp: 0, fp: 2, fn: 0, precision: 0, recall: null, f1: 0 }],
    ["예측이 비었다", [ent(t2, "현대차", "OG")], [], { tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 }],
    ["둘 다 비었다", [], [], { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 }],
    ["같은 정답이 두 번 (중복 gold)", [ent(t2, "현대차", "OG"), ent(t2, "현대차", "OG")], [ent(t2, "현대차", "OG")], { tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 2 / 3 }],
  ])("%s", (_n, g, p, micro) => {
    const res = scoreEntities([{ text: t2, sentences: [], entities: g }], [{ text: t2, sentences: [], entities: p }]);
    expect(res.strict.micro).toEqual(micro);
  });

  // overlap relaxes strict, so it never scores lower: exact pairs count first, then the rest overlap.
  const empty = { start: 7, end: 7, text: "", label: "QT", id: null };
  test.each([
    ["빈 범위 개체가 정확히 일치 (겹친 글자는 없지만 strict 일치)", [empty], [empty], { tp: 1, fp: 0, fn: 0 }, { tp: 1, fp: 0, fn: 0 }],
    ["정확히 맞힌 예측(현대차)을 그것을 품은 큰 정답(현대차 주가)이 가로채지 않는다",
      [ent(t2, "현대차 주가", "OG"), ent(t2, "현대차", "OG")], [ent(t2, "현대차", "OG"), ent(t2, "주가", "OG")],
      { tp: 1, fp: 1, fn: 1 }, { tp: 2, fp: 0, fn: 0 }],
  ])("overlap ≥ strict: %s", (_n, g, p, strict, overlap) => {
    const res = scoreEntities([{ text: t2, sentences: [], entities: g }], [{ text: t2, sentences: [], entities: p }]);
    expect(res.strict.micro).toMatchObject(strict);
    expect(res.overlap.micro).toMatchObject(overlap);
  });

  test("둘 다 빈 말뭉치: 매크로도 1, 글자 단위는 O만", () => {
    const res = scoreEntities([{ text: t2, sentences: [] }], [{ text: t2, sentences: [] }]);
    expect(res.strict.macro).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(Object.keys(res.char.perTag)).toEqual(["O"]);
    expect(res.char.macroF1).toBe(1);
    expect(scoreEntities([], []).char.macroF1).toBeNull();
  });

  test("KLUE 레이블 맵: 금액 → QT, 매핑 없는 gold DT는 무시", () => {
    const g: EvalDoc = { text: t2, sentences: [], entities: [ent(t2, "현대차", "OG"), ent(t2, "3일", "DT"), ent(t2, "5%", "QT")] };
    const p: EvalDoc = {
      text: t2,
      sentences: [],
      entities: [ent(t2, "현대차", "ORG", "hyundai-motor")],
      amounts: [{ ...ent(t2, "5%", "x"), kind: "percent", value: 5, decimal: "5", unit: "%", approx: false }],
    };
    const res = scoreEntities([g], [p], { labelMap: { ...KLUE_LABEL_MAP } });
    expect(res.strict.micro).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(res.labels.ignored).toEqual({ gold: { DT: 1 }, pred: {} });
    expect(res.labels.scored).toEqual(["OG", "QT"]);
  });

  test("문서 수가 다르면 없는 쪽은 빈 문서", () => {
    const d: EvalDoc = { text: t2, sentences: [], entities: [ent(t2, "현대차", "OG")] };
    expect(scoreEntities([d, d], [d]).strict.micro).toMatchObject({ tp: 1, fn: 1, fp: 0 });
  });

  test("잘못된 labelMap은 던진다", () => {
    expect(() => createEntityScorer({ labelMap: "klue" as never })).toThrow(/@sinmun\/eval: expected labelMap in/);
  });
});
