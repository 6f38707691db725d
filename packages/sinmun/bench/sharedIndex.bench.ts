// What the one shared text index saves: entities + quotes on the bench corpus, (a) each stage
// building what it needs itself (sentences passed as today, NER and quotes each indexing the text),
// against (b) one `indexText` per document passed to both. CPU time of this process; several
// alternating rounds, the median reported.
// Run: npx tsc -b && node -r ts-node/register/transpile-only packages/sinmun/bench/sharedIndex.bench.ts
import { indexText, splitSentences } from "@sinmun/core";
import { createRecognizer } from "@sinmun/ner";
import { attributeQuotes } from "@sinmun/quotes";
import { generateCorpus } from "../../eval/bench/newsCorpus";

const docs = generateCorpus(Number(process.env.BENCH_DOCS ?? 1000));
const chars = docs.reduce((a, d) => a + d.text.length, 0);
const recognizer = createRecognizer();

function separate(): number {
  let n = 0;
  for (const { text } of docs) {
    const sentences = splitSentences(text);
    const entities = recognizer.recognize(text, { sentences });
    n += attributeQuotes({ text, sentences, entities }).length;
  }
  return n;
}

function shared(): number {
  let n = 0;
  for (const { text } of docs) {
    const index = indexText(text);
    const sentences = index.sentences.slice();
    const entities = recognizer.recognize(text, { sentences, index });
    n += attributeQuotes({ text, sentences, entities, index }).length;
  }
  return n;
}

const cpu = (f: () => number): [number, number] => {
  const t = process.cpuUsage();
  const n = f();
  const d = process.cpuUsage(t);
  return [(d.user + d.system) / 1e6, n];
};

separate();
shared(); // warm both paths
const a: number[] = [];
const b: number[] = [];
let quotes = [0, 0];
for (let round = 0; round < 5; round++) {
  const [sa, na] = cpu(separate);
  const [sb, nb] = cpu(shared);
  a.push(sa);
  b.push(sb);
  quotes = [na, nb];
}
const median = (xs: number[]): number => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
const ma = median(a);
const mb = median(b);
const fmt = (x: number): string => Math.round(x).toLocaleString("en-US");
process.stdout.write(
  [
    "### One shared text index (packages/sinmun/bench/sharedIndex.bench.ts)",
    "",
    `${docs.length} generated documents, ${fmt(chars)} characters; entities + quotes, CPU time, median of 5 alternating rounds.`,
    "",
    "| | CPU s | chars/s | quotes found |",
    "|---|---:|---:|---:|",
    `| each stage builds its own (sentences passed) | ${ma.toFixed(3)} | ${fmt(chars / ma)} | ${quotes[0]} |`,
    `| one \`indexText\` per document, passed to both | ${mb.toFixed(3)} | ${fmt(chars / mb)} | ${quotes[1]} |`,
    `| saved | ${(ma - mb).toFixed(3)} (${(((ma - mb) / ma) * 100).toFixed(1)} %) | | |`,
    "",
  ].join("\n") + "\n",
);
