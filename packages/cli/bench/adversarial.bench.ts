// Time per MB of every Sinmun stage on adversarial inputs versus normal news-like text (issue 8).
// Linear code gives a ratio near 1 (adversarial text can even be cheaper); catastrophic regex
// backtracking or quadratic scans show up as a large ratio. Ratios above 3 are flagged.
//
// Each input runs in its own worker thread with a deadline (ADV_DEADLINE seconds): a stage that
// has not finished by then is reported as a timeout instead of hanging the bench.
//
// Run: npx tsc -b packages/cli && node -r ts-node/register/transpile-only packages/cli/bench/adversarial.bench.ts
// Env: ADV_CHARS (size of each input in UTF-16 units, default 32768), ADV_SECONDS (minimum
// measuring time per cell, default 0.2; each cell runs at least once), ADV_DEADLINE (seconds per
// input, default 30).
import os from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { seeded } from "../../../scripts/seeded";

const SIZE = Number(process.env.ADV_CHARS ?? 32_768);
const MIN_SECONDS = Number(process.env.ADV_SECONDS ?? 0.2);
const DEADLINE = Number(process.env.ADV_DEADLINE ?? 30);
const LIMIT = 3;
const ROOT = join(__dirname, "..", "..", "..");

const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const nest = (open: string, inner: string, close: string, length: number): string => {
  const depth = Math.floor((length - inner.length) / (open.length + close.length));
  return open.repeat(depth) + inner + close.repeat(depth);
};

/** Normal news-like text: sentences written for this bench, varied with a seeded generator. */
function newsText(length: number): string {
  const { rnd, pick } = seeded(20261128);
  const companies = ["삼성전자", "SK하이닉스", "현대차", "LG에너지솔루션", "네이버", "카카오", "엔비디아", "오픈AI", "애플", "테슬라", "포스코홀딩스", "셀트리온"];
  const people = ["이재용 삼성전자 회장", "최태원 SK그룹 회장", "샘 올트먼 오픈AI 최고경영자(CEO)", "젠슨 황 엔비디아 CEO", "이창용 한국은행 총재", "업계 관계자"];
  const cues = ["말했다", "밝혔다", "강조했다", "설명했다", "전했다"];
  const templates = [
    () => `${pick(companies)}는 올해 3분기 영업이익이 ${1 + rnd(20)}조${rnd(10) * 1000}억원으로 작년 같은 기간보다 ${rnd(90) + 1}.${rnd(10)}% 늘었다고 ${pick(cues)}.`,
    () => `${pick(people)}은 “${pick(["반도체 업황이 살아나고 있다", "투자를 계속 늘리겠다", "AI 수요는 아직 초기 단계다", "금리 인하는 시기상조다"])}”라고 ${pick(cues)}.`,
    () => `${pick(companies)} 주가는 전날보다 ${rnd(10)}.${rnd(100)}% 오른 ${rnd(900) + 100},${rnd(900) + 100}원에 거래를 마쳤다.`,
    () => `원·달러 환율은 ${1300 + rnd(150)}.${rnd(10)}원으로 마감했고, 국고채 3년물 금리는 ${rnd(30)}bp 내렸다.`,
    () => `${pick(companies)}와 ${pick(companies)}는 ${rnd(500) + 10}억 달러 규모의 공급 계약을 맺었다고 ${pick(cues)}.`,
    () => `정부는 ${rnd(5) + 1}GW 규모의 데이터센터 전력망에 ${rnd(30) + 1}조원을 투입한다.`,
    () => `${pick(people)}은 기자들과 만나 투자 확대 계획을 설명하며 “시장 상황을 지켜보겠다”고 ${pick(cues)}.`,
    () => `실업률은 ${rnd(5) + 2}.${rnd(10)}%로 전월보다 0.${rnd(9) + 1}%p 낮아졌다.`,
  ];
  const parts: string[] = [];
  let len = 0;
  while (len < length) {
    const para = Array.from({ length: 3 + rnd(4) }, () => pick(templates)()).join(" ");
    parts.push(para);
    len += para.length + 1;
  }
  return parts.join("\n").slice(0, length);
}

