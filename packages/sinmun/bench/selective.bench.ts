// Morphology only where it pays (issue 18): the pipeline without `tokens: true` asks the tokenizer
// for proper nouns only (`Tokenizer.properNouns`), which is all NER and quote attribution read.
// This bench prints (1) identity: entities, amounts and quotes of the selective pipeline against
// the pipeline with every token (`tokens: true`), per corpus (every bundled corpus, and KLUE dev-a
// when ../shared/corpora is there); (2) chars/s of the pipeline without morphology, with every
// token, and selective, on the generated bench corpus (interleaved rounds, best of each); (3) a
// 1 MB document of random Hangul syllables, full against selective.
//
// Run: npx tsc -b && node -r ts-node/register/transpile-only packages/sinmun/bench/selective.bench.ts
// Env: BENCH_DOCS (bench corpus, default 1000), BENCH_ROUNDS (default 5), BENCH_RANDOM_CHARS (default 1000000).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { createAnalyzer, type AnalyzerOptions } from "sinmun";
import { generateCorpus, rng } from "../../eval/bench/newsCorpus";

const ROOT = join(__dirname, "..", "..", "..");
const KLUE = join(ROOT, "..", "shared", "corpora", "klue-ner", "klue-ner-v1.1_dev-a.tsv");
const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const RANDOM_CHARS = Number(process.env.BENCH_RANDOM_CHARS ?? 1_000_000);

type Analyzer = Awaited<ReturnType<typeof createAnalyzer>>;

const jsonlTexts = (path: string): string[] =>
  readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => (JSON.parse(l) as { text: string }).text);

/** The sentences of a KLUE NER TSV: each block's first column, characters joined. */
function klueTexts(path: string): string[] {
  const out: string[] = [];
  let cur: string[] | null = null;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("## ") && line.includes("\t")) cur = [];
    else if (line.startsWith("##")) continue;
    else if (line === "") {
      if (cur && cur.length > 0) out.push(cur.join(""));
      cur = null;
    } else if (cur) cur.push(line.slice(0, line.lastIndexOf("\t")));
  }
  if (cur && cur.length > 0) out.push(cur.join(""));
  return out;
}

/** Random Hangul syllables in words of 1–5, a sentence end now and then. */
export function randomHangul(chars: number, seed = 7): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const len = 1 + Math.floor(r() * 5);
    let w = "";
    for (let i = 0; i < len; i++) w += String.fromCharCode(0xac00 + Math.floor(r() * 11172));
    w += r() < 0.05 ? ".\n" : " ";
    parts.push(w);
    n += w.length;
  }
  return parts.join("");
}

const layers = (doc: Record<string, unknown>): unknown => ({ entities: doc.entities, amounts: doc.amounts, quotes: doc.quotes });

