// One table, every stage of Sinmun on a generated news-like corpus: decode, sentences, tokenize
// (embedded and mecab), entities, amounts, quotes, the full pipeline, and the CLI's worker-thread
// speed-up. Each stage runs in its own child process so its start-up time (module import + first
// call) and peak RSS are its own. Packages are imported by name (@sinmun/* → built dist) and
// dynamically: a stage whose package or function is not built yet prints "n/a (not built)".
//
// Run: npx tsc -b packages/eval && node -r ts-node/register/transpile-only packages/eval/bench/stages.bench.ts
// Env: BENCH_DOCS (stage corpus, default 1000), BENCH_STAGE_SECONDS (time budget per stage,
// default 2), BENCH_WORKER_DOCS (CLI corpus, default 3000 — fewer documents measure mostly worker start-up; the whole-run time includes each
// worker loading the dictionaries, so small corpora understate the speed-up), BENCH_WORKERS_ONLY=1 (only the CLI rows: workers 1, 2, …,
// each with its CPU time, user + system over every thread, and the speed-up that CPU time allows on this machine:
// min(workers, cores) × (one-worker seconds) / (CPU seconds of the run)).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { generateCorpus } from "./newsCorpus";
import type { NewsDoc } from "./newsCorpus";

const ROOT = join(__dirname, "..", "..", "..");
const STAGES = ["decode", "sentences", "tokenize (embedded)", "tokenize (mecab)", "entities", "amounts", "quotes", "full pipeline", "full pipeline (no morphology)"] as const;
type Stage = (typeof STAGES)[number];

interface StageResult {
  stage: string;
  status: string;
  docs?: number;
  chars?: number;
  seconds?: number;
  startupMs?: number;
  rssMb?: number;
  baseMb?: number;
}

// ---------- child: measure one stage ----------

class NotBuilt extends Error {}

function load(name: string): Record<string, unknown> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(name === "sinmun" ? "sinmun" : `@sinmun/${name}`) as Record<string, unknown>;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") throw new NotBuilt(`@sinmun/${name} not built`);
    throw e;
  }
}
function fn<T>(mod: Record<string, unknown>, name: string): T {
  const f = mod[name];
  if (typeof f !== "function") throw new NotBuilt(`${name} missing`);
  return f as T;
}

type Work = (text: string) => unknown;

/** Builds the stage: returns the per-document work (created after the timer started). */
async function prepare(stage: Stage, docs: NewsDoc[]): Promise<{ setup: () => Promise<Work> }> {
  switch (stage) {
    case "decode":
      return {
        setup: async () => {
          // decodeText lives in @sinmun/decode since the light packages became isomorphic; older commits export it from @sinmun/core.
          const core = load("core");
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          const decodeText = fn<(b: Uint8Array, o?: object) => unknown>("decodeText" in core ? core : (require("@sinmun/decode") as Record<string, unknown>), "decodeText");
          const bytes = new Map(docs.map((d) => [d.text, Buffer.from(d.text, "utf8")]));
          return (t) => decodeText(bytes.get(t) as Buffer);
        },
      };
    case "sentences":
      return { setup: async () => fn<Work>(load("core"), "splitSentences") };
    case "tokenize (embedded)":
    case "tokenize (mecab)": {
      const backend = stage === "tokenize (embedded)" ? "embedded" : "mecab";
      return {
        setup: async () => {
          const create = fn<(o: object) => Promise<{ tokenize(t: string): Promise<unknown> }>>(load("tokenizer"), "createTokenizer");
          const tk = await create({ backend });
          return (t) => tk.tokenize(t);
        },
      };
    }
    case "entities":
      return {
        setup: async () => {
          const create = fn<(o: object) => { recognize(t: string): unknown }>(load("ner"), "createRecognizer");
          const rec = create({});
          return (t) => rec.recognize(t);
        },
      };
    case "amounts":
      return { setup: async () => fn<Work>(load("normalizer"), "findAmounts") };
    case "quotes": {
      // inputs (sentences, entities) are computed before the clock starts
      const split = fn<(t: string) => unknown[]>(load("core"), "splitSentences");
      let recognize: (t: string) => unknown[] = () => [];
      try {
        const rec = fn<(o: object) => { recognize(t: string): unknown[] }>(load("ner"), "createRecognizer")({});
        recognize = (t) => rec.recognize(t);
      } catch (e) {
        if (!(e instanceof NotBuilt)) throw e;
      }
      const inputs = new Map(docs.map((d) => [d.text, { text: d.text, sentences: split(d.text), entities: recognize(d.text) }]));
      return {
        setup: async () => {
          const attribute = fn<(d: object) => unknown>(load("quotes"), "attributeQuotes");
          return (t) => attribute(inputs.get(t) as object);
        },
      };
    }
    case "full pipeline":
    case "full pipeline (no morphology)": {
      const morphology = stage === "full pipeline";
      return {
        setup: async () => {
          type Create = (o: object) => Promise<{ analyze(t: string): Promise<unknown> }>;
          // The library package `sinmun`; before it existed (to bench an older commit with this file) the CLI exported createAnalyzer.
          let analyzer;
          try {
            analyzer = await fn<Create>(load("sinmun"), "createAnalyzer")(morphology ? {} : { disable: ["tokens"] });
          } catch (e) {
            if (!(e instanceof NotBuilt)) throw e;
            analyzer = await fn<Create>(load("cli"), "createAnalyzer")(morphology ? {} : { tokenizer: "none" });
          }
          return (t) => analyzer.analyze(t);
        },
      };
    }
  }
}

