// Minimal strict entity scorer for the NER tests (the project's full scorer lives in @sinmun/eval).
// A prediction counts when start, end and label all equal a gold mention; id accuracy is measured
// over those matched mentions.

export interface GoldMention {
  start: number;
  end: number;
  label: string;
  id?: string | null;
}

export interface LabelScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  labels: Record<string, LabelScore>;
  micro: LabelScore;
  idMatched: number;
  idCorrect: number;
  idAccuracy: number;
}

function finish(tp: number, fp: number, fn: number): LabelScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Scores predicted mentions against gold, per document pair. */
export function scoreMentions(pairs: { gold: GoldMention[]; pred: GoldMention[] }[], labels?: string[]): Score {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const c = (l: string): { tp: number; fp: number; fn: number } => {
    let x = counts.get(l);
    if (!x) counts.set(l, (x = { tp: 0, fp: 0, fn: 0 }));
    return x;
  };
  let idMatched = 0;
  let idCorrect = 0;
  for (const { gold, pred } of pairs) {
    const key = (m: GoldMention): string => `${m.start}:${m.end}:${m.label}`;
    const g = new Map(gold.map((m) => [key(m), m]));
    const p = new Map(pred.map((m) => [key(m), m]));
    for (const [k, m] of p) {
      const gm = g.get(k);
      if (gm) {
        c(m.label).tp++;
        if (gm.id !== undefined) {
          idMatched++;
          if (gm.id === m.id) idCorrect++;
        }
      } else c(m.label).fp++;
    }
    for (const [k, m] of g) if (!p.has(k)) c(m.label).fn++;
  }
  const out: Record<string, LabelScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const l of labels ?? [...counts.keys()].sort()) {
    const x = counts.get(l) ?? { tp: 0, fp: 0, fn: 0 };
    out[l] = finish(x.tp, x.fp, x.fn);
    tp += x.tp;
    fp += x.fp;
    fn += x.fn;
  }
  return { labels: out, micro: finish(tp, fp, fn), idMatched, idCorrect, idAccuracy: idMatched === 0 ? 0 : idCorrect / idMatched };
}
