// Seeded test data for near-duplicate detection, generated from the bundled corpora's own texts
// (corpora/business-news and corpora/quotes, written for Sinmun, CC BY 4.0): for each source
// document, the original as one outlet ran it, rewrites as other outlets republish wire copy
// (another dateline and byline, a copyright or e-mail footer, an edited lede, a sentence added or
// cut), and a different story on the same event (the same people and companies and the lede's
// figures, in new words, sharing at most one quoted sentence with the source). Nothing is copied
// from anywhere else.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rng } from "../../eval/bench/newsCorpus";

export interface LabelledDoc {
  id: string;
  text: string;
  /** Documents with the same story id are one article. */
  story: string;
}

const root = join(__dirname, "..", "..", "..");

/** The bundled corpora's documents (id, text, entity names) in file order. */
export function sourceDocs(): { id: string; text: string; names: string[] }[] {
  const out: { id: string; text: string; names: string[] }[] = [];
  for (const file of ["corpora/business-news/business-news.jsonl", "corpora/quotes/quotes.jsonl"]) {
    for (const line of readFileSync(join(root, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const doc = JSON.parse(line) as { id: string; text: string; entities?: { name: string; start: number; label: string }[] };
      const dateline = /^\([^)\n]{1,20}\)\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*=/.exec(doc.text)?.[0].length ?? 0;
      const names = (doc.entities ?? []).filter((e) => e.start >= dateline && (e.label === "PERSON" || e.label === "ORG")).map((e) => e.name);
      out.push({ id: doc.id, text: doc.text, names: [...new Set(names)] });
    }
  }
  return out;
}

/** mulberry32, the bench corpus's seeded generator (packages/eval/bench/newsCorpus.ts), so every run builds the same data. */
export const seeded = rng;

const OUTLETS = ["한빛경제", "데일리비즈", "뉴스온", "경제투데이", "코리아마켓", "산업일보", "비즈앤", "머니라인"];
const CITIES = ["서울", "세종", "부산", "인천", "대전"];
const REPORTERS = ["김도윤", "이서연", "박지호", "최하은", "정민준", "강예린", "윤서진", "한지민"];
const ADVERBS = ["이번에", "결국", "본격적으로", "공식적으로", "전격", "새롭게"];
const ADDED = [
  "이번 결정은 업계 전반에 적지 않은 파장을 낳을 것으로 보인다.",
  "시장에서는 후속 발표에 주목하고 있다.",
  "회사 측은 구체적인 일정은 추후 공개하겠다고 밝혔다.",
  "증권가에서는 실적에 미칠 영향을 두고 의견이 엇갈린다.",
  "관련 내용은 다음 주 공식 발표를 통해 확정될 예정이다.",
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** The source's sentences: its lines, split once more after 다. / 다" marks. */
function sentencesOf(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line) => line.split(/(?<=다\.|다”|다")\s+/))
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** One republished copy: another dateline/byline and footer, the lede edited, a sentence added or cut. */
export function rewrite(text: string, rand: () => number): string {
  const sentences = sentencesOf(text.replace(/^\([^)\n]{1,20}\)\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*/, ""));
  const lede = sentences[0]!.split(" ");
  const edits = 1 + Math.floor(rand() * 2);
  for (let e = 0; e < edits && lede.length > 3; e++) {
    const op = Math.floor(rand() * 3);
    const i = 1 + Math.floor(rand() * (lede.length - 2));
    if (op === 0) lede.splice(i, 1);
    else if (op === 1) [lede[i], lede[i + 1]] = [lede[i + 1]!, lede[i]!];
    else lede.splice(i, 0, pick(rand, ADVERBS));
  }
  sentences[0] = lede.join(" ");
  const change = rand();
  if (change < 0.35) sentences.splice(1 + Math.floor(rand() * sentences.length), 0, pick(rand, ADDED));
  else if (change < 0.7 && sentences.length >= 4) sentences.splice(1 + Math.floor(rand() * (sentences.length - 1)), 1);
  const outlet = pick(rand, OUTLETS);
  const reporter = pick(rand, REPORTERS);
  const inline = rand() < 0.5;
  const head = `(${pick(rand, CITIES)}=${outlet}) ${reporter} 기자 =`;
  const body = inline ? [`${head} ${sentences[0]}`, ...sentences.slice(1)] : [head, ...sentences];
  const footer = rand() < 0.5 ? `${reporter} 기자 reporter${Math.floor(rand() * 100)}@${outlet.length}news.co.kr` : `<저작권자 © ${outlet}, 무단전재 및 재배포 금지>`;
  return [...body, footer].join("\n");
}

/**
 * A different story about the source's event: the same names and the lede's figures in a new
 * lede, one of the source's quoted sentences (reporters quote the same line), and background
 * sentence, the last of another document (`background`).
 */
export function sameEventStory(source: { text: string; names: string[] }, background: { text: string }, rand: () => number): string {
  const names = source.names.slice(0, 3);
  const figures = source.text.match(/[0-9][0-9,.]*(?:조|억|만|%|원|달러|명)+[0-9,.]*(?:억|만)?원?/g) ?? [];
  const who = names.length > 0 ? names.join(", ") : "주요 기업";
  const amount = figures.length > 0 ? `${figures.slice(0, 2).join("·")} 규모를 두고 ` : "";
  const lede = pick(rand, [
    `${who} 관련 소식이 전해지면서 ${amount}업계의 계산이 분주해졌다.`,
    `${amount}${who}의 움직임에 시장이 촉각을 곤두세우고 있다.`,
    `${who}를 둘러싼 발표가 나오자 ${amount}경쟁사들도 대응책 마련에 나섰다.`,
    `${amount}${who}의 결정이 알려진 뒤 투자자들의 문의가 이어졌다.`,
    `${who} 소식에 ${amount}관련 종목 주가가 출렁였다.`,
    `${amount}${who}의 이번 행보를 두고 해석이 분분하다.`,
  ]);
  const quoted = sentencesOf(source.text).filter((s) => /[“"]/.test(s));
  const other = sentencesOf(background.text);
  const parts = [`(${pick(rand, CITIES)}=${pick(rand, OUTLETS)}) ${pick(rand, REPORTERS)} 기자 = ${lede}`];
  if (quoted.length > 0) parts.push(pick(rand, quoted));
  const subject = names[0] ?? "회사";
  const closer = pick(rand, [
    `${subject} 측의 다음 행보에도 관심이 쏠린다.`,
    `${subject}는 추가 설명 요청에 답하지 않았다.`,
    `전문가들은 ${subject}의 실행 속도가 관건이라고 입을 모은다.`,
    `${subject} 안팎에서는 신중론도 나온다.`,
    `당분간 ${subject}를 향한 시선은 더 뜨거워질 전망이다.`,
  ]);
  parts.push(closer, other[other.length - 1]!);
  return parts.join("\n");
}

/**
 * The labelled set: every source once, `copies` rewrites of it, and one same-event story per
 * source (its own story id). `limit` keeps the first sources only.
 */
export function labelledSet(seed = 17, copies = 2, limit = Infinity): LabelledDoc[] {
  const rand = seeded(seed);
  const sources = sourceDocs().slice(0, limit);
  const out: LabelledDoc[] = [];
  for (const [i, source] of sources.entries()) {
    out.push({ id: source.id, text: source.text, story: source.id });
    for (let c = 0; c < copies; c++) out.push({ id: `${source.id}~r${c + 1}`, text: rewrite(source.text, rand), story: source.id });
    const background = sources[(i * 7 + 3) % sources.length]!;
    out.push({ id: `${source.id}~event`, text: sameEventStory(source, background === source ? sources[(i + 1) % sources.length]! : background, rand), story: `${source.id}~event` });
  }
  return out;
}

/** Pairwise precision and recall of predicted cluster ids against story ids. */
export function pairwiseScores(story: readonly string[], cluster: readonly number[]): { precision: number; recall: number; truePairs: number; predictedPairs: number } {
  const pairs = (keys: readonly (string | number)[]): Map<string | number, number[]> => {
    const m = new Map<string | number, number[]>();
    keys.forEach((k, i) => (m.get(k) ?? m.set(k, []).get(k)!).push(i));
    return m;
  };
  const count = (m: Map<string | number, number[]>): number => [...m.values()].reduce((s, l) => s + (l.length * (l.length - 1)) / 2, 0);
  const gold = pairs(story);
  const predicted = pairs(cluster);
  let both = 0;
  for (const members of predicted.values()) {
    const byStory = pairs(members.map((i) => story[i]!));
    both += count(byStory);
  }
  const truePairs = count(gold);
  const predictedPairs = count(predicted);
  return { precision: predictedPairs === 0 ? 1 : both / predictedPairs, recall: truePairs === 0 ? 1 : both / truePairs, truePairs, predictedPairs };
}