async function identity(name: string, texts: string[], full: Analyzer, selective: Analyzer): Promise<string> {
  let same = 0;
  const differ: number[] = [];
  for (const [i, text] of texts.entries()) {
    const a = layers((await full.analyze(text)) as Record<string, unknown>);
    const b = layers((await selective.analyze(text)) as Record<string, unknown>);
    if (isDeepStrictEqual(a, b)) same++;
    else differ.push(i);
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  return `| ${name} | ${texts.length} | ${chars} | ${same} | ${differ.length}${differ.length > 0 ? ` (docs ${differ.slice(0, 10).join(", ")})` : ""} |`;
}

async function seconds(analyzer: Analyzer, texts: readonly string[]): Promise<number> {
  const t0 = process.hrtime.bigint();
  for (const t of texts) await analyzer.analyze(t);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

async function main(): Promise<void> {
  const make = async (options: AnalyzerOptions): Promise<Analyzer> => {
    const a = await createAnalyzer(options);
    await a.ready();
    return a;
  };
  const none = await make({ disable: ["tokens"] });
  const full = await make({ tokens: true });
  const selective = await make({});

  const out: string[] = ["## Morphology only where it pays (sinmun)", ""];
  out.push("Identity: entities, amounts and quotes of the default pipeline (proper nouns only) against `tokens: true` (every token).", "");
  out.push("| corpus | docs | chars | identical | different |", "|---|---:|---:|---:|---:|");
  const corpora: Array<[string, string[]]> = [
    ["business-news", jsonlTexts(join(ROOT, "corpora", "business-news", "business-news.jsonl"))],
    ["quotes", jsonlTexts(join(ROOT, "corpora", "quotes", "quotes.jsonl"))],
    ["sentences", jsonlTexts(join(ROOT, "corpora", "sentences", "cases.jsonl"))],
  ];
  if (existsSync(KLUE)) corpora.push(["KLUE NER dev-a", klueTexts(KLUE)]);
  for (const [name, texts] of corpora) out.push(await identity(name, texts, full, selective));
  const bench = generateCorpus(DOCS).map((d) => d.text);
  out.push(await identity("generated (the speed corpus below)", bench, full, selective));
  process.stdout.write(`${out.join("\n")}\n`);

  const chars = bench.reduce((n, t) => n + t.length, 0);
  const best: Record<string, number> = { none: Infinity, full: Infinity, selective: Infinity };
  for (const a of [none, full, selective]) await seconds(a, bench.slice(0, 50)); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    best.none = Math.min(best.none as number, await seconds(none, bench));
    best.full = Math.min(best.full as number, await seconds(full, bench));
    best.selective = Math.min(best.selective as number, await seconds(selective, bench));
  }
  const rate = (s: number, n: number = chars): string => `${Math.round(n / s).toLocaleString("en-US")}`;
  const lines = [
    "",
    `Speed: ${DOCS} generated news documents (${chars.toLocaleString("en-US")} chars), one thread, best of ${ROUNDS} interleaved rounds.`,
    "",
    "| pipeline | chars/s | time vs no morphology |",
    "|---|---:|---:|",
    `| no morphology (\`disable: ["tokens"]\`) | ${rate(best.none as number)} | 1.00× |`,
    `| every token (\`tokens: true\`) | ${rate(best.full as number)} | ${((best.full as number) / (best.none as number)).toFixed(2)}× |`,
    `| selective (default: proper nouns only) | ${rate(best.selective as number)} | ${((best.selective as number) / (best.none as number)).toFixed(2)}× |`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);

  // Real text repeats less than the generated corpus: the bundled corpora and KLUE, one pass each
  // with fresh analyzers (the selective one starts with an empty word cache).
  const real = corpora.flatMap(([, texts]) => texts);
  const realChars = real.reduce((n, t) => n + t.length, 0);
  const fresh = { none: await make({ disable: ["tokens"] }), full: await make({ tokens: true }), selective: await make({}) };
  const rn = await seconds(fresh.none, real);
  const rf = await seconds(fresh.full, real);
  const rs = await seconds(fresh.selective, real);
  const realLines = [
    "",
    `Speed on real text: ${corpora.map(([name]) => name).join(", ")} (${real.length} documents, ${realChars.toLocaleString("en-US")} chars), one pass each, fresh analyzers (the word cache starts empty).`,
    "",
    "| pipeline | chars/s | time vs no morphology |",
    "|---|---:|---:|",
    `| no morphology | ${rate(rn, realChars)} | 1.00× |`,
    `| every token | ${rate(rf, realChars)} | ${(rf / rn).toFixed(2)}× |`,
    `| selective | ${rate(rs, realChars)} | ${(rs / rn).toFixed(2)}× |`,
  ];
  process.stdout.write(`${realLines.join("\n")}\n`);
  await Promise.all([fresh.none.close(), fresh.full.close(), fresh.selective.close()]);

  const random = randomHangul(RANDOM_CHARS);
  const tf = await seconds(full, [random]);
  const ts = await seconds(selective, [random]);
  const same = isDeepStrictEqual(layers((await full.analyze(random)) as Record<string, unknown>), layers((await selective.analyze(random)) as Record<string, unknown>));
  const last = [
    "",
    `Bad input: ${random.length.toLocaleString("en-US")} chars of random Hangul syllables, one document.`,
    "",
    "| pipeline | seconds | chars/s | output |",
    "|---|---:|---:|---|",
    `| every token | ${tf.toFixed(2)} | ${rate(tf, random.length)} | — |`,
    `| selective | ${ts.toFixed(2)} | ${rate(ts, random.length)} | ${same ? "identical" : "DIFFERENT"} |`,
  ];
  process.stdout.write(`${last.join("\n")}\n`);
  await Promise.all([none.close(), full.close(), selective.close()]);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
