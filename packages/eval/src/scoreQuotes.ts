import { intersection, iou, matchBest, matchExact } from "./matchSpans";
import { Counter, accuracy, prf } from "./prf";
import type { Accuracy, Prf, ScoreTable } from "./prf";
import { makeError } from "./evalError";
import type { EvalError } from "./evalError";
import { scoreArrays } from "./scoreArrays";
import type { EvalDoc, EvalQuote, EvalSpeaker } from "./types";

/**
 * Minimum intersection-over-union for a fuzzy quote match.
 *
 * @example
 * // 정답 “올해 흑자 전환한다” (10자) 안의 8자 예측: IoU 8/10 = 0.8 → 일치
 * QUOTE_OVERLAP; // 0.8
 */
export const QUOTE_OVERLAP = 0.8;

/** What `scoreQuotes` returns. */
export interface QuoteScores {
  docs: number;
  /** Exactly the same span (kind not required). */
  exact: Prf;
  /** Intersection / union of the two spans ≥ 0.8, one-to-one, greedy, best first (kind not required). */
  overlap: Prf;
  /** Per kind (direct, indirect, mixed): exactly the same span and the same kind. */
  perKind: ScoreTable;
  /** On overlap-matched pairs: the same kind. */
  kind: Accuracy;
  /**
   * On overlap-matched pairs whose gold has a `speaker` field: gold speaker null → the prediction
   * has none; gold id non-null → the predicted speaker has that id; otherwise the gold `name` or
   * `text` equals the predicted `name` or `text` after NFC and removing whitespace.
   */
  speaker: Accuracy;
  /** On overlap-matched pairs whose gold has a `cue` field: same cue span and lemma (null = null). */
  cue: Accuracy;
  /**
   * Quoted phrases that are not speech (gold `nonSpeech`): `phrases` in gold, `hit` of them
   * overlapped by at least one predicted quote, `rate` = hit / phrases (null without phrases),
   * `predicted` = predicted quotes overlapping any of them (each is also a spurious quote).
   */
  nonSpeech: { phrases: number; hit: number; rate: number | null; predicted: number };
}

const byPos = (a: EvalQuote, b: EvalQuote): number => a.start - b.start || a.end - b.end;
const norm = (s: string | null | undefined): string | null => (s == null ? null : s.normalize("NFC").replace(/\s+/gu, ""));
const who = (s: EvalSpeaker | null | undefined): string => (s == null ? "(none)" : `${s.name ?? s.text}${s.id ? ` [${s.id}]` : ""}`);

function speakerRight(g: EvalSpeaker | null, p: EvalSpeaker | null | undefined): boolean {
  if (g === null) return p == null;
  if (p == null) return false;
  if (g.id != null) return p.id === g.id;
  const names = new Set([norm(g.name), norm(g.text)].filter((x): x is string => x !== null && x !== ""));
  return [norm(p.name), norm(p.text)].some((x) => x !== null && names.has(x));
}

/**
 * Streaming quote scorer: `add(gold, pred)` per document (returns its errors), `result()`.
 *
 * @example
 * const scorer = createQuoteScorer();
 * scorer.add(goldDoc, predDoc); // “…”라고 말했다 …
 * scorer.result().speaker.accuracy;
 */
