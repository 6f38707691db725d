// Scoring helpers for the sentence corpus (corpora/sentences/cases.jsonl), shared by the corpus
// test and the benchmark. The naive regex splitter lives HERE ONLY, as the comparison baseline.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Sentence } from "@sinmun/core";

export const CORPUS_DIR = join(__dirname, "..", "..", "..", "corpora", "sentences");

export interface ExpectedSentence {
  start: number;
  end: number;
  text: string;
  boilerplate?: boolean;
}
export interface SentenceCase {
  id: string;
  phenomenon: string;
  text: string;
  sentences: ExpectedSentence[];
}

export function loadCases(file = join(CORPUS_DIR, "cases.jsonl")): SentenceCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => {
      try {
        return JSON.parse(l) as SentenceCase;
      } catch (err) {
        throw new Error(`${file}:${i + 1}: ${(err as Error).message}`);
      }
    });
}

/** The naive baseline: split after . ! ? followed by whitespace; pieces trimmed. */
export function naiveSplit(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /(?<=[.!?])\s+/g;
  let prev = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (s < e) out.push({ start: s, end: e });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(prev, m.index);
    prev = m.index + m[0].length;
  }
  push(prev, text.length);
  return out;
}

export interface SplitScore {
  cases: number;
  exact: number;
  exactWithFlags: number;
  boundary: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  boilerplate: { tp: number; fp: number; fn: number; precision: number; recall: number };
  failures: { id: string; phenomenon: string; expected: string[]; got: string[] }[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Internal boundaries: the end offset of every sentence but the last. */
function boundaries(sents: readonly { end: number }[]): Set<number> {
  return new Set(sents.slice(0, -1).map((s) => s.end));
}

export function scoreSplitter(split: (text: string) => Sentence[], cases: SentenceCase[]): SplitScore {
  let exact = 0;
  let exactWithFlags = 0;
  const b = { tp: 0, fp: 0, fn: 0 };
  const bp = { tp: 0, fp: 0, fn: 0 };
  const failures: SplitScore["failures"] = [];
  for (const c of cases) {
    const got = split(c.text);
    const key = (s: { start: number; end: number }): string => `${s.start}:${s.end}`;
    const same = got.length === c.sentences.length && got.every((s, i) => key(s) === key(c.sentences[i]!));
    if (same) exact++;
    const flagsSame = same && got.every((s, i) => Boolean(s.boilerplate) === Boolean(c.sentences[i]!.boilerplate));
    if (flagsSame) exactWithFlags++;
    else {
      const show = (s: { start: number; end: number; boilerplate?: boolean }): string =>
        (s.boilerplate ? "§" : "") + c.text.slice(s.start, s.end);
      failures.push({ id: c.id, phenomenon: c.phenomenon, expected: c.sentences.map(show), got: got.map(show) });
    }
    const gold = boundaries(c.sentences);
    const pred = boundaries(got);
    for (const x of pred) if (gold.has(x)) b.tp++; else b.fp++;
    for (const x of gold) if (!pred.has(x)) b.fn++;
    const goldBp = new Set(c.sentences.filter((s) => s.boilerplate).map(key));
    const predBp = new Set(got.filter((s) => s.boilerplate).map(key));
    for (const x of predBp) if (goldBp.has(x)) bp.tp++; else bp.fp++;
    for (const x of goldBp) if (!predBp.has(x)) bp.fn++;
  }
  const precision = ratio(b.tp, b.tp + b.fp);
  const recall = ratio(b.tp, b.tp + b.fn);
  return {
    cases: cases.length,
    exact: exact / cases.length,
    exactWithFlags: exactWithFlags / cases.length,
    boundary: { ...b, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    boilerplate: { ...bp, precision: ratio(bp.tp, bp.tp + bp.fp), recall: ratio(bp.tp, bp.tp + bp.fn) },
    failures,
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Markdown table comparing splitters. */
export function accuracyTable(rows: [string, SplitScore][]): string {
  const lines = [
    "| splitter | cases | exact match | exact incl. boilerplate flags | boundary P | boundary R | boundary F1 | boilerplate P | boilerplate R |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const [name, s] of rows) {
    lines.push(
      `| ${name} | ${s.cases} | ${pct(s.exact)} | ${pct(s.exactWithFlags)} | ${pct(s.boundary.precision)} | ${pct(s.boundary.recall)} | ${pct(s.boundary.f1)} | ${pct(s.boilerplate.precision)} | ${pct(s.boilerplate.recall)} |`,
    );
  }
  return lines.join("\n");
}
