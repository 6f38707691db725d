import { findDuplicates, type CorpusDoc } from "@sinmun/corpus";
import { parseOptions } from "../parseOptions";
import { UsageError } from "../UsageError";
import { openSink } from "../openSink";
import { formatRow } from "../formatRow";
import { choice } from "../flags";
import { CORPUS_FLAGS, corpusPath, readCorpus } from "./corpusDocs";

const FORMATS = ["jsonl", "csv"] as const;

/**
 * `sinmun dedupe CORPUS.jsonl [--threshold 0.4] [--format jsonl|csv]`: the near-duplicate cluster
 * of every document — `{"id","cluster","size"}`, where `cluster` is the line index (from 0) of
 * the cluster's first document and `size` 1 means no duplicate. Needs no analyser: boilerplate
 * sentences are found by @sinmun/core's sentence splitter (or taken from analysed input).
 *
 * @example
 * // sinmun dedupe wire.jsonl
 * // {"id":"yonhap-1","cluster":0,"size":3}
 * // {"id":"newsis-7","cluster":0,"size":3}
 */
export async function dedupeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...CORPUS_FLAGS, threshold: { type: "string" }, format: { type: "string" } });
  const path = corpusPath("dedupe", positionals);
  const format = choice("format", FORMATS, values.format, "jsonl");
  const threshold = values.threshold === undefined ? 0.4 : Number(values.threshold);
  if (!(threshold > 0 && threshold <= 1)) throw new UsageError(`expected --threshold in (0, 1], got "${values.threshold}"`);

  const slim = (doc: CorpusDoc): CorpusDoc => ({
    ...(doc.id === undefined ? {} : { id: doc.id }),
    text: doc.text,
    ...(doc.sentences ? { sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, ...(s.boilerplate ? { boilerplate: true } : {}) })) } : {}),
  });
  const { docs, failures } = await readCorpus(path, values, "none", slim);
  const result = findDuplicates(docs, { threshold });
  docs.length = 0;
  const sink = openSink(values.output);
  try {
    if (format === "csv") await sink.write(formatRow(["id", "cluster", "size"], ","));
    for (const a of result.assignments) await sink.write(format === "jsonl" ? `${JSON.stringify(a)}\n` : formatRow([a.id, a.cluster, a.size], ","));
    await sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  }
  const duplicated = result.clusters.reduce((s, c) => s + c.docs.length, 0);
  process.stderr.write(`sinmun: ${result.documents} documents, ${result.clusters.length} clusters of duplicates (${duplicated} documents)\n`);
  return failures > 0 ? 1 : 0;
}
