import { writeFileSync } from "node:fs";
import { cooccurrence, graphToCsv, graphToGraphml, type CorpusDoc } from "@sinmun/corpus";
import { ENTITY_LABELS, type EntityLabel } from "@sinmun/core";
import { parseOptions } from "../parseOptions";
import { UsageError, InputError } from "../UsageError";
import { openSink } from "../openSink";
import { choice } from "../flags";
import { CORPUS_FLAGS, corpusPath, readCorpus } from "./corpusDocs";

const FORMATS = ["graphml", "csv"] as const;

/**
 * `sinmun graph CORPUS.jsonl [--format graphml|csv] [--nodes FILE] [--min-docs N] [--labels PERSON,ORG]`:
 * the entity co-occurrence graph. GraphML (default) opens in Gephi and `networkx.read_graphml`;
 * CSV is Gephi's edge table (`Source,Target,Type,Weight,…`), with the node table in `--nodes FILE`.
 *
 * @example
 * // sinmun graph corpora/business-news/business-news.jsonl --labels PERSON,ORG > graph.graphml
 * // sinmun graph corpus.jsonl --format csv --nodes nodes.csv > edges.csv
 */
export async function graphCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...CORPUS_FLAGS, format: { type: "string" }, nodes: { type: "string" }, "min-docs": { type: "string" }, labels: { type: "string" } });
  const path = corpusPath("graph", positionals);
  const format = choice("format", FORMATS, values.format, "graphml");
  if (values.nodes !== undefined && format !== "csv") throw new UsageError("--nodes FILE is for --format csv (GraphML holds the nodes itself)");
  const minDocs = values["min-docs"] === undefined ? 1 : Number(values["min-docs"]);
  if (!Number.isInteger(minDocs) || minDocs < 1) throw new UsageError(`expected --min-docs to be a whole number ≥ 1, got "${values["min-docs"]}"`);
  const labels = values.labels?.split(",").map((l) => l.trim());
  for (const label of labels ?? []) {
    if (!(ENTITY_LABELS as readonly string[]).includes(label)) throw new UsageError(`expected --labels in {${ENTITY_LABELS.join(", ")}}, got "${label}"`);
  }

  const slim = (doc: CorpusDoc): CorpusDoc => ({
    ...(doc.id === undefined ? {} : { id: doc.id }),
    text: "",
    sentences: (doc.sentences ?? []).map((s) => ({ start: s.start, end: s.end, ...(s.boilerplate ? { boilerplate: true } : {}) })),
    entities: (doc.entities ?? []).map((e) => ({ start: e.start, end: e.end, label: e.label, id: e.id, name: e.name, ...(e.type === undefined ? {} : { type: e.type }) })),
  });
  const { docs, failures } = await readCorpus(path, values, "entities", slim);
  const graph = cooccurrence(docs, { minDocs, ...(labels ? { labels: labels as EntityLabel[] } : {}) });
  const sink = openSink(values.output);
  try {
    if (format === "graphml") await sink.write(graphToGraphml(graph));
    else {
      const tables = graphToCsv(graph);
      if (values.nodes !== undefined) {
        try {
          writeFileSync(values.nodes, tables.nodes);
        } catch (err) {
          throw new InputError(`${values.nodes}: cannot write (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
        }
      }
      await sink.write(tables.edges);
    }
    await sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  }
  process.stderr.write(`sinmun: ${graph.documents} documents, ${graph.nodes.length} entities, ${graph.edges.length} pairs\n`);
  return failures > 0 ? 1 : 0;
}
