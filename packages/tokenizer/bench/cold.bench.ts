// The tokenizer on news it has never seen, one tokenizer per process as an application runs it: a
// fresh tokenizer (empty word cache) per round over the 76 documents of corpora/business-news, 20
// rounds, the first 5 dropped. Wall time and CPU time of the process (CPU counts V8's collector
// threads too). Set SINMUN_TOKENIZER to another build's index.js to compare builds.
// Run: npx tsc -b packages/tokenizer && node -r ts-node/register/transpile-only packages/tokenizer/bench/cold.bench.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface Tk {
  tokenizeSync(text: string): unknown[];
}

async function main(): Promise<void> {
  const where = process.env.SINMUN_TOKENIZER ?? "@sinmun/tokenizer";
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createTokenizer } = require(where) as { createTokenizer(): Promise<Tk> };
  const docs = readFileSync(join(__dirname, "../../../corpora/business-news/business-news.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const chars = docs.reduce((n, d) => n + d.length, 0);
  await createTokenizer();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 20; round++) {
    const tk = await createTokenizer();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const d of docs) tk.tokenizeSync(d);
    const w = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    if (round >= 5) {
      wall.push(w);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  const med = (x: number[]): number => [...x].sort((a, b) => a - b)[x.length >> 1] as number;
  const fmt = (x: number): string => x.toFixed(1);
  console.log(
    [
      "### @sinmun/tokenizer on news it has not seen",
      "",
      `${where}: ${docs.length} business-news documents, ${chars.toLocaleString("en-US")} chars, a new tokenizer per round (15 rounds after 5 of warm-up).`,
      "",
      "| | min ms | median ms | chars/s at the median |",
      "|---|---:|---:|---:|",
      `| wall | ${fmt(Math.min(...wall))} | ${fmt(med(wall))} | ${Math.round((chars / med(wall)) * 1000).toLocaleString("en-US")} |`,
      `| CPU (all threads) | ${fmt(Math.min(...cpu))} | ${fmt(med(cpu))} | ${Math.round((chars / med(cpu)) * 1000).toLocaleString("en-US")} |`,
    ].join("\n"),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
