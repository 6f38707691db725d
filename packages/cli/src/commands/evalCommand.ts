import { runEval, renderTable, renderHtml, CORPUS_FORMATS, EVAL_TASKS, type CorpusFormat, type EvalTask, type RunEvalOptions } from "@sinmun/eval";
import { parseOptions } from "../parseOptions";
import { UsageError } from "../UsageError";
import { assertFile } from "../readInput";
import { openSink } from "../openSink";
import { createAnalyzer } from "sinmun";
import { createFeed } from "../createFeed";
import { createProgress } from "../createProgress";
import { ANALYZER_FLAGS, analyzerOptionsFrom, progressWanted, workersFrom } from "./analyze";

function oneOf<T extends string>(name: string, allowed: readonly T[], value: string | undefined, fallback?: T): T {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`eval needs --${name} (one of {${allowed.join(", ")}})`);
  }
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`expected --${name} in {${allowed.join(", ")}}, got "${value}"`);
  return value as T;
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
    "skip-invalid": { type: "boolean" },
    ...ANALYZER_FLAGS,
  });
  if (positionals.length > 0) throw new UsageError(`eval takes no positional arguments, got ${positionals.join(" ")} (use --corpus PATH)`);
  if (values.corpus === undefined) throw new UsageError("eval needs --corpus PATH");
  const format = oneOf<CorpusFormat>("format", CORPUS_FORMATS, values.format);
  const task = oneOf<EvalTask>("task", EVAL_TASKS, values.task, "ner");
  await assertFile(values.corpus);
  if (values.pred !== undefined) await assertFile(values.pred);
  const predFormat = values.pred === undefined ? undefined : oneOf<CorpusFormat>("pred-format", CORPUS_FORMATS, values["pred-format"], /\.(conll|bio|txt)$/i.test(values.pred) ? "conll" : "jsonl");

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
    onProgress: (p) => progress.tick(p.totalBytes > 0 ? Math.floor((100 * p.bytesRead) / p.totalBytes) : 0),
    ...(domain !== undefined ? { filter: (doc) => doc.domain === domain } : {}),
    ...(values.pred !== undefined ? { pred: values.pred, predFormat: predFormat as CorpusFormat } : {}),
    ...(pool ? { predict: (doc) => pool.analyze(doc.text), concurrency: workers * 4 } : {}),
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
  return 0;
}
