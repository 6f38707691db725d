import type { MarkPair } from "@sinmun/core";

/** A space-delimited word (eojeol): `core` drops trailing punctuation and closing quote marks. */
export interface Word {
  start: number;
  end: number;
  coreEnd: number;
  core: string;
}

const TRAILING = /[.,!?;:…·"'”’」』]+$/u;

/** Splits text into eojeols in one pass. */
export function splitWords(text: string): Word[] {
  const out: Word[] = [];
  const re = /\S+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const core = raw.replace(TRAILING, "");
    out.push({ start: m.index, end: m.index + raw.length, coreEnd: m.index + core.length, core });
  }
  return out;
}

/**
 * Binary search: the number of leading indexes in [0, length) for which `before(i)` holds, where
 * `before` is true on a prefix and false after it (the first index where it fails).
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first word whose start is >= pos (binary search). */
export function firstWordAtOrAfter(words: readonly Word[], pos: number): number {
  return partitionPoint(words.length, (i) => (words[i] as Word).start < pos);
}

/** Index of the word containing pos, or of the last word before it; -1 when none. */
export function wordAtOrBefore(words: readonly Word[], pos: number): number {
  return firstWordAtOrAfter(words, pos + 1) - 1;
}

/**
 * Sentence breaks that ignore punctuation inside top-level quotes: positions where a sentence
 * starts. Breaks come from the doc's sentences (when they do not fall inside a quote) and from
 * `.?!` followed by white space, and from line breaks.
 */
export function sentenceStarts(
  text: string,
  topPairs: readonly MarkPair[],
  docSentences: readonly { start: number; end: number }[] | undefined,
): number[] {
  const inside = (pos: number): boolean => {
    const p = pairOpeningBefore(topPairs, pos);
    return p !== undefined && pos <= p.close;
  };
  const starts = new Set<number>([0]);
  const re = /[.?!。](?=[\s"'”’)]*\s)|\n+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let pos = m.index + m[0].length;
    while (pos < text.length && /\s/u.test(text[pos] as string)) pos++;
    if (!inside(m.index)) starts.add(pos);
  }
  if (docSentences) {
    for (const s of docSentences) {
      if (Number.isInteger(s.start) && s.start > 0 && s.start <= text.length && !inside(s.start - 1)) starts.add(s.start);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/** Largest element <= pos in a sorted list (or 0). */
export function floorOf(sorted: readonly number[], pos: number): number {
  const k = partitionPoint(sorted.length, (i) => (sorted[i] as number) <= pos);
  return k > 0 ? (sorted[k - 1] as number) : 0;
}

/** Index of the sentence (in a sorted list of starts) that contains pos. */
export function sentenceIndexOf(sorted: readonly number[], pos: number): number {
  return partitionPoint(sorted.length, (i) => (sorted[i] as number) <= pos) - 1;
}

/** Index of the first pair opening at or after `pos`, by binary search over pairs sorted by `open`. */
export function firstPairFrom(pairs: readonly MarkPair[], pos: number): number {
  return partitionPoint(pairs.length, (i) => (pairs[i] as MarkPair).open < pos);
}

/** The last pair that opens before `pos`. */
export function pairOpeningBefore(pairs: readonly MarkPair[], pos: number): MarkPair | undefined {
  return pairs[firstPairFrom(pairs, pos) - 1];
}
