import { runEval, runMorphEval, renderMorphTable, renderTable, renderHtml, CORPUS_FORMATS, EVAL_TASKS, KLUE_LABEL_MAP, type CorpusFormat, type EvalReport, type EvalTask, type LabelMap, type RunEvalOptions } from "@sinmun/eval";
import { parseOptions } from "../parseOptions";
import { choice } from "../flags";
import { UsageError } from "../UsageError";
import { assertFile } from "../readInput";
import { openSink } from "../openSink";
import { createAnalyzer } from "sinmun";
import { createTokenizer } from "@sinmun/tokenizer";
import { createFeed } from "../createFeed";
import { createProgress } from "../createProgress";
import { ANALYZER_FLAGS, analyzerOptionsFrom, progressWanted, workersFrom } from "./analyze";


/**
 * The corpus format a file name implies: `.tsv` KLUE, `.conll`/`.bio` CoNLL, `.jsonl` JSONL.
 *
 * @example
 * formatFromExtension("klue-ner-v1.1_dev.tsv"); // "klue"
 * formatFromExtension("말뭉치.txt");            // undefined
 */
export function formatFromExtension(path: string): CorpusFormat | undefined {
  if (/\.tsv$/i.test(path)) return "klue";
  if (/\.(conll|bio)$/i.test(path)) return "conll";
  if (/\.jsonl$/i.test(path)) return "jsonl";
  return undefined;
}

/**
 * Reads `--label-map GOLD=PRED,…` into the library's label map (predicted label → corpus label):
 * `PS=PERSON` scores Sinmun's PERSON as KLUE's PS, `DT=DT` keeps KLUE's dates in the scored labels,
 * `QT=amounts` or `TI=amounts:duration` turns amounts into entities of that label.
 *
 * @example
 * parseLabelMap("PS=PERSON,DT=DT"); // { PERSON: "PS", DT: "DT" }
 */
export function parseLabelMap(value: string): LabelMap {
  const map: LabelMap = {};
  for (const pair of value.split(",")) {
    const m = /^\s*([^=\s]+)\s*=\s*([^=\s]+)\s*$/.exec(pair);
    if (!m) throw new UsageError(`expected --label-map as GOLD=PRED pairs separated by commas (PS=PERSON,DT=DT), got "${pair}"`);
    map[m[2] as string] = m[1] as string;
  }
  return map;
}

/** A reader's warning with its place, unless the message already starts with it. */
function located(w: { message: string; file?: string; line?: number }): string {
  const where = `${w.file ?? ""}${w.line !== undefined ? `:${w.line}` : ""}`;
  return where === "" || w.message.startsWith(where) || (w.file !== undefined && w.message.startsWith(w.file)) ? w.message : `${where}: ${w.message}`;
}

/**
 * Why the predictions do not line up with the corpus, one sentence each; empty when they do.
 *
 * @example
 * mismatchWarnings(report); // ["1 of 2 corpus documents have no prediction (ids or order differ from the corpus)"]
 */
export function mismatchWarnings(report: EvalReport): string[] {
  const p = report.prediction;
  const out: string[] = [];
  const docs = report.corpus.docs;
  if (docs === 0) out.push(`no document of the corpus was scored${report.corpus.read > 0 ? ` (${report.corpus.read} read; check --domain)` : ""}`);
  if (p.missing > 0) out.push(`${p.missing} of ${docs} corpus documents have no prediction${p.source === "file" ? " (ids or order differ from the corpus)" : ""}`);
  if (p.textMismatch > 0) out.push(`${p.textMismatch} of ${docs} predictions have a different text from the corpus (scored as empty)`);
  if (p.failed > 0) out.push(`${p.failed} documents failed to analyse (scored as empty)`);
  if (docs > 0 && p.missing + p.textMismatch + p.failed >= docs) out.push("nothing matched: every corpus document was scored against an empty prediction");
  return out;
}

/**
 * `sinmun eval --corpus PATH --format klue|conll|jsonl`: scores Sinmun (or, with `--pred`, another
 * system's output) against a labeled corpus. A table on stdout, `--json` for machines, `--report`
 * for a browsable HTML page.
 *
 * @example
 * // sinmun eval --corpus ../shared/corpora/klue-ner/klue-ner-v1.1_dev-a.tsv --format klue --domain wikitree
 */
