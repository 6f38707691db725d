import { WORDS_JSON } from "./generated/words";
import type { ChangeDirection, FactBasis, FactStatus, MetricKey } from "./types";

/** How a metric's period is found: over a span (a quarter, a year), at a point (a day), at an event (a deal's date, a plan's horizon; only in its own clause), or never (a target price). */
export type PeriodKind = "span" | "point" | "event" | "none";
/** Whose figure a metric is: an entity's, nobody's (a market quantity), or a central bank's. */
export type SubjectKind = "entity" | "none" | "central-bank";

/** What dictionaries/facts/keys.tsv says about a metric key. */
export interface KeyInfo {
  period: PeriodKind;
  /** 연결/별도 apply to it. */
  basis: boolean;
  subject: SubjectKind;
  /** The amounts a figure of it may be: money, a percentage, a count (명, 대), an index level. */
  units: "money" | "percent" | "count" | "index";
  /** The status when no cue says otherwise (a target price is a forecast). */
  status: "reported" | "forecast";
  /** What a change compares with when the text does not say (a rate decision: the previous rate). */
  base: "previous" | null;
}

/** A cue word's role and value (dictionaries/facts/cues.tsv). */
export type Cue =
  | { role: "change"; value: ChangeDirection }
  | { role: "turn"; value: "up" | "down" }
  | { role: "status"; value: Exclude<FactStatus, "reported"> }
  | { role: "basis"; value: FactBasis }
  | { role: "base"; value: "yoy" | "qoq" | "mom" | "previous" }
  | { role: "source"; value: "according" | "tally" }
  | { role: "crowd"; value: "consensus" }
  | { role: "head"; value: "metric" };

/** The compiled word lists of dictionaries/facts. */
export interface Words {
  keys: Map<MetricKey, KeyInfo>;
  /** Metric lemma (spaces removed) → key and the segment the lemma itself names. */
  metrics: Map<string, { key: MetricKey; lemma: string; segment: string | null }>;
  cues: Map<string, Cue & { word: string }>;
  owners: Map<string, string>;
  /** Nouns that introduce a company's name (상장사, 업체, 선사). */
  typeNouns: string[];
  /** Words before a metric or figure that are no segment (연간, 누적, 대비). */
  notSegments: Set<string>;
  /** Particles (josa), for the boundary after a metric or a name. */
  josa: Set<string>;
  /** Sticky: one metric lemma, longest first; a space matches zero to three spaces. */
  metricRe: RegExp;
  /** Sticky: the lemmas of three or more letters, which may start inside a word (`3분기영업이익`). */
  innerMetricRe: RegExp;
  /** Sticky: one cue word, longest first. */
  cueRe: RegExp;
}

let words: Words | undefined;

/** Removes the spaces of a word: the key both spellings share. */
export function key(word: string): string {
  return word.replace(/\s+/g, "");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function alternation(list: readonly string[]): RegExp {
  const parts = [...list].sort((a, b) => key(b).length - key(a).length || (a < b ? -1 : 1)).map((w) => w.split(" ").map(escape).join("[ \\t\\u00a0]{0,3}"));
  return new RegExp(`(?:${parts.join("|")})`, "y");
}

/** The word lists, parsed on first use. */
export function loadWords(): Words {
  if (words) return words;
  const data = JSON.parse(WORDS_JSON) as {
    keys: [MetricKey, PeriodKind, boolean, SubjectKind, KeyInfo["units"], KeyInfo["status"], KeyInfo["base"]][];
    metrics: [string, MetricKey, string | null][];
    cues: [string, Cue["role"], string][];
    owners: [string, string][];
    typeNouns: string[];
    notSegments: string[];
    josa: string[];
  };
  const lemmas = data.metrics.map((m) => m[0]);
  words = {
    keys: new Map(data.keys.map(([k, period, basis, subject, units, status, base]) => [k, { period, basis, subject, units, status, base }])),
    metrics: new Map(data.metrics.map(([lemma, k, segment]) => [key(lemma), { key: k, lemma, segment }])),
    cues: new Map(data.cues.map(([word, role, value]) => [key(word), { word, role, value } as Cue & { word: string }])),
    owners: new Map(data.owners),
    typeNouns: data.typeNouns,
    notSegments: new Set(data.notSegments),
    josa: new Set(data.josa),
    metricRe: alternation(lemmas),
    innerMetricRe: alternation(lemmas.filter((l) => key(l).length >= 3)),
    cueRe: alternation(data.cues.map((c) => c[0])),
  };
  return words;
}