async function child(stage: Stage, corpusPath: string, budgetSec: number): Promise<StageResult> {
  const docs = JSON.parse(readFileSync(corpusPath, "utf8")) as NewsDoc[];
  try {
    const { setup } = await prepare(stage, docs);
    const baseMb = process.memoryUsage().rss / 2 ** 20;
    const t0 = performance.now();
    const work = await setup();
    await work((docs[0] as NewsDoc).text);
    const startupMs = performance.now() - t0;
    let n = 0;
    let chars = 0;
    const t1 = performance.now();
    const deadline = t1 + budgetSec * 1000;
    for (const d of docs) {
      await work(d.text);
      n += 1;
      chars += d.text.length;
      if (performance.now() > deadline) break;
    }
    const seconds = (performance.now() - t1) / 1000;
    return { stage, status: "ok", docs: n, chars, seconds, startupMs, rssMb: process.resourceUsage().maxRSS / 1024, baseMb };
  } catch (e) {
    if (e instanceof NotBuilt) return { stage, status: `n/a (not built: ${e.message})` };
    const msg = (e as Error)?.message ?? String(e);
    return { stage, status: `n/a (${(msg.split("\n")[0] ?? "").replace(/\|/g, "/").slice(0, 140)})` };
  }
}

// ---------- parent: run every stage in its own process ----------

function runProcess(args: string[], opts: { stdin?: string; timeoutMs: number }): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const p = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true", TS_NODE_PROJECT: process.env.TS_NODE_PROJECT ?? join(ROOT, "tsconfig.json") },
      stdio: [opts.stdin ? "pipe" : "ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    p.stdout?.on("data", (c: Buffer) => (stdout += c.toString()));
    p.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => p.kill("SIGKILL"), opts.timeoutMs);
    p.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
    if (opts.stdin) p.stdin?.end(opts.stdin);
  });
}

const fmt = (x: number | undefined, digits = 0): string => (x === undefined ? "—" : x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }));

interface CliRun {
  code: number | null;
  lines: number;
  ms: number;
  /** Lines out by the time the first chunk arrived, and when it arrived (ms since spawn). */
  firstLines: number;
  firstMs: number;
  rssMb: number | undefined;
  /** User + system CPU seconds of the whole process, every thread (analysers, V8's compiler and GC threads, I/O) included. */
  cpuS: number | undefined;
  stderr: string;
}

