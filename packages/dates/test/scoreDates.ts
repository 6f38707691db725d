import type { DateMention } from "../src/types";

/** A gold date of corpora/dates. */
export interface GoldDate {
  start: number;
  end: number;
  text: string;
  kind: string;
  value: string | null;
}

export interface DateScores {
  gold: number;
  predicted: number;
  /** Exact-span detection. */
  precision: number;
  recall: number;
  f1: number;
  /** On exact-span matches: the value and the kind. */
  valueAccuracy: number;
  kindAccuracy: number;
  /** Span and value both right. */
  strictF1: number;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Scores predicted date mentions against gold ones: exact spans, then value and kind on the matches.
 *
 * @example
 * scoreDates([[gold, predicted]]); // → { f1: 0.95, valueAccuracy: 0.97, … }
 */
export function scoreDates(docs: readonly [GoldDate[], DateMention[]][]): DateScores & { misses: string[] } {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let valueOk = 0;
  let kindOk = 0;
  const misses: string[] = [];
  for (const [g, p] of docs) {
    gold += g.length;
    predicted += p.length;
    const byspan = new Map(p.map((m) => [`${m.start}:${m.end}`, m]));
    const goldSpans = new Set(g.map((d) => `${d.start}:${d.end}`));
    for (const d of g) {
      const m = byspan.get(`${d.start}:${d.end}`);
      if (!m) {
        misses.push(`missed ${d.text} (${d.kind} ${d.value})`);
        continue;
      }
      matched++;
      if (m.value === d.value) valueOk++;
      else misses.push(`value ${d.text}: gold ${d.value}, got ${m.value}`);
      if (m.kind === d.kind) kindOk++;
      else misses.push(`kind ${d.text}: gold ${d.kind}, got ${m.kind}`);
    }
    for (const m of p) if (!goldSpans.has(`${m.start}:${m.end}`)) misses.push(`extra ${m.text} (${m.kind} ${m.value})`);
  }
  const precision = predicted === 0 ? 1 : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const sp = predicted === 0 ? 1 : valueOk / predicted;
  const sr = gold === 0 ? 1 : valueOk / gold;
  return {
    gold,
    predicted,
    precision: r3(precision),
    recall: r3(recall),
    f1: r3(f1),
    valueAccuracy: r3(matched === 0 ? 1 : valueOk / matched),
    kindAccuracy: r3(matched === 0 ? 1 : kindOk / matched),
    strictF1: r3(sp + sr === 0 ? 0 : (2 * sp * sr) / (sp + sr)),
    misses,
  };
}
