/**
 * Binary search: the number of leading indexes in [0, length) for which `before(i)` holds, where
 * `before` is true on a prefix and false after it — that is, the first index where it fails
 * (Rust's `partition_point`, C++'s `lower_bound` with a predicate). O(log length).
 *
 * @example
 * const starts = [0, 12, 30];
 * partitionPoint(starts.length, (i) => starts[i]! <= 15) - 1; // 1: the sentence holding offset 15
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
