// Figures with no metric word of their own that continue the last metric, and the nouns that stop them.
import type { Amount } from "@sinmun/core";
import { isWordChar, wordEnd } from "./scan";
import type { CueMention, MetricMention } from "./scan";
import { loadWords } from "./words";
import type { DateMention, Fact, FactStatus } from "./types";
import { TOPIC_REST, EXPECTATION_NOUN, PRONOUN_WORD } from "./patterns";
import { partyOf, restAfter, fits, isForecaster } from "./internal";
import type { Built, DocState, SentenceLayers } from "./internal";

/** A word with no particle that names a segment or product line (`커머스 매출`, `5G 가입자`, `석유화학 300억 원`), or null. */
export function bareNoun(text: string, end: number, from: number, blocked: (s: number, e: number) => boolean): string | null {
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

/** A word with an object particle between a metric and a figure that is no party, date, cue or metric: another head noun. */
export function otherObject(text: string, from: number, to: number, blocked: (s: number, e: number) => boolean, cues: CueMention[]): boolean {
  const re = /[^\s]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const w = m[0].replace(/[,.]$/, "");
    const at = m.index;
    if (at === from) continue;
    if (!/[가-힣A-Za-z0-9](?:을|를)$/.test(w)) continue;
    const stemEnd = at + w.length - 1;
    if (blocked(at, stemEnd) || cues.some((c) => c.start === at)) continue;
    return true;
  }
  return false;
}

/** A word with a topic or subject particle before a figure that names another quantity (`연봉은`, `금액은`): the figure is its. */
export function otherTopic(text: string, from: number, to: number, blocked: (s: number, e: number) => boolean, cues: CueMention[]): boolean {
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
/**
 * A figure with no metric of its own takes the last metric when the text moves to a parallel case:
 * a new period (`올해 30조 원, 내년 35조 원`), an expectation (`컨센서스인 3200억 원`), a head noun
 * (`장중 저점은`), a new topic (`애플은 18%, 샤오미는 14%`, `키움증권은 2,800을 예상했다`), a segment
 * in a list (`석유화학 300억 원, 첨단소재 780억 원`), or a part of the previous figure (`이 가운데 …`).
 */
export function carry(
  text: string,
  s: SentenceLayers,
  a: Amount,
  built: Built[],
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
