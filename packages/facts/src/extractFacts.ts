import { SinmunError } from "@sinmun/core";
import type { Amount, Entity, Quote, Sentence } from "@sinmun/core";
import { clauseEnds, findCues, findMetrics, isJosaRun, isWordChar, wordEnd } from "./scan";
import type { CueMention, MetricMention } from "./scan";
import { loadWords } from "./words";
import type { ChangeBase, ChangeDirection, DateMention, Fact, FactBasis, FactChange, FactInput, FactParty, FactStatus } from "./types";

/** Amount kinds that can be a fact's figure. */
const VALUE_KINDS = new Set(["money", "percent", "percent_point", "basis_point", "quantity", "index", "number"]);
/** Amount kinds that can be a change's size. */
const CHANGE_KINDS = new Set(["money", "percent", "percent_point", "basis_point", "quantity", "points", "index"]);
/** Words that may follow a change's size before its verb (`20%가량 늘었다`, `5원 넘게 올랐다`). */
const CHANGE_REST = /^(?:|나|이나|가량|씩|가까이|정도|넘게|이상|안팎|포인트|p)$/;
/** A comparison cue right before a size (`전년 대비 20%`, `전 분기보다 5%`). */
const COMPARED_BEFORE = /(?:대비|보다|에\s?비해|比)\s*$/;
/** A period followed by these is the comparison base, not the period (`지난해 3분기보다`, `2024년 대비`). */
const COMPARED_AFTER = /^(?:\s*\([^)]{0,40}\))?\s*(?:대비|보다|에\s?비해|와\s?비교|과\s?비교|比)/;
/** Words that tie a preposed figure to the metric noun after it (`25조 원 규모의 공급 계약`, `12조 원의 영업이익`). */
const PREPOSED = /^\s*(?:규모|어치|상당|가량|대|수준)?\s*(?:의|를|을)?\s*$/;
/** Particles of a metric's object figure before a verb stem (`1조 원을 투자`, `3조 원 규모를 수주`). */
const OBJECT_GAP = /^\s*(?:규모|어치|상당|가량|대|수준)?\s*(?:을|를|의|로|으로)?\s*(?:[^\s]+\s+){0,3}$/;
/** A list of metrics read in order against a list of figures (`매출과 영업이익은 각각 62조 원, 7조 원`). */
const COORDINATED = /^(?:\s|,|과|와|및|그리고)*$/;
/** Particles after a subject (topic, subject, genitive) or nothing (`삼성전자 영업이익`). */
const SUBJECT_REST = /^(?:|은|는|이|가|의|도|측은|측의|측이)$/;
/** Particles of a deal's other party (`GM과`, `소프트뱅크로부터`, `인텔에`). */
const COUNTERPARTY_REST = /^(?:과|와|과의|와의|로부터|으로부터|에|에게|에서|측과|측에|을|를)$/;
/** Pronouns and short forms for the company under discussion (회사는, 이 회사, 동사, 같은 회사). */
const PRONOUN = /(?:^|\s)(?:이\s?회사|같은\s?회사|회사|동사|同社|당사|이\s?기업|그룹|회사\s?측)(?:은|는|이|가|의|도)?$/;
/** A segment phrase: the segment and 부문 / 사업부 (`반도체 부문`, `DS부문`, `모바일사업부`). */
const SEGMENT = /([^\s,.·()]+?)\s?(?:부문|사업부)(?=[^가-힣]|은|는|이|가|의|에서|도|과|와|$)/g;
/** Status cues used as an object or a comparison (`예상치를 웃돌았다`, `전망보다`): not the figure's status. */
const OBJECT_REST = /^(?:를|을|보다|와|과|에|에는|대비|와는|과는|에서)$/;
/** Status nouns after which a figure is that expectation (`시장 전망치(7조 원)`, `컨센서스인 3조 원`). */
const EXPECTATION_NOUN = /치$|컨센서스$|가이던스$|목표$/;

interface Built {
  metric: MetricMention;
  value: Amount | null;
  changes: Amount[];
  turn: CueMention | null;
  /** A status given by the rule that made the fact (a figure after `시장 전망치`). */
  status: FactStatus | null;
  /** Where the fact's words end (the next fact's metric, or the sentence end). */
  end: number;
}

