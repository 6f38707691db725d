import { isHangul } from "@sinmun/core";
import { key, loadWords } from "./words";
import type { Cue, KeyInfo } from "./words";
import type { MetricKey } from "./types";

/** A metric mention found in the text. */
export interface MetricMention {
  key: MetricKey;
  lemma: string;
  start: number;
  end: number;
  /** The segment the lemma itself names (`코스피`), or null. */
  segment: string | null;
  /** The lemma is the stem of a verb (`수주했다`, `투자한다`): its figure is the object before it. */
  verbal: boolean;
  info: KeyInfo;
}

/** A cue word found in the text, with the rest of its word (the particle or ending after it). */
export interface CueMention {
  cue: Cue & { word: string };
  start: number;
  end: number;
  /** The rest of the word after the cue (`를` in `예상치를`, `했다` in `증가했다`). */
  rest: string;
}

/** A Hangul syllable. */
export function hangul(c: string | undefined): boolean {
  return c !== undefined && c !== "" && isHangul(c.charCodeAt(0));
}

/** Letters and digits: what a word is made of. */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && (hangul(c) || /[A-Za-z0-9]/.test(c));
}

/** The end of the word that starts at or contains `i` (the next space or punctuation). */
export function wordEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && isWordChar(text[j])) j++;
  return j;
}

/** `rest` is one to three particles in a row (`은`, `에서는`, `과의`), or empty. */
export function isJosaRun(rest: string): boolean {
  if (rest === "") return true;
  const { josa } = loadWords();
  const go = (s: string, depth: number): boolean => {
    if (s === "") return true;
    if (depth === 3) return false;
    for (let n = Math.min(4, s.length); n >= 1; n--) if (josa.has(s.slice(0, n)) && go(s.slice(n), depth + 1)) return true;
    return false;
  };
  return go(rest, 0);
}

/** Verb endings after a metric stem that is also a verb (`수주했다`, `투자하기로`, `인수한`). */
const LIGHT_VERB = /^(?:하|했|한|할|해|됐|된|될|돼|되)/;
/** Metric keys whose lemma is also a verb stem (투자하다, 수주하다, 인수하다, 유치하다, 계약하다, 수출하다). */
const VERBAL_KEYS = new Set<MetricKey>(["investment", "capex", "orders", "funding", "acquisition_value", "contract_value", "exports"]);

/**
 * The metric mentions in `[from, to)`, longest match first, in text order. A lemma starts a word,
 * or (three letters or more) continues one (`3분기영업이익`); the rest of its word must be particles
 * (`매출액은`, not `매출총이익`, `투자자`), or for verb stems a light-verb ending (`수주했다`).
 */
export function findMetrics(text: string, from: number, to: number): MetricMention[] {
  const w = loadWords();
  const out: MetricMention[] = [];
  let i = from;
  while (i < to) {
    const prev = i > from ? text[i - 1] : undefined;
    const re = !isWordChar(prev) ? w.metricRe : hangul(prev) && hangul(text[i]) ? w.innerMetricRe : null;
    if (re === null) {
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (m === null || m.index !== i || i + m[0].length > to) {
      i++;
      continue;
    }
    const end = i + m[0].length;
    const entry = w.metrics.get(key(m[0]));
    if (entry === undefined) {
      i++;
      continue;
    }
    const restEnd = wordEnd(text, end, to);
    const rest = text.slice(end, restEnd);
    const verbal = VERBAL_KEYS.has(entry.key) && rest !== "" && LIGHT_VERB.test(rest);
    if (!isJosaRun(rest) && !verbal) {
      i++;
      continue;
    }
    out.push({ key: entry.key, lemma: entry.lemma, start: i, end, segment: entry.segment, verbal, info: w.keys.get(entry.key) as KeyInfo });
    i = end;
  }
  return out;
}

/** The cue words in `[from, to)` that start a word, longest first, in text order. */
export function findCues(text: string, from: number, to: number): CueMention[] {
  const w = loadWords();
  const out: CueMention[] = [];
  let i = from;
  while (i < to) {
    if (isWordChar(i > from ? text[i - 1] : undefined) || !isWordChar(text[i])) {
      i++;
      continue;
    }
    w.cueRe.lastIndex = i;
    const m = w.cueRe.exec(text);
    const cue = m !== null && m.index === i && i + m[0].length <= to ? w.cues.get(key(m[0])) : undefined;
    if (m === null || cue === undefined) {
      i = wordEnd(text, i, to);
      continue;
    }
    const end = i + m[0].length;
    out.push({ cue, start: i, end, rest: text.slice(end, wordEnd(text, end, to)) });
    i = wordEnd(text, end, to);
  }
  return out;
}

/**
 * Ends of clauses in `[from, to)`: a word that ends a predicate with a connective (`늘었고,`,
 * `기록했으며`, `줄었지만`, `3조 원이며`, `반면`), after which a new clause (a new subject,
 * status or period) begins. Positions are the ends of those words.
 */
export function clauseEnds(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  const re = /[^\s]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const word = m[0].replace(/[,.;:)\]”’"']+$/, "");
    if (CLAUSE_END.test(word)) out.push(Math.min(m.index + m[0].length, to));
  }
  return out;
}

/** A connective ending of a predicate (see `clauseEnds`). */
const CLAUSE_END = /(?:며|면서|지만|는데|으나|반면에?|가운데|[했됐였었았졌섰웠렸뒀쳤냈봤왔갔났겠하되이늘줄르리]고)$/;
