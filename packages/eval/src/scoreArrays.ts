import type { EvalError } from "./evalError";
import type { EvalDoc } from "./types";

/** A streaming scorer: one `add` per document pair, then `result`. */
export interface StreamingScorer<S> {
  add(gold: EvalDoc, pred: EvalDoc, docIndex?: number): EvalError[];
  result(): S;
}

/**
 * Runs a streaming scorer over two arrays paired by position (`gold[i]` with `pred[i]`); a missing
 * side counts as a document with nothing found. The array form of every `scoreX`.
 *
 * @example
 * scoreArrays(createAmountScorer(), [goldDoc], [predDoc]).value.accuracy;
 */
export function scoreArrays<S>(scorer: StreamingScorer<S>, gold: readonly EvalDoc[], pred: readonly EvalDoc[]): S {
  const n = Math.max(gold.length, pred.length);
  for (let i = 0; i < n; i++) {
    const text = gold[i]?.text ?? pred[i]?.text ?? "";
    scorer.add(gold[i] ?? { text, sentences: [] }, pred[i] ?? { text, sentences: [] }, i);
  }
  return scorer.result();
}
