import type { MarkPair } from "@sinmun/core";
import { firstWordAtOrAfter, nextWord, QUOTE_CHARS, sentenceEndOf, wordAtOrBefore } from "./context";
import type { Link, QuoteText, Word } from "./context";
import { CHAIN_COMP, CLOSE_COMP, findCue } from "./findCues";
import { headlineSpeaker } from "./findSpeakers";
import type { SpeakerFinder } from "./findSpeakers";

const ADNOMINAL_COMP = /(다|라|냐)는$/u;
const PREDICATE_END = /[다요죠까냐자네군걸데][.?!…]*$/u;

/** How a quote or clause joins what follows, and where that link ends. */
export interface Linked {
  link: Link;
  linkEnd: number;
}

/**
 * Where a speech anchor starts: a top-level quote-mark pair that is speech (`pair`) or a
 * complementizer word ending an indirect clause (`word`: …다고, …라며, …다는), in text order.
 */
export interface Anchor extends Linked {
  pos: number;
  pair?: MarkPair;
  word?: Word;
}

/** The output of {@link classifySpeech}. */
export interface Speech {
  anchors: Anchor[];
  /** The top-level pairs that are speech, sorted by opening mark. */
  speechPairs: MarkPair[];
}

/**
 * What follows the closing mark at `close` (not past `limit`): a glued particle (라고, 라며, 라는,
 * or another josa), a comma and another quote, a chain verb, the end of the sentence, or anything else.
 *
 * @example
 * linkAfter(t, 5, t.text.length); // “좋다”고 말했다 → { link: "close", linkEnd: 7 }
 */
