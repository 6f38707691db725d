import type { Amount } from "@sinmun/core";
import { intersection, matchBest, matchExact } from "./matchSpans";
import { Counter, accuracy, prf } from "./prf";
import type { Accuracy, Prf, ScoreTable } from "./prf";
import { makeError } from "./evalError";
import type { EvalError } from "./evalError";
import { scoreArrays } from "./scoreArrays";
import type { EvalDoc } from "./types";

/** What `scoreAmounts` returns. */
export interface AmountScores {
  docs: number;
  /** Exactly the same span (kind not required). */
  span: Prf;
  /** At least one character in common (one-to-one, greedy, largest overlap first). */
  overlap: Prf;
  /** Per kind (money, percent, …): same span and same kind. */
  perKind: ScoreTable;
  /** On same-span pairs: `decimal` (and `minDecimal`/`maxDecimal`) equal as strings — exact. */
  value: Accuracy;
  /** On same-span pairs: `unit` equal (null = null). */
  unit: Accuracy;
  /** On same-span pairs: `approx` equal. */
  approx: Accuracy;
  /** On same-span pairs: `kind` equal. */
  kind: Accuracy;
  /** On same-span pairs: value, unit, approx and kind all equal. */
  all: Accuracy;
  /** Amounts fully right (span, value, unit, approx, kind) as P/R/F1. */
  exact: Prf;
}

const byPos = (a: Amount, b: Amount): number => a.start - b.start || a.end - b.end;
const valueOf = (a: Amount): string =>
  a.min !== undefined || a.max !== undefined || a.minDecimal !== undefined || a.maxDecimal !== undefined
    ? `${a.decimal ?? "null"} [${a.minDecimal ?? "null"}, ${a.maxDecimal ?? "null"}]`
    : String(a.decimal ?? "null");
const describe = (a: Amount): string => `${a.kind} ${valueOf(a)} ${a.unit ?? "-"}${a.approx ? " ~" : ""}`;

/**
 * Streaming amount scorer: `add(gold, pred)` per document (returns its errors), `result()`.
 *
 * @example
 * const scorer = createAmountScorer();
 * scorer.add(goldDoc, predDoc); // "매출 3조 원" …
 * scorer.result().value.accuracy;
 */
export function createAmountScorer(): { add(gold: EvalDoc, pred: EvalDoc, docIndex?: number): EvalError[]; result(): AmountScores } {
  const perKind = new Counter();
  let docs = 0;
  let sTp = 0, sFp = 0, sFn = 0, oTp = 0, oFp = 0, oFn = 0, eTp = 0;
  let nPairs = 0, cValue = 0, cUnit = 0, cApprox = 0, cKind = 0, cAll = 0;
  return {
    add(gold, pred, docIndex = docs) {
      docs += 1;
      const g = [...(gold.amounts ?? [])].sort(byPos);
      const p = [...(pred.amounts ?? [])].sort(byPos);
      const errors: EvalError[] = [];
      const m = matchExact(g, p, (a) => `${a.start}:${a.end}`);
      sTp += m.pairs.length;
      sFp += m.unmatchedPred.length;
      sFn += m.unmatchedGold.length;
      for (const [i, j] of m.pairs) {
        const ga = g[i] as Amount;
        const pa = p[j] as Amount;
        nPairs += 1;
        const okValue = valueOf(ga) === valueOf(pa);
        const okUnit = (ga.unit ?? null) === (pa.unit ?? null);
        const okApprox = Boolean(ga.approx) === Boolean(pa.approx);
        const okKind = ga.kind === pa.kind;
        if (okValue) cValue += 1;
        if (okUnit) cUnit += 1;
        if (okApprox) cApprox += 1;
        if (okKind) cKind += 1;
        if (okValue && okUnit && okApprox && okKind) {
          cAll += 1;
          eTp += 1;
        } else if (!okValue || !okUnit || !okApprox) {
          errors.push(makeError("wrong-value", gold, docIndex, ga, describe(ga), describe(pa)));
        } else {
          errors.push(makeError("wrong-label", gold, docIndex, ga, ga.kind, pa.kind));
        }
      }
      for (const i of m.unmatchedGold) errors.push(makeError("missed", gold, docIndex, g[i] as Amount, describe(g[i] as Amount)));
      for (const j of m.unmatchedPred) errors.push(makeError("spurious", gold, docIndex, p[j] as Amount, undefined, describe(p[j] as Amount)));

      const k = matchExact(g, p, (a) => `${a.start}:${a.end}:${a.kind}`);
      for (const [i] of k.pairs) perKind.tp((g[i] as Amount).kind);
      for (const i of k.unmatchedGold) perKind.fn((g[i] as Amount).kind);
      for (const j of k.unmatchedPred) perKind.fp((p[j] as Amount).kind);

      const o = matchBest(g, p, intersection, 1);
      oTp += o.pairs.length;
      oFp += o.unmatchedPred.length;
      oFn += o.unmatchedGold.length;
      return errors;
    },
    result() {
      return {
        docs,
        span: prf(sTp, sFp, sFn),
        overlap: prf(oTp, oFp, oFn),
        perKind: perKind.table(),
        value: accuracy(cValue, nPairs),
        unit: accuracy(cUnit, nPairs),
        approx: accuracy(cApprox, nPairs),
        kind: accuracy(cKind, nPairs),
        all: accuracy(cAll, nPairs),
        // a same-span pair that is not fully right counts as one FP and one FN
        exact: prf(eTp, sFp + (nPairs - cAll), sFn + (nPairs - cAll)),
      };
    },
  };
}

/**
 * Scores predicted amounts against gold (`gold[i]` with `pred[i]`): span P/R/F1 (exact and
 * overlap), per-kind P/R/F1, and on same-span pairs the agreement of value (exact decimal
 * strings), unit, approx and kind.
 *
 * @example
 * const text = "매출 3조 원, 영업이익 12% 증가";
 * const g = { text, sentences: [], amounts: [{ start: 3, end: 7, text: "3조 원", kind: "money", value: 3e12, decimal: "3000000000000", unit: "KRW", approx: false }] };
 * scoreAmounts([g], [g]).value; // → { total: 1, correct: 1, accuracy: 1 }
 */
export function scoreAmounts(gold: readonly EvalDoc[], pred: readonly EvalDoc[]): AmountScores {
  return scoreArrays(createAmountScorer(), gold, pred);
}
