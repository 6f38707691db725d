import { SinmunError } from "@sinmun/core";
import type { Amount, Sentence } from "@sinmun/core";
import { fromEntity, findNames } from "./parties";
import type { Fact, FactInput } from "./types";
import { sorted, Cursor } from "./internal";
import type { DocState, SentenceLayers } from "./internal";
import { mergeChanges } from "./change";
import { sentenceFacts } from "./sentenceFacts";

/** The longest stretch of text read as one sentence; longer sentences are read in windows (linear time on any input). */
export const MAX_WINDOW = 600;

/**
 * A sentence as windows of at most MAX_WINDOW units, cut after a comma or a space (a real sentence
 * is one window; a 100,000-character line of figures is read in linear time).
 */
export function windows(text: string, start: number, end: number): [number, number][] {
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
