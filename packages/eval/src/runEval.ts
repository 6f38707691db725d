import { statSync } from "node:fs";
import { checkDoc, invalidOption } from "@sinmun/core";
import type { Doc } from "@sinmun/core";
import { KLUE_LABEL_MAP } from "./labelMap";
import type { LabelMap } from "./labelMap";
import { readConll } from "./readConll";
import type { ConllOptions } from "./readConll";
import { readJsonl } from "./readJsonl";
import { readKlue } from "./readKlue";
import { realign } from "./realign";
import { createAmountScorer } from "./scoreAmounts";
import type { AmountScores } from "./scoreAmounts";
import { createEntityScorer } from "./scoreEntities";
import type { EntityScores } from "./scoreEntities";
import { createQuoteScorer } from "./scoreQuotes";
import type { QuoteScores } from "./scoreQuotes";
import { createDateScorer } from "./scoreDates";
import type { DateScores } from "./scoreDates";
import { createFactScorer } from "./scoreFacts";
import type { FactDoc, FactScores, GoldFact, PredFact } from "./scoreFacts";
import { makeError } from "./evalError";
import type { EvalError, EvalErrorKind } from "./evalError";
import type { CorpusReader, EvalDoc, ReaderStats } from "./types";

/**
 * Corpus formats `runEval` reads.
 *
 * @example
 * CORPUS_FORMATS.includes("klue"); // true — 「## klue-ner-…\t<경찰:OG>은 …」
 */
export const CORPUS_FORMATS = ["klue", "conll", "jsonl"] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];
/**
 * What `runEval` scores.
 *
 * @example
 * EVAL_TASKS; // ["ner", "amounts", "quotes", "dates", "facts"] — 개체명, 금액, 인용, 날짜, 재무 사실
 */
export const EVAL_TASKS = ["ner", "amounts", "quotes", "dates", "facts"] as const;
export type EvalTask = (typeof EVAL_TASKS)[number];

/** Progress of a run, reported after every scored document. */
export interface EvalProgress {
  docs: number;
  bytesRead: number;
  totalBytes: number;
}

/** Options of `runEval`. */
export interface RunEvalOptions {
  /** Path of the gold corpus. */
  corpus: string;
  format: CorpusFormat;
  /** Default "ner". */
  task?: EvalTask;
  /**
   * The system under test: given a gold document stripped to `{ id, text, sentences }` (plus its
   * `date` when the corpus gives one: the reference for relative dates), returns its analysis.
   */
  predict?: (doc: EvalDoc) => Promise<EvalDoc | Doc> | EvalDoc | Doc;
  /** Instead of `predict`: a file of another system's output, aligned with the corpus by doc id (or order). */
  pred?: string;
  /** Format of `pred`; default "jsonl". */
  predFormat?: CorpusFormat;
  /**
   * Label mapping (see `LabelMap`). Default: `KLUE_LABEL_MAP` for a KLUE corpus (whether the
   * predictions come from `predict` or a file, so two systems are scored alike), else none.
   */
  labelMap?: LabelMap;
  /** Skip malformed corpus (and pred) records, counting them, instead of stopping at the first. */
  skipInvalid?: boolean;
  /** CoNLL reading options (columns, scheme, separators) for the corpus and a CoNLL `pred`. */
  conll?: Omit<ConllOptions, "skipInvalid">;
  /** Only score the documents this accepts (e.g. `(d) => d.domain === "wikitree"` for KLUE's news part). */
  filter?: (doc: EvalDoc) => boolean;
  onProgress?: (p: EvalProgress) => void;
  /** Number of `predict` calls in flight at once; default 1. */
  concurrency?: number;
  /** Errors kept in the report (all are counted); default 2000, `Infinity` keeps every one. */
  maxErrors?: number;
}

