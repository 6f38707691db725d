import { partitionPoint } from "@sinmun/core";
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
  source: "dictionary" | "rule" | "morphology" | "context";
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
  // Taken spans are disjoint: mark their code units (linear in the candidates' lengths).
  let limit = 0;
  for (const c of cands) limit = Math.max(limit, c.end);
  const used = new Uint8Array(limit + 1);
  next: for (const c of order) {
    if (c.end <= c.start || c.start < 0) continue;
    for (let i = c.start; i < c.end; i++) if (used[i] === 1) continue next;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Overlap queries over a fixed set of spans in O(log n): spans sorted by start with a running maximum of ends. */
export interface SpanIndex {
  /** Whether some span overlaps [start, end). */
  overlaps(start: number, end: number): boolean;
  /** The largest end among spans that start before `x` (−1 when none). */
  maxEndBefore(x: number): number;
}

/**
 * Builds a {@link SpanIndex} (so per-candidate overlap checks do not scan every span).
 * @example
 * spanIndex([{ start: 0, end: 3 }]).overlaps(2, 5); // true — 이재용 회장: [0,3) and [2,5) share 용
 */
export function spanIndex(spans: readonly { start: number; end: number }[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  let m = -1;
  for (const s of sorted) {
    m = Math.max(m, s.end);
    maxEnd.push(m);
  }
  const maxEndBefore = (x: number): number => {
    // Spans starting before x form a prefix of the sorted list.
    const n = partitionPoint(starts.length, (i) => (starts[i] as number) < x);
    return n === 0 ? -1 : (maxEnd[n - 1] as number);
  };
  return { maxEndBefore, overlaps: (start, end) => maxEndBefore(end) > start };
}

/**
 * Drops rule and morphology candidates that cut a dictionary candidate in half: a rule find may
 * contain a dictionary match, never cross one (one starts before it and ends inside, or starts
 * inside and ends after). Keeps the order of the rest.
 *
 * @example
 * // 삼성전자 (dictionary, [0, 4)) and a rule find [2, 6): the rule find crosses it and goes.
 * dropCrossing(candidates);
 */
export function dropCrossing(cands: readonly Candidate[]): Candidate[] {
  const dict = spanIndex(cands.filter((c) => c.source === "dictionary"));
  const crosses = (c: Candidate): boolean =>
    c.source !== "dictionary" && (dict.maxEndBefore(c.start) > c.start || dict.maxEndBefore(c.end) > c.end);
  return cands.filter((c) => !crosses(c));
}

/**
 * Document-local id of a rule cluster: `doc:` + its name with spaces as hyphens.
 *
 * @example
 * docId("브래드 거스트너"); // → "doc:브래드-거스트너"
 */
export function docId(name: string): string {
  return `doc:${name.trim().replace(/\s+/g, "-")}`;
}