export async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    corpus: { type: "string" },
    format: { type: "string" },
    task: { type: "string" },
    pred: { type: "string" },
    "pred-format": { type: "string" },
    json: { type: "boolean" },
    report: { type: "string" },
    domain: { type: "string" },
    "label-map": { type: "string" },
    "allow-mismatch": { type: "boolean" },
    "skip-invalid": { type: "boolean" },
    ...ANALYZER_FLAGS,
  });
  if (positionals.length > 0) throw new UsageError(`eval takes no positional arguments, got ${positionals.join(" ")} (use --corpus PATH)`);
  if (values.corpus === undefined) throw new UsageError("eval needs --corpus PATH");
  if (values.task === "morphs") {
    // Morphemes against a CoNLL-U treebank (UD Korean GSD): the tokenizer alone, no analyzer.
    if ((values.format ?? (/\.conllu$/i.test(values.corpus) ? "conllu" : undefined)) !== "conllu") throw new UsageError(`expected --format conllu with --task morphs, got "${values.format ?? "(none)"}"`);
    await assertFile(values.corpus);
    const tokenizer = await createTokenizer();
    const report = await runMorphEval({ corpus: values.corpus, tokenize: (text) => tokenizer.tokenize(text), skipInvalid: Boolean(values["skip-invalid"]) });
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderMorphTable(report));
    return 0;
  }
  const format = choice<CorpusFormat>("format", CORPUS_FORMATS, values.format, formatFromExtension(values.corpus), `eval needs --format (one of {${CORPUS_FORMATS.join(", ")}}), not implied by the file name`);
  const task = choice<EvalTask>("task", EVAL_TASKS, values.task, "ner");
  const userMap = values["label-map"] === undefined ? undefined : parseLabelMap(values["label-map"]);
  // The user's pairs add to (and override) the corpus's default map.
  const labelMap = userMap && { ...(format === "klue" && task === "ner" ? KLUE_LABEL_MAP : {}), ...userMap };
  await assertFile(values.corpus);
  if (values.pred !== undefined) await assertFile(values.pred);
  const predFormat = values.pred === undefined ? undefined : choice<CorpusFormat>("pred-format", CORPUS_FORMATS, values["pred-format"], /\.(conll|bio|txt)$/i.test(values.pred) ? "conll" : "jsonl");

  const progress = createProgress(progressWanted(values), 100, "%");
  const workers = workersFrom(values.workers);
  const analyzer = values.pred === undefined ? await createAnalyzer(analyzerOptionsFrom(values)) : undefined;
  const pool = analyzer ? createFeed(analyzer, workers) : undefined;
  const domain = values.domain;
  const options: RunEvalOptions = {
    corpus: values.corpus,
    format,
    task,
    skipInvalid: Boolean(values["skip-invalid"]),
    ...(labelMap ? { labelMap } : {}),
    ...(values.report !== undefined ? { maxErrors: Infinity } : {}),
    onProgress: (p) => progress.tick(p.totalBytes > 0 ? Math.floor((100 * p.bytesRead) / p.totalBytes) : 0),
    ...(domain !== undefined ? { filter: (doc) => doc.domain === domain } : {}),
    ...(values.pred !== undefined ? { pred: values.pred, predFormat: predFormat as CorpusFormat } : {}),
    // The corpus's article date (when it gives one) is the reference for 지난해, 이날, 3분기 ….
    ...(pool ? { predict: (doc) => pool.analyze(doc.date === undefined ? doc.text : { text: doc.text, date: doc.date }), concurrency: workers * 4 } : {}),
  };
  let report;
  try {
    report = await runEval(options);
  } finally {
    progress.stop();
    await pool?.close();
    await analyzer?.close();
  }
  if (values.report !== undefined) {
    const sink = openSink(values.report);
    try {
      await sink.write(renderHtml(report));
      await sink.commit();
    } catch (err) {
      sink.abort();
      throw err;
    }
  }
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderTable(report));
  for (const stats of [report.corpus.reader, report.prediction.reader]) {
    if (!stats) continue;
    for (const w of stats.warnings) process.stderr.write(`sinmun: warning: ${located(w)}\n`);
    if (stats.warningCount > stats.warnings.length) process.stderr.write(`sinmun: warning: … and ${stats.warningCount - stats.warnings.length} more warnings of the same file (counted in the report)\n`);
  }
  const mismatch = mismatchWarnings(report);
  // Extra predictions alone are not a mismatch (a prediction file may cover more than this corpus).
  const extra = report.prediction.extra > 0 ? [`${report.prediction.extra} predictions match no corpus document`] : [];
  for (const w of [...mismatch, ...extra, ...report.prediction.problems]) process.stderr.write(`sinmun: warning: ${w}\n`);
  if (mismatch.length > 0 && !values["allow-mismatch"]) {
    process.stderr.write(`sinmun: predictions do not line up with the corpus; scores above are not meaningful (--allow-mismatch to accept them)\n`);
    return 1;
  }
  return 0;
}