/** Where the predictions came from and what was wrong with them. */
export interface PredictionInfo {
  source: "predict" | "file";
  path?: string;
  format?: CorpusFormat;
  /** Gold documents with no prediction (scored against an empty prediction). */
  missing: number;
  /** Predicted documents no gold document asked for. */
  extra: number;
  /** Predictions whose text differs from the gold text only in whitespace, their spans moved onto the gold text. */
  realigned: number;
  /** Predictions whose text differs from the gold text in more than whitespace (scored as empty). */
  textMismatch: number;
  /** `predict` calls that threw (scored as empty). */
  failed: number;
  /** Predictions breaking the document invariants (`checkDoc`), still scored. */
  invalid: number;
  /** The first 20 problems, with the document. */
  problems: string[];
  /** Reader statistics of a `pred` file. */
  reader?: ReaderStats;
}

interface ReportBase {
  /** Report format version. */
  version: 1;
  corpus: {
    path: string;
    format: CorpusFormat;
    /** Documents scored (after `filter`). */
    docs: number;
    /** Documents read. */
    read: number;
    reader: ReaderStats;
    /** Documents per domain (KLUE: `wikitree` news, `nsmc` movie reviews). */
    domains: Record<string, number>;
  };
  prediction: PredictionInfo;
  labelMap: LabelMap | null;
  /** Kept errors, in corpus order (at most `maxErrors`). */
  errors: EvalError[];
  /** All errors counted by kind. */
  errorCounts: Partial<Record<EvalErrorKind, number>>;
  errorsTruncated: boolean;
  durationMs: number;
}

/** What `runEval` returns: JSON-serializable, tagged by task. */
export type EvalReport =
  | (ReportBase & { task: "ner"; scores: EntityScores; byDomain: Record<string, EntityScores> })
  | (ReportBase & { task: "amounts"; scores: AmountScores; byDomain: Record<string, AmountScores> })
  | (ReportBase & { task: "quotes"; scores: QuoteScores; byDomain: Record<string, QuoteScores> })
  | (ReportBase & { task: "dates"; scores: DateScores; byDomain: Record<string, DateScores> })
  | (ReportBase & { task: "facts"; scores: FactScores; byDomain: Record<string, FactScores> });

/**
 * The facts scorer over documents: the gold document's `facts` (GUIDELINES form) against the
 * prediction's `facts` layer, its findings as report errors located at their evidence sentence
 * (missed → `missed`, false alarm → `spurious`, a wrong field → `wrong-value` naming the field).
 */
function factScorer(): { add(gold: EvalDoc, pred: EvalDoc, docIndex?: number): EvalError[]; result(): FactScores } {
  const inner = createFactScorer();
  let docs = 0;
  return {
    add(gold, pred, docIndex = docs) {
      docs += 1;
      const goldDoc: FactDoc = { text: gold.text, facts: (gold.facts ?? []) as GoldFact[], ...(gold.id !== undefined ? { id: gold.id } : {}) };
      return inner.add(goldDoc, (pred.facts ?? []) as PredFact[], docIndex).map((e) => {
        const span = e.span ?? { start: 0, end: 0 };
        const kind = e.kind === "missed" ? "missed" : e.kind === "false-alarm" ? "spurious" : "wrong-value";
        const field = e.field ? `${e.field}: ` : "";
        return makeError(kind, gold, docIndex, span, e.gold === undefined ? undefined : `${field}${e.gold}`, e.pred);
      });
    },
    result: () => inner.result(),
  };
}

function openReader(path: string, format: CorpusFormat, skipInvalid: boolean, conll: RunEvalOptions["conll"]): CorpusReader {
  if (format === "klue") return readKlue(path, { skipInvalid });
  if (format === "conll") return readConll(path, { ...conll, skipInvalid });
  return readJsonl(path, { skipInvalid });
}

/** Pulls predictions from a file in step with the corpus: by id when both have one, else by order. */
class PredAligner {
  private readonly it: AsyncIterator<EvalDoc>;
  private readonly buffer = new Map<string, EvalDoc>();
  private done = false;
  constructor(reader: CorpusReader) {
    this.it = reader[Symbol.asyncIterator]();
  }
  private async next(): Promise<EvalDoc | undefined> {
    if (this.done) return undefined;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return undefined;
    }
    return r.value;
  }
  async get(gold: EvalDoc): Promise<EvalDoc | undefined> {
    if (gold.id === undefined) return this.next();
    const key = String(gold.id);
    const held = this.buffer.get(key);
    if (held) {
      this.buffer.delete(key);
      return held;
    }
    for (;;) {
      const d = await this.next();
      if (!d || d.id === undefined || String(d.id) === key) return d;
      this.buffer.set(String(d.id), d);
    }
  }
  async rest(): Promise<number> {
    let n = this.buffer.size;
    while (await this.next()) n += 1;
    return n;
  }
}

