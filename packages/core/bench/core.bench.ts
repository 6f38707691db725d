// Throughput of @sinmun/core on generated news-like text: decodeText (UTF-8 and CP949),
// normalizeText, splitSentences (next to the naive regex splitter), plus splitter accuracy on
// corpora/sentences. Run: npx tsc -b packages/core && node -r ts-node/register/transpile-only packages/core/bench/core.bench.ts
import * as os from "node:os";
import * as iconv from "iconv-lite";
import { normalizeText, splitSentences } from "@sinmun/core";
import { decodeText } from "@sinmun/decode";
import { accuracyTable, loadCases, naiveSplit, scoreSplitter } from "../test/sentenceScoring";
import { seeded } from "../../../scripts/seeded";

const COMPANIES = ["삼성전자", "SK하이닉스", "LG에너지솔루션", "현대차", "카카오", "네이버", "포스코홀딩스", "셀트리온"];
const TEMPLATES = [
  (c: string, n: number) => `${c}가 3분기 영업이익 ${n}억원을 기록했다고 ${n % 28 + 1}일 공시했다.`,
  (c: string, n: number) => `${c} 관계자는 “업황이 회복되고 있다. 내년에는 ${n % 30}% 성장이 가능하다”고 말했다.`,
  (c: string, n: number) => `주가는 전날보다 ${(n % 90) / 10}% 오른 ${n * 10}원에 마감했다.`,
  (c: string, n: number) => `Apple Inc.와 U.S. 시장 점유율 경쟁에서 ${c}는 ${n % 40}.${n % 10}%를 차지했다(연결 기준).`,
  (c: string, n: number) => `증권가는 목표주가를 ＂${n}원＂으로 올렸다… 투자 의견은 ‘매수’를 유지했다.`,
  (c: string, n: number) => `자세한 내용은 https://ir.example.co.kr/${n}.html 에서 볼 수 있다.`,
];
const BOILERPLATE = ["(서울=연합뉴스) 김철수 기자 =", "홍길동 기자 hong@example.co.kr", "< 저작권자 ⓒ 연합뉴스, 무단 전재 및 재배포 금지 >"];

/** Deterministic news-like text of about `bytes` UTF-8 bytes: paragraphs of 3-6 sentences. */
function newsText(bytes: number): string {
  const { rnd } = seeded(12345);
  const paras: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sents: string[] = [];
    if (rnd(5) === 0) sents.push(BOILERPLATE[0]!);
    for (let k = 3 + rnd(4); k > 0; k--) sents.push(TEMPLATES[rnd(TEMPLATES.length)]!(COMPANIES[rnd(COMPANIES.length)]!, 100 + rnd(90000)));
    let p = sents.join(rnd(7) === 0 ? "\u00a0" : " ");
    if (rnd(6) === 0) p += "\n" + BOILERPLATE[1 + rnd(2)]!;
    paras.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return paras.join("\n");
}

function time<T>(fn: () => T, repeat = 3): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let r = 0; r < repeat; r++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms < best) best = ms;
  }
  return { ms: best, result };
}

const MB = 1 << 20;
const text = newsText(8 * MB);
const utf8 = Buffer.from(text, "utf8");
const cp949 = iconv.encode(text, "cp949");
const rows: string[] = [];
const row = (name: string, inputBytes: number, ms: number, note: string): void => {
  rows.push(`| ${name} | ${(inputBytes / MB).toFixed(1)} MB | ${ms.toFixed(0)} ms | ${((inputBytes / MB) / (ms / 1000)).toFixed(1)} MB/s | ${note} |`);
};

const d1 = time(() => decodeText(utf8));
row("decodeText (auto, UTF-8)", utf8.length, d1.ms, `encoding ${d1.result.encoding}, ${d1.result.invalidBytes} bad bytes`);
const d2 = time(() => decodeText(cp949));
row("decodeText (auto, CP949)", cp949.length, d2.ms, `encoding ${d2.result.encoding}, ${d2.result.invalidBytes} bad bytes`);
const d3 = time(() => iconv.decode(cp949, "cp949"));
row("iconv-lite decode alone (CP949)", cp949.length, d3.ms, "reference");
const nz = time(() => normalizeText(text));
row("normalizeText", utf8.length, nz.ms, `${text.length.toLocaleString("en")} → ${nz.result.text.length.toLocaleString("en")} UTF-16 units`);
const sp = time(() => splitSentences(text));
row("splitSentences", utf8.length, sp.ms, `${sp.result.length.toLocaleString("en")} sentences, ${sp.result.filter((s) => s.boilerplate).length.toLocaleString("en")} boilerplate`);
const nv = time(() => naiveSplit(text));
row("naive regex splitter (reference)", utf8.length, nv.ms, `${nv.result.length.toLocaleString("en")} sentences`);

const cases = loadCases();
const acc = accuracyTable([
  ["splitSentences", scoreSplitter(splitSentences, cases)],
  ["naive `/(?<=[.!?])\\s+/`", scoreSplitter(naiveSplit, cases)],
]);

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(`### @sinmun/core throughput

Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}. Input: generated news-like text
(${(utf8.length / MB).toFixed(1)} MB UTF-8, ${(cp949.length / MB).toFixed(1)} MB CP949); best of 3 runs.

| operation | input | time | throughput | note |
| --- | ---: | ---: | ---: | --- |
${rows.join("\n")}

Peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB

### Sentence splitter accuracy (corpora/sentences/cases.jsonl)

${acc}
`);