const INPUTS: [string, () => string][] = [
  ["숫자만 (1234567890…)", () => fill("1234567890", SIZE)],
  ["쉼표 숫자 (1,234,…)", () => fill("1,234,", SIZE)],
  ["여는 따옴표만 (“““…)", () => "“".repeat(SIZE)],
  ["온갖 따옴표 섞임", () => fill("“”‘’\"'「」『』«»＂″", SIZE)],
  ["억억억…", () => "억".repeat(SIZE)],
  ["1억1억…", () => fill("1억", SIZE)],
  ["%p%p…", () => fill("%p", SIZE)],
  ["0.1%p 0.1%p …", () => fill("0.1%p ", SIZE)],
  ["괄호 중첩 ((((…))))", () => nest("(", "삼성전자", ")", SIZE)],
  ["따옴표 중첩 (“‘“‘…’”’”)", () => nest("“‘", "좋다", "’”", SIZE)],
  ["괄호·따옴표, 닫지 않음", () => fill("(“「『‘[", SIZE)],
  ["마침표 없는 한 문장", () => fill("삼성전자는 반도체 투자를 3조원 늘리고 “좋다”고 말했으며 ", SIZE)],
  ["같은 음절 (가가가…)", () => "가".repeat(SIZE)],
  ["직함+이름 반복", () => fill("이재용 회장 ", SIZE)],
  ["인용 동사 반복", () => fill("라고 말했다 ", SIZE)],
  ["서러게이트·제어문자", () => fill("\ud800\u0000\u0007\udc00\u200b\ufeff", SIZE)],
];

const STAGES = ["decodeText", "splitSentences", "tokenize (embedded)", "recognize", "findAmounts", "attributeQuotes", "createAnalyzer (full)"];

