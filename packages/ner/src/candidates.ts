import type { EntityLabel } from "@sinmun/core";

/** A possible entity before overlap resolution and coreference. */
export interface Candidate {
  start: number;
  end: number;
  label: EntityLabel;
  /** Dictionary id; null for rule/morphology finds until coreference gives a cluster id. */
  id: string | null;
  /** Canonical name when known (dictionary or document alias). */
  name: string | null;
  source: "dictionary" | "rule" | "morphology";
  /** Higher wins among candidates of equal length. */
  rank: number;
  /** Rule kind, for debugging and coreference (`person-title`, `org-suffix`, …). */
  rule?: string;
}

/** Ranks: a document alias beats the dictionary, the dictionary beats rules, rules beat morphology. */
export const RANK = { docAlias: 4, dictionary: 3, rule: 2, latin: 2, morphology: 1 } as const;

/**
 * Picks non-overlapping candidates: the longest span wins; among equal lengths the higher rank,
 * then the earlier start. Returns them sorted by start.
 */
export function selectCandidates(cands: readonly Candidate[]): Candidate[] {
  const order = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
  const taken: Candidate[] = [];
  const used: [number, number][] = [];
  for (const c of order) {
    if (c.end <= c.start) continue;
    if (used.some(([s, e]) => c.start < e && s < c.end)) continue;
    used.push([c.start, c.end]);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}
