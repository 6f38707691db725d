import type { MarkPair } from "@sinmun/core";
import { firstPairFrom, firstWordAtOrAfter, WINDOW, wordAtOrBefore } from "./context";
import type { QuoteText, Word } from "./context";
import { isTopicJosa } from "./findSpeakers";
import type { SpeakerFinder } from "./findSpeakers";
import { isFrame, isSetting } from "./phrases";

const ADDRESSEE = /(에게|에게는|님께|들에)$/u;

/**
 * The first word of the reported clause that ends at `anchor`, not before `regionStart`: after
 * the last speaker (topic), frame, addressee or setting before it, then past setting words and
 * one subject. With `subjectStops`, any speaker ends the search (…냐고 묻자: the asker).
 *
 * @example
 * clauseStart(t, finder, anchor, 0); // 그는 21일 내년엔 늘린다고 말했다 → the start of 내년엔
 */
export function clauseStart(t: QuoteText, finder: SpeakerFinder, anchor: number, regionStart: number, subjectStops = false): number {
  const { words, lex } = t;
  const first = Math.max(firstWordAtOrAfter(words, regionStart), wordAtOrBefore(words, anchor - 1) - WINDOW);
  let last = wordAtOrBefore(words, anchor - 1);
  while (last >= first && (words[last] as Word).end > anchor) last--;
  let startIdx = first;
  let topicFound = false;
  for (let i = last; i >= first; i--) {
    const w = words[i] as Word;
    const hit = finder.atWord(i);
    if ((hit && (subjectStops || isTopicJosa(hit.josa) || hit.josa === "에 따르면")) || isFrame(t, w.trimmed) || ADDRESSEE.test(w.trimmed)
      || (i < last && isSetting(t, w) && !lex.has("time", w.trimmed))) {
      startIdx = i + 1;
      topicFound = true;
      break;
    }
  }
  let i = startIdx;
  let subjectSkipped = false;
  while (i <= last) {
    const w = words[i] as Word;
    if (isSetting(t, w) || lex.has("continuation", w.trimmed) || /(에게|에게는|께|들에)$/u.test(w.trimmed)) {
      i++;
      continue;
    }
    if (!topicFound && !subjectSkipped && finder.atWord(i)) {
      subjectSkipped = true;
      i++;
      continue;
    }
    break;
  }
  const w = words[i];
  return w && w.start < anchor ? w.start : anchor;
}

/**
 * True when a double-quoted fragment lies inside [start, end): the clause is mixed.
 *
 * @example
 * doublePairWithin(t, 0, 20); // 그는 “혁신”을 이어가겠다고 → true
 */
export function doublePairWithin(t: QuoteText, start: number, end: number): boolean {
  const { topPairs } = t;
  for (let k = firstPairFrom(topPairs, start); k < topPairs.length && (topPairs[k] as MarkPair).open < end; k++) {
    const p = topPairs[k] as MarkPair;
    if (p.family === "double" && p.close < end) return true;
  }
  return false;
}
