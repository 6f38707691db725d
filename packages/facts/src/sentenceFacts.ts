// One sentence (or window) of a document: metrics paired with figures, then every field of each fact.
import { partitionPoint } from "@sinmun/core";
import type { Amount, Quote } from "@sinmun/core";
import type { Party } from "./parties";
import { clauseEnds, findCues, findMetrics, isWordChar } from "./scan";
import type { CueMention, MetricMention } from "./scan";
import { loadWords } from "./words";
import type { ChangeDirection, DateMention, Fact, FactBasis, FactParty, FactStatus } from "./types";
import { VALUE_KINDS, CHANGE_KINDS, CHANGE_REST, CHANGE_FILLER, COMPARED_BEFORE, COMPARED_AFTER, NOT_FIGURE_REST, PREPOSED, OBJECT_GAP, COORDINATED, TOPIC_REST, MEMBERS_TOPIC, ATTRIBUTIVE_REST, COUNTERPARTY_REST, PART_OF, SEGMENT, EXPECTATION_NOUN, COMPARE_VERB, VERBAL_REST, RESPECTIVELY, STATEMENT_VERB, PAST_VERB, ANNOUNCED, INTENTION, SAME_PERIOD, SAME_SOURCE, SAME_SPAN, ONLY_IN, PRODUCT_METRICS, FORECASTER_PRONOUN, PRONOUN_TOPIC } from "./patterns";
import { toFact, sameParty, restAfter, fits, isForecaster, isSourceParty } from "./internal";
import type { Span, Built, DocState, SentenceLayers } from "./internal";
import { changeFor } from "./change";
import { isPeriod, pickPeriod } from "./period";
import { bareNoun, otherObject, carry } from "./carry";
import { sourceBefore, quoteSource } from "./source";

/** 연결/별도 as a basis: `연결 기준`, `별도 재무제표`, or right before a metric (`연결 영업이익`). */
export function isBasisCue(text: string, c: CueMention, limit: number, metrics: MetricMention[]): boolean {
  if (/^(?:기준|재무제표)/.test(c.rest)) return true;
  if (c.rest !== "" && c.rest !== "의") return false;
  const at = c.end + c.rest.length;
  if (/^\s*(?:기준|재무제표|실적)/.test(text.slice(at, Math.min(limit, at + 8)))) return true;
  let i = at;
  while (i < limit && /\s/.test(text[i] as string)) i++;
  return metrics.some((m) => m.start === i);
}

export function sentenceFacts(text: string, s: SentenceLayers, state: DocState, quotes: Quote[], allAmounts: Amount[], amountIndex: Map<Amount, number>): void {
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
  // The clause holding `pos`: between the last clause end at or before it and the next one.
  const clauseOf = (pos: number): [number, number] => {
    const k = partitionPoint(ends.length, (i) => (ends[i] as number) <= pos);
    return [ends[k - 1] ?? s.start, ends[k] ?? s.end];
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
      const carried = carry(text, s, a, built, periods, cues, metrics, blocked, state, sentenceStartsPartOf, lastFact);
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