/** Runs the built CLI in a child that reports its peak RSS and CPU time (all threads included) on exit; times the stream of output lines. */
function runCli(args: string[], timeoutMs: number): Promise<CliRun> {
  const bin = join(ROOT, "packages", "cli", "dist", "bin.js");
  const wrapper = `process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("\\nPEAK_RSS_KB " + u.maxRSS + " CPU_US " + (u.userCPUTime + u.systemCPUTime) + "\\n"); }); require(${JSON.stringify(bin)});`;
  return new Promise((resolve) => {
    const started = performance.now();
    const p = spawn(process.execPath, ["-e", wrapper, "--", bin, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let lines = 0;
    let firstLines = -1;
    let firstMs = 0;
    let stderr = "";
    p.stdout.on("data", (c: Buffer) => {
      for (const b of c) if (b === 0x0a) lines++;
      if (firstLines < 0) {
        firstLines = lines;
        firstMs = performance.now() - started;
      }
    });
    p.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => p.kill("SIGKILL"), timeoutMs);
    p.on("close", (code) => {
      clearTimeout(timer);
      const rss = /PEAK_RSS_KB (\d+) CPU_US (\d+)/.exec(stderr);
      resolve({
        code,
        lines,
        ms: performance.now() - started,
        firstLines: Math.max(0, firstLines),
        firstMs,
        rssMb: rss ? Number(rss[1]) / 1024 : undefined,
        cpuS: rss ? Number(rss[2]) / 1e6 : undefined,
        stderr: stderr.replace(/\n?PEAK_RSS_KB \d+ CPU_US \d+\n/, ""),
      });
    });
  });
}

async function workersRows(n: number): Promise<string[]> {
  const bin = join(ROOT, "packages", "cli", "dist", "bin.js");
  if (!existsSync(bin)) return [`| CLI \`analyze --format jsonl --workers N\` | n/a (packages/cli/dist/bin.js not built) | | | | | |`];
  const help = await runProcess([bin, "--help"], { timeoutMs: 30_000 });
  if (!/--workers/.test(help.stdout + help.stderr)) return [`| CLI \`analyze --workers N\` | n/a (no --workers option) | | | | | |`];
  const dir = mkdtempSync(join(os.tmpdir(), "sinmun-bench-"));
  const docs = generateCorpus(n, 7);
  const file = join(dir, "corpus.jsonl");
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
  const chars = docs.reduce((a, d) => a + d.text.length, 0);
  const rows: string[] = [];
  const rates: number[] = [];
  const steady: number[] = [];
  const cpu: number[] = [];
  const cores = os.cpus().length;
  for (const w of [...new Set([1, 2, cores])].sort((a, b) => a - b)) {
    const r = await runCli(["analyze", file, "--format", "jsonl", "--workers", String(w), "--no-progress"], 240_000);
    if (r.code !== 0 || r.lines !== n) {
      const why = r.code === null ? "timed out" : `exit ${r.code}, ${r.lines}/${n} docs out: ${r.stderr.trim().split("\n").pop()?.slice(0, 80) ?? ""}`;
      rows.push(`| CLI \`--workers ${w}\` (${n} docs) | n/a (${why}) | | | | | |`);
      continue;
    }
    const s = r.ms / 1000;
    rates.push(n / s);
    // After start-up: documents written after the first output chunk, over the time since it.
    const after = (r.lines - r.firstLines) / ((r.ms - r.firstMs) / 1000);
    steady.push(after);
    cpu.push(r.cpuS ?? NaN);
    // The most w workers can give here: the w-worker run needs its CPU time (duplicated start-up, compilation and GC
    // included) and has min(w, cores) cores, so it takes at least cpu / min(w, cores) seconds; the one-worker run took
    // (n / rates[0]) s, already using more than one core (V8 compiles and collects garbage on other threads). Exact
    // on an idle machine; under load the one-worker run is slowed and the ceiling comes out higher than it is.
    const ceiling = rates.length > 1 && r.cpuS !== undefined ? `; CPU-time ceiling ×${((Math.min(w, cores) * (n / (rates[0] as number))) / r.cpuS).toFixed(2)}` : "";
    const speedup = rates.length > 1 ? ` (×${((n / s) / (rates[0] as number)).toFixed(2)} whole run, ×${(after / (steady[0] as number)).toFixed(2)} after start-up, vs 1 worker${ceiling})` : "";
    rows.push(
      `| CLI \`analyze --format jsonl --workers ${w}\`${speedup} | ok | ${n} | ${fmt(chars / s)} | ${fmt(n / s, 1)} (${fmt(after, 1)} after start-up) | — (whole run ${fmt(s, 1)} s, first output at ${fmt(r.firstMs / 1000, 1)} s; CPU ${r.cpuS === undefined ? "—" : `${fmt(r.cpuS, 1)} s = ${fmt(r.cpuS / s, 2)} cores`}; load ${fmt(os.loadavg()[0], 2)}) | ${r.rssMb === undefined ? "—" : `${fmt(r.rssMb)} (process, ${w} analyser${w > 1 ? "s" : ""})`} |`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

async function main(): Promise<void> {
  const nDocs = Number(process.env.BENCH_DOCS ?? 1000);
  const budget = Number(process.env.BENCH_STAGE_SECONDS ?? 2);
  const workerDocs = Number(process.env.BENCH_WORKER_DOCS ?? 3000);
  const docs = generateCorpus(nDocs);
  const chars = docs.reduce((a, d) => a + d.text.length, 0);
  const dir = mkdtempSync(join(os.tmpdir(), "sinmun-bench-"));
  const corpus = join(dir, "corpus.json");
  writeFileSync(corpus, JSON.stringify(docs));
  const rows: string[] = [];
  for (const stage of process.env.BENCH_WORKERS_ONLY === "1" ? [] : STAGES) {
    const r = await runProcess(["-r", "ts-node/register/transpile-only", __filename, "--stage", stage, corpus, String(budget)], { timeoutMs: (budget + 120) * 1000 });
    const last = r.stdout.trim().split("\n").pop() ?? "";
    let res: StageResult;
    try {
      res = JSON.parse(last) as StageResult;
    } catch {
      res = { stage, status: `failed (exit ${r.code}: ${r.stderr.trim().split("\n").pop()?.slice(0, 80) ?? ""})` };
    }
    if (res.status !== "ok") {
      rows.push(`| ${stage} | ${res.status} | | | | | |`);
      continue;
    }
    const s = res.seconds as number;
    rows.push(`| ${stage} | ok | ${res.docs} | ${fmt((res.chars as number) / s)} | ${fmt((res.docs as number) / s, 1)} | ${fmt(res.startupMs, 1)} | ${fmt(res.rssMb, 0)} (${fmt(res.baseMb, 0)}) |`);
  }
  rmSync(dir, { recursive: true, force: true });
  rows.push(...(await workersRows(workerDocs)));
  const cpus = os.cpus();
  const out = [
    "### Stages (packages/eval/bench/stages.bench.ts)",
    "",
    `Generated news-like corpus: ${nDocs} documents, ${chars.toLocaleString("en-US")} characters (${Math.round(chars / nDocs)} per document), seeded; each stage in its own process, at most ${budget} s of documents per stage (after start-up); peak RSS includes the child's ts-node and the corpus, shown in brackets before the stage loads. ` +
      `Machine: ${cpus[0]?.model ?? "?"}, ${cpus.length} cores, Node ${process.version}.`,
    "",
    "| stage | status | docs | chars/s | docs/s | start-up ms (import + first call) | peak RSS MB (before the stage) |",
    "|---|---|---:|---:|---:|---:|---:|",
    ...rows,
    "",
  ];
  process.stdout.write(out.join("\n") + "\n");
}

if (process.argv[2] === "--stage") {
  child(process.argv[3] as Stage, process.argv[4] as string, Number(process.argv[5] ?? 5)).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e: unknown) => {
      process.stdout.write(`${JSON.stringify({ stage: process.argv[3], status: `failed (${String(e).slice(0, 80)})` })}\n`);
    },
  );
} else {
  main().catch((e: unknown) => {
    process.stderr.write(`stages.bench: ${String(e)}\n`);
    process.exitCode = 1;
  });
}