export function linkAfter(t: QuoteText, close: number, limit: number): Linked {
  const { text, words, lex } = t;
  const j = close + 1;
  let k = j;
  while (k < limit && /[가-힣]/u.test(text[k] as string)) k++;
  const suffix = text.slice(j, k);
  if (suffix) {
    for (const p of lex.list("particle-close")) {
      if (suffix === p || suffix === p + "도" || suffix === p + "는" || suffix === p + "만") {
        // “…”라고 하면서 “…”: the light verb chains the next quote.
        const nw = words[firstWordAtOrAfter(words, k)];
        if (nw && nw.start === k + 1 && lex.has("chain-verb", nw.trimmed)) return { link: "chain", linkEnd: nw.coreEnd };
        return { link: "close", linkEnd: k };
      }
    }
    for (const p of lex.list("particle-chain")) if (suffix === p || suffix === p + "도") return { link: "chain", linkEnd: k };
    if (lex.has("particle-adnominal", suffix)) return { link: "adnominal", linkEnd: k };
    return { link: "josa", linkEnd: k };
  }
  let m = j;
  // “A”, “B”라고 말했다: a comma and another opening double quote chain the quotes.
  if (text[j] === "," || text[j] === "，") {
    let n = j + 1;
    while (n < limit && (text[n] === " " || text[n] === "\t")) n++;
    if (n < limit && /[“"]/u.test(text[n] as string)) return { link: "chain", linkEnd: j + 1 };
  }
  while (m < limit && (text[m] === " " || text[m] === "\t")) m++;
  if (m >= limit || /[.?!\n\r]/u.test(text[m] as string)) return { link: "end", linkEnd: j };
  const w = words[firstWordAtOrAfter(words, m)];
  if (w && w.start === m && m > j) {
    if (lex.has("chain-verb", w.trimmed) || lex.has("particle-chain", w.trimmed)) return { link: "chain", linkEnd: w.coreEnd };
    if (lex.has("particle-close", w.trimmed)) return { link: "close", linkEnd: w.coreEnd };
  }
  return { link: "loose", linkEnd: j };
}

/**
 * True when quoted content reads like a sentence: it ends in punctuation or a predicate ending,
 * or has four words or more.
 *
 * @example
 * sentenceLike("수요가 많다"); // → true
 * sentenceLike("AI 버블");     // → false
 */
export function sentenceLike(content: string): boolean {
  const c = content.trim();
  if (/[.?!…]$/u.test(c) || PREDICATE_END.test(c)) return true;
  return c.split(/\s+/u).length >= 4;
}

/**
 * Whether a top-level pair is speech (“…”라고 말했다) rather than a name, a title or a scare
 * quote (“칩플레이션”이라는 말, 이른바 ‘…’).
 *
 * @example
 * isSpeechPair(t, finder, pair, linkAfter(t, pair.close, t.text.length)); // → true for “좋다”고 말했다
 */
export function isSpeechPair(t: QuoteText, finder: SpeakerFinder, p: MarkPair, { link, linkEnd }: Linked): boolean {
  const { text, words, lex } = t;
  const content = text.slice(p.open + 1, p.close);
  if (content.trim() === "") return false;
  const before = text[p.open - 1];
  if (before !== undefined && /\s/u.test(before)) {
    const pw = words[wordAtOrBefore(words, p.open - 1)];
    if (pw && lex.has("nonspeech-before", pw.trimmed)) return false;
  }
  switch (link) {
    case "josa":
      return false;
    case "close":
    case "chain": {
      const nw = nextWord(t, linkEnd);
      if (nw && lex.list("naming-after").some((n) => nw.trimmed.startsWith(n))) return false;
      // A comma list of quotes is speech only when it reads like a sentence (“칩플레이션”, “AI 버블” 같은 말 is not).
      if (link === "chain" && /[,，]/u.test(text[p.close + 1] ?? "")) return sentenceLike(content);
      // ‘…’ and 「…」 are speech when they read like a sentence, or when a reporting verb follows:
      // 그는 ‘이번이 마지막 기회’라고 말했다.
      return p.family === "double" || sentenceLike(content)
        || (link === "close" && findCue(t, finder, linkEnd, sentenceEndOf(t, p.close), false, 3) !== null);
    }
    case "adnominal": {
      const nw = nextWord(t, linkEnd);
      if (nw && lex.list("nonspeech-noun").some((n) => nw.trimmed.startsWith(n) && nw.trimmed.length <= n.length + 1)) return false;
      return sentenceLike(content) && content.trim().includes(" ");
    }
    default:
      // 업계 “판매 늘어날 것”: a headline quote after its speaker, alone on the line.
      return p.family === "double" && (sentenceLike(content)
        || (link === "end" && content.trim().includes(" ") && headlineSpeaker(t, finder, p.open) !== null));
  }
}

/**
 * Classifies speech: the top-level quote pairs that are speech, and the complementizer words
 * outside them that end an indirect clause (…다고, …다며, …다는), merged in text order.
 *
 * @example
 * classifySpeech(t, finder).anchors.map((a) => a.link); // 그는 “좋다”고 했고, 내년엔 늘린다며 … → ["close", "chain"]
 */
export function classifySpeech(t: QuoteText, finder: SpeakerFinder): Speech {
  const { text, words, lex } = t;
  const anchors: Anchor[] = [];
  const speechPairs: MarkPair[] = [];
  for (const p of t.topPairs) {
    const linked = linkAfter(t, p.close, text.length);
    if (isSpeechPair(t, finder, p, linked)) {
      anchors.push({ pos: p.open, pair: p, ...linked });
      speechPairs.push(p);
    }
  }
  const namingAfter = lex.list("naming-after");
  let pi = 0;
  for (const w of words) {
    while (pi < speechPairs.length && (speechPairs[pi] as MarkPair).close < w.start) pi++;
    const sp = speechPairs[pi];
    if (sp && sp.open <= w.start) continue; // inside a direct quote
    if (QUOTE_CHARS.test(text.slice(w.start, w.end))) continue;
    const c = w.trimmed;
    if (c === "그렇다고" || c === "그렇다며" || c.length < 2) continue;
    let link: Link | undefined;
    if (CLOSE_COMP.test(c)) link = "close";
    else if (CHAIN_COMP.test(c)) link = "chain";
    else if (ADNOMINAL_COMP.test(c)) link = "adnominal";
    if (!link) continue;
    const nw = words[firstWordAtOrAfter(words, w.end)];
    if (link === "close" && nw && namingAfter.some((n) => nw.trimmed.startsWith(n))) continue;
    anchors.push({ pos: w.start, word: w, link, linkEnd: w.coreEnd });
  }
  anchors.sort((a, b) => a.pos - b.pos);
  return { anchors, speechPairs };
}
