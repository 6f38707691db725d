import { invalidOption, isWhiteSpace } from "@sinmun/core";
import { LabelMapper } from "./labelMap";
import type { IgnoredLabels, LabelMap } from "./labelMap";
import { intersection, matchBest, matchExact } from "./matchSpans";
import { Counter, accuracy, prf } from "./prf";
import type { Accuracy, MacroPrf, Prf, ScoreTable } from "./prf";
import { makeError } from "./evalError";
import type { EvalError } from "./evalError";
import { scoreArrays } from "./scoreArrays";
import type { EvalDoc, EvalEntity } from "./types";

/** Options of the entity scorer. */
export interface EntityScoreOptions {
  /** Label mapping applied to both sides (see `LabelMap`); without it labels are compared as they are. */
  labelMap?: LabelMap;
}

/** KLUE-style character-level scores. */
export interface CharScores {
  /**
   * KLUE's character-level macro F1: every non-whitespace character (code point) gets a BIO tag
   * from each side (`B-L` on a span's first character, `I-L` on the rest, `O` outside); F1 is
   * computed per tag class — `B-L` and `I-L` for every scored label, and `O` — as
   * 2·tp / (2·tp + fp + fn) (1 for a class absent from both sides, like scikit-learn's
   * `zero_division=1`), and averaged without weights — as the KLUE baseline's
   * `klue_ner_char_macro_f1` does over all its tag classes, `O` included.
   */
  macroF1: number | null;
  /** Per tag class (B-PS, I-PS, …, O) counts and scores. */
  perTag: Record<string, Prf>;
  /**
   * Micro P/R/F1 over entity characters, ignoring B/I: tp = non-whitespace characters inside an
   * entity on both sides with the same label; fp = predicted entity characters not so matched;
   * fn = gold entity characters not so matched.
   */
  micro: Prf;
}

/** What `scoreEntities` returns. */
export interface EntityScores {
  docs: number;
  /** Span and label both equal. */
  strict: ScoreTable;
  /** Same label and at least one character in common (one-to-one, greedy, largest overlap first). */
  overlap: ScoreTable;
  /** Gold label → predicted label → count, over pairs with exactly the same span. */
  confusion: Record<string, Record<string, number>>;
  /** Strict matches whose gold id is non-null: predicted id equal to it. */
  id: Accuracy;
  char: CharScores;
  /** Labels scored, and labels each side had that the label map ignores. */
  labels: { scored: string[]; ignored: IgnoredLabels };
}

/**
 * Streaming entity scorer: `add(gold, pred)` per document (returns that document's errors),
 * `result()` at any time. `scoreEntities` is this over arrays.
 *
 * @example
 * const scorer = createEntityScorer({ labelMap: KLUE_LABEL_MAP });
 * for await (const gold of readKlue(path)) scorer.add(gold, await analyze(gold.text));
 * scorer.result().strict.micro.f1;
 */
