import { scoreDates, createDateScorer, type EvalDoc } from "../src/index";

// The date scorer behind `sinmun eval --task dates` (issue 16): exact spans, then value and kind.
const text = "한빛소재는 올해 3분기 매출이 지난해 같은 기간보다 늘었다고 이날 밝혔다.";
const at = (piece: string, kind: string, value: string | null) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length, text: piece, kind, value });
const gold: EvalDoc = {
  text,
  sentences: [],
  dates: [at("올해 3분기", "quarter", "2025-07-01/2025-09-30"), at("지난해 같은 기간", "comparison_base", "2024-07-01/2024-09-30"), at("이날", "relative", "2025-11-14")],
};

describe("scoreDates", () => {
  test("같으면 모두 100 %", () => {
    const s = scoreDates([gold], [gold]);
    expect(s.span).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(s.strict.f1).toBe(1);
    expect(s.value).toEqual({ correct: 3, total: 3, accuracy: 1 });
  });

  test("범위는 맞고 값이 틀리면: span은 맞음, strict는 FP 하나와 FN 하나", () => {
    const [quarter, base] = gold.dates ?? [];
    const pred: EvalDoc = { ...gold, dates: [quarter, base, at("이날", "relative", null)].filter((d) => d !== undefined) };
    const s = scoreDates([gold], [pred]);
    expect(s.span.f1).toBe(1);
    expect(s.value).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
    expect(s.strict).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  test("놓친 것과 더한 것, 종류별 표, 오류 목록", () => {
    const pred: EvalDoc = { ...gold, dates: [at("올해 3분기", "half", "2025-07-01/2025-09-30"), at("이날 밝혔다", "relative", "2025-11-14")] };
    const scorer = createDateScorer();
    const errors = scorer.add(gold, pred, 0);
    expect(errors.map((e) => [e.kind, e.span.text]).sort()).toEqual([
      ["missed", "이날"],
      ["missed", "지난해 같은 기간"],
      ["spurious", "이날 밝혔다"],
      ["wrong-label", "올해 3분기"],
    ]);
    const s = scorer.result();
    expect(s.span).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(s.perKind.perLabel.quarter).toMatchObject({ tp: 0, fn: 1 });
    expect(s.perKind.perLabel.half).toMatchObject({ fp: 1 });
    expect(s.kind.accuracy).toBe(0);
  });
});
