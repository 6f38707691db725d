import { SinmunError, invalidOption } from "@sinmun/core";
import type { EntityLabel } from "@sinmun/core";
import type { CorpusDoc } from "./types";
import { entityKey } from "./entityKey";
import { assertCorpusDoc } from "./assertDoc";

export interface CooccurrenceOptions {
  /** Keep only edges whose pair appears together in at least this many documents (default 1). */
  minDocs?: number;
  /** Only these labels become nodes (default: every label). */
  labels?: readonly EntityLabel[];
}

/** An entity of the corpus, keyed like `entityKey()`. */
export interface GraphNode {
  /** Dictionary id, or `LABEL:name` for an entity no dictionary record links. */
  id: string;
  label: EntityLabel;
  /** Canonical display name (the most frequent one the documents give it). */
  name: string;
  /** The dictionary record's type (`company`, `person` …) when linked. */
  type?: string;
  /** Documents that mention it. */
  docs: number;
  /** Mentions in all documents. */
  mentions: number;
}

/** Two entities that appear together; `source < target`. */
export interface GraphEdge {
  source: string;
  target: string;
  /** Documents that mention both. */
  docs: number;
  /** Sentences that mention both. */
  sentences: number;
  /** log2(P(a,b) / (P(a) P(b))) over documents. */
  pmi: number;
  /** PMI divided by −log2 P(a,b): 1 when the two always appear together, 0 when independent. */
  npmi: number;
}

export interface CooccurrenceGraph {
  /** Documents read (with or without entities). */
  documents: number;
  /** Sorted by `docs` then `mentions`, descending, then id. */
  nodes: GraphNode[];
  /** Sorted by `docs`, `sentences` and `npmi`, descending, then source and target. */
  edges: GraphEdge[];
}

const OPTION_KEYS = ["minDocs", "labels"];

/**
 * Counts entity pairs that appear within a sentence and within a document, by canonical id
 * (dictionary id, or label and name for unlinked entities), with PMI and normalised PMI over
 * documents. Entities in boilerplate sentences (bylines, copyright lines) are not counted.
 *
 * @example
 * const graph = cooccurrence(docs);
 * graph.edges[0]; // { source: "lee-jae-yong", target: "samsung-electronics", docs: 12, sentences: 11, pmi: 2.1, npmi: 0.62 }
 */
export function cooccurrence(docs: Iterable<CorpusDoc>, options: CooccurrenceOptions = {}): CooccurrenceGraph {
  for (const key of Object.keys(options)) if (!OPTION_KEYS.includes(key)) throw invalidOption("@sinmun/corpus", "option key", OPTION_KEYS, key);
  const minDocs = options.minDocs ?? 1;
  if (!Number.isInteger(minDocs) || minDocs < 1) throw new SinmunError("@sinmun/corpus", "invalid-option", `expected minDocs to be an integer ≥ 1, got ${JSON.stringify(minDocs)}`);
  const labels = options.labels === undefined ? undefined : new Set(options.labels);

  const nodes = new Map<string, { label: EntityLabel; names: Map<string, number>; type?: string; docs: number; mentions: number }>();
  const pairs = new Map<string, { docs: number; sentences: number }>();
  let documents = 0;
  for (const doc of docs) {
    assertCorpusDoc(doc, documents);
    documents++;
    const sentences = doc.sentences ?? [];
    const inDoc = new Set<string>();
    const bySentence = new Map<number, Set<string>>();
    let s = 0;
    const entities = (doc.entities ?? []).slice().sort((a, b) => a.start - b.start);
    for (const entity of entities) {
      if (labels !== undefined && !labels.has(entity.label)) continue;
      while (s < sentences.length && sentences[s]!.end <= entity.start) s++;
      const sentence = sentences[s];
      if (sentence?.boilerplate === true && sentence.start <= entity.start) continue;
      const key = entityKey(entity);
      let node = nodes.get(key);
      if (node === undefined) {
        node = { label: entity.label, names: new Map(), docs: 0, mentions: 0 };
        if (entity.type !== undefined) node.type = entity.type;
        nodes.set(key, node);
      }
      node.mentions++;
      node.names.set(entity.name, (node.names.get(entity.name) ?? 0) + 1);
      inDoc.add(key);
      const sentenceIndex = sentence !== undefined && sentence.start <= entity.start ? s : -1;
      let set = bySentence.get(sentenceIndex);
      if (set === undefined) bySentence.set(sentenceIndex, (set = new Set()));
      set.add(key);
    }
    for (const key of inDoc) nodes.get(key)!.docs++;
    const sorted = [...inDoc].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const pair = `${sorted[i]}\u0000${sorted[j]}`;
        const counts = pairs.get(pair);
        if (counts === undefined) pairs.set(pair, { docs: 1, sentences: 0 });
        else counts.docs++;
      }
    }
    for (const [index, set] of bySentence) {
      if (index < 0) continue;
      const keys = [...set].sort();
      for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) pairs.get(`${keys[i]}\u0000${keys[j]}`)!.sentences++;
    }
  }

  const outNodes: GraphNode[] = [...nodes].map(([id, n]) => {
    let name = "";
    let best = -1;
    for (const [candidate, count] of n.names) if (count > best || (count === best && candidate < name)) [name, best] = [candidate, count];
    return { id, label: n.label, name, ...(n.type === undefined ? {} : { type: n.type }), docs: n.docs, mentions: n.mentions };
  });
  outNodes.sort((a, b) => b.docs - a.docs || b.mentions - a.mentions || compare(a.id, b.id));
  const edges: GraphEdge[] = [];
  for (const [pair, counts] of pairs) {
    if (counts.docs < minDocs) continue;
    const [source, target] = pair.split("\u0000") as [string, string];
    const pab = counts.docs / documents;
    const pa = nodes.get(source)!.docs / documents;
    const pb = nodes.get(target)!.docs / documents;
    const pmi = Math.log2(pab / (pa * pb));
    const npmi = pab === 1 ? 1 : pmi / -Math.log2(pab);
    edges.push({ source, target, docs: counts.docs, sentences: counts.sentences, pmi: round(pmi), npmi: round(npmi) });
  }
  edges.sort((a, b) => b.docs - a.docs || b.sentences - a.sentences || b.npmi - a.npmi || compare(a.source, b.source) || compare(a.target, b.target));
  return { documents, nodes: outNodes, edges };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
