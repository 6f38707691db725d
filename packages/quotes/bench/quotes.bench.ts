// Throughput of attributeQuotes on analysed documents (entities precomputed by @sinmun/ner),
// plus adversarial inputs to show linear time. Prints a Markdown section.
// Run: npx tsc -b packages/quotes packages/ner && node -r ts-node/register/transpile-only packages/quotes/bench/quotes.bench.ts
import { readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { attributeQuotes } from "@sinmun/quotes";
import { createRecognizer } from "@sinmun/ner";
import type { Entity } from "@sinmun/core";

const corpus = path.join(__dirname, "..", "..", "..", "corpora", "quotes", "quotes.jsonl");
const docs = readFileSync(corpus, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as { text: string });

const ner = createRecognizer();
const analysed = docs.map((d) => ({ text: d.text, sentences: [{ start: 0, end: d.text.length }], entities: ner.recognize(d.text) as Entity[] }));

// One long article: the 50 documents joined, entities shifted.
let joined = "";
const joinedEntities: Entity[] = [];
for (const d of analysed) {
  const off = joined.length;
  for (const e of d.entities) joinedEntities.push({ ...e, start: e.start + off, end: e.end + off });
  joined += d.text + "\n\n";
}
const long = { text: joined, sentences: [{ start: 0, end: joined.length }], entities: joinedEntities };

function measure(label: string, run: () => number, chars: number, minMs = 3000): string[] {
  // Warm-up: let the JIT settle (one second or three calls, whichever is longer).
  const w0 = Date.now();
  for (let i = 0; i < 3 || Date.now() - w0 < 1000; i++) run();
  let quotes = 0;
  let iterations = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < minMs) {
    quotes += run();
    iterations++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  const s = elapsed / 1000;
  return [
    label,
    String(iterations),
    (quotes / s).toFixed(0),
    ((chars * iterations) / s / 1e6).toFixed(2),
    (elapsed / iterations).toFixed(2),
    (cpuMs / iterations).toFixed(2),
    ((chars * iterations) / (cpuMs / 1000) / 1e6).toFixed(2),
  ];
}

const corpusChars = analysed.reduce((n, d) => n + d.text.length, 0);
const rows: string[][] = [];
rows.push(measure(`${analysed.length} corpus documents, one call each (${corpusChars} chars)`, () => analysed.reduce((n, d) => n + attributeQuotes(d).length, 0), corpusChars));
rows.push(measure(`one article of ${joined.length} chars (the corpus joined)`, () => attributeQuotes(long).length, joined.length));
for (const [label, text] of [
  ["10,000 “ in a row", "“".repeat(10000)],
  ["100,000 mixed quote marks", "“”‘’\"'「」".repeat(12500)],
  ["an unclosed quote, 200,000 chars", "그는 “" + "가나다라마 ".repeat(33333)],
  ["one 64,000-char sentence of …다고 clauses, no cue", "실적이 좋다고 ".repeat(8000)],
  ["one 88,000-char sentence of 8,000 indirect quotes", "그는 좋다고 말했다 ".repeat(8000)],
] as const) {
  const doc = { text, sentences: [] };
  rows.push(measure(label, () => attributeQuotes(doc).length, text.length, 1000));
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(`### @sinmun/quotes — attributeQuotes throughput\n`);
console.log(`Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}. Entities precomputed by \`createRecognizer().recognize\`; timing covers \`attributeQuotes\` only.\n`);
console.log(`Load average at start: ${os.loadavg()[0]?.toFixed(1)} (wall-clock figures suffer on a shared machine; CPU-time columns less so).\n`);
console.log("| input | iterations | quotes/s | M chars/s | ms/call (wall) | ms/call (CPU) | M chars/s (CPU) |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
console.log(`\nPeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