export function createQuoteScorer(): { add(gold: EvalDoc, pred: EvalDoc, docIndex?: number): EvalError[]; result(): QuoteScores } {
  const perKind = new Counter();
  let docs = 0;
  let eTp = 0, eFp = 0, eFn = 0, oTp = 0, oFp = 0, oFn = 0;
  let kT = 0, kC = 0, sT = 0, sC = 0, cT = 0, cC = 0;
  let phrases = 0, hit = 0, predictedNs = 0;
  return {
    add(gold, pred, docIndex = docs) {
      docs += 1;
      const g = [...(gold.quotes ?? [])].sort(byPos);
      const p = [...(pred.quotes ?? [])].sort(byPos);
      const ns = gold.nonSpeech ?? [];
      const errors: EvalError[] = [];

      const e = matchExact(g, p, (q) => `${q.start}:${q.end}`);
      eTp += e.pairs.length;
      eFp += e.unmatchedPred.length;
      eFn += e.unmatchedGold.length;
      const k = matchExact(g, p, (q) => `${q.start}:${q.end}:${q.kind}`);
      for (const [i] of k.pairs) perKind.tp((g[i] as EvalQuote).kind);
      for (const i of k.unmatchedGold) perKind.fn((g[i] as EvalQuote).kind);
      for (const j of k.unmatchedPred) perKind.fp((p[j] as EvalQuote).kind);

      const o = matchBest(g, p, iou, QUOTE_OVERLAP);
      oTp += o.pairs.length;
      oFp += o.unmatchedPred.length;
      oFn += o.unmatchedGold.length;
      for (const [i, j] of o.pairs) {
        const gq = g[i] as EvalQuote;
        const pq = p[j] as EvalQuote;
        kT += 1;
        if (gq.kind === pq.kind) kC += 1;
        else errors.push(makeError("wrong-label", gold, docIndex, gq, gq.kind, pq.kind));
        if (gq.speaker !== undefined) {
          sT += 1;
          if (speakerRight(gq.speaker, pq.speaker)) sC += 1;
          else errors.push(makeError("wrong-speaker", gold, docIndex, gq, who(gq.speaker), who(pq.speaker)));
        }
        if (gq.cue !== undefined) {
          cT += 1;
          const gc = gq.cue;
          const pc = pq.cue;
          const ok = gc === null ? pc == null : pc != null && pc.start === gc.start && pc.end === gc.end && pc.lemma === gc.lemma;
          if (ok) cC += 1;
          else errors.push(makeError("wrong-cue", gold, docIndex, gc ?? gq, gc ? `${gc.text} (${gc.lemma})` : "(none)", pc ? `${pc.text} (${pc.lemma})` : "(none)"));
        }
      }
      for (const i of o.unmatchedGold) errors.push(makeError("missed", gold, docIndex, g[i] as EvalQuote, (g[i] as EvalQuote).kind));
      for (const j of o.unmatchedPred) {
        const pq = p[j] as EvalQuote;
        const onNs = ns.some((n) => intersection(n, pq) > 0);
        errors.push(makeError(onNs ? "non-speech" : "spurious", gold, docIndex, pq, onNs ? "not speech" : undefined, pq.kind));
      }
      phrases += ns.length;
      for (const n of ns) if (p.some((q) => intersection(n, q) > 0)) hit += 1;
      for (const q of p) if (ns.some((n) => intersection(n, q) > 0)) predictedNs += 1;
      return errors;
    },
    result() {
      return {
        docs,
        exact: prf(eTp, eFp, eFn),
        overlap: prf(oTp, oFp, oFn),
        perKind: perKind.table(),
        kind: accuracy(kC, kT),
        speaker: accuracy(sC, sT),
        cue: accuracy(cC, cT),
        nonSpeech: { phrases, hit, rate: phrases === 0 ? null : hit / phrases, predicted: predictedNs },
      };
    },
  };
}

/**
 * Scores predicted quotes against gold (`gold[i]` with `pred[i]`): span P/R/F1 exact and with
 * intersection/union ≥ 0.8, per kind, speaker and cue accuracy on matched quotes, and how many
 * non-speech quoted phrases (gold `nonSpeech`) were taken for quotes.
 *
 * @example
 * const text = "“수출이 늘었다”고 최태원 회장이 말했다.";
 * const q = { start: 0, end: 9, text: "“수출이 늘었다”", kind: "direct",
 *             speaker: { start: 11, end: 14, text: "최태원", id: null, name: "최태원" }, cue: null };
 * scoreQuotes([{ text, sentences: [], quotes: [q] }], [{ text, sentences: [], quotes: [q] }]).exact.f1; // → 1
 */
export function scoreQuotes(gold: readonly EvalDoc[], pred: readonly EvalDoc[]): QuoteScores {
  return scoreArrays(createQuoteScorer(), gold, pred);
}
