import type { Range } from "@sinmun/core";

/** A one-to-one matching between gold and predicted items, by index. */
export interface Matching {
  pairs: [number, number][];
  unmatchedGold: number[];
  unmatchedPred: number[];
}

/** Length of the intersection of two ranges. */
export const intersection = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Intersection over union of two ranges (1 for two equal empty ranges). */
export function iou(a: Range, b: Range): number {
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  if (union === 0) return a.start === b.start ? 1 : 0;
  return intersection(a, b) / union;
}

/**
 * Exact matching by key: each prediction (in order) takes one unmatched gold item with the same
 * key. A duplicate prediction therefore matches once (TP) and is left over once (FP).
 */
export function matchExact<T>(gold: readonly T[], pred: readonly T[], key: (x: T) => string): Matching {
  const free = new Map<string, number[]>();
  gold.forEach((g, i) => {
    const k = key(g);
    const list = free.get(k);
    if (list) list.push(i);
    else free.set(k, [i]);
  });
  const pairs: [number, number][] = [];
  const unmatchedPred: number[] = [];
  pred.forEach((p, j) => {
    const list = free.get(key(p));
    const i = list?.shift();
    if (i === undefined) unmatchedPred.push(j);
    else pairs.push([i, j]);
  });
  const matched = new Set(pairs.map(([i]) => i));
  return { pairs, unmatchedGold: gold.map((_, i) => i).filter((i) => !matched.has(i)), unmatchedPred };
}

/**
 * Greedy fuzzy matching: each prediction (in order) takes the unmatched gold item of the same
 * class with the highest score above `min` (ties: the earliest gold item).
 */
export function matchBest<T extends Range>(
  gold: readonly T[],
  pred: readonly T[],
  score: (g: T, p: T) => number,
  min: number,
  sameClass: (g: T, p: T) => boolean = () => true,
): Matching {
  const taken = new Array<boolean>(gold.length).fill(false);
  const pairs: [number, number][] = [];
  const unmatchedPred: number[] = [];
  pred.forEach((p, j) => {
    let best = -1;
    let bestScore = -Infinity;
    gold.forEach((g, i) => {
      if (taken[i] || !sameClass(g, p)) return;
      const s = score(g, p);
      if (s >= min && s > bestScore) {
        best = i;
        bestScore = s;
      }
    });
    if (best < 0) unmatchedPred.push(j);
    else {
      taken[best] = true;
      pairs.push([best, j]);
    }
  });
  return { pairs, unmatchedGold: gold.map((_, i) => i).filter((i) => !taken[i]), unmatchedPred };
}
