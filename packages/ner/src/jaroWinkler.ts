/** Winkler's prefix scale: each shared leading code unit (up to {@link MAX_PREFIX}) closes 10% of the gap to 1. */
const PREFIX_SCALE = 0.1;
/** At most four leading code units earn the prefix bonus (Winkler 1990). */
const MAX_PREFIX = 4;

/**
 * Jaro similarity of two strings, over UTF-16 code units (0 when either is empty).
 * Two units match when equal and at most ⌊max(|a|, |b|) / 2⌋ − 1 positions apart, each unit of `b`
 * taken once, left to right; half the matched units out of order count as transpositions t:
 * (m / |a| + m / |b| + (m − t) / m) / 3.
 */
function jaro(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.floor(Math.max(a.length, b.length) / 2) - 1;
  const takenA = new Uint8Array(a.length);
  const takenB = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length, i + window + 1);
    const c = a.charCodeAt(i);
    for (let j = from; j < to; j++) {
      if (takenB[j] === 1 || b.charCodeAt(j) !== c) continue;
      takenA[i] = 1;
      takenB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  // Walk both match sequences in order; every position where they differ is half a transposition.
  let outOfOrder = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (takenA[i] !== 1) continue;
    while (takenB[j] !== 1) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) outOfOrder++;
    j++;
  }
  const t = outOfOrder / 2;
  return (matches / a.length + matches / b.length + (matches - t) / matches) / 3;
}

/**
 * Jaro–Winkler similarity in [0, 1] (1 = identical): the Jaro similarity raised by 0.1 for each
 * shared leading code unit, up to four. Case-sensitive, over UTF-16 code units, with the prefix
 * bonus applied at every Jaro score (no 0.7 boost threshold). NER compares jamo strings
 * (`toJamo`), so a changed vowel costs one unit, not a whole syllable.
 *
 * @example
 * jaroWinkler("MARTHA", "MARHTA"); // ≈ 0.961
 * jaroWinkler("올트만".normalize("NFD"), "올트먼".normalize("NFD")); // ≈ 0.95 — 표기 변이
 * jaroWinkler("마스크".normalize("NFD"), "머스크".normalize("NFD")); // ≈ 0.90
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const j = jaro(a, b);
  let prefix = 0;
  const limit = Math.min(MAX_PREFIX, a.length, b.length);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * PREFIX_SCALE * (1 - j);
}
