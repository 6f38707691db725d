// Near-duplicate detection (findDuplicates): pairwise precision and recall on seeded rewrites of
// the bundled corpora (packages/corpus/test/rewrites.fixture.ts: republished copies with another
// dateline, byline and footer, an edited lede, a sentence added or cut; plus one different story
// on each source's event), and time and memory per 10,000 and 100,000 documents.
// Run: npm run bench -- corpus   (or: npx tsc -b packages/corpus && node -r ts-node/register/transpile-only packages/corpus/bench/duplicates.bench.ts)
import { findDuplicates } from "@sinmun/corpus";
import { labelledSet, pairwiseScores, rewrite, seeded, sourceDocs } from "../test/rewrites.fixture";

const out: string[] = ["## @sinmun/corpus — near-duplicates (findDuplicates)", ""];

out.push("### Pairwise precision / recall on generated rewrites", "");
out.push("| set | documents | gold pairs | threshold | precision | recall | predicted pairs |", "|---|---:|---:|---:|---:|---:|---:|");
for (const [name, set] of [
  ["150 sources × (original + 2 rewrites + 1 same-event story), seed 17", labelledSet(17, 2)],
  ["150 sources × (original + 4 rewrites + 1 same-event story), seed 4242", labelledSet(4242, 4)],
] as const) {
  for (const threshold of [0.3, 0.4, 0.5]) {
    const result = findDuplicates(set, { threshold });
    const s = pairwiseScores(set.map((d) => d.story), result.assignments.map((a) => a.cluster));
    out.push(`| ${name} | ${set.length} | ${s.truePairs} | ${threshold}${threshold === 0.4 ? " (default)" : ""} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.predictedPairs} |`);
  }
}
out.push("");

/**
 * A timing corpus of `n` documents: 80 % distinct stories (four sentences drawn from the corpora's
 * sentence pool, each with its words shuffled, so no two are alike) and 20 % republished rewrites
 * of earlier ones. Precision/recall against that construction is reported too.
 */
function timingCorpus(n: number, seed: number, perDoc = 4): { id: number; text: string; story: number }[] {
  const rand = seeded(seed);
  const pool = sourceDocs().flatMap((d) => d.text.split("\n").slice(1));
  const docs: { id: number; text: string; story: number }[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 10 && rand() < 0.2) {
      const original = docs[Math.floor(rand() * docs.length)]!;
      docs.push({ id: i, text: rewrite(original.text, rand), story: original.story });
      continue;
    }
    const sentences: string[] = [];
    for (let s = 0; s < perDoc; s++) {
      const words = pool[Math.floor(rand() * pool.length)]!.split(" ");
      for (let w = words.length - 1; w > 0; w--) {
        const j = Math.floor(rand() * (w + 1));
        [words[w], words[j]] = [words[j]!, words[w]!];
      }
      sentences.push(words.join(" "));
    }
    docs.push({ id: i, text: sentences.join("\n"), story: i });
  }
  return docs;
}

out.push("### Time and memory", "");
out.push("| documents | avg chars | wall time | per 10,000 docs | clusters | pairwise P / R vs construction | heap after |", "|---:|---:|---:|---:|---:|---:|---:|");
// "10000x28": 10,000 documents of 28 sentences (about 1,400 characters, a full article).
const sizes = (process.env.CORPUS_BENCH_SIZES ?? "10000,10000x28,100000").split(",").map((s) => s.split("x").map(Number) as [number, number?]);
for (const [n, perDoc] of sizes) {
  const docs = timingCorpus(n, n, perDoc ?? 4);
  const chars = docs.reduce((s, d) => s + d.text.length, 0) / n;
  global.gc?.();
  const t0 = process.hrtime.bigint();
  const result = findDuplicates(docs);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const s = pairwiseScores(docs.map((d) => String(d.story)), result.assignments.map((a) => a.cluster));
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  out.push(`| ${n.toLocaleString("en")} | ${chars.toFixed(0)} | ${(ms / 1000).toFixed(1)} s | ${((ms / n) * 10).toFixed(1)} s | ${result.clusters.length} | ${s.precision.toFixed(3)} / ${s.recall.toFixed(3)} | ${heap.toFixed(0)} MiB |`);
}
{
  const text = sourceDocs()[0]!.text;
  const t0 = process.hrtime.bigint();
  const result = findDuplicates(Array.from({ length: 100_000 }, (_, i) => ({ id: i, text })));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  out.push(`| 100,000 identical | ${text.length} | ${(ms / 1000).toFixed(1)} s | — | ${result.clusters.length} (size ${result.clusters[0]?.docs.length ?? 0}) | — | ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB |`);
}
out.push("", "findDuplicates on `{ id, text }` documents (it splits sentences itself with @sinmun/core's splitSentences to drop boilerplate); one process, one core, on a machine shared with other jobs (times vary by about 2× between runs). `sinmun dedupe` runs no analyser either, so its time is this plus reading the file.", "");
process.stdout.write(out.join("\n") + "\n");