// The worker builds every stage once (packages by name → built dist), then times each stage on
// the text it is given, posting seconds per MB of UTF-8 after each stage.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { splitSentences } = require("@sinmun/core");
const { decodeText } = require("@sinmun/decode");
const { findAmounts } = require("@sinmun/normalizer");
const { createTokenizer } = require("@sinmun/tokenizer");
const { createRecognizer } = require("@sinmun/ner");
const { attributeQuotes } = require("@sinmun/quotes");
const { createAnalyzer } = require("sinmun");
(async () => {
  const recognizer = createRecognizer();
  const tokenizer = await createTokenizer({ userDictionary: recognizer.userDictionary() });
  const analyzer = await createAnalyzer();
  const stages = {
    "decodeText": (t, b) => decodeText(b),
    "splitSentences": (t) => splitSentences(t),
    "tokenize (embedded)": (t) => tokenizer.tokenizeSync(t),
    "recognize": (t) => recognizer.recognize(t, { sentences: splitSentences(t) }),
    "findAmounts": (t) => findAmounts(t),
    "attributeQuotes": (t) => { const sentences = splitSentences(t); return attributeQuotes({ text: t, sentences, entities: recognizer.recognize(t, { sentences }) }); },
    "createAnalyzer (full)": (t) => analyzer.analyze(t),
  };
  const warm = "삼성전자는 “좋다”고 말했다. 매출은 3조원.";
  for (const f of Object.values(stages)) await f(warm, Buffer.from(warm));
  parentPort.postMessage({ ready: true });
  const text = workerData.text;
  const bytes = Buffer.from(text, "utf8");
  for (const name of workerData.stages) {
    parentPort.postMessage({ started: name });
    let runs = 0;
    const t0 = process.hrtime.bigint();
    let elapsed = 0;
    do {
      await stages[name](text, bytes);
      runs++;
      elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
    } while (elapsed < workerData.minSeconds);
    parentPort.postMessage({ stage: name, secondsPerMb: elapsed / runs / (bytes.length / (1 << 20)) });
  }
  parentPort.postMessage({ done: true });
})().catch((err) => parentPort.postMessage({ error: String((err && err.stack) || err) }));
`;

/** Runs the stages in one worker; a stage still running at the deadline is recorded as null and ends the worker. */
function runWorker(text: string, stages: string[], results: Map<string, number | null>): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { text, stages, minSeconds: MIN_SECONDS } });
    let timer: NodeJS.Timeout | undefined;
    let current: string | undefined;
    let settled = false;
    const settle = (): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      void worker.terminate();
      resolve();
    };
    worker.on("message", (m: { ready?: boolean; started?: string; stage?: string; secondsPerMb?: number; done?: boolean; error?: string }) => {
      if (m.ready) {
        timer = setTimeout(() => {
          if (current !== undefined) results.set(current, null);
          settle();
        }, DEADLINE * 1000); // the deadline starts after start-up
      } else if (m.error) {
        settled = true;
        void worker.terminate();
        reject(new Error(m.error));
      } else if (m.started !== undefined) current = m.started;
      else if (m.done) settle();
      else if (m.stage !== undefined && m.secondsPerMb !== undefined) results.set(m.stage, m.secondsPerMb);
    });
    worker.on("error", reject);
    worker.on("exit", settle);
  });
}

/** Seconds per MB for each stage on this text (null: did not finish within the deadline). */
async function measure(text: string): Promise<Map<string, number | null>> {
  const results = new Map<string, number | null>();
  for (;;) {
    const remaining = STAGES.filter((s) => !results.has(s));
    if (remaining.length === 0) return results;
    await runWorker(text, remaining, results);
    if (STAGES.filter((s) => !results.has(s)).length === remaining.length) {
      results.set(remaining[0] as string, null); // the worker died before finishing anything
    }
  }
}

async function main(): Promise<void> {
  process.chdir(ROOT); // the eval'd worker resolves @sinmun/* from here
  const normal = newsText(SIZE);
  const base = await measure(normal);
  for (const s of STAGES) if (base.get(s) === null) throw new Error(`normal news text: ${s} did not finish within ${DEADLINE} s`);

  const rows: string[] = [];
  const flagged: string[] = [];
  for (const [name, make] of INPUTS) {
    const text = make();
    const measured = await measure(text);
    const cells: string[] = [];
    for (const stage of STAGES) {
      const s = measured.get(stage) ?? null;
      if (s === null) {
        flagged.push(`${name} × ${stage}: did not finish within ${DEADLINE} s`);
        cells.push(`**timeout ⚠**`);
        process.stderr.write(`  ${name} · ${stage}: timeout\n`);
        continue;
      }
      const ratio = s / (base.get(stage) as number);
      if (ratio > LIMIT) flagged.push(`${name} × ${stage}: ${ratio.toFixed(1)}× (${s.toFixed(2)} s/MB)`);
      cells.push(`${ratio > LIMIT ? "**" : ""}${ratio.toFixed(2)}${ratio > LIMIT ? " ⚠**" : ""}`);
      process.stderr.write(`  ${name} · ${stage}: ${s.toFixed(3)} s/MB (${ratio.toFixed(2)}×)\n`);
    }
    rows.push(`| ${name} | ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB | ${cells.join(" | ")} |`);
  }

  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const out = [
    "### Adversarial inputs: time per MB relative to normal news text",
    "",
    `Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}. Each input is ${SIZE.toLocaleString("en")} UTF-16 units; ` +
      `time per MB of UTF-8; first row in s/MB, the others the ratio adversarial ÷ normal (flagged when > ${LIMIT}; a stage still running after ${DEADLINE} s is a timeout).`,
    "",
    `| input | size | ${STAGES.join(" | ")} |`,
    `|---|---:|${STAGES.map(() => "---:").join("|")}|`,
    `| normal news text (**s/MB**) | ${(Buffer.byteLength(normal) / 1024).toFixed(0)} KB | ${STAGES.map((s) => (base.get(s) as number).toFixed(3)).join(" | ")} |`,
    ...rows,
    "",
    flagged.length === 0 ? `No stage above ${LIMIT}×.` : `**Above ${LIMIT}×** (${flagged.length}):\n\n${flagged.map((f) => `- ${f}`).join("\n")}`,
    "",
    `Peak RSS (bench process with its workers): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    "",
  ];
  process.stdout.write(out.join("\n"));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
