// Benchmark of @sinmun/normalizer (run by `npm run bench`, or alone:
//   npx tsc -b packages/normalizer && node -r ts-node/register/transpile-only packages/normalizer/bench/normalizer.bench.ts)
// findAmounts throughput on generated news text beside a bare /[0-9]+/g scan of the same text, parseAmount
// median latency, import time of the built package in a fresh node, packed size, peak RSS.
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { findAmounts, parseAmount } from "@sinmun/normalizer";
import { newsText } from "./newsText";

const root = path.join(__dirname, "..", "..", "..");

function seconds(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const text = newsText(8_000_000);
const mb = Buffer.byteLength(text, "utf8") / 1e6;

// Warm up both, then take the best of three runs each.
findAmounts(text.slice(0, 200_000));
let found = 0;
const fa: number[] = [];
const re: number[] = [];
for (let r = 0; r < 3; r++) {
  fa.push(seconds(() => {
    found = findAmounts(text).length;
  }));
  re.push(seconds(() => {
    let n = 0;
    for (const m of text.matchAll(/[0-9]+/g)) if (m) n++;
  }));
}
const faMBs = mb / Math.min(...fa);
const reMBs = mb / Math.min(...re);

const EXPRESSIONS = ["380억 달러", "1조4000억원", "삼백팔십억", "약 3.5%", "10~20억 원", "30GW", "0.25%포인트", "스물다섯번째", "수천억 원", "5000원 이상", "$38 billion", "3조 2천억 원"];
for (let i = 0; i < 20_000; i++) parseAmount(EXPRESSIONS[i % EXPRESSIONS.length] as string);
const lat: number[] = [];
for (let i = 0; i < 60_000; i++) {
  const e = EXPRESSIONS[i % EXPRESSIONS.length] as string;
  const t0 = process.hrtime.bigint();
  parseAmount(e);
  lat.push(Number(process.hrtime.bigint() - t0) / 1e3);
}

// Import time: a fresh node requiring the built package (median of 7; node's own start-up subtracted).
function spawnMs(code: string): number {
  const out = execFileSync(process.execPath, ["-e", `const t0=process.hrtime.bigint();${code};console.log(Number(process.hrtime.bigint()-t0)/1e6)`], { cwd: root, encoding: "utf8" });
  return Number(out.trim());
}
const importMs = median(Array.from({ length: 7 }, () => spawnMs("require('@sinmun/normalizer')")));
const firstCallMs = median(Array.from({ length: 7 }, () => spawnMs("require('@sinmun/normalizer').parseAmount('380억 달러')")));

let packed = "n/a";
let unpacked = "n/a";
let files = 0;
try {
  const json = execFileSync("npm", ["pack", "--dry-run", "--json", "-w", "packages/normalizer"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const info = (JSON.parse(json) as { size: number; unpackedSize: number; entryCount: number }[])[0];
  if (info) {
    packed = `${(info.size / 1024).toFixed(1)} KB`;
    unpacked = `${(info.unpackedSize / 1024).toFixed(1)} KB`;
    files = info.entryCount;
  }
} catch {
  packed = "npm pack failed";
}

const rssMB = process.resourceUsage().maxRSS / 1024;
const cpu = os.cpus()[0]?.model ?? "unknown";
console.log(`### @sinmun/normalizer\n`);
console.log(`Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}. Text: ${mb.toFixed(1)} MB of generated news (bench/newsText.ts), ${found} amounts found.\n`);
console.log("| measure | value |");
console.log("| --- | --- |");
console.log(`| findAmounts throughput | ${faMBs.toFixed(1)} MB/s |`);
console.log(`| bare \`/[0-9]+/g\` scan, same text | ${reMBs.toFixed(1)} MB/s |`);
console.log(`| ratio regex / findAmounts | ${(reMBs / faMBs).toFixed(1)}× |`);
console.log(`| parseAmount median latency | ${median(lat).toFixed(2)} µs (p99 ${[...lat].sort((a, b) => a - b)[Math.floor(lat.length * 0.99)]?.toFixed(2)} µs) |`);
console.log(`| import time (\`require('@sinmun/normalizer')\`, fresh node) | ${importMs.toFixed(1)} ms |`);
console.log(`| import + first parseAmount (loads data/lexicon.json) | ${firstCallMs.toFixed(1)} ms |`);
console.log(`| packed size (\`npm pack --dry-run\`) | ${packed} (${unpacked} unpacked, ${files} files) |`);
console.log(`| peak RSS of this bench | ${rssMB.toFixed(0)} MB |`);
