import { matchExact } from "./matchSpans";
import { Counter, accuracy, prf } from "./prf";
import type { Accuracy, Prf, ScoreTable } from "./prf";
import { makeError } from "./evalError";
import type { EvalError } from "./evalError";
import { scoreArrays } from "./scoreArrays";
import type { EvalDate, EvalDoc } from "./types";

/** What `scoreDates` returns. */
export interface DateScores {
  docs: number;
  /** Exactly the same span (kind not required). */
  span: Prf;
  /** Per kind (date, quarter, relative, comparison_base, …): same span and same kind. */
  perKind: ScoreTable;
  /** On same-span pairs: the ISO value equal (null = null: both left unresolved). */
  value: Accuracy;
  /** On same-span pairs: the kind equal. */
  kind: Accuracy;
  /** Span and value both right, as P/R/F1 (a same-span pair with a wrong value is one FP and one FN). */
  strict: Prf;
}

const byPos = (a: EvalDate, b: EvalDate): number => a.start - b.start || a.end - b.end;
const describe = (d: EvalDate): string => `${d.kind} ${d.value ?? "null"}`;

/**
 * Streaming date scorer: `add(gold, pred)` per document (returns its errors), `result()`. Dates
 * match by exact span; on matched pairs the ISO value and the kind are compared.
 *
 * @example
 * const scorer = createDateScorer();
 * scorer.add(goldDoc, predDoc); // "올해 3분기" → quarter 2025-07-01/2025-09-30
 * scorer.result().value.accuracy;
 */
export function createDateScorer(): { add(gold: EvalDoc, pred: EvalDoc, docIndex?: number): EvalError[]; result(): DateScores } {
  const perKind = new Counter();
  let docs = 0;
  let tp = 0, fp = 0, fn = 0, pairs = 0, cValue = 0, cKind = 0;
  return {
    add(gold, pred, docIndex = docs) {
      docs += 1;
      const g = [...(gold.dates ?? [])].sort(byPos);
      const p = [...(pred.dates ?? [])].sort(byPos);
      const errors: EvalError[] = [];
      const m = matchExact(g, p, (d) => `${d.start}:${d.end}`);
      tp += m.pairs.length;
      fp += m.unmatchedPred.length;
      fn += m.unmatchedGold.length;
      for (const [i, j] of m.pairs) {
        const gd = g[i] as EvalDate;
        const pd = p[j] as EvalDate;
        pairs += 1;
        const okValue = (gd.value ?? null) === (pd.value ?? null);
        const okKind = gd.kind === pd.kind;
        if (okValue) cValue += 1;
        if (okKind) cKind += 1;
        if (!okValue) errors.push(makeError("wrong-value", gold, docIndex, gd, describe(gd), describe(pd)));
        else if (!okKind) errors.push(makeError("wrong-label", gold, docIndex, gd, gd.kind, pd.kind));
      }
      for (const i of m.unmatchedGold) errors.push(makeError("missed", gold, docIndex, g[i] as EvalDate, describe(g[i] as EvalDate)));
      for (const j of m.unmatchedPred) errors.push(makeError("spurious", gold, docIndex, p[j] as EvalDate, undefined, describe(p[j] as EvalDate)));
      const k = matchExact(g, p, (d) => `${d.start}:${d.end}:${d.kind}`);
      for (const [i] of k.pairs) perKind.tp((g[i] as EvalDate).kind);
      for (const i of k.unmatchedGold) perKind.fn((g[i] as EvalDate).kind);
      for (const j of k.unmatchedPred) perKind.fp((p[j] as EvalDate).kind);
      return errors;
    },
    result() {
      return {
        docs,
        span: prf(tp, fp, fn),
        perKind: perKind.table(),
        value: accuracy(cValue, pairs),
        kind: accuracy(cKind, pairs),
        strict: prf(cValue, fp + (pairs - cValue), fn + (pairs - cValue)),
      };
    },
  };
}

/**
 * Scores predicted dates against gold (`gold[i]` with `pred[i]`): exact-span P/R/F1, per-kind
 * P/R/F1, and on same-span pairs the agreement of the ISO value and of the kind.
 *
 * @example
 * const text = "올해 3분기 매출이 늘었다.";
 * const g = { text, sentences: [], dates: [{ start: 0, end: 6, text: "올해 3분기", kind: "quarter", value: "2025-07-01/2025-09-30" }] };
 * scoreDates([g], [g]).value; // → { total: 1, correct: 1, accuracy: 1 }
 */
export function scoreDates(gold: readonly EvalDoc[], pred: readonly EvalDoc[]): DateScores {
  return scoreArrays(createDateScorer(), gold, pred);
}
