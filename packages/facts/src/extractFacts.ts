import { SinmunError, partitionPoint } from "@sinmun/core";
import type { Amount, Quote, Sentence } from "@sinmun/core";
import { fromEntity, findNames } from "./parties";
import type { Party } from "./parties";
import { clauseEnds, findCues, findMetrics, isWordChar, wordEnd } from "./scan";
import type { CueMention, MetricMention } from "./scan";
import { loadWords } from "./words";
import type { ChangeBase, ChangeDirection, DateMention, Fact, FactBasis, FactChange, FactInput, FactParty, FactStatus } from "./types";

/** Amount kinds that can be a fact's figure. */
const VALUE_KINDS = new Set(["money", "percent", "percent_point", "basis_point", "quantity", "index", "number"]);
/** Amount kinds that can be a change's size. */
const CHANGE_KINDS = new Set(["money", "percent", "percent_point", "basis_point", "quantity", "points", "index"]);
/** Words that may follow a change's size before its verb (`20%가량 늘었다`, `5원 넘게 올랐다`). */
const CHANGE_REST = /^(?:|나|이나|가량|씩|가까이|정도|넘게|이상|안팎|포인트|p)$/;
/** Separate words that may stand between a change's size and its verb (`21조 원 넘게 늘었다`). */
const CHANGE_FILLER = /^(?:넘게|이상|가량|가까이|정도|안팎|이나|나|씩|더|각각|모두)\s+/;
/** A comparison cue right before a size (`전년 대비 20%`, `전 분기보다 5%`). */
const COMPARED_BEFORE = /(?:대비|보다|에\s?비해|比)\s*$/;
/** A period followed by these is the comparison base, not the period (`지난해 3분기보다`, `2024년 대비`). */
const COMPARED_AFTER = /^(?:\s?(?:말|초|중순|말께))?(?:\s*\([^)]{0,40}\))?\s*(?:대비|보다|에\s?비해|와\s?비교|과\s?비교|比|와\s|과\s)/;
/** The rest of a figure's word that makes it no figure of its own: a rate's denominator (`100엔당`), a trade's worth (`원어치`). */
const NOT_FIGURE_REST = /^(?:당|어치)/;
/** A figure before the metric noun it measures (`25조 원 규모의 배터리 공급 계약`, `12조 원의 영업이익`). */
const PREPOSED = /^\s*(?:규모|어치|상당|가량|수준)?\s*의?\s+(?:[^\s]+\s+){0,3}$|^\s*(?:규모|어치|상당|가량|수준)?\s*의\s*$/;
/** A figure as the object of a verb-stem metric (`1조 원을 투자한다`, `1조4000억 원에 수주했다`, `4200억 원에 인수하기로`). */
const OBJECT_GAP = /^\s*(?:규모|어치|상당|가량|수준)?\s*(?:을|를|의|에|로|으로)?\s*(?:[^\s]+\s+){0,3}$/;
/** A list of metrics read in order against a list of figures (`매출과 영업이익은 각각 62조 원, 7조 원`). */
const COORDINATED = /^(?:\s|,|과|와|및|그리고)*$/;
/** A party's particles when it is the subject or topic (은/는/이/가/도), or nothing or 의 before the metric (`삼성전자 영업이익`, `삼성전자의`). */
const TOPIC_REST = /^(?:은|는|이|가|도|측은|측이)$/;
/** A party followed by its people as the topic (`연준 위원들은`, `삼성전자 관계자는`). */
const MEMBERS_TOPIC = /^\s(?:위원들|위원|관계자|측|당국자|경영진)(?:은|는|이|가)\s/;
const ATTRIBUTIVE_REST = /^(?:|의)$/;
/** Particles of a deal's other party (`GM과`, `소프트뱅크로부터`, `인텔에`, `오에스카를 인수`). */
const COUNTERPARTY_REST = /^(?:과|와|과의|와의|과도|와도|로부터|으로부터|에|에게|측과|측에|을|를)$/;
/** Sentence openers that put a figure inside the previous one (`이 가운데 전동화 부문 투자는 35조 원이다`). */
const PART_OF = /^\s*(?:이\s?가운데|이\s?중|그\s?중|이\s?중에서)(?=[\s,])/;
/** A segment phrase: the segment and 부문 / 사업부 / 사업 (`반도체 부문`, `DS부문`, `냉난방공조 사업에서만`). */
const SEGMENT = /([^\s,.·()“”"'‘’]+?)\s?(?:부문|사업부|사업)(?=[^가-힣]|은|는|이|가|의|에서|에|도|과|와|$)/g;
/** Status nouns after which a figure is that expectation (`시장 전망치(7조 원)`, `컨센서스인 3조 원`). */
const EXPECTATION_NOUN = /치$|컨센서스$|가이던스$|목표$/;
/** Verbs of comparing with an expectation: the expectation is then no status of the figure (`예상치를 웃돌았다`). */
const COMPARE_VERB = /^\s*(?:\([^)]*\)\s*)?(?:를|을)?\s*(?:크게\s|소폭\s|다소\s)?(?:웃돌|밑돌|상회|하회|넘어|넘었|넘는|못\s?미치|뛰어넘)/;
/** A status cue used as a verb (`전망했다`, `예상한다`, `내다봤다`, `제시했고`): its subject is who states the figure. */
const VERBAL_REST = /^(?:했|한다|하고|해|하며|하는|했고|했으며|했다|하기|됐|된다|된|되)/;
/** 각각 before a list of figures or sizes: they go to the figures in order. */
const RESPECTIVELY = /(?:각각|차례로)\s/;
/** Verbs that revise an estimate (높였다, 낮췄다, 상향, 하향, 올렸다, 내렸다). */
const REVISED = /^(?:높|낮|상향|하향|올|내|올려|내려)/;
/** Verbs of raising that, after a flow figure, mean earning it (`매출 3조 원을 올렸다`), not a change. */
const EARNED = /^(?:올렸|올린|올려|올릴)/;
/** Verbs that state a figure (`제시했다`, `재확인했다`, `발표했다`). */
const STATEMENT_VERB = /(?:재확인|제시|밝혔|밝혀|발표|공시|내놨|설명)/;
/** A verb in the past tense that is no copula (`잡았다`, `낮췄다`, `내놨다`; not `이었다`, `였다`). */
const PAST_VERB = /(?:^|[^이])(?:[았었했놨뒀웠졌렸춰췄])다(?:[.,]|$|\s)|(?:^|[^이])[았었했놨뒀웠졌렸췄]고\s|(?:^|\s)[가-힣]+[가-힣]였다(?:[.,]|$|\s)/;
/** A company that announced the figures (`삼성전자가 이날 공시한 3분기 실적은`). */
const ANNOUNCED = /^(?:이|가)\s(?:[^\s]+\s)?(?:공시한|발표한|밝힌|내놓은)/;
/** A clause that states an intention (`달성하겠다는`, `투자하겠다고`): its figure is a target. */
const INTENTION = /겠다(?:는|고|며)?$|겠습니다$/;
/** The period of the previous figure, named again (`같은 기간 영업이익은`, `같은 날 HMM과도`). */
const SAME_PERIOD = /(?:^|\s)(?:같은|이|동)\s?(?:기간|날|달|분기)/;
/** An attribution that points back to the last `…에 따르면` (`같은 집계에서`, `이 조사에서`). */
const SAME_SOURCE = /(?:같은|이|동)\s?(?:집계|조사|자료|통계)/;
/** The same span named again (`같은 기간`, `이 기간`): its comparison carries too. */
const SAME_SPAN = /(?:^|\s)(?:같은|이|동)\s?기간/;
/** A period followed by 에만 (`1분기에만 128% 올라`) is the span of a change, not the figure's period. */
const ONLY_IN = /^에만/;
/** Words before a metric that make it a figure over a span (`연평균 환율`, `연간 영업이익`). */
const SPAN_WORDS = /(?:연평균|연간|월평균)\s*$/;
/** 현재 (now) before a figure with no date of its own: the figure is as of now, with no period. */
const NOW = /(?:^|\s)현재\s/;

type Span = { start: number; end: number };

interface Built {
  metric: MetricMention;
  value: Amount | null;
  changes: Amount[];
  turn: CueMention | null;
  /** A status given by the rule that made the fact (a figure after `시장 전망치`). */
  status: FactStatus | null;
  /** A subject given by the rule that made the fact (a new topic in a parallel clause). */
  subject?: Party | null;
  /** A source given by the rule that made the fact. */
  source?: Party | null;
  /** A segment given by the rule that made the fact. */
  segment?: string | null;
  /** Made by an expectation noun (`컨센서스인 3200억 원`): the figure before it keeps the clause's verb (웃돌았다). */
  expectation?: boolean;
  /** The fact continues the previous one (`이 가운데 …`): its period and status carry over. */
  partOf?: Fact;
  /** Where the fact's words end (the next fact's metric, or the sentence end). */
  end: number;
}

interface DocState {
  /** The subject of the last fact. */
  subject: FactParty | null;
  /** The last organization in subject position (은/는/이/가) of the paragraph. */
  topic: FactParty | null;
  /** The last central bank named. */
  centralBank: FactParty | null;
  basis: FactBasis | null;
  /** The last period (longer than a day) of the paragraph. */
  span: DateMention | null;
  /** The day of the paragraph's first figure measured at a day (the market's day). */
  day: DateMention | null;
  /** The source named with `…에 따르면`, which holds for the paragraph. */
  according: FactParty | null;
  /** Who made the last forecast (`이 증권사는 …`, a forecast with no forecaster of its own). */
  forecaster: FactParty | null;
  /** The last deal named without a figure (`…와 공급 계약을 맺었다`): its date, other party and sentence. */
  deal: { period: DateMention | null; counterparty: FactParty | null; sentence: number } | null;
  facts: Fact[];
  /** The last FX rate or index level (a 종가 with no company is its close). */
  market: Fact | null;
  sentence: number;
}

interface SentenceLayers {
  start: number;
  end: number;
  parties: Party[];
  amounts: Amount[];
  dates: DateMention[];
}

/** Sorted copy of a layer. */
function sorted<T extends Span>(xs: readonly T[] | undefined): T[] {
  return [...(xs ?? [])].filter((x) => x !== null && typeof x === "object" && Number.isInteger(x.start) && Number.isInteger(x.end) && x.start <= x.end).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The items of a sorted layer inside `[from, to)`, with a moving cursor (linear over a document). */
class Cursor<T extends Span> {
  private i = 0;
  constructor(private readonly items: T[]) {}
  take(from: number, to: number): T[] {
    while (this.i < this.items.length && (this.items[this.i] as T).start < from) this.i++;
    const out: T[] = [];
    let j = this.i;
    while (j < this.items.length && (this.items[j] as T).start < to) {
      const x = this.items[j] as T;
      if (x.end <= to) out.push(x);
      j++;
    }
    this.i = j;
    return out;
  }
}

const toFact = (p: Party): FactParty => ({ id: p.id, name: p.name, text: p.text, start: p.start, end: p.end });
const sameParty = (a: FactParty | null, b: FactParty | null): boolean => a !== null && b !== null && (a.id !== null && b.id !== null ? a.id === b.id : a.text === b.text || (a.name !== null && a.name === b.name));

/** The rest of the word after a span (its particles). */
function restAfter(text: string, end: number, limit: number): string {
  return text.slice(end, wordEnd(text, end, limit));
}

/** Whether an amount can be a figure of the metric (money for revenue, a percentage for a margin, …). */
function fits(a: Amount, m: MetricMention): boolean {
  switch (m.info.units) {
    case "money":
      return a.kind === "money";
    case "percent":
      return a.kind === "percent";
    case "count":
      return a.kind === "quantity" && a.unit !== null && /^[가-힣]+$/.test(a.unit);
    case "index":
      return a.kind === "index" || (a.kind === "number" && a.unit === null);
  }
}

/** Maps the dates layer's comparison bases to a fact's: day and week on day are a previous value. */
function baseOf(d: DateMention): ChangeBase | null {
  if (d.base === "yoy" || d.base === "qoq" || d.base === "mom") return d.base;
  if (d.base === "dod" || d.base === "wow") return "previous";
  return null;
}

/** The base between the fact's period and a compared one, by how far back the compared one starts (12 months: yoy; 3: qoq; 1: mom). */
function baseBetween(cur: string | null, prev: string | null): ChangeBase | null {
  if (cur === null || prev === null) return null;
  const a = /^(\d{4})-(\d{2})/.exec(cur);
  const b = /^(\d{4})-(\d{2})/.exec(prev);
  if (a === null || b === null) return null;
  // a whole year compared (`지난해 말보다`, `지난해보다`) with a figure of the next year
  if (/^\d{4}-01-01\/\d{4}-12-31$/.test(prev) && prev.slice(0, 4) === prev.slice(11, 15) && Number(a[1]) === Number(b[1]) + 1) return "yoy";
  const shift = Number(a[1]) * 12 + Number(a[2]) - (Number(b[1]) * 12 + Number(b[2]));
  if (shift === 12) return "yoy";
  if (shift === 3) return "qoq";
  if (shift === 1) return "mom";
  return null;
}

/**
 * The financial facts of an analysed document (corpora/facts/GUIDELINES.md), in text order: for
 * each figure of a metric its subject, segment, period, basis, change, status, source, and for
 * deals the counterparty and duration. Reads the `sentences`, `entities`, `amounts`, `quotes` and
 * `dates` layers as the `sinmun` pipeline writes them; a missing layer counts as empty. Linear in
 * the length of the text; never throws on odd text (only on a document without a string `text`).
 *
 * @example
 * const doc = await analyzer.analyze({ text: "삼성전자는 올해 3분기 영업이익이 12조1000억 원으로 지난해 같은 기간보다 32.5% 증가했다.", date: "2025-10-31" });
 * extractFacts(doc);
 * // [{ subject: { id: "samsung-electronics", … }, metric: { key: "operating_profit", … },
 * //    value: { text: "12조1000억 원", decimal: "12100000000000", unit: "KRW", … },
 * //    period: { text: "올해 3분기", value: "2025-07-01/2025-09-30", … },
 * //    change: { direction: "up", by: { text: "32.5%", … }, base: "yoy", baseText: "지난해 같은 기간" },
 * //    status: "reported", … }]
 */
export function extractFacts(doc: FactInput): Fact[] {
  if (doc === null || typeof doc !== "object" || typeof doc.text !== "string") {
    const got = doc === null ? "null" : typeof doc === "object" ? `"text" of type ${typeof (doc as { text?: unknown }).text}` : typeof doc;
    throw new SinmunError("@sinmun/facts", "invalid-input", `@sinmun/facts: expected a document with a string "text", got ${got}`);
  }
  const text = doc.text;
  const sentences: Sentence[] = sorted(doc.sentences).filter((s) => s.end <= text.length);
  if (sentences.length === 0 && text.length > 0) sentences.push({ start: 0, end: text.length });
  const entities = sorted(doc.entities).filter((e) => e.end <= text.length && typeof e.text === "string");
  const names = findNames(text, entities, sentences);
  const nameStarts = new Set(names.map((n) => n.start));
  const parties = sorted([...entities.filter((e) => !(e.label === "PERSON" && nameStarts.has(e.start))).map(fromEntity), ...names]);
  const partyCursor = new Cursor(parties);
  const allAmounts = sorted(doc.amounts).filter((a) => a.end <= text.length);
  const amountIndex = new Map<Amount, number>();
  (doc.amounts ?? []).forEach((a, i) => amountIndex.set(a, i));
  const amounts = new Cursor(allAmounts);
  const dates = new Cursor(sorted(doc.dates).filter((d) => d.end <= text.length));
  const quotes = sorted(doc.quotes).filter((q) => q.content !== null && typeof q.content === "object");

  const state: DocState = { subject: null, topic: null, centralBank: null, basis: null, span: null, day: null, according: null, forecaster: null, deal: null, facts: [], market: null, sentence: 0 };
  let prevEnd = 0;
  sentences.forEach((s, n) => {
    if (text.slice(prevEnd, s.start).includes("\n")) {
      Object.assign(state, { basis: null, span: null, day: null, according: null, forecaster: null, deal: null, topic: null });
    }
    prevEnd = s.end;
    state.sentence = n;
    for (const [start, end] of windows(text, s.start, s.end)) {
      const layers: SentenceLayers = { start, end, parties: partyCursor.take(start, end), amounts: amounts.take(start, end), dates: dates.take(start, end) };
      sentenceFacts(text, layers, state, quotes, allAmounts, amountIndex);
    }
  });
  return mergeChanges(state.facts);
}

/** The longest stretch of text read as one sentence; longer sentences are read in windows (linear time on any input). */
const MAX_WINDOW = 600;

/**
 * A sentence as windows of at most MAX_WINDOW units, cut after a comma or a space (a real sentence
 * is one window; a 100,000-character line of figures is read in linear time).
 */
function windows(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let a = start;
  while (end - a > MAX_WINDOW) {
    const limit = a + MAX_WINDOW;
    const chunk = text.slice(a + MAX_WINDOW / 2, limit);
    const comma = chunk.lastIndexOf(", ");
    const space = chunk.lastIndexOf(" ");
    const cut = comma >= 0 ? a + MAX_WINDOW / 2 + comma + 2 : space >= 0 ? a + MAX_WINDOW / 2 + space + 1 : limit;
    out.push([a, cut]);
    a = cut;
  }
  out.push([a, end]);
  return out;
}

/**
 * A fact that is only a change (`영업이익은 전년 동기 대비 32% 늘었다`) of a figure stated before
 * (same subject, metric and period, with no change of its own) is that figure's change, not a fact.
 */
function mergeChanges(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  const keyOf = (f: Fact): string => JSON.stringify([f.metric.key, f.segment, f.subject?.id ?? f.subject?.text ?? null, f.period?.value ?? null]);
  const last = new Map<string, Fact>();
  for (const f of facts) {
    if (f.value === null && f.change !== null) {
      const earlier = last.get(keyOf(f));
      if (earlier !== undefined && (earlier.change === null || (earlier.change.by === null && f.change.by !== null && earlier.change.direction === f.change.direction))) {
        earlier.change = f.change;
        continue;
      }
    }
    out.push(f);
    if (f.value !== null) last.set(keyOf(f), f);
  }
  return out;
}

function isPeriod(d: DateMention): boolean {
  return d.kind !== "comparison_base" && d.kind !== "duration" && d.value !== null;
}

/** A word with no particle that names a segment or product line (`커머스 매출`, `5G 가입자`, `석유화학 300억 원`), or null. */
function bareNoun(text: string, end: number, from: number, blocked: (s: number, e: number) => boolean): string | null {
  let e = end;
  while (e > from && text[e - 1] === " ") e--;
  if (e === end || e <= from) return null;
  let s = e;
  while (s > from && isWordChar(text[s - 1])) s--;
  const w = text.slice(s, e);
  if (w.length < 2 || !/^[가-힣A-Za-z0-9]+$/.test(w) || /^\d+$/.test(w) || loadWords().notSegments.has(w) || blocked(s, e)) return null;
  if (/(?:은|는|이|가|을|를|의|에|로|와|과|도|서|고|며|면|다|인|된|한|할|해|적|별)$/.test(w)) return null;
  return w;
}

function sentenceFacts(text: string, s: SentenceLayers, state: DocState, quotes: Quote[], allAmounts: Amount[], amountIndex: Map<Amount, number>): void {
  const words = loadWords();
  const cuesAll = findCues(text, s.start, s.end);
  const rawMetrics = findMetrics(text, s.start, s.end);
  const cues = cuesAll.filter((c) => !rawMetrics.some((m) => c.start < m.end && m.start < c.end));
  const amountAt = new Map(s.amounts.map((a) => [a.start, a]));
  // a metric is the head of its phrase: a particle follows (매출은), or a figure, a status or head noun (매출 3조 원, 매출 전망치, 코스피 상단);
  // not `매출의 40%`, `투자 후 기업가치`, `시가총액 1위`, `기준금리 차이`
  // 종가 with no company in its sentence, after an FX rate or an index level, is that market's close (`주간 거래 종가는 1,467.5원`)
  const market = state.market;
  for (const m of rawMetrics) {
    if (m.lemma === "종가" && market !== null && !s.parties.some((p) => p.label === "ORG" && p.end <= m.start)) {
      m.key = market.metric.key;
      m.info = words.keys.get(market.metric.key) as MetricMention["info"];
    }
  }
  const metrics = rawMetrics.filter((m) => {
    if (m.verbal) return true;
    const rest = restAfter(text, m.end, s.end);
    if (rest === "의") return false;
    if (rest !== "") return true;
    let i = m.end;
    while (i < s.end && text[i] === " ") i++;
    if (i >= s.end || !isWordChar(text[i])) return true;
    const a = amountAt.get(i);
    if (a !== undefined) return a.kind !== "ordinal";
    if (/\d/.test(text[i] as string)) return !/^\d+\s?(?:위|번째|차|호|개사|곳)/.test(text.slice(i, i + 8));
    return cuesAll.some((c) => c.start === i && (c.cue.role === "status" || c.cue.role === "head")) || rawMetrics.some((o) => o.start === i);
  });
  const ends = clauseEnds(text, s.start, s.end);
  const clauseOf = (pos: number): [number, number] => {
    let a = s.start;
    let b = s.end;
    for (const e of ends) {
      if (e <= pos) a = e;
      else {
        b = e;
        break;
      }
    }
    return [a, b];
  };
  const compared = new Set<DateMention>(s.dates.filter((d) => d.kind !== "comparison_base" && d.kind !== "duration" && (COMPARED_AFTER.test(text.slice(d.end, d.end + 50)) || ONLY_IN.test(text.slice(d.end, d.end + 3)))));
  const periods = s.dates.filter((d) => isPeriod(d) && !compared.has(d));
  const bases = s.dates.filter((d) => d.kind === "comparison_base" || compared.has(d));
  const durations = s.dates.filter((d) => d.kind === "duration" && d.value !== null);
  const insideDate = (a: Span): boolean => s.dates.some((d) => d.start <= a.start && a.end <= d.end);
  const blocked = (a: number, b: number): boolean =>
    s.parties.some((p) => p.start < b && a < p.end) || s.dates.some((d) => d.start < b && a < d.end) || rawMetrics.some((m) => m.start < b && a < m.end) || cuesAll.some((c) => c.start < b && a < c.end) || s.amounts.some((x) => x.start < b && a < x.end);

  // sizes of changes: an amount whose next word is a change verb, an index move, or a percentage after 대비/보다
  const changeOf = new Map<Amount, ChangeDirection | null>();
  const values: Amount[] = [];
  for (const a of s.amounts) {
    if (insideDate(a)) continue;
    const rest = restAfter(text, a.end, s.end);
    if (NOT_FIGURE_REST.test(rest)) continue;
    let after = a.end + rest.length;
    while (after < s.end && text[after] === " ") after++;
    const filler = CHANGE_FILLER.exec(text.slice(after, after + 6));
    if (filler !== null) after += filler[0].length;
    const compared = /^(?:높은|많은|큰)\s/.test(text.slice(after, after + 4)) ? "up" : /^(?:낮은|적은)\s/.test(text.slice(after, after + 4)) ? "down" : null;
    const verb = CHANGE_REST.test(rest) || rest === "" ? (cues.find((c) => c.start === after && c.cue.role === "change") ?? (compared !== null ? ({ cue: { role: "change", value: compared, word: compared }, start: after, end: after + 2, rest: "" } as CueMention) : undefined)) : undefined;
    const linkedTo = a.change !== undefined && amountIndex.get(a) === a.change.to;
    const linkedFrom = a.change !== undefined && amountIndex.get(a) === a.change.from;
    if (linkedFrom) continue; // `2.75%에서 2.50%로`: the old value
    // `2.00% 동결`: a level held, not a size of change
    if (a.kind === "points" || (CHANGE_KINDS.has(a.kind) && verb !== undefined && verb.cue.value !== "flat" && !linkedTo)) {
      changeOf.set(a, verb !== undefined ? (verb.cue.value as ChangeDirection) : null);
    } else if ((a.kind === "percent" || a.kind === "percent_point" || a.kind === "basis_point") && COMPARED_BEFORE.test(text.slice(Math.max(s.start, a.start - 12), a.start))) {
      changeOf.set(a, null);
    } else if (VALUE_KINDS.has(a.kind)) values.push(a);
  }

  // `각각 5%, 8% 밑도는`: a figure listed right before a size is a size too
  for (let i = s.amounts.length - 2; i >= 0; i--) {
    const a = s.amounts[i] as Amount;
    const next = s.amounts[i + 1] as Amount;
    if (!changeOf.has(a) && changeOf.has(next) && a.kind === next.kind && /^\s*,\s*$/.test(text.slice(a.end, next.start)) && RESPECTIVELY.test(text.slice(Math.max(s.start, a.start - 4), a.start))) {
      changeOf.set(a, changeOf.get(next) ?? null);
      values.splice(values.indexOf(a), 1);
    }
  }
  // pair metrics with figures, walking the sentence in order
  type Ev = { pos: number; kind: "metric"; m: MetricMention } | { pos: number; kind: "value"; a: Amount } | { pos: number; kind: "change"; a: Amount } | { pos: number; kind: "turn"; c: CueMention } | { pos: number; kind: "clause" };
  const events: Ev[] = [
    ...metrics.map((m): Ev => ({ pos: m.start, kind: "metric", m })),
    ...values.map((a): Ev => ({ pos: a.start, kind: "value", a })),
    ...[...changeOf.keys()].map((a): Ev => ({ pos: a.start, kind: "change", a })),
    ...cues.filter((c) => c.cue.role === "turn").map((c): Ev => ({ pos: c.start, kind: "turn", c })),
    ...ends.map((e): Ev => ({ pos: e - 0.5, kind: "clause" })),
  ].sort((x, y) => x.pos - y.pos);

  const built: Built[] = [];
  let pending: { m: MetricMention; changes: Amount[]; turn: CueMention | null }[] = [];
  const claimed = new Set<Amount>();
  const dealMentions: MetricMention[] = [];
  let lastValueEnd = s.start;
  const flush = (): void => {
    for (const p of pending) {
      if (p.changes.length > 0 || p.turn !== null) built.push({ metric: p.m, value: null, changes: p.changes, turn: p.turn, status: null, end: s.end });
      else if (p.m.info.period === "event") dealMentions.push(p.m);
    }
    pending = [];
  };
  const sentenceStartsPartOf = PART_OF.test(text.slice(s.start, s.end));
  const lastFact = state.facts[state.facts.length - 1];
  for (const ev of events) {
    if (ev.kind === "clause") {
      flush();
    } else if (ev.kind === "metric") {
      const m = ev.m;
      // a figure before the metric: `25조 원 규모의 공급 계약`, `1조 원을 투자한다`
      const before = values.filter((a) => !claimed.has(a) && a.end <= m.start && a.start >= lastValueEnd && clauseOf(a.start)[0] === clauseOf(m.start)[0] && fits(a, m));
      const pre = before[before.length - 1];
      if (pre !== undefined && !metrics.some((o) => o !== m && o.start > pre.end && o.start < m.start) && (m.verbal ? OBJECT_GAP : PREPOSED).test(text.slice(pre.end, m.start))) {
        claimed.add(pre);
        built.push({ metric: m, value: pre, changes: [], turn: null, status: null, end: s.end });
        lastValueEnd = m.end;
        continue;
      }
      if (m.verbal) {
        if (m.info.period === "event") dealMentions.push(m);
        continue;
      }
      const last = pending[pending.length - 1];
      if (last !== undefined && COORDINATED.test(text.slice(last.m.end, m.start))) pending.push({ m, changes: [], turn: null });
      else {
        flush();
        pending = [{ m, changes: [], turn: null }];
      }
    } else if (ev.kind === "value") {
      const a = ev.a;
      if (claimed.has(a)) continue;
      // a figure after another head noun with an object particle is that noun's (`인수가는 X의 기업가치를 7000억 원으로`)
      const k = pending.findIndex((p) => fits(a, p.m) && !otherObject(text, p.m.end, a.start, blocked, cuesAll));
      if (k >= 0) {
        const p = pending[k] as (typeof pending)[number];
        pending.splice(k, 1);
        claimed.add(a);
        const b: Built = { metric: p.m, value: a, changes: p.changes, turn: p.turn, status: null, end: s.end };
        const noun = bareNoun(text, a.start, p.m.end, blocked);
        if (noun !== null) b.segment = noun;
        built.push(b);
        lastValueEnd = a.end;
        continue;
      }
      const carried = carry(text, s, a, built, lastValueEnd, periods, cues, metrics, blocked, state, sentenceStartsPartOf, lastFact);
      if (carried !== null) {
        claimed.add(a);
        built.push(carried);
        lastValueEnd = a.end;
      }
    } else if (ev.kind === "change") {
      const p = pending[0];
      if (p !== undefined) p.changes.push(ev.a);
      else {
        const prev = built[built.length - 1];
        const each = RESPECTIVELY.test(text.slice(s.start, ev.a.start));
        if (prev !== undefined) {
          // `각각 47%, 90% 늘었다`: the sizes go to the figures in order
          const first = each ? built.find((b) => b.value !== null && b.changes.length === 0 && b.turn === null) : undefined;
          if (first !== undefined) first.changes.push(ev.a);
          else if (prev.changes.length === 0) prev.changes.push(ev.a);
        } else if (metrics.length === 0 && values.length === 0 && lastFact !== undefined) {
          // a sentence that only states changes (`종전 전망치보다 2조5000억 원 높인 수치다`, `두 회사 모두 각각 5%, 8% 밑도는 수준이다`): the last figures'
          const sizes = [...changeOf.keys()];
          const k = sizes.indexOf(ev.a);
          const targets = state.facts.slice(-sizes.length);
          const target = sizes.length > 1 && each && targets.length === sizes.length ? targets[k] : sizes.length === 1 ? lastFact : undefined;
          if (target !== undefined && (target.change === null || target.change.by === null)) {
            const ch = changeFor(text, { metric: null, value: null, changes: [ev.a], turn: null, end: s.end }, cues, bases, s.end, target.period, allAmounts, amountIndex, changeOf, null);
            if (ch !== null && (target.change === null || target.change.direction === ch.direction)) target.change = ch;
          }
        }
      }
    } else {
      const p = pending[0];
      if (p !== undefined) p.turn = ev.c;
      else {
        const prev = built[built.length - 1];
        if (prev !== undefined && prev.turn === null) prev.turn = ev.c;
      }
    }
  }
  flush();
  // `당기순이익은 적자로 돌아서 순손실 35억 원을 냈다`: the turn belongs to the figure stated right after it
  for (const b of [...built]) {
    if (b.value !== null || b.turn === null || b.changes.length > 0) continue;
    const next = built.find((o) => o !== b && o.value !== null && o.metric.start > b.turn!.end && o.metric.start - b.turn!.end <= 12 && o.turn === null);
    if (next !== undefined) {
      next.turn = b.turn;
      built.splice(built.indexOf(b), 1);
    }
  }
  built.sort((x, y) => (x.value?.start ?? x.metric.start) - (y.value?.start ?? y.metric.start));
  for (let i = 0; i < built.length; i++) {
    const next = built[i + 1];
    if (next !== undefined && next.expectation !== true) (built[i] as Built).end = Math.min(next.metric.start, next.value?.start ?? next.metric.start);
  }

  // the sentence's basis: a cue holds for the sentence's figures after it, and for later statement figures of the paragraph
  const basisCue = cues.find((c) => c.cue.role === "basis" && isBasisCue(text, c, s.end, rawMetrics));
  if (basisCue !== undefined) state.basis = basisCue.cue.value as FactBasis;
  const segments = [...text.slice(s.start, s.end).matchAll(SEGMENT)].map((m) => ({ start: s.start + (m.index ?? 0), end: s.start + (m.index ?? 0) + m[0].length, name: m[1] as string })).filter((g) => !words.notSegments.has(g.name));
  // `…에 따르면` attributes its sentence's figures, and later ones that point back to it (같은 집계에서)
  const according = cues.find((c) => c.cue.role === "source" && c.cue.value === "according");
  let sentenceSource: FactParty | null = null;
  if (according !== undefined) {
    sentenceSource = sourceBefore(text, s, according);
    if (sentenceSource !== null) state.according = sentenceSource;
  } else if (SAME_SOURCE.test(text.slice(s.start, Math.min(s.end, s.start + 40)))) sentenceSource = state.according;
  const sameTally = according === undefined && sentenceSource !== null;
  const crowd = cues.some((c) => c.cue.role === "crowd" && /^(?:는|은|에서는|이|가|)$/.test(c.rest));

  for (const b of built) {
    const m = b.metric;
    const anchor: Span = b.value ?? m;
    const [clauseStart, clauseEnd] = clauseOf(anchor.start);
    const from = Math.min(m.start, anchor.start);

    // status: a cue in the metric's phrase, else the clause's predicate after the figure; an intention (하겠다) is a target
    const statusCues = cues.filter((c) => c.cue.role === "status");
    const pre = statusCues.filter((c) => c.start >= Math.max(clauseStart, m.start - 8) && c.end <= anchor.start && !COMPARE_VERB.test(text.slice(c.end, c.end + 20))).pop();
    // not a cue that names another figure's status (`컨센서스인 3200억 원`) or an expectation compared with (`예상치를 웃돌았다`)
    const post = statusCues.find((c) => c.start >= anchor.end && c.end <= clauseEnd && !COMPARE_VERB.test(text.slice(c.end, c.end + 20)) && !/^(?:보다|대비)$/.test(c.rest) && !(EXPECTATION_NOUN.test(c.cue.word) && s.amounts.some((x) => x.start > c.end && x.start - c.end <= c.rest.length + 3)));
    const partOfStatus = b.partOf?.status ?? (sentenceStartsPartOf && pre === undefined && post === undefined ? lastFact?.status : undefined);
    let status: FactStatus = b.status ?? partOfStatus ?? ((pre ?? post)?.cue.value as FactStatus | undefined) ?? m.info.status;
    if (b.status === null && pre === undefined && post === undefined && b.partOf === undefined) {
      const tail = text.slice(anchor.end, clauseEnd).split(/\s+/).filter((w) => w !== "");
      if (tail.some((w) => INTENTION.test(w.replace(/["”’'」)]+[가-힣]?$|[,.]$/g, "").replace(/["”’'」)]+$/, "")))) status = "target";
    }
    if (status === "forecast" && (crowd || (sameTally && state.facts.some((f) => f.status === "consensus" && sameParty(f.source, sentenceSource))))) status = "consensus";
    const verbal = post !== undefined && (VERBAL_REST.test(post.rest) || /[봤본]$/.test(post.cue.word) || /^것으로/.test(post.cue.word));

    // subject: a party right before the metric (삼성전자의 영업이익, SK하이닉스 목표주가), else the topic (은/는/이/가) before it, else the last subject
    const before = s.parties.filter((p) => p.end <= from && (p.label === "ORG" || p.label === "PRODUCT" || p.label === "LOC"));
    // attributive: right before the metric's phrase, with no other party between (`챗GPT 개발사 오픈AI가` is no attributive 챗GPT)
    const lastBefore = before[before.length - 1];
    // with 의 anywhere in the clause before the metric (no figure between: `청담리빙의 지분 60%를` is no owner of the price); bare, right before it
    const lastRest = lastBefore !== undefined ? restAfter(text, lastBefore.end, s.end) : "";
    const attributive =
      lastBefore !== undefined &&
      ATTRIBUTIVE_REST.test(lastRest) &&
      (lastBefore.label !== "PRODUCT" || PRODUCT_METRICS.has(m.key)) &&
      lastBefore.start >= clauseStart &&
      (lastRest === "의" ? !s.amounts.some((x) => x.start > lastBefore.end && x.start < from) : from - lastBefore.end <= 20) &&
      !isSourceParty(text, lastBefore, s.end)
        ? lastBefore
        : undefined;
    const topics = s.parties.filter((p) => p.end <= anchor.start && (p.label === "ORG" || p.label === "PRODUCT") && (TOPIC_REST.test(restAfter(text, p.end, s.end)) || MEMBERS_TOPIC.test(text.slice(p.end, p.end + 8))) && !isSourceParty(text, p, s.end));
    const topic = topics.filter((p) => p.start >= clauseStart).pop() ?? topics.pop();
    const forecaster = topic !== undefined && (status !== "reported" || verbal) && isForecaster(topic) ? topic : undefined;
    let subject: FactParty | null;
    if (m.info.subject === "none") subject = null;
    else if (b.subject !== undefined) subject = b.subject === null ? null : toFact(b.subject);
    else if (m.info.subject === "central-bank") {
      const bank = s.parties.filter((p) => p.centralBank).pop();
      subject = bank !== undefined ? toFact(bank) : (state.centralBank ?? state.subject);
    } else if (attributive !== undefined && attributive.label !== "LOC" ? true : attributive !== undefined && attributive.label === "LOC" && restAfter(text, attributive.end, s.end) === "의") subject = toFact(attributive as Party);
    else if (topic !== undefined && forecaster === undefined) subject = toFact(topic);
    else subject = state.subject ?? state.topic;

    // source: the quote whose content covers the figure; `…에 따르면` (for the paragraph); the forecaster of a forecast
    let source: FactParty | null = b.source !== undefined ? (b.source === null ? null : toFact(b.source)) : null;
    if (b.source === undefined) {
      source = quoteSource(s, anchor, quotes);
      if (source === null && sentenceSource !== null) source = sentenceSource;
      if (source === null && (status !== "reported" || verbal)) {
        if (forecaster !== undefined) source = toFact(forecaster);
        else if (verbal && topic !== undefined) source = toFact(topic);
        else if (verbal && FORECASTER_PRONOUN.test(text.slice(s.start, from))) source = state.forecaster;
        else if (verbal && PRONOUN_TOPIC.test(text.slice(s.start, from))) source = subject;
        else if ((verbal || (topic === undefined && PAST_VERB.test(text.slice(anchor.end, clauseEnd)))) && state.forecaster !== null && !sameParty(state.forecaster, subject)) source = state.forecaster; // the elided forecaster of the last sentence
      }
      // a brokerage's target price is its own, whatever the verb (유지했다, 올렸다)
      if (source === null && m.key === "price_target" && state.forecaster !== null && !sameParty(state.forecaster, subject)) source = state.forecaster;
      const tally = cues.find((c) => c.cue.role === "source" && c.cue.value === "tally" && c.start >= anchor.end);
      if (source === null && tally !== undefined) {
        const p = s.parties.filter((x) => x.end <= tally.start && /^(?:이|가|은|는)$/.test(restAfter(text, x.end, s.end))).pop();
        if (p !== undefined) source = toFact(p);
      }
    }
    // a company's own guidance or reaffirmed target, stated with a verb (제시했다, 내놨다, 재확인했다, 잡았다): the company is its source
    if (source === null && subject !== null && (status === "guidance" || (status === "target" && STATEMENT_VERB.test(text.slice(anchor.end, clauseEnd)))) && (topic === undefined || sameParty(toFact(topic), subject)) && PAST_VERB.test(text.slice(anchor.end, s.end))) source = subject;
    // `삼성전자가 이날 공시한 3분기 실적은 …`: the company that announced them
    if (source === null && b.source === undefined) {
      const announcer = s.parties.filter((p) => p.end <= anchor.start && /^(?:이|가)$/.test(restAfter(text, p.end, s.end)) && ANNOUNCED.test(text.slice(p.end, Math.min(s.end, p.end + 14)))).pop();
      if (announcer !== undefined) source = toFact(announcer);
    }
    if (crowd && b.source === undefined && status === "consensus" && sentenceSource === null) source = null;
    if (status === "forecast" && subject !== null && sameParty(source, subject)) status = "guidance";
    if (source !== null && !sameParty(source, subject) && (status === "forecast" || status === "consensus") && source !== sentenceSource) state.forecaster = source;

    // segment: 부문/사업부 before the metric in its clause, a bare noun right before it (커머스 매출), or the lemma's own (코스피)
    let segment = b.segment ?? m.segment;
    if (segment === null) {
      const segEnd = m.start < s.start ? anchor.start : m.start; // a carried metric's segment stands before its figure (`이 가운데 철강 부문에 62억 달러`)
      const seg = segments.filter((g) => g.end <= segEnd && g.start >= clauseStart).pop();
      if (seg !== undefined) segment = seg.name;
      else if ((m.info.units !== "percent" || m.key === "market_share") && m.info.subject !== "none") {
        const noun = bareNoun(text, m.start, Math.max(clauseStart, m.start - 20), blocked);
        if (noun !== null && m.info.period !== "event") segment = noun;
      }
      if (segment === null && m.key === "market_share") {
        const market = /([^\s]+)\s?시장에서/.exec(text.slice(clauseStart, m.start));
        if (market !== null && !words.notSegments.has(market[1] as string)) segment = market[1] as string;
      }
    }

    // period: the previous figure's for a part of it (이 가운데 …) or the same period named again (같은 기간), else the sentence's or the paragraph's
    const partOfPrev = b.partOf ?? (sentenceStartsPartOf ? lastFact : undefined);
    let period: DateMention | null = pickPeriod(text, m, anchor, periods, clauseStart, clauseEnd, state);
    const own = periods.some((d) => d.end <= anchor.start && d.start >= clauseStart);
    if (!own && partOfPrev !== undefined) period = partOfPrev.period;
    else if (!own && lastFact !== undefined && SAME_PERIOD.test(text.slice(clauseStart, anchor.start))) period = (built.indexOf(b) > 0 ? state.facts[state.facts.length - 1] : lastFact)?.period ?? period;

    // change
    let change = changeFor(text, b, cues, bases, clauseEnd, period, allAmounts, amountIndex, changeOf, m.info.base, status);
    // `같은 기간 코스닥 지수는 5.6% 떨어졌다`: the same period's comparison
    if (change !== null && change.base === null && change.by !== null && lastFact !== undefined && lastFact.change?.base && SAME_SPAN.test(text.slice(clauseStart, anchor.start))) change = { ...change, base: lastFact.change.base };

    // deals: the other party and the length; a deal named in the previous sentence lends its date and party
    let counterparty: FactParty | null = null;
    let duration: Fact["duration"] = null;
    if (m.info.period === "event") {
      const cp = s.parties.filter((p) => p.start >= clauseStart && p.end <= Math.max(b.end, anchor.end) && p.label === "ORG" && COUNTERPARTY_REST.test(restAfter(text, p.end, s.end)) && !sameParty(toFact(p), subject) && !p.centralBank).pop();
      const target = cp ?? s.parties.filter((p) => p.start >= clauseStart && p.end <= anchor.start && p.label === "ORG" && /^의$/.test(restAfter(text, p.end, s.end)) && /^\s*지분/.test(text.slice(p.end + 1, p.end + 5)) && !sameParty(toFact(p), subject)).pop();
      if (target !== undefined) counterparty = toFact(target);
      const d = durations.find((x) => x.start >= clauseStart && x.end <= Math.max(b.end, clauseEnd));
      if (d !== undefined && d.value !== null) duration = { value: d.value, text: d.text, start: d.start, end: d.end };
      if (state.deal !== null && state.deal.sentence === state.sentence - 1 && counterparty === null && !s.parties.some((p) => p.label === "ORG" && p.end <= anchor.start)) {
        counterparty = state.deal.counterparty;
        if (period === null) period = state.deal.period;
      }
    }

    const fact: Fact = {
      start: s.start,
      end: s.end,
      subject,
      metric: { key: m.key, lemma: m.lemma, text: text.slice(m.start, m.end), start: m.start, end: m.end },
      segment,
      value: b.value,
      period,
      basis: basisCue !== undefined && basisCue.start < anchor.start ? state.basis : m.info.basis ? state.basis : null,
      change,
      status,
      source,
      counterparty,
      duration,
    };
    state.facts.push(fact);
    if (m.key === "fx_rate" || m.key === "index_level") state.market = fact;
    if (subject !== null) state.subject = subject;
    if (m.info.period === "point" && state.day === null && period !== null && period.granularity === "day") state.day = period;
  }

  // `이는 증권가 컨센서스인 6조2000억 원을 크게 밑도는 수준이다`: the figure before beat or missed it
  if (metrics.length === 0 && lastFact !== undefined && lastFact.change === null && built.some((b) => b.expectation === true || b.status === "consensus")) {
    const beat = cues.find((c) => c.cue.role === "change" && /^(?:웃돌|웃돈|밑돌|밑돈|상회|하회)/.test(c.cue.word));
    if (beat !== undefined) lastFact.change = { direction: beat.cue.value as ChangeDirection, by: null, base: null };
  }
  // deals named without a figure lend their date and other party to the next sentence's figure
  const deal = dealMentions[dealMentions.length - 1];
  if (deal !== undefined && !built.some((b) => b.metric.info.period === "event")) {
    const [cs] = clauseOf(deal.start);
    const cp = s.parties.filter((p) => p.start >= cs && p.end <= deal.start && p.label === "ORG" && COUNTERPARTY_REST.test(restAfter(text, p.end, s.end))).pop();
    state.deal = { period: periods.filter((d) => d.start >= cs && d.end <= deal.start).pop() ?? null, counterparty: cp !== undefined ? toFact(cp) : null, sentence: state.sentence };
  }
  // a deal's length stated in a later sentence (`계약 기간은 10개월이다`)
  if (built.length === 0 && durations.length > 0 && /기간/.test(text.slice(s.start, s.end))) {
    const f = state.facts.slice(-20).reverse().find((x) => loadWords().keys.get(x.metric.key)?.period === "event" && x.duration === null);
    const d = durations[0] as DateMention;
    if (f !== undefined && d.value !== null) f.duration = { value: d.value, text: d.text, start: d.start, end: d.end };
  }

  // what later sentences inherit
  for (const p of s.parties) {
    if (p.label !== "ORG") continue;
    if (p.centralBank) state.centralBank = toFact(p);
    if (TOPIC_REST.test(restAfter(text, p.end, s.end)) && !isSourceParty(text, p, s.end) && !isForecaster(p)) state.topic = toFact(p);
  }
  // a plan's horizon or a contract's term (`2027년까지`, `2026~2032년`) is no period later figures inherit
  for (const d of periods) if (d.value !== null && d.value.includes("/") && !d.value.includes("..") && d.kind !== "range") state.span = d;
}

/** A word with an object particle between a metric and a figure that is no party, date, cue or metric: another head noun. */
function otherObject(text: string, from: number, to: number, blocked: (s: number, e: number) => boolean, cues: CueMention[]): boolean {
  const re = /[^\s]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const w = m[0].replace(/[,.]$/, "");
    const at = m.index;
    if (at < from + 1 && at > from - 1) continue;
    if (!/[가-힣A-Za-z0-9](?:을|를)$/.test(w)) continue;
    const stemEnd = at + w.length - 1;
    if (blocked(at, stemEnd) && !cues.some((c) => c.start === at && c.cue.role !== "status" && c.cue.role !== "head")) continue;
    if (cues.some((c) => c.start === at)) continue;
    return true;
  }
  return false;
}

/** A word with a topic or subject particle before a figure that names another quantity (`연봉은`, `금액은`): the figure is its. */
function otherTopic(text: string, from: number, to: number, blocked: (s: number, e: number) => boolean, cues: CueMention[]): boolean {
  const re = /[^\s]+/g;
  re.lastIndex = from;
  let found = false;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const w = m[0].replace(/[,.]$/, "");
    if (!/[가-힣A-Za-z0-9](?:은|는|이|가)$/.test(w)) continue;
    const at = m.index;
    if (blocked(at, at + w.length - 1) || cues.some((c) => c.start === at) || PRONOUN_WORD.test(w)) {
      found = false;
      continue;
    }
    found = true;
  }
  return found;
}
const PRONOUN_WORD = /^(?:이|그|회사|동사|당사|이는|이보다)/;

/** Metrics a product may own (`갤럭시 S25 판매량`); a product before a deal's price is what is delivered (`K2 전차 180대를 공급하는 9조 원 규모의 계약`). */
const PRODUCT_METRICS = new Set(["sales_volume", "market_share", "users", "subscribers", "revenue"]);

/** 이 증권사는, 같은 증권사는: the last forecaster as the sentence's topic. */
const FORECASTER_PRONOUN = /(?:^|\s)(?:이|같은|해당)\s?(?:증권사|기관|업체)(?:은|는|가|이|도)\s/;
/** 회사는, 이 회사는, 동사는 …: the company under discussion as the sentence's topic. */
const PRONOUN_TOPIC = /(?:^|\s)(?:이\s?회사|같은\s?회사|회사|동사|당사|회사\s?측|그룹)(?:은|는|가|이|도)\s/;

/** An organization whose figures are other companies' (a brokerage, a research firm, a news outlet): its forecasts are its own view of others. */
function isForecaster(p: Party): boolean {
  return p.type === "media" || p.sector === "securities" || p.sector === "market-research" || p.sector === "research" || p.sector === "ratings" || p.sector === "asset-management";
}

/**
 * A figure with no metric of its own takes the last metric when the text moves to a parallel case:
 * a new period (`올해 30조 원, 내년 35조 원`), an expectation (`컨센서스인 3200억 원`), a head noun
 * (`장중 저점은`), a new topic (`애플은 18%, 샤오미는 14%`, `키움증권은 2,800을 예상했다`), a segment
 * in a list (`석유화학 300억 원, 첨단소재 780억 원`), or a part of the previous figure (`이 가운데 …`).
 */
function carry(
  text: string,
  s: SentenceLayers,
  a: Amount,
  built: Built[],
  lastValueEnd: number,
  periods: DateMention[],
  cues: CueMention[],
  metrics: MetricMention[],
  blocked: (s: number, e: number) => boolean,
  state: DocState,
  partOf: boolean,
  lastFact: Fact | undefined,
): Built | null {
  const prev = built.filter((b) => b.value !== null).pop();
  const from = prev?.value?.end ?? s.start;
  if (metrics.some((o) => o.start > from && o.start < a.start)) return null;
  const between = text.slice(from, a.start);
  // an expectation of the last metric, not of another noun (`경제성장률 전망치를` is the growth rate's)
  const expectation = cues
    .filter((c) => c.cue.role === "status" && c.start >= from && c.end <= a.start && EXPECTATION_NOUN.test(c.cue.word))
    .filter((c) => bareNoun(text, c.start, s.start, () => false) === null || /(?:시장|증권가|월가|평균)\s*$/.test(text.slice(s.start, c.start)))
    .pop();
  const head = cues.some((c) => c.cue.role === "head" && c.start >= from && c.end <= a.start);
  const topic = s.parties.filter((p) => p.start >= from && p.end <= a.start && p.label === "ORG" && TOPIC_REST.test(restAfter(text, p.end, s.end))).pop();
  if (prev !== undefined && prev.value !== null) {
    const m = prev.metric;
    if (!fits(a, m) || between.length > 60) return null;
    const newPeriod = periods.some((d) => d.start >= from && d.end <= a.start);
    const noun = bareNoun(text, a.start, from, blocked);
    if (expectation !== undefined) return { metric: m, value: a, changes: [], turn: null, status: expectation.cue.value as FactStatus, end: s.end, expectation: true };
    if (topic !== undefined) return { metric: m, value: a, changes: [], turn: null, status: null, end: s.end, ...(prev.segment !== undefined ? { segment: prev.segment } : {}), ...(isForecaster(topic) ? { source: topic } : { subject: topic }) };
    if (newPeriod || head) return { metric: m, value: a, changes: [], turn: null, status: null, end: s.end };
    if (noun !== null && prev.segment !== undefined && prev.segment !== null) return { metric: m, value: a, changes: [], turn: null, status: null, end: s.end, segment: noun };
    return null;
  }
  if (built.length > 0 || metrics.length > 0 || lastFact === undefined) return null;
  // a figure of another noun (`평균 연봉은 1억 원`, `세액공제 금액은 2500억 원`) continues nothing
  if (otherTopic(text, s.start, a.start, blocked, cues)) return null;
  // a sentence with no metric: the last fact's metric whose figure fits (`증권가 예상치는 3조2000억 원이었다` after a margin)
  const infoOf = (f: Fact): MetricMention => ({ key: f.metric.key, lemma: f.metric.lemma, start: f.metric.start, end: f.metric.end, segment: null, verbal: false, info: loadWords().keys.get(f.metric.key) as MetricMention["info"] });
  const fitting = state.facts.slice(-20).reverse().find((f) => fits(a, infoOf(f)));
  if (fitting === undefined) return null;
  const m = infoOf(fitting);
  const subject = fitting.subject !== null ? { subject: partyOf(fitting.subject) } : {};
  if (partOf) return fits(a, infoOf(lastFact)) ? { metric: m, value: a, changes: [], turn: null, status: null, end: s.end, partOf: lastFact, ...subject } : null;
  if (expectation !== undefined) return { metric: m, value: a, changes: [], turn: null, status: expectation.cue.value as FactStatus, end: s.end, ...subject };
  if (fitting !== lastFact) return null;
  if (head) return { metric: m, value: a, changes: [], turn: null, status: null, end: s.end };
  if (topic !== undefined && lastFact.status === "reported" && !isForecaster(topic) && /^\s*$/.test(text.slice(wordEnd(text, topic.end, s.end), a.start)) && lastFact.end >= s.start - 2)
    return { metric: m, value: a, changes: [], turn: null, status: null, end: s.end, subject: topic, segment: lastFact.segment, partOf: lastFact };
  if (topic !== undefined && lastFact.status !== "reported") return { metric: m, value: a, changes: [], turn: null, status: lastFact.status === "guidance" ? "forecast" : lastFact.status, end: s.end, source: topic, ...subject };
  return null;
}

const partyOf = (f: FactParty): Party => ({ ...f, label: "ORG", centralBank: false });

/** 연결/별도 as a basis: `연결 기준`, `별도 재무제표`, or right before a metric (`연결 영업이익`). */
function isBasisCue(text: string, c: CueMention, limit: number, metrics: MetricMention[]): boolean {
  if (/^(?:기준|재무제표)/.test(c.rest)) return true;
  if (c.rest !== "" && c.rest !== "의") return false;
  const at = c.end + c.rest.length;
  if (/^\s*(?:기준|재무제표|실적)/.test(text.slice(at, Math.min(limit, at + 8)))) return true;
  let i = at;
  while (i < limit && /\s/.test(text[i] as string)) i++;
  return metrics.some((m) => m.start === i);
}

/** An organization named as the source of what follows (`X에 따르면`, `X의 집계에`), not as its subject. */
function isSourceParty(text: string, p: Party, limit: number): boolean {
  const after = text.slice(p.end, Math.min(limit, p.end + 12));
  return /^(?:에|의\s?집계에|의\s?조사에|의\s?자료에)\s?따르면/.test(after) || p.type === "media";
}

/** The source named before `…에 따르면`: an entity, or the word (`에프앤가이드에 따르면`). */
function sourceBefore(text: string, s: SentenceLayers, according: CueMention): FactParty | null {
  const p = s.parties.filter((x) => x.end <= according.start && according.start - x.end <= 8).pop();
  if (p !== undefined) return toFact(p);
  const m = /([^\s]+?)(?:의\s?(?:집계|조사|자료|분석)|에)\s?$/.exec(text.slice(s.start, according.start));
  if (m === null) return null;
  const start = s.start + (m.index ?? 0);
  return { id: null, name: null, text: m[1] as string, start, end: start + (m[1] as string).length };
}

/** The speaker of the quote whose content covers the figure. */
function quoteSource(s: SentenceLayers, anchor: Span, quotes: Quote[]): FactParty | null {
  // the quotes that start before the figure, nearest first (a few at most reach it)
  const k = partitionPoint(quotes.length, (i) => (quotes[i] as Quote).start <= anchor.start);
  for (let i = k - 1; i >= 0 && i >= k - 8; i--) {
    const q = quotes[i] as Quote;
    if (q.end < s.start || q.start > s.end) continue;
    if (q.content.start <= anchor.start && anchor.end <= q.content.end) {
      const sp = q.speaker;
      if (sp === null || sp.kind === "anonymous") continue;
      if (sp.id !== null && sp.id !== undefined) return { id: sp.id, name: sp.name ?? null, text: sp.text, start: sp.start, end: sp.end };
      // an unlinked organisation: the name inside the speaker's words (`코스닥 상장사 대명정밀` → 대명정밀)
      const p = s.parties.filter((x) => x.start >= sp.start && x.end <= sp.end).pop();
      if (p !== undefined) return toFact(p);
      return { id: null, name: sp.name ?? null, text: sp.text, start: sp.start, end: sp.end };
    }
  }
  return null;
}

function pickPeriod(text: string, m: MetricMention, anchor: Span, periods: DateMention[], clauseStart: number, clauseEnd: number, state: DocState): DateMention | null {
  const kind = m.info.period;
  if (kind === "none") return null;
  const before = periods.filter((d) => d.end <= anchor.start);
  if (kind === "event") return before.filter((d) => d.start >= clauseStart).pop() ?? null;
  const inSentence = before.pop() ?? periods.find((d) => d.start >= anchor.end && d.end <= clauseEnd) ?? null;
  if (kind === "span" || SPAN_WORDS.test(text.slice(Math.max(clauseStart, m.start - 6), m.start))) {
    const span = (d: DateMention): boolean => d.value !== null && d.value.includes("/");
    const own = periods.filter((d) => d.end <= anchor.start && span(d)).pop() ?? periods.find((d) => d.start >= anchor.end && d.end <= clauseEnd && span(d));
    if (own !== undefined) return own;
    if (NOW.test(text.slice(clauseStart, anchor.start))) return null;
    return state.span;
  }
  return inSentence ?? state.day ?? state.span;
}

function changeFor(
  text: string,
  b: { metric: MetricMention | null; value: Amount | null; changes: Amount[]; turn: CueMention | null; end: number; expectation?: boolean },
  cues: CueMention[],
  bases: DateMention[],
  clauseEnd: number,
  period: DateMention | null,
  allAmounts: Amount[],
  amountIndex: Map<Amount, number>,
  changeOf: Map<Amount, ChangeDirection | null>,
  defaultBase: ChangeBase | null,
  status: FactStatus | null = null,
): FactChange | null {
  const anchor: Span | null = b.value ?? b.metric ?? b.changes[0] ?? null;
  if (anchor === null) return null;
  const from = Math.min(b.metric?.start ?? anchor.start, anchor.start, b.changes[0]?.start ?? anchor.start);
  const to = Math.max(b.end, anchor.end);
  let direction: ChangeDirection | null = null;
  let by: Amount | null = null;
  const size = b.changes[0];
  if (size !== undefined) {
    by = size;
    direction = changeOf.get(size) ?? null;
    if (direction === null) {
      const verb = cues.find((c) => c.start >= size.end && c.start < Math.max(to, clauseEnd) && c.cue.role === "change");
      direction = verb !== undefined ? (verb.cue.value as ChangeDirection) : null;
    }
  }
  if (b.turn !== null) {
    direction = b.turn.cue.value as ChangeDirection;
    by = null;
  }
  // a change verb after the figure in its clause (`3조 원으로 늘었다`, `2.50%로 동결했다`); not a level kept (`15% 수준을 유지할`)
  if (direction === null && b.value !== null && b.expectation !== true) {
    const reached = /^까지/.test(text.slice(b.value.end, b.value.end + 2)) && defaultBase === null; // `4만9900원까지 떨어졌다`: a level reached
    const earned = (c: CueMention): boolean => b.metric !== null && b.metric.info.period === "span" && EARNED.test(c.cue.word);
    const verb = reached ? undefined : cues.find((c) => c.start >= b.value!.end && c.start < Math.min(to, clauseEnd) && c.cue.role === "change" && !earned(c) && !/수준(?:을|으로|에서)?\s*$/.test(text.slice(b.value!.end, c.start)));
    if (verb !== undefined) direction = verb.cue.value as ChangeDirection;
  }
  if (direction === null) return null;
  // the base: a comparison base or a compared period in the fact's words, a base word (직전, 1년 새), the old value of `A에서 B로`
  let base: ChangeBase | null = null;
  let baseText: string | undefined;
  const limit = size !== undefined ? Math.max(size.start, anchor.end) : to;
  const d = bases.filter((x) => x.start >= from - 30 && x.end <= limit).pop() ?? bases.find((x) => x.start >= from && x.end <= to);
  if (d !== undefined) {
    // `1분기에만 128% 올라`: the change over that quarter
    const only = ONLY_IN.test(text.slice(d.end, d.end + 3)) ? ({ quarter: "qoq", month: "mom", year: "yoy" } as Record<string, ChangeBase>)[d.granularity] ?? null : null;
    base = d.kind === "comparison_base" ? baseOf(d) : (only ?? baseBetween(period?.value ?? null, d.value));
    baseText = d.text;
  }
  if (base === null) {
    const cue = cues.filter((c) => c.cue.role === "base" && c.start >= from - 30 && c.end <= to).pop();
    if (cue !== undefined) {
      base = cue.cue.value as ChangeBase;
      baseText = text.slice(cue.start, cue.end);
    } else if (b.value !== null && b.value.change !== undefined) {
      const old = allAmounts.find((x) => amountIndex.get(x) === b.value!.change!.from);
      base = "previous";
      if (old !== undefined) baseText = old.text;
    } else base = defaultBase;
  }
  // a forecast, guidance or target raised or cut (`가이던스를 420억 달러로 높였다`, `추정치를 … 낮췄다`) changes against its previous value
  if (base === null && status !== null && status !== "reported" && status !== "consensus" && b.value !== null && cues.some((c) => c.cue.role === "change" && c.start >= b.value!.end && c.start < clauseEnd && REVISED.test(c.cue.word))) base = "previous";
  const change: FactChange = { direction, by, base };
  if (baseText !== undefined && base !== null) change.baseText = baseText;
  return change;
}
