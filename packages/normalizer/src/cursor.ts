import { isSpace } from "@sinmun/core";

/**
 * The position after at most `max` spaces from `i` (strict mode allows 8, running text 1).
 *
 * @example
 * skipSpaces("3조  2천억", 2, 8); // → 4
 * skipSpaces("3조  2천억", 2, 1); // → 3
 */
export function skipSpaces(s: string, i: number, max: number): number {
  let j = i;
  while (j < s.length && j - i < max && isSpace(s.charCodeAt(j))) j++;
  return j;
}

/**
 * The first of `words` written at `i`, or null. Put longer words before their prefixes.
 *
 * @example
 * startsWithAny("에서부터 20억", 0, ["에서부터", "에서"]); // → "에서부터"
 */
export function startsWithAny(s: string, i: number, words: readonly string[]): string | null {
  for (const w of words) if (s.startsWith(w, i)) return w;
  return null;
}