export function createEntityScorer(options: EntityScoreOptions = {}): {
  add(gold: EvalDoc, pred: EvalDoc, docIndex?: number): EvalError[];
  result(): EntityScores;
} {
  if (options.labelMap !== undefined && (typeof options.labelMap !== "object" || options.labelMap === null)) {
    throw invalidOption("@sinmun/eval", "labelMap", ["an object such as {PERSON: \"PS\"}"], options.labelMap);
  }
  const mapper = new LabelMapper(options.labelMap);
  const strict = new Counter();
  const overlap = new Counter();
  const confusion: Record<string, Record<string, number>> = {};
  const seen = new Set<string>();
  let idTotal = 0;
  let idCorrect = 0;
  let docs = 0;
  // character level: per tag class [tp, fp, fn]; micro over entity chars
  const tagCounts = new Map<string, [number, number, number]>();
  let cTp = 0;
  let cFp = 0;
  let cFn = 0;
  const bumpTag = (tag: string, i: 0 | 1 | 2): void => {
    let r = tagCounts.get(tag);
    if (!r) tagCounts.set(tag, (r = [0, 0, 0]));
    r[i] += 1;
  };

  const charTags = (text: string, ents: EvalEntity[]): (string | null)[] => {
    const tags = new Array<string | null>(text.length).fill(null);
    // longer spans first at a start, first come first served on overlaps
    const sorted = [...ents].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const e of sorted) {
      for (let i = Math.max(0, e.start); i < Math.min(e.end, text.length); i++) {
        if (tags[i] === null) tags[i] = `${i === e.start ? "B" : "I"}-${e.label}`;
      }
    }
    return tags;
  };

  return {
    add(gold, pred, docIndex = docs) {
      docs += 1;
      const g = mapper.entities(gold, "gold");
      const p = mapper.entities(pred, "pred");
      for (const e of g) seen.add(e.label);
      for (const e of p) seen.add(e.label);
      const errors: EvalError[] = [];

      const m = matchExact(g, p, (e) => `${e.start}:${e.end}:${e.label}`);
      for (const [i, j] of m.pairs) {
        const ge = g[i] as EvalEntity;
        const pe = p[j] as EvalEntity;
        strict.tp(ge.label);
        const row = (confusion[ge.label] ??= {});
        row[ge.label] = (row[ge.label] ?? 0) + 1;
        if (ge.id !== undefined && ge.id !== null) {
          idTotal += 1;
          if (pe.id === ge.id) idCorrect += 1;
          else errors.push(makeError("wrong-id", gold, docIndex, ge, `${ge.label} ${ge.id}`, `${pe.label} ${pe.id ?? "(no id)"}`));
        }
      }
      // leftovers with exactly the same span are label confusions
      const spanPairs = matchExact(
        m.unmatchedGold.map((i) => g[i] as EvalEntity),
        m.unmatchedPred.map((j) => p[j] as EvalEntity),
        (e) => `${e.start}:${e.end}`,
      );
      const leftG = m.unmatchedGold.map((i) => g[i] as EvalEntity);
      const leftP = m.unmatchedPred.map((j) => p[j] as EvalEntity);
      for (const [i, j] of spanPairs.pairs) {
        const ge = leftG[i] as EvalEntity;
        const pe = leftP[j] as EvalEntity;
        const row = (confusion[ge.label] ??= {});
        row[pe.label] = (row[pe.label] ?? 0) + 1;
        errors.push(makeError("wrong-label", gold, docIndex, ge, ge.label, pe.label));
      }
      for (const i of spanPairs.unmatchedGold) errors.push(makeError("missed", gold, docIndex, leftG[i] as EvalEntity, (leftG[i] as EvalEntity).label));
      for (const j of spanPairs.unmatchedPred) errors.push(makeError("spurious", gold, docIndex, leftP[j] as EvalEntity, undefined, (leftP[j] as EvalEntity).label));
      for (const i of m.unmatchedGold) strict.fn((g[i] as EvalEntity).label);
      for (const j of m.unmatchedPred) strict.fp((p[j] as EvalEntity).label);

      // Overlap relaxes strict: the strict pairs count first (an exact match counts even for an empty
      // span, which shares no character), then the rest match greedily by largest overlap. Greedy
      // matching over all spans could hand an exact prediction to a larger gold span and score lower
      // than strict.
      for (const [i] of m.pairs) overlap.tp((g[i] as EvalEntity).label);
      const restG = m.unmatchedGold.map((i) => g[i] as EvalEntity);
      const restP = m.unmatchedPred.map((j) => p[j] as EvalEntity);
      const o = matchBest(restG, restP, intersection, 1, (a, b) => a.label === b.label);
      for (const [i] of o.pairs) overlap.tp((restG[i] as EvalEntity).label);
      for (const i of o.unmatchedGold) overlap.fn((restG[i] as EvalEntity).label);
      for (const j of o.unmatchedPred) overlap.fp((restP[j] as EvalEntity).label);

      const text = gold.text;
      const gt = charTags(text, g);
      const pt = charTags(text, p);
      for (let i = 0; i < text.length; i++) {
        const cp = text.codePointAt(i) as number;
        const wide = cp > 0xffff;
        if (!isWhiteSpace(cp)) {
          const a = gt[i] ?? "O";
          const b = pt[i] ?? "O";
          if (a === b) bumpTag(a, 0);
          else {
            bumpTag(b, 1);
            bumpTag(a, 2);
          }
          const la = a === "O" ? null : a.slice(2);
          const lb = b === "O" ? null : b.slice(2);
          if (la !== null && la === lb) cTp += 1;
          else {
            if (lb !== null) cFp += 1;
            if (la !== null) cFn += 1;
          }
        }
        if (wide) i += 1;
      }
      return errors;
    },

    result() {
      const scored = [...seen].sort();
      const classes = [...scored.flatMap((l) => [`B-${l}`, `I-${l}`]), "O"];
      const perTag: Record<string, Prf> = {};
      for (const c of classes) {
        const [tp, fp, fn] = tagCounts.get(c) ?? [0, 0, 0];
        perTag[c] = prf(tp, fp, fn);
      }
      const f1s = Object.values(perTag).map((r) => r.f1 as number);
      const macroF1 = docs === 0 ? null : f1s.reduce((a, b) => a + b, 0) / f1s.length;
      return {
        docs,
        strict: strict.table(),
        overlap: overlap.table(),
        confusion,
        id: accuracy(idCorrect, idTotal),
        char: { macroF1, perTag, micro: prf(cTp, cFp, cFn) },
        labels: { scored, ignored: mapper.ignored },
      };
    },
  };
}

/**
 * Scores predicted entities against gold, document by document (`gold[i]` with `pred[i]`):
 * strict and overlap P/R/F1 per label with micro and macro averages, a confusion table on
 * same-span pairs, id accuracy, and KLUE's character-level F1. See `prf` for the empty cases.
 *
 * @example
 * const text = "삼성전자 이재용 회장";
 * const gold = [{ text, sentences: [], entities: [{ start: 0, end: 4, text: "삼성전자", label: "OG" }, { start: 5, end: 8, text: "이재용", label: "PS" }] }];
 * const pred = [{ text, sentences: [], entities: [{ start: 0, end: 4, text: "삼성전자", label: "ORG" }] }];
 * scoreEntities(gold, pred, { labelMap: { ORG: "OG", PERSON: "PS" } }).strict.micro;
 * // → { tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 0.666… }
 */
export function scoreEntities(gold: readonly EvalDoc[], pred: readonly EvalDoc[], options: EntityScoreOptions = {}): EntityScores {
  return scoreArrays(createEntityScorer(options), gold, pred);
}

export type { Prf, MacroPrf, ScoreTable, Accuracy };
