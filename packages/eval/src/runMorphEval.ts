import { readConllu } from "./readConllu";
import { createMorphScorer } from "./scoreMorphs";
import type { MorphError, MorphScores, MorphToken } from "./scoreMorphs";
import type { ReaderStats } from "./types";

/** Options of {@link runMorphEval}. */
export interface RunMorphEvalOptions {
  /** A CoNLL-U treebank with Sejong morphemes in LEMMA/XPOS (UD Korean GSD). */
  corpus: string;
  /** The analyser under test: the tokens of one sentence's text. */
  tokenize: (text: string) => Promise<readonly MorphToken[]> | readonly MorphToken[];
  skipInvalid?: boolean;
  /** Wrong eojeols kept in the report (all are counted); default 2000. */
  maxErrors?: number;
}

/** What {@link runMorphEval} returns: plain JSON. */
export interface MorphEvalReport {
  version: 1;
  task: "morphs";
  corpus: { path: string; format: "conllu"; reader: ReaderStats };
  scores: MorphScores;
  errors: MorphError[];
  durationMs: number;
}

/**
 * Scores a morphological analyser on a CoNLL-U treebank sentence by sentence (see
 * `createMorphScorer` for the alignment and the tag mapping).
 *
 * @example
 * const report = await runMorphEval({ corpus: "../shared/corpora/ud-korean-gsd/ko_gsd-ud-dev.conllu", tokenize: (t) => tokenizer.tokenize(t) });
 * report.scores.strict.f1; // 0.9…
 */
export async function runMorphEval(options: RunMorphEvalOptions): Promise<MorphEvalReport> {
  const started = Date.now();
  const reader = readConllu(options.corpus, { skipInvalid: options.skipInvalid === true });
  const scorer = createMorphScorer();
  const maxErrors = options.maxErrors ?? 2000;
  const errors: MorphError[] = [];
  for await (const s of reader) {
    for (const e of scorer.add(s, await options.tokenize(s.text))) if (errors.length < maxErrors) errors.push(e);
  }
  return { version: 1, task: "morphs", corpus: { path: options.corpus, format: "conllu", reader: reader.stats }, scores: scorer.result(), errors, durationMs: Date.now() - started };
}

const pct = (x: number | null): string => (x === null ? "–" : (100 * x).toFixed(2));

/**
 * The morpheme report as plain text: strict and forms-only P/R/F1, exact eojeols, the first wrong
 * eojeols.
 *
 * @example
 * console.log(renderMorphTable(report)); // "morphemes strict  P 91.2  R 90.8  F1 91.0 …"
 */
export function renderMorphTable(report: MorphEvalReport, shown = 20): string {
  const s = report.scores;
  const row = (name: string, p: MorphScores["strict"]): string => `${name.padEnd(18)} tp ${p.tp}  fp ${p.fp}  fn ${p.fn}  P ${pct(p.precision)} %  R ${pct(p.recall)} %  F1 ${pct(p.f1)} %`;
  return [
    `sinmun eval — task morphs (${report.corpus.path}, ${s.sentences} sentences, ${s.eojeols} eojeols)`,
    row("morphemes strict", s.strict),
    row("forms only", s.forms),
    `exact eojeols      ${s.exact.correct} / ${s.exact.total} = ${pct(s.exact.accuracy)} %`,
    "",
    ...report.errors.slice(0, shown).map((e) => `${e.sentence}  ${e.eojeol}\n  gold ${e.gold}\n  pred ${e.pred}`),
    "",
  ].join("\n");
}
