// `sinmun analyze --format jsonl` at scale (issue 8): 100,000 small news-like documents streamed
// through 2 workers without the tokenizer, and 10,000 with the default embedded tokenizer; docs/s
// and peak RSS (from /usr/bin/time -v, which covers the worker threads of the one process). One
// document over --max-chars must be reported on stderr and skipped while every other document
// comes out, in order, with its id. Then Ctrl-C (SIGINT) and SIGKILL in the middle of a run: the
// output file must not exist half-written.
//
// Run: npx tsc -b packages/cli && node -r ts-node/register/transpile-only packages/cli/bench/scale.bench.ts
// Env: SCALE_DOCS (default 100000), SCALE_DOCS_EMBEDDED (default 10000).
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { seeded } from "../../../scripts/seeded";

const ROOT = join(__dirname, "..", "..", "..");
const BIN = join(ROOT, "packages", "cli", "dist", "bin.js");
const DOCS = Number(process.env.SCALE_DOCS ?? 100_000);
const DOCS_EMBEDDED = Number(process.env.SCALE_DOCS_EMBEDDED ?? 10_000);
const MAX_CHARS = 20_000;

/** Small news-like documents (1–4 sentences written for this bench), seeded. */
function makeDocs(count: number, bigAt: number): string[] {
  const { rnd, pick } = seeded(8);
  const companies = ["삼성전자", "SK하이닉스", "현대차", "기아", "네이버", "카카오", "LG화학", "엔비디아", "애플", "마이크로소프트", "오픈AI", "TSMC"];
  const people = ["이재용 회장", "정의선 회장", "젠슨 황 CEO", "샘 올트먼 CEO", "최태원 회장", "한 증권사 연구원"];
  const s = [
    () => `${pick(companies)}는 ${rnd(4) + 1}분기 매출이 ${rnd(90) + 10}조${rnd(10)}000억원으로 ${rnd(30)}.${rnd(10)}% 늘었다고 밝혔다.`,
    () => `${pick(people)}은 “${pick(["수요가 견조하다", "투자를 늘리겠다", "가격 인상은 없다", "하반기가 더 좋다"])}”고 말했다.`,
    () => `${pick(companies)} 주가는 ${rnd(10)}.${rnd(100)}% 올랐다.`,
    () => `환율은 ${1300 + rnd(150)}원, 금리는 ${rnd(50)}bp 내렸다.`,
    () => `${pick(companies)}와 ${pick(companies)}가 ${rnd(300) + 1}억 달러 규모 계약을 맺었다.`,
  ];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = Array.from({ length: 1 + rnd(4) }, () => pick(s)()).join(" ");
    if (i === bigAt) while (text.length <= MAX_CHARS) text += " " + pick(s)();
    lines.push(JSON.stringify({ id: `n${i}`, text }));
  }
  return lines;
}

interface Run {
  seconds: number;
  peakRssMb: number;
  code: number | null;
  stderr: string;
}

function timedRun(args: string[]): Run {
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  const stderr = r.stderr ?? "";
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  return { seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : NaN, code: r.status, stderr: (stderr.split("\tCommand being timed")[0] ?? "").replace(/^Command exited with non-zero status \d+\n/m, "") };
}

/** Streams the output and checks: ids in order, the big document missing, every line valid JSON. */
async function checkOutput(out: string, count: number, bigAt: number): Promise<string[]> {
  const problems: string[] = [];
  let expected = 0;
  let lines = 0;
  const rl = createInterface({ input: createReadStream(out), crlfDelay: Infinity });
  for await (const line of rl) {
    lines++;
    if (expected === bigAt) expected++;
    const doc = JSON.parse(line) as { id: string; sentences: unknown[] };
    if (doc.id !== `n${expected}`) {
      problems.push(`line ${lines}: id ${doc.id}, expected n${expected}`);
      if (problems.length > 5) break;
    }
    if (!Array.isArray(doc.sentences)) problems.push(`line ${lines}: no sentences`);
    expected++;
  }
  if (lines !== count - 1) problems.push(`${lines} output lines for ${count} documents (one skipped), expected ${count - 1}`);
  return problems;
}

