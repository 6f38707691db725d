import { SinmunError, invalidOption } from "@sinmun/core";
import type { CorpusDoc, DocId } from "./types";
import { docId } from "./docId";
import { shingleHashes, sketchJaccard, storyText } from "./shingles";

export interface FindDuplicatesOptions {
  /**
   * Jaccard similarity of two stories' character 5-gram shingles (boilerplate sentences left out)
   * from which they are one article (default 0.4). Republished copies with an edited lede, another
   * byline and a sentence added or cut mostly score 0.35–1 against the original; different stories on
   * one event that share a quoted sentence stayed below 0.31 in the bench (bench/duplicates.bench.ts).
   */
  threshold?: number;
}

/** A group of two or more documents that are one article. */
export interface DuplicateCluster {
  /** The input index of its first document: the cluster id `sinmun dedupe` writes. */
  cluster: number;
  /** Its documents' ids, in input order. */
  docs: DocId[];
}

export interface Duplicates {
  /** Documents read. */
  documents: number;
  /** Clusters of two or more documents, by their first document. */
  clusters: DuplicateCluster[];
  /** Per document, in input order: its cluster id (its own index when it has no duplicate) and the cluster's size. */
  assignments: { id: DocId; cluster: number; size: number }[];
}

/** MinHash values per document: BANDS bands of ROWS rows each. */
const BANDS = 32;
const ROWS = 3;
const HASHES = BANDS * ROWS;
/** Bottom-k sketch size for verifying candidate pairs. */
const SKETCH = 256;
/** How many earlier members of one LSH bucket a document is compared with (bounds huge buckets). */
const WINDOW = 32;
const MAX_DOCS = 2 ** 21;
const OPTION_KEYS = ["threshold"];

const SEEDS = (() => {
  const seeds = new Uint32Array(HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    seeds[i] = x;
  }
  return seeds;
})();

/** murmur3's 32-bit finaliser. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Two 32-bit hashes of the whole story text, for exact duplicates. */
function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x12345678;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return `${a >>> 0}:${b >>> 0}:${text.length}`;
}

/**
 * Groups documents that are one article republished — an edited lede, another byline and
 * boilerplate, a sentence added or cut — and keeps different stories about one event apart.
 * Stories are compared by the Jaccard similarity of their character 5-gram shingles, boilerplate
 * sentences (datelines, bylines, copyright lines: the analyser's `boilerplate` flag, or
 * `splitSentences` when a document has no sentences) left out. Candidates come from MinHash
 * locality-sensitive hashing (96 hashes in 32 bands of 3), so the work grows with the number of
 * documents, not its square; exact copies are grouped before hashing. Memory: about 1.5 KB per
 * document; the documents themselves are not kept.
 *
 * @example
 * const { clusters } = findDuplicates(docs, { threshold: 0.5 });
 * // [{ cluster: 0, docs: ["yonhap-1", "newsis-7", "news1-3"] }, …]
 */
export function findDuplicates(docs: Iterable<CorpusDoc>, options: FindDuplicatesOptions = {}): Duplicates {
  for (const key of Object.keys(options)) if (!OPTION_KEYS.includes(key)) throw invalidOption("@sinmun/corpus", "option key", OPTION_KEYS, key);
  const threshold = options.threshold ?? 0.4;
  if (typeof threshold !== "number" || !(threshold > 0 && threshold <= 1)) {
    throw new SinmunError("@sinmun/corpus", "invalid-option", `expected threshold in (0, 1], got ${JSON.stringify(threshold)}`);
  }

  const ids: DocId[] = [];
  const sketches: Uint32Array[] = [];
  const parent: number[] = [];
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // One pass: sketch and MinHash signature per distinct story; exact copies join their first.
  const firstOf = new Map<string, number>();
  const hashed: number[] = [];
  let signatures = new Uint32Array(1024 * HASHES);
  let index = 0;
  for (const doc of docs) {
    if (index >= MAX_DOCS) throw new SinmunError("@sinmun/corpus", "invalid-input", `expected at most ${MAX_DOCS} documents in one findDuplicates call, got more`);
    if (typeof doc?.text !== "string") {
      const got = doc === null || typeof doc !== "object" ? String(doc) : doc.text === null ? "null" : typeof doc.text;
      throw new SinmunError("@sinmun/corpus", "invalid-input", `expected document ${index} to be { text: string, … }, got text ${got}`);
    }
    ids.push(docId(doc, index));
    parent.push(index);
    const text = storyText(doc);
    const shingles = shingleHashes(text);
    sketches.push(shingles.length <= SKETCH ? shingles : shingles.slice(0, SKETCH));
    if (shingles.length > 0) {
      const key = textKey(text);
      const first = firstOf.get(key);
      if (first !== undefined) union(first, index);
      else {
        firstOf.set(key, index);
        const row = hashed.length;
        if ((row + 1) * HASHES > signatures.length) {
          const grown = new Uint32Array(signatures.length * 2);
          grown.set(signatures);
          signatures = grown;
        }
        const sig = signatures.subarray(row * HASHES, (row + 1) * HASHES);
        sig.fill(0xffffffff);
        for (const h of shingles) {
          for (let i = 0; i < HASHES; i++) {
            const v = mix(h ^ SEEDS[i]!);
            if (v < sig[i]!) sig[i] = v;
          }
        }
        hashed.push(index);
      }
    }
    index++;
  }
  firstOf.clear();

  // LSH: per band, sort (band key, row) and compare documents that share a key.
  const n = hashed.length;
  const keys = new Float64Array(n);
  for (let band = 0; band < BANDS; band++) {
    for (let row = 0; row < n; row++) {
      let h = 0x811c9dc5 ^ band;
      for (let r = 0; r < ROWS; r++) h = mix(Math.imul(h ^ signatures[row * HASHES + band * ROWS + r]!, 0x01000193));
      keys[row] = h * MAX_DOCS + row;
    }
    keys.sort();
    let start = 0;
    while (start < n) {
      const bucket = Math.floor(keys[start]! / MAX_DOCS);
      let end = start + 1;
      while (end < n && Math.floor(keys[end]! / MAX_DOCS) === bucket) end++;
      for (let j = start + 1; j < end; j++) {
        const b = hashed[keys[j]! % MAX_DOCS]!;
        for (let i = j - 1; i >= Math.max(start, j - WINDOW); i--) {
          const a = hashed[keys[i]! % MAX_DOCS]!;
          if (find(a) === find(b)) continue;
          if (sketchJaccard(sketches[a]!, sketches[b]!, SKETCH) >= threshold) union(a, b);
        }
      }
      start = end;
    }
  }

  const members = new Map<number, number[]>();
  for (let d = 0; d < ids.length; d++) {
    const root = find(d);
    const list = members.get(root);
    if (list === undefined) members.set(root, [d]);
    else list.push(d);
  }
  const clusters: DuplicateCluster[] = [];
  for (const [root, list] of members) if (list.length > 1) clusters.push({ cluster: root, docs: list.map((d) => ids[d]!) });
  clusters.sort((a, b) => a.cluster - b.cluster);
  const assignments = ids.map((id, d) => {
    const root = find(d);
    return { id, cluster: root, size: members.get(root)!.length };
  });
  return { documents: ids.length, clusters, assignments };
}
