import { splitSentences } from "@sinmun/core";
import type { CorpusDoc } from "./types";

/** Shingle length in characters (letters and digits only, spaces and punctuation dropped). */
export const SHINGLE = 5;

/** The text that identifies a story: its non-boilerplate sentences, letters and digits only, lowercased. */
export function storyText(doc: Pick<CorpusDoc, "text" | "sentences">): string {
  const sentences = doc.sentences ?? splitSentences(doc.text);
  let out = "";
  for (const s of sentences) if (s.boilerplate !== true) out += doc.text.slice(s.start, s.end);
  return out.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** FNV-1a over UTF-16 code units of `text.slice(start, end)`. */
function fnv(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The distinct hashed character shingles of a story text, sorted ascending. A text shorter than
 * one shingle is one shingle of itself; an empty text has none.
 *
 * @example
 * shingleHashes("삼성전자가반도체").length; // 4
 */
export function shingleHashes(text: string, k = SHINGLE): Uint32Array {
  if (text.length === 0) return new Uint32Array(0);
  const n = Math.max(1, text.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = fnv(text, i, Math.min(text.length, i + k));
  out.sort();
  let w = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[w++] = out[i]!;
  return out.slice(0, w);
}

/** Exact Jaccard similarity of two sorted, distinct hash arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

/**
 * Bottom-k estimate of the Jaccard similarity from two sketches (each the `k` smallest hashes of
 * its set, sorted): of the k smallest hashes of the union, the share found in both. Exact when
 * both sets have at most `k` members.
 */
export function sketchJaccard(a: Uint32Array, b: Uint32Array, k: number): number {
  if (a.length < k && b.length < k) return jaccard(a, b);
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  return seen === 0 ? 1 : both / seen;
}
