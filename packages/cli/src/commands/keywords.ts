import { keywords, type CorpusDoc } from "@sinmun/corpus";
import { parseOptions } from "../parseOptions";
import { UsageError } from "../UsageError";
import { openSink } from "../openSink";
import { formatRow } from "../formatRow";
import { choice } from "../flags";
import { CORPUS_FLAGS, corpusPath, readCorpus } from "./corpusDocs";

const FORMATS = ["jsonl", "csv"] as const;
const CONTENT_TAGS = new Set(["NNG", "NNP", "VV", "VA", "SL"]);

/**
 * `sinmun keywords CORPUS.jsonl [--top 10] [--format jsonl|csv]`: each document's top terms by
 * TF-IDF against the corpus (content morphemes and entities by canonical id), one JSON line per
 * document (`{"id","keywords":[{term,score,tf,df,entity?}]}`) or one CSV row per keyword.
 *
 * @example
 * // sinmun keywords corpora/business-news/business-news.jsonl --top 3
 * // {"id":"bn-001","keywords":[{"term":"샘 올트먼","score":11.44,"tf":2,"df":3,"entity":{"id":"sam-altman","label":"PERSON"}},…]}
 */
export async function keywordsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...CORPUS_FLAGS, top: { type: "string" }, format: { type: "string" }, stopwords: { type: "string", multiple: true } });
  const path = corpusPath("keywords", positionals);
  const format = choice("format", FORMATS, values.format, "jsonl");
  const top = values.top === undefined ? 10 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError(`expected --top to be a whole number ≥ 1, got "${values.top}"`);

  // Only the content tokens, entities and sentence flags are kept per document.
  const slim = (doc: CorpusDoc): CorpusDoc => ({
    ...(doc.id === undefined ? {} : { id: doc.id }),
    text: "",
    sentences: (doc.sentences ?? []).map((s) => ({ start: s.start, end: s.end, ...(s.boilerplate ? { boilerplate: true } : {}) })),
    entities: (doc.entities ?? []).map((e) => ({ start: e.start, end: e.end, label: e.label, id: e.id, name: e.name })),
    tokens: (doc.tokens ?? [])
      .filter((t) => CONTENT_TAGS.has(t.tags[0] ?? ""))
      .map((t) => ({ start: t.start, end: t.end, form: t.form, pos: t.pos, tags: t.tags.slice(0, 1), ...(t.lemma === undefined ? {} : { lemma: t.lemma }), sentence: t.sentence })),
  });
  const { docs, failures } = await readCorpus(path, values, "tokens", slim);
  const result = keywords(docs, { top, ...(values.stopwords ? { stopwords: values.stopwords } : {}) });
  const sink = openSink(values.output);
  try {
    if (format === "jsonl") {
      for (const r of result) await sink.write(`${JSON.stringify({ id: r.id, keywords: r.keywords.map((k) => ({ ...k, score: round(k.score) })) })}\n`);
    } else {
      await sink.write(formatRow(["id", "rank", "term", "score", "tf", "df", "entity_id", "label"], ","));
      for (const r of result) {
        for (const [i, k] of r.keywords.entries()) await sink.write(formatRow([r.id, i + 1, k.term, round(k.score), k.tf, k.df, k.entity?.id, k.entity?.label], ","));
      }
    }
    await sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  }
  return failures > 0 ? 1 : 0;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