/**
 * Scores a system on a labelled corpus, streaming: reads the gold corpus document by document,
 * gets each prediction from `predict` (up to `concurrency` at once) or from a `pred` file, scores
 * it with the task's scorer and keeps the first `maxErrors` errors. Without `predict` and `pred`
 * it throws. The report is plain JSON (`renderTable`, `renderHtml` print it).
 *
 * @example
 * const report = await runEval({
 *   corpus: "../shared/corpora/klue-ner/klue-ner-v1.1_dev-a.tsv", format: "klue", task: "ner",
 *   predict: async (doc) => analyzer.analyze(doc.text), // "경찰은 또 …" → { entities: [{ label: "ORG", … }] }
 * });
 * console.log(renderTable(report));
 */
export async function runEval(options: RunEvalOptions): Promise<EvalReport> {
  const started = Date.now();
  const task = options.task ?? "ner";
  if (!CORPUS_FORMATS.includes(options.format)) throw invalidOption("@sinmun/eval", "format", CORPUS_FORMATS, options.format);
  if (!EVAL_TASKS.includes(task)) throw invalidOption("@sinmun/eval", "task", EVAL_TASKS, task);
  const predFormat = options.predFormat ?? "jsonl";
  if (!CORPUS_FORMATS.includes(predFormat)) throw invalidOption("@sinmun/eval", "predFormat", CORPUS_FORMATS, predFormat);
  if (!options.predict === !options.pred) throw invalidOption("@sinmun/eval", "prediction source", ["predict", "pred"], options.predict && options.pred ? "both" : "neither");
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw invalidOption("@sinmun/eval", "concurrency", ["1", "2", "…"], concurrency);
  const maxErrors = options.maxErrors ?? 2000;
  const skipInvalid = options.skipInvalid === true;
  const labelMap = options.labelMap ?? (options.format === "klue" && task === "ner" ? { ...KLUE_LABEL_MAP } : undefined);

  const reader = openReader(options.corpus, options.format, skipInvalid, options.conll);
  const totalBytes = statSync(options.corpus).size;
  const predReader = options.pred ? openReader(options.pred, predFormat, skipInvalid, options.conll) : undefined;
  const aligner = predReader ? new PredAligner(predReader) : undefined;

  const newScorer = () =>
    task === "ner"
      ? createEntityScorer(labelMap ? { labelMap } : {})
      : task === "amounts"
        ? createAmountScorer()
        : task === "dates"
          ? createDateScorer()
          : task === "facts"
            ? factScorer()
            : createQuoteScorer();
  const scorer = newScorer();
  // The same scores per domain (KLUE: news and movie reviews score very differently).
  const domainScorers = new Map<string, ReturnType<typeof newScorer>>();
  const prediction: PredictionInfo = { source: predReader ? "file" : "predict", missing: 0, extra: 0, realigned: 0, textMismatch: 0, failed: 0, invalid: 0, problems: [] };
  if (options.pred) {
    prediction.path = options.pred;
    prediction.format = predFormat;
  }
  const problem = (doc: EvalDoc, index: number, what: string): void => {
    if (prediction.problems.length < 20) prediction.problems.push(`${String(doc.id ?? `#${index}`)}${doc.line ? ` (line ${doc.line})` : ""}: ${what}`);
  };
  const errors: EvalError[] = [];
  const errorCounts: Partial<Record<EvalErrorKind, number>> = {};
  const domains: Record<string, number> = {};
  let docs = 0;
  let read = 0;

  const predictOne = async (gold: EvalDoc, index: number): Promise<[EvalDoc, EvalDoc | undefined, number]> => {
    if (aligner) return [gold, await aligner.get(gold), index];
    const input: EvalDoc = { text: gold.text, sentences: gold.sentences.map((s) => ({ start: s.start, end: s.end })) };
    if (gold.id !== undefined) input.id = gold.id;
    const date = gold.date ?? gold.reference;
    if (date !== undefined) input.date = date;
    try {
      return [gold, (await (options.predict as NonNullable<RunEvalOptions["predict"]>)(input)) as EvalDoc, index];
    } catch (e) {
      prediction.failed += 1;
      problem(gold, index, `predict threw: ${(e as Error)?.message ?? String(e)}`);
      return [gold, { text: gold.text, sentences: [] }, index];
    }
  };

  const score = ([gold, got, index]: [EvalDoc, EvalDoc | undefined, number]): void => {
    let pred = got;
    let moved: EvalDoc | null;
    if (pred === undefined) {
      prediction.missing += 1;
      problem(gold, index, "no prediction");
      pred = { text: gold.text, sentences: [] };
    } else if (pred.text !== gold.text && (moved = realign(pred, gold.text)) !== null) {
      prediction.realigned += 1;
      pred = moved;
    } else if (pred.text !== gold.text) {
      prediction.textMismatch += 1;
      problem(gold, index, "predicted text differs from the gold text");
      pred = { text: gold.text, sentences: [] };
    } else {
      const v = checkDoc(pred as unknown as Doc);
      if (v.length > 0) {
        prediction.invalid += 1;
        problem(gold, index, `invalid prediction: ${v[0]?.path} ${v[0]?.message}`);
      }
    }
    const found = scorer.add(gold, pred, index);
    if (gold.domain !== undefined) {
      let ds = domainScorers.get(gold.domain);
      if (!ds) domainScorers.set(gold.domain, (ds = newScorer()));
      ds.add(gold, pred, index);
    }
    for (const e of found) {
      errorCounts[e.kind] = (errorCounts[e.kind] ?? 0) + 1;
      if (errors.length < maxErrors) errors.push(e);
    }
    docs += 1;
    if (gold.domain !== undefined) domains[gold.domain] = (domains[gold.domain] ?? 0) + 1;
    options.onProgress?.({ docs, bytesRead: Math.min(reader.stats.bytesRead, totalBytes), totalBytes });
  };

  const window: Promise<[EvalDoc, EvalDoc | undefined, number]>[] = [];
  for await (const gold of reader) {
    const index = read;
    read += 1;
    if (options.filter && !options.filter(gold)) {
      // Its prediction is taken from the file too, so it does not count as extra.
      if (aligner) await aligner.get(gold);
      continue;
    }
    window.push(predictOne(gold, index));
    if (window.length >= concurrency) score(await (window.shift() as Promise<[EvalDoc, EvalDoc | undefined, number]>));
  }
  while (window.length > 0) score(await (window.shift() as Promise<[EvalDoc, EvalDoc | undefined, number]>));
  if (aligner) {
    prediction.extra = await aligner.rest();
    prediction.reader = (predReader as CorpusReader).stats;
  }

  const base: ReportBase = {
    version: 1,
    corpus: { path: options.corpus, format: options.format, docs, read, reader: reader.stats, domains },
    prediction,
    labelMap: labelMap ?? null,
    errors,
    errorCounts,
    errorsTruncated: errors.length < Object.values(errorCounts).reduce((a, b) => a + b, 0),
    durationMs: Date.now() - started,
  };
  const scores = scorer.result();
  const byDomain = Object.fromEntries([...domainScorers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([d, ds]) => [d, ds.result()]));
  if (task === "ner") return { ...base, task, scores: scores as EntityScores, byDomain: byDomain as Record<string, EntityScores> };
  if (task === "amounts") return { ...base, task, scores: scores as AmountScores, byDomain: byDomain as Record<string, AmountScores> };
  if (task === "dates") return { ...base, task, scores: scores as DateScores, byDomain: byDomain as Record<string, DateScores> };
  if (task === "facts") return { ...base, task, scores: scores as FactScores, byDomain: byDomain as Record<string, FactScores> };
  return { ...base, task, scores: scores as QuoteScores, byDomain: byDomain as Record<string, QuoteScores> };
}
