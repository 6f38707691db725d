import type { CorpusDoc } from "./types";

/** The indices of a document's boilerplate sentences (bylines, copyright lines, photo credits). */
export function boilerplateSentences(doc: CorpusDoc): ReadonlySet<number> {
  const out = new Set<number>();
  doc.sentences?.forEach((s, i) => {
    if (s.boilerplate === true) out.add(i);
  });
  return out;
}

/** Whether `offset` falls inside a boilerplate sentence (sentences sorted by start). */
export function inBoilerplate(doc: CorpusDoc, offset: number): boolean {
  const sentences = doc.sentences ?? [];
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s !== undefined && s.start <= offset && s.boilerplate === true;
}
