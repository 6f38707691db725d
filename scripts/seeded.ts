/**
 * A deterministic pseudo-random generator for benchmark corpora (a linear congruential generator,
 * 31-bit state), so every run measures the same generated text.
 *
 * @example
 * const { rnd, pick } = seeded(20261128);
 * pick(["삼성전자", "SK하이닉스"]); // the same choice on every run
 */
export function seeded(start: number): { rnd: (n: number) => number; pick: <T>(xs: readonly T[]) => T } {
  let seed = start;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)] as T;
  return { rnd, pick };
}