/** Sorted copy of a layer. */
function sorted<T extends { start: number; end: number }>(xs: readonly T[] | undefined): T[] {
  return [...(xs ?? [])].filter((x) => x !== null && typeof x === "object" && Number.isInteger(x.start) && Number.isInteger(x.end)).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The items of a sorted layer inside `[from, to)`, with a moving cursor (linear over a document). */
class Cursor<T extends { start: number; end: number }> {
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

const party = (e: { id?: string | null; name?: string | null }, text: string, start: number, end: number): FactParty => ({
  id: e.id ?? null,
  name: e.name ?? null,
  text,
  start,
  end,
});

function entityParty(e: Entity): FactParty {
  const owner = loadWords().owners.get(e.id);
  return owner !== undefined ? { id: owner, name: null, text: e.text, start: e.start, end: e.end } : party(e, e.text, e.start, e.end);
}

/** The rest of the word after a span (its particles). */
function restAfter(text: string, end: number, limit: number): string {
  return text.slice(end, wordEnd(text, end, limit));
}

/** The direction of the change verb that starts the word after `pos` (skipping spaces), if any. */
function verbAfter(cues: CueMention[], text: string, pos: number): CueMention | null {
  let i = pos;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  for (const c of cues) if (c.start === i && (c.cue.role === "change" || c.cue.role === "turn")) return c;
  return null;
}

/** Maps the dates layer's comparison bases to a fact's: day and week on day are a previous value. */
function baseOf(d: DateMention): ChangeBase | null {
  if (d.base === "yoy" || d.base === "qoq" || d.base === "mom") return d.base;
  if (d.base === "dod" || d.base === "wow") return "previous";
  return null;
}

/** The base between two periods `cur` and `prev` (`2025-07-01/2025-09-30` vs `2024-07-01/2024-09-30` → yoy). */
function baseBetween(cur: string | null, prev: string | null): ChangeBase | null {
  if (cur === null || prev === null) return null;
  const a = /^(\d{4})-(\d{2})-(\d{2})\/(\d{4})-(\d{2})-(\d{2})$/.exec(cur);
  const b = /^(\d{4})-(\d{2})-(\d{2})\/(\d{4})-(\d{2})-(\d{2})$/.exec(prev);
  if (a === null || b === null) return null;
  const months = (m: RegExpExecArray, o: number): number => Number(m[o]) * 12 + Number(m[o + 1]);
  const lenA = months(a, 4) - months(a, 1);
  const lenB = months(b, 4) - months(b, 1);
  if (lenA !== lenB) return null;
  const shift = months(a, 1) - months(b, 1);
  if (shift === 12) return "yoy";
  if (shift === 3 && lenA === 2) return "qoq";
  if (shift === 1 && lenA === 0) return "mom";
  return null;
}

/**
 * The financial facts of an analysed document (corpora/facts/GUIDELINES.md), in text order: for
 * each metric mention its figure, subject, segment, period, basis, change, status, source, and for
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
    throw new SinmunError("@sinmun/facts", "invalid-input", `@sinmun/facts: expected a document with a string "text", got ${doc === null ? "null" : typeof doc === "object" ? `text of type ${typeof (doc as { text?: unknown }).text}` : typeof doc}`);
  }
  const text = doc.text;
  const sentences: Sentence[] = sorted(doc.sentences).filter((s) => s.end <= text.length);
  if (sentences.length === 0 && text.length > 0) sentences.push({ start: 0, end: text.length });
  const entities = new Cursor(sorted(doc.entities).filter((e) => e.end <= text.length));
  const allAmounts = sorted(doc.amounts);
  const amountIndex = new Map<Amount, number>();
  (doc.amounts ?? []).forEach((a, i) => amountIndex.set(a, i));
  const amounts = new Cursor(allAmounts);
  const dates = new Cursor(sorted(doc.dates));
  const quotes = sorted(doc.quotes);

  const facts: Fact[] = [];
  const state: DocState = { subject: null, topic: null, centralBank: null, basis: null, span: null, point: null, paragraphStart: 0 };
  let prevEnd = 0;
  for (const s of sentences) {
    if (text.slice(prevEnd, s.start).includes("\n")) {
      state.basis = null;
      state.span = null;
      state.point = null;
      state.paragraphStart = s.start;
    }
    prevEnd = s.end;
    const sentence: SentenceLayers = {
      start: s.start,
      end: s.end,
      entities: entities.take(s.start, s.end),
      amounts: amounts.take(s.start, s.end),
      dates: dates.take(s.start, s.end),
    };
    for (const f of sentenceFacts(text, sentence, state, quotes, allAmounts, amountIndex)) facts.push(f);
  }
  return facts;
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
  /** The last day of the paragraph. */
  point: DateMention | null;
  paragraphStart: number;
}

interface SentenceLayers {
  start: number;
  end: number;
  entities: Entity[];
  amounts: Amount[];
  dates: DateMention[];
}

function isPeriod(d: DateMention): boolean {
  return d.kind !== "comparison_base" && d.kind !== "duration" && d.value !== null;
}

function sentenceFacts(text: string, s: SentenceLayers, state: DocState, quotes: Quote[], allAmounts: Amount[], amountIndex: Map<Amount, number>): Fact[] {
  const metrics = findMetrics(text, s.start, s.end);
  const cues = findCues(text, s.start, s.end).filter((c) => !metrics.some((m) => c.start < m.end && m.start < c.end));
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
  // periods: a date followed by 보다/대비 is a comparison base, not a period
  const compared = new Set<DateMention>(s.dates.filter((d) => d.kind !== "comparison_base" && COMPARED_AFTER.test(text.slice(d.end, d.end + 50))));
  const periods = s.dates.filter((d) => isPeriod(d) && !compared.has(d));
  const bases = s.dates.filter((d) => d.kind === "comparison_base" || compared.has(d));
  const durations = s.dates.filter((d) => d.kind === "duration" && d.value !== null);
  const insideDate = (a: Amount): boolean => s.dates.some((d) => d.start <= a.start && a.end <= d.end);

  // sizes of changes: an amount whose next word is a change verb, an index move, or a percentage after 대비/보다
  const changeOf = new Map<Amount, ChangeDirection | null>();
  const values: Amount[] = [];
  for (const a of s.amounts) {
    if (insideDate(a)) continue;
    const rest = restAfter(text, a.end, s.end);
    const verb = CHANGE_REST.test(rest) ? verbAfter(cues, text, a.end + rest.length) : null;
    const linkedTo = a.change !== undefined && amountIndex.get(a) === a.change.to;
    if (a.kind === "points" || (CHANGE_KINDS.has(a.kind) && verb !== null && verb.cue.role === "change" && !linkedTo)) {
      changeOf.set(a, verb !== null && verb.cue.role === "change" ? verb.cue.value : null);
    } else if ((a.kind === "percent" || a.kind === "percent_point" || a.kind === "basis_point") && COMPARED_BEFORE.test(text.slice(Math.max(s.start, a.start - 12), a.start))) {
      changeOf.set(a, null);
    } else if (a.change !== undefined && amountIndex.get(a) === a.change.from) {
      continue; // `2.75%에서 2.50%로`: the old value
    } else if (VALUE_KINDS.has(a.kind)) values.push(a);
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
  let lastValueEnd = s.start;
  const flush = (): void => {
    for (const p of pending) if (p.changes.length > 0 || p.turn !== null) built.push({ metric: p.m, value: null, changes: p.changes, turn: p.turn, status: null, end: s.end });
    pending = [];
  };
  for (const ev of events) {
    if (ev.kind === "clause") {
      flush();
    } else if (ev.kind === "metric") {
      const m = ev.m;
      // a figure before the metric: `25조 원 규모의 공급 계약`, `1조 원을 투자한다`
      const before = values.filter((a) => !claimed.has(a) && a.end <= m.start && a.start >= lastValueEnd && clauseOf(a.start)[0] === clauseOf(m.start)[0]);
      const pre = before[before.length - 1];
      if (pre !== undefined && !metrics.some((o) => o !== m && o.start > pre.end && o.start < m.start) && (m.verbal ? OBJECT_GAP : PREPOSED_PHRASE).test(text.slice(pre.end, m.start))) {
        claimed.add(pre);
        built.push({ metric: m, value: pre, changes: [], turn: null, status: null, end: s.end });
        lastValueEnd = m.end;
        continue;
      }
      if (m.verbal) continue;
      const last = pending[pending.length - 1];
      if (last !== undefined && COORDINATED.test(text.slice(last.m.end, m.start))) pending.push({ m, changes: [], turn: null });
      else {
        flush();
        pending = [{ m, changes: [], turn: null }];
      }
    } else if (ev.kind === "value") {
      const a = ev.a;
      if (claimed.has(a)) continue;
      const p = pending.shift();
      if (p !== undefined) {
        claimed.add(a);
        built.push({ metric: p.m, value: a, changes: p.changes, turn: p.turn, status: null, end: s.end });
        lastValueEnd = a.end;
        continue;
      }
      // a second figure of the same metric: after a new period (`올해 30조 원, 내년 35조 원`) or an expectation (`시장 전망치 2조 원`)
      const prev = built[built.length - 1];
      if (prev === undefined || prev.value === null) continue;
      const between = text.slice(prev.value.end, a.start);
      const newPeriod = periods.some((d) => d.start >= prev.value!.end && d.end <= a.start);
      const expectation = cues.filter((c) => c.cue.role === "status" && c.start >= prev.value!.end && c.end <= a.start && EXPECTATION_NOUN.test(c.cue.word)).pop();
      if ((newPeriod || expectation !== undefined) && between.length <= 40 && !metrics.some((o) => o.start > prev.value!.end && o.start < a.start)) {
        claimed.add(a);
        built.push({ metric: prev.metric, value: a, changes: [], turn: null, status: expectation !== undefined ? (expectation.cue.value as FactStatus) : null, end: s.end });
        lastValueEnd = a.end;
      }
    } else if (ev.kind === "change") {
      const p = pending[0];
      if (p !== undefined) p.changes.push(ev.a);
      else {
        const prev = built[built.length - 1];
        if (prev !== undefined && prev.changes.length === 0) prev.changes.push(ev.a);
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
  built.sort((x, y) => (x.value?.start ?? x.metric.start) - (y.value?.start ?? y.metric.start));
  for (let i = 0; i < built.length; i++) {
    const next = built[i + 1];
    if (next !== undefined) (built[i] as Built).end = Math.min(next.metric.start, next.value?.start ?? next.metric.start);
  }

  // the sentence's basis, organizations in subject position, central banks
  const basisCue = cues.find((c) => c.cue.role === "basis" && isBasisCue(text, c, s.end, metrics));
  if (basisCue !== undefined) state.basis = basisCue.cue.value as FactBasis;
  const segments = [...text.slice(s.start, s.end).matchAll(SEGMENT)].map((m) => ({ start: s.start + (m.index ?? 0), end: s.start + (m.index ?? 0) + m[0].length, name: m[1] as string }));

  const facts: Fact[] = [];
  for (const b of built) {
    const m = b.metric;
    const anchor = b.value ?? m;
    const [clauseStart, clauseEnd] = clauseOf(anchor.start);
    const from = Math.min(m.start, anchor.start);

    // subject
    let subject: FactParty | null = null;
    if (m.info.subject === "none") subject = null;
    else {
      const cands = s.entities.filter((e) => e.end <= from && (e.label === "ORG" || e.label === "PRODUCT") && SUBJECT_REST.test(restAfter(text, e.end, s.end)) && !isSourceEntity(text, e, s.end));
      let pick = cands[cands.length - 1];
      if (m.info.subject === "central-bank") {
        const bank = s.entities.filter((e) => e.attributes?.["type"] === "central-bank" || e.attributes?.["kind"] === "central-bank").pop();
        if (bank !== undefined) pick = bank;
      }
      const pronoun = PRONOUN.test(text.slice(Math.max(s.start, from - 12), from).trimEnd().replace(/\s+\S*$/, (w) => (PRONOUN.test(w) ? w : "")));
      if (pick !== undefined && !(pronoun && (pick.end < clauseStart || false))) subject = entityParty(pick);
      else if (m.info.subject === "central-bank" && state.centralBank !== null) subject = state.centralBank;
      else subject = state.subject ?? state.topic;
    }

    // segment: 부문/사업부 before the metric in its clause, or the lemma's own
    let segment = m.segment;
    if (segment === null) {
      const seg = segments.filter((g) => g.end <= m.start && g.start >= clauseStart).pop();
      if (seg !== undefined) segment = seg.name;
    }

    // period
    const period = pickPeriod(m, anchor, periods, clauseStart, clauseEnd, state);

    // change
    const change = pickChange(text, b, cues, bases, clauseEnd, period, allAmounts, amountIndex, changeOf);

    // status
    let status: FactStatus = b.status ?? pickStatus(text, b, cues, clauseStart, clauseEnd);

    // source: the quote whose content covers the figure, or `X에 따르면`, `X가 집계한`
    const source = pickSource(text, s, anchor, quotes, cues);
    if (status === "forecast" && subject !== null && source !== null && source.id !== null && source.id === subject.id) status = "guidance";

    // deals: the other party and the length
    let counterparty: FactParty | null = null;
    let duration: Fact["duration"] = null;
    if (m.info.period === "event") {
      const cp = s.entities.filter((e) => e.start >= clauseStart && e.end <= b.end && (e.label === "ORG") && COUNTERPARTY_REST.test(restAfter(text, e.end, s.end)) && (subject === null || e.id !== subject.id)).pop();
      if (cp !== undefined) counterparty = entityParty(cp);
      const d = durations.find((x) => x.start >= clauseStart && x.end <= Math.max(b.end, clauseEnd));
      if (d !== undefined && d.value !== null) duration = { value: d.value, text: d.text, start: d.start, end: d.end };
    }

    facts.push({
      start: s.start,
      end: s.end,
      subject,
      metric: { key: m.key, lemma: m.lemma, text: text.slice(m.start, m.end), start: m.start, end: m.end },
      segment,
      value: b.value,
      period,
      basis: m.info.basis ? state.basis : null,
      change,
      status,
      source,
      counterparty,
      duration,
    });
    if (subject !== null) state.subject = subject;
  }

  // what later sentences inherit
  for (const e of s.entities) {
    if (e.label !== "ORG") continue;
    if (e.attributes?.["type"] === "central-bank") state.centralBank = entityParty(e);
    if (/^(?:은|는|이|가)$/.test(restAfter(text, e.end, s.end)) && !isSourceEntity(text, e, s.end) && e.type !== "media") state.topic = entityParty(e);
  }
  if (facts.length > 0) {
    const f = facts[facts.length - 1] as Fact;
    if (f.subject !== null) state.topic = f.subject;
  }
  for (const d of periods) {
    if (d.granularity === "day") state.point = d;
    else state.span = d;
  }
  return facts;
}

const PREPOSED_PHRASE = {
  test(gap: string): boolean {
    // `25조 원 규모의 배터리 공급 계약`: 의 then at most three words before the metric
    const m = /^\s*(?:규모|어치|상당|가량|수준)?\s*의\s+((?:[^\s]+\s+){0,3})$/.exec(gap);
    return m !== null || /^\s*(?:규모|어치|상당|가량|수준)?\s*의\s*$/.test(gap);
  },
};
void PREPOSED;

/** 연결/별도 as a basis: `연결 기준`, `별도 재무제표`, or right before a metric (`연결 영업이익`). */
function isBasisCue(text: string, c: CueMention, limit: number, metrics: MetricMention[]): boolean {
  if (/^(?:기준|재무제표)/.test(c.rest)) return true;
  if (c.rest !== "" && !/^(?:의)$/.test(c.rest)) return false;
  const after = text.slice(c.end + c.rest.length, Math.min(limit, c.end + c.rest.length + 8));
  if (/^\s*(?:기준|재무제표|실적)/.test(after)) return true;
  let i = c.end + c.rest.length;
  while (i < limit && /\s/.test(text[i] as string)) i++;
  return metrics.some((m) => m.start === i);
}

/** An organization named as the source of what follows (`X에 따르면`, `X가 집계한`), not as its subject. */
function isSourceEntity(text: string, e: Entity, limit: number): boolean {
  const after = text.slice(e.end, Math.min(limit, e.end + 12));
  return /^(?:에|의\s?집계에|의\s?조사에|의\s?자료에)\s?따르면/.test(after) || e.type === "media";
}

function pickPeriod(m: MetricMention, anchor: { start: number; end: number }, periods: DateMention[], clauseStart: number, clauseEnd: number, state: DocState): DateMention | null {
  const kind = m.info.period;
  const before = periods.filter((d) => d.end <= anchor.start);
  const inClause = periods.filter((d) => d.start >= clauseStart && d.end <= clauseEnd);
  if (kind === "event") {
    const b = inClause.filter((d) => d.end <= anchor.start).pop();
    return b ?? inClause.find((d) => d.start >= anchor.end) ?? null;
  }
  if (kind === "span") {
    const span = (d: DateMention): boolean => d.granularity !== "day" && d.granularity !== "hour" && d.granularity !== "week";
    return before.filter(span).pop() ?? inClause.find((d) => d.start >= anchor.end && span(d)) ?? state.span;
  }
  return before.pop() ?? inClause.find((d) => d.start >= anchor.end) ?? state.point;
}

function pickChange(
  text: string,
  b: Built,
  cues: CueMention[],
  bases: DateMention[],
  clauseEnd: number,
  period: DateMention | null,
  allAmounts: Amount[],
  amountIndex: Map<Amount, number>,
  changeOf: Map<Amount, ChangeDirection | null>,
): FactChange | null {
  const anchor = b.value ?? b.metric;
  const from = Math.min(b.metric.start, anchor.start);
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
  // a change verb after the figure in its clause (`3조 원으로 늘었다`, `2.50%로 동결했다`)
  if (direction === null && b.value !== null) {
    const verb = cues.find((c) => c.start >= b.value!.end && c.start < Math.min(to, clauseEnd) && c.cue.role === "change");
    if (verb !== undefined) direction = verb.cue.value as ChangeDirection;
  }
  if (direction === null) return null;
  // the base: a comparison base or a compared period in the fact's words, 직전/종전, or the old value of `A에서 B로`
  let base: ChangeBase | null = null;
  let baseText: string | undefined;
  const limit = size !== undefined ? Math.max(size.start, anchor.end) : to;
  const d = bases.filter((x) => x.start >= from - 30 && x.end <= limit).pop() ?? bases.find((x) => x.start >= from && x.end <= to);
  if (d !== undefined) {
    base = d.kind === "comparison_base" ? baseOf(d) : baseBetween(period?.value ?? null, d.value);
    baseText = d.text;
  }
  if (base === null) {
    const prevCue = cues.find((c) => c.cue.role === "base" && c.start >= from && c.end <= to);
    if (prevCue !== undefined) {
      base = "previous";
      baseText = text.slice(prevCue.start, prevCue.end);
    } else if (b.value !== null && b.value.change !== undefined) {
      const old = allAmounts.find((x) => amountIndex.get(x) === b.value!.change!.from);
      base = "previous";
      if (old !== undefined) baseText = old.text;
    }
  }
  const change: FactChange = { direction, by, base };
  if (baseText !== undefined && base !== null) change.baseText = baseText;
  return change;
}

function pickStatus(text: string, b: Built, cues: CueMention[], clauseStart: number, clauseEnd: number): FactStatus {
  const anchor = b.value ?? b.metric;
  const statusCues = cues.filter((c) => c.cue.role === "status" && !OBJECT_REST.test(c.rest));
  // before the figure, in the metric's phrase (`4분기 영업이익 전망치는`, `예상 매출`)
  const pre = statusCues.filter((c) => c.start >= Math.max(clauseStart, b.metric.start - 8) && c.end <= anchor.start).pop();
  // after the figure, as the clause's predicate (`…에 이를 것으로 전망했다`, `…으로 예상된다`)
  const post = statusCues.find((c) => c.start >= anchor.end && c.end <= clauseEnd);
  const cue = pre ?? post;
  void text;
  return cue !== undefined ? (cue.cue.value as FactStatus) : "reported";
}

function pickSource(text: string, s: SentenceLayers, anchor: { start: number; end: number }, quotes: Quote[], cues: CueMention[]): FactParty | null {
  for (const q of quotes) {
    if (q.content.start <= anchor.start && anchor.end <= q.content.end) {
      const sp = q.speaker;
      if (sp !== null && sp.kind !== "anonymous") return party(sp, sp.text, sp.start, sp.end);
    }
  }
  const according = cues.find((c) => c.cue.role === "source" && c.cue.value === "according" && c.end <= anchor.start);
  if (according !== undefined) {
    const e = s.entities.filter((x) => x.end <= according.start && according.start - x.end <= 8).pop();
    if (e !== undefined) return entityParty(e);
    const m = /([^\s]+?)(?:의\s?(?:집계|조사|자료|분석)|에)\s?$/.exec(text.slice(s.start, according.start));
    if (m !== null) {
      const start = s.start + (m.index ?? 0);
      return { id: null, name: null, text: m[1] as string, start, end: start + (m[1] as string).length };
    }
  }
  const tally = cues.find((c) => c.cue.role === "source" && c.cue.value === "tally" && c.start >= anchor.end);
  if (tally !== undefined) {
    const e = s.entities.filter((x) => x.end <= tally.start && /^(?:이|가|은|는)$/.test(restAfter(text, x.end, s.end))).pop();
    if (e !== undefined) return entityParty(e);
  }
  void isWordChar;
  void isJosaRun;
  return null;
}
