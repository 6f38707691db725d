// keywords() and cooccurrence() at scale: the 150 bundled documents analysed once with tokens
// (the embedded analyser), then streamed as a generator of N documents — copies of them in which
// a third of the nouns get one of 2,000 variant spellings and every entity key one of 500, so the
// vocabulary grows with N as in a real corpus. The documents are never all in memory; the heap
// after the call is what the functions keep.
// Run: npm run bench -- corpus   (or: npx tsc -b packages/corpus packages/sinmun && node -r ts-node/register/transpile-only packages/corpus/bench/keywords.bench.ts)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createAnalyzer } from "sinmun";
import { cooccurrence, keywords, type CorpusDoc } from "@sinmun/corpus";

async function main(): Promise<void> {
  const root = join(__dirname, "..", "..", "..");
  const texts = ["corpora/business-news/business-news.jsonl", "corpora/quotes/quotes.jsonl"].flatMap((f) =>
    readFileSync(join(root, f), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as { id: string; text: string }),
  );
  const analyzer = await createAnalyzer({ tokens: true, disable: ["amounts", "quotes"] });
  const base: CorpusDoc[] = [];
  for await (const r of analyzer.analyzeMany(texts.map((t) => ({ id: t.id, text: t.text })))) if (r.ok) base.push(r.doc as unknown as CorpusDoc);
  await analyzer.close();

  function* corpus(n: number): Generator<CorpusDoc> {
    for (let i = 0; i < n; i++) {
      const doc = base[i % base.length]!;
      const v = Math.floor(i / base.length);
      yield {
        id: i,
        text: "",
        sentences: doc.sentences ?? [],
        entities: (doc.entities ?? []).map((e) => ({ ...e, id: `${e.id}~${v % 500}` })),
        tokens: (doc.tokens ?? []).map((t, k) => (k % 3 === 0 && t.tags[0] === "NNG" ? { ...t, form: `${t.form}${(v * 7 + k) % 2000}` } : t)),
      };
    }
  }

  const out = ["## @sinmun/corpus — keywords and co-occurrence at scale", "", "| documents | keywords (top 10) | cooccurrence | heap after keywords | nodes / edges |", "|---:|---:|---:|---:|---:|"];
  for (const n of (process.env.CORPUS_KEYWORDS_SIZES ?? "10000,100000").split(",").map(Number)) {
    global.gc?.();
    let t0 = process.hrtime.bigint();
    const k = keywords(corpus(n), { top: 10 });
    const kms = Number(process.hrtime.bigint() - t0) / 1e6;
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    t0 = process.hrtime.bigint();
    const g = cooccurrence(corpus(n));
    const cms = Number(process.hrtime.bigint() - t0) / 1e6;
    out.push(`| ${n.toLocaleString("en")} | ${(kms / 1000).toFixed(1)} s | ${(cms / 1000).toFixed(1)} s | ${heap.toFixed(0)} MiB | ${g.nodes.length.toLocaleString("en")} / ${g.edges.length.toLocaleString("en")} |`);
    void k;
  }
  out.push("", `Analysing the 150 documents themselves (the analyser, not measured here) dominates \`sinmun keywords\` and \`sinmun graph\`.`, "");
  process.stdout.write(out.join("\n") + "\n");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