async function interrupted(input: string, dir: string, signal: NodeJS.Signals): Promise<string> {
  const out = join(dir, `killed-${signal}.jsonl`);
  const child = spawn(process.execPath, [BIN, "analyze", input, "--format", "jsonl", "--workers", "2", "--tokenizer", "none", "--output", out], { cwd: ROOT, stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 4000));
  child.kill(signal);
  const code = await new Promise<number | null>((r) => child.on("exit", (c, s) => r(c ?? (s ? -1 : null))));
  const leftovers = readdirSync(dir).filter((f) => f.includes(`killed-${signal}`) && f !== `killed-${signal}.jsonl`);
  const target = existsSync(out) ? `**output file exists (${statSync(out).size} bytes)**` : "no output file";
  return `| ${signal} after 4 s | exit ${code} | ${target} | ${leftovers.length === 0 ? "none" : `${leftovers.length} temporary file(s) left: ${leftovers.join(", ")}`} |`;
}

async function main(): Promise<void> {
  if (!existsSync(BIN)) throw new Error("packages/cli/dist/bin.js missing: run `npx tsc -b packages/cli`");
  const dir = mkdtempSync(join(os.tmpdir(), "sinmun-scale-"));
  try {
    const rows: string[] = [];
    const notes: string[] = [];
    for (const [count, tokenizer] of [[DOCS, "none"], [DOCS_EMBEDDED, "embedded"]] as const) {
      const bigAt = Math.floor(count / 2);
      const input = join(dir, `docs-${tokenizer}.jsonl`);
      const lines = makeDocs(count, bigAt);
      writeFileSync(input, lines.join("\n") + "\n");
      const inputMb = statSync(input).size / (1 << 20);
      const out = join(dir, `out-${tokenizer}.jsonl`);
      const run = timedRun(["analyze", input, "--format", "jsonl", "--workers", "2", "--tokenizer", tokenizer, "--max-chars", String(MAX_CHARS), "--output", out]);
      const problems = existsSync(out) ? await checkOutput(out, count, bigAt) : ["no output file"];
      const reported = run.stderr.includes(`:${bigAt + 1}:`) && run.stderr.includes(`"n${bigAt}"`) && /max-chars/.test(run.stderr);
      if (!reported) problems.push(`the over-limit document n${bigAt} (line ${bigAt + 1}) was not reported on stderr: ${run.stderr.slice(0, 300)}`);
      const otherStderr = run.stderr.split("\n").filter((l) => l.trim() !== "" && !l.includes(`"n${bigAt}"`));
      if (otherStderr.length > 0) problems.push(`other stderr lines: ${otherStderr.slice(0, 3).join(" / ")}`);
      rows.push(
        `| ${count.toLocaleString("en")} | ${tokenizer} | ${inputMb.toFixed(1)} MB | ${run.seconds.toFixed(1)} s | ${Math.round((count - 1) / run.seconds).toLocaleString("en")} | ${(inputMb / run.seconds).toFixed(2)} | ${run.peakRssMb.toFixed(0)} MB | ${run.code} | ${problems.length === 0 ? "all in order, n" + bigAt + " reported and skipped" : "**" + problems.join("; ") + "**"} |`,
      );
      process.stderr.write(`  ${count} docs, tokenizer ${tokenizer}: ${run.seconds.toFixed(1)} s, ${run.peakRssMb.toFixed(0)} MB\n`);
      if (tokenizer === "none") {
        notes.push(await interrupted(input, dir, "SIGINT"));
        notes.push(await interrupted(input, dir, "SIGKILL"));
      }
    }
    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    process.stdout.write(
      [
        "### sinmun analyze --format jsonl at scale",
        "",
        `Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}. \`sinmun analyze FILE --format jsonl --workers 2 --tokenizer T --max-chars ${MAX_CHARS} --output OUT\`; ` +
          "one document in the middle is over --max-chars. Peak RSS of the whole process (main thread + workers) from `/usr/bin/time -v`.",
        "",
        "| docs | tokenizer | input | wall | docs/s | MB/s | peak RSS | exit | output |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---|",
        ...rows,
        "",
        "Interrupted runs (`--output` must be all or nothing):",
        "",
        "| signal | exit | target file | temporary files |",
        "|---|---|---|---|",
        ...notes,
        "",
        `Bench process peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
        "",
      ].join("\n"),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
