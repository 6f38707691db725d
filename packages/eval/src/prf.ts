/** Counts and ratios of one row of a score table. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); null when nothing was predicted (and gold is not empty too). */
  precision: number | null;
  /** tp / (tp + fn); null when there was nothing to find (and predictions are not empty too). */
  recall: number | null;
  /** 2·tp / (2·tp + fp + fn) (the harmonic mean of P and R); 0 when exactly one side is empty. */
  f1: number | null;
}

/** Macro averages: unweighted means over the rows (labels) of a table, nulls left out. */
export interface MacroPrf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** A P/R/F1 table: one row per label, and the micro (pooled counts) and macro (mean of rows) averages. */
export interface ScoreTable {
  perLabel: Record<string, Prf>;
  micro: Prf;
  macro: MacroPrf;
}

/**
 * Precision, recall and F1 from counts, without dividing by zero. Both sides empty
 * (tp = fp = fn = 0: nothing to find and nothing found) is perfect agreement: P = R = F1 = 1.
 * Only predictions empty: P = null, R = 0, F1 = 0. Only gold empty: P = 0, R = null, F1 = 0.
 *
 * @example
 * // 정답 4개(삼성전자, 이재용, 서울, 3조 원) 중 2개를 맞히고 1개를 잘못 찾았다
 * prf(2, 1, 2); // → { tp: 2, fp: 1, fn: 2, precision: 0.666…, recall: 0.5, f1: 0.571… }
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  if (tp + fp + fn === 0) return { tp, fp, fn, precision: 1, recall: 1, f1: 1 };
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: (2 * tp) / (2 * tp + fp + fn),
  };
}

const mean = (xs: (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length;
};

/** Mutable per-label counters that become a `ScoreTable`. */
export class Counter {
  private readonly counts = new Map<string, [number, number, number]>();

  private row(label: string): [number, number, number] {
    let r = this.counts.get(label);
    if (!r) {
      r = [0, 0, 0];
      this.counts.set(label, r);
    }
    return r;
  }
  tp(label: string): void {
    this.row(label)[0] += 1;
  }
  fp(label: string): void {
    this.row(label)[1] += 1;
  }
  fn(label: string): void {
    this.row(label)[2] += 1;
  }
  /** Rows sorted by label; macro = mean over the rows (labels seen on either side). */
  table(): ScoreTable {
    const perLabel: Record<string, Prf> = {};
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const label of [...this.counts.keys()].sort()) {
      const [a, b, c] = this.counts.get(label) as [number, number, number];
      perLabel[label] = prf(a, b, c);
      tp += a;
      fp += b;
      fn += c;
    }
    const rows = Object.values(perLabel);
    return {
      perLabel,
      micro: prf(tp, fp, fn),
      macro:
        rows.length === 0
          ? { precision: 1, recall: 1, f1: 1 }
          : { precision: mean(rows.map((r) => r.precision)), recall: mean(rows.map((r) => r.recall)), f1: mean(rows.map((r) => r.f1)) },
    };
  }
}

/** An accuracy over a count of judged items; null when there were none. */
export interface Accuracy {
  total: number;
  correct: number;
  accuracy: number | null;
}

/** Builds an `Accuracy`. */
export function accuracy(correct: number, total: number): Accuracy {
  return { total, correct, accuracy: total === 0 ? null : correct / total };
}
