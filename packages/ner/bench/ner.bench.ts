// @sinmun/ner: dictionary load and automaton build time, recognition throughput (chars/s) without
// and with morphology (tokens from @sinmun/tokenizer's embedded backend), peak RSS.
// Text: corpora/business-news (76 wire-style documents) and the KLUE-NER dev-a sentences, read in
// place from ../shared (never copied). Times are CPU time of this process (the machine is shared).
// Run: npx tsc -b packages/ner packages/tokenizer && node -r ts-node/register/transpile-only packages/ner/bench/ner.bench.ts
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createRecognizer } from "@sinmun/ner";
import { createTokenizer } from "@sinmun/tokenizer";
import type { Token } from "@sinmun/core";

const root = join(__dirname, "..", "..", "..");
const news = readFileSync(join(root, "corpora", "business-news", "business-news.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => (JSON.parse(l) as { text: string }).text);
const kluePath = join(root, "..", "shared", "corpora", "klue-ner", "klue-ner-v1.1_dev-a.tsv");
const klue = existsSync(kluePath)
  ? readFileSync(kluePath, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("## klue-ner"))
      .map((l) => l.slice(l.indexOf("\t") + 1).replace(/<([^<>:]+):[A-Z]{2}>/g, "$1"))
  : [];

function cpu<T>(fn: () => T): { ms: number; wallMs: number; value: T } {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, wallMs: performance.now() - w0, value };
}

async function main(): Promise<void> {
  const rows: string[] = [];
  const load = cpu(() => createRecognizer());
  const ner = load.value;
  const again = cpu(() => createRecognizer());
  rows.push(`| load bundled dictionary + build automaton (first call) | ${ner.size} entities | ${load.ms.toFixed(0)} ms CPU (${load.wallMs.toFixed(0)} ms wall) |`);
  rows.push(`| build automaton again (data cached) | ${again.value.size} entities | ${again.ms.toFixed(0)} ms CPU |`);

  const sets: [string, string[]][] = [["business-news (76 docs)", news], ["KLUE-NER dev-a (2,500 sentences)", klue]];
  for (const [name, texts] of sets) {
    if (texts.length === 0) continue;
    const chars = texts.reduce((n, t) => n + t.length, 0);
    for (const t of texts.slice(0, 50)) ner.recognize(t); // warm-up
    const reps = Math.max(1, Math.ceil(400_000 / chars));
    const r = cpu(() => {
      let n = 0;
      for (let i = 0; i < reps; i++) for (const t of texts) n += ner.recognize(t).length;
      return n;
    });
    rows.push(`| recognize, no morphology — ${name} | ${(chars * reps).toLocaleString("en")} chars | ${Math.round((chars * reps) / (r.ms / 1000)).toLocaleString("en")} chars/s |`);
  }

  rows.push(`| peak RSS before loading the tokenizer (dictionary + recognition only) | | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB |`);
  const tStart = performance.now();
  const c0 = process.cpuUsage();
  const tokenizer = await createTokenizer({ backend: "embedded", userDictionary: ner.userDictionary() });
  const cl = process.cpuUsage(c0);
  rows.push(`| embedded tokenizer load with ${ner.userDictionary().length} user entries | | ${((cl.user + cl.system) / 1000).toFixed(0)} ms CPU (${(performance.now() - tStart).toFixed(0)} ms wall) |`);
  if (!("tokenizeSync" in tokenizer)) throw new Error("embedded tokenizer without tokenizeSync");
  for (const [name, texts] of sets) {
    if (texts.length === 0) continue;
    const chars = texts.reduce((n, t) => n + t.length, 0);
    const tok = cpu(() => texts.map((t) => tokenizer.tokenizeSync(t) as Token[]));
    for (let i = 0; i < Math.min(50, texts.length); i++) ner.recognize(texts[i] as string, { tokens: tok.value[i] as Token[] }); // warm-up
    const rec = cpu(() => texts.reduce((n, t, i) => n + ner.recognize(t, { tokens: tok.value[i] as Token[] }).length, 0));
    rows.push(`| recognize with tokens (recognizer only) — ${name} | ${chars.toLocaleString("en")} chars | ${Math.round(chars / (rec.ms / 1000)).toLocaleString("en")} chars/s |`);
    rows.push(`| tokenize + recognize (end to end) — ${name} | ${chars.toLocaleString("en")} chars | ${Math.round(chars / ((rec.ms + tok.ms) / 1000)).toLocaleString("en")} chars/s |`);
  }
  const cpus = os.cpus();
  process.stdout.write(
    [
      "### @sinmun/ner — recognition",
      "",
      `Machine: ${cpus[0]?.model ?? "unknown"}, ${cpus.length} cores, Node ${process.version}. CPU time of this process.`,
      "",
      "| what | size | result |",
      "|---|---|---|",
      ...rows,
      `| peak RSS (with the embedded tokenizer) | | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB |`,
      "",
    ].join("\n") + "\n",
  );
}

main().catch((e) => {
  process.stderr.write(String((e as Error).stack ?? e) + "\n");
  process.exitCode = 1;
});
