import { partitionPoint } from "@sinmun/core";
import type { Eojeol, MarkPair, Range, TextIndex } from "@sinmun/core";
import type { Lexicon } from "../lexicon";

/** How many words a backward search looks at: a reported clause or a speaker phrase is never longer. */
export const WINDOW = 60;

/**
 * The quote marks attribution looks for inside a word (a word holding one is never a speaker or
 * a complementizer). Narrower than core's QUOTE_MARKS: the primes and full-width ＂ are left out.
 */
export const QUOTE_CHARS = /["“”‘’「」『』]/u;

/** A word of the text: core's eojeol. Quote attribution reads `trimmed` (opening marks kept). */
export type Word = Eojeol;

/**
 * What follows a quote mark pair or a complementizer, and so how it joins a reporting verb:
 * `close` (…라고 말했다), `chain` (…라며 …, “A”, “B”), `adnominal` (…다는 입장이다), `end` (the
 * sentence ends), `loose` (something else follows), `josa` (a case particle: a name, not speech).
 */
export type Link = "close" | "chain" | "adnominal" | "end" | "loose" | "josa";

/**
 * The text seen by every pass: the shared index (words, quote pairs) and the quote-aware sentence
 * starts. Built once by {@link createQuoteText}; passes only read it.
 */
export interface QuoteText {
  readonly text: string;
  readonly words: readonly Word[];
  /** Every closed quote-mark pair, sorted by opening mark. */
  readonly pairs: readonly MarkPair[];
  /** The top-level pairs (depth 0). */
  readonly topPairs: readonly MarkPair[];
  /** Sentence starts that ignore punctuation inside top-level quotes, sorted. */
  readonly starts: readonly number[];
  readonly lex: Lexicon;
}

/**
 * Builds the pass input from a text index. `docSentences` (the document's own sentences, when it
 * has them) add breaks that do not fall inside a quote.
 *
 * @example
 * createQuoteText(indexText("그는 “좋다. 정말”이라고 했다. 끝."), undefined, bundledLexicon()).starts; // → [0, 19]
 */
export function createQuoteText(index: TextIndex, docSentences: readonly Range[] | undefined, lex: Lexicon): QuoteText {
  const pairs = index.quotePairs;
  const topPairs = pairs.filter((p) => p.depth === 0);
  return { text: index.text, words: splitGlued(index.text, index.words), pairs, topPairs, starts: sentenceStarts(index.text, topPairs, docSentences), lex };
}

/** A full stop glued to the next sentence in scraped text (늘었다.기아 관계자는): a Hangul syllable, the mark, a letter. */
const GLUED_STOP = /(?<=[가-힣])[.?!](?=[가-힣A-Za-z])/gu;
const TRAILING = /[.,!?;:…·"'”’」』)\]]+$/u;
const LEADING = /^[“‘"'「『(\[]+/u;

function wordOf(text: string, start: number, end: number): Word {
  const raw = text.slice(start, end);
  const trimmed = raw.replace(TRAILING, "");
  const lead = LEADING.exec(trimmed)?.[0].length ?? 0;
  const coreEnd = start + trimmed.length;
  return { start, end, coreStart: start + lead, coreEnd, core: text.slice(start + lead, coreEnd), trimmed };
}

/**
 * Scraped text drops the space after a full stop (…밝혔다.회사는 …): such a word is split after the
 * mark into two words, so the second sentence's subject is a word of its own. Linear; other words are kept.
 */
function splitGlued(text: string, words: readonly Word[]): readonly Word[] {
  GLUED_STOP.lastIndex = 0;
  if (!GLUED_STOP.test(text)) return words;
  const out: Word[] = [];
  for (const w of words) {
    const raw = text.slice(w.start, w.end);
    GLUED_STOP.lastIndex = 0;
    if (!GLUED_STOP.test(raw)) {
      out.push(w);
      continue;
    }
    let from = 0;
    GLUED_STOP.lastIndex = 0;
    for (let m = GLUED_STOP.exec(raw); m; m = GLUED_STOP.exec(raw)) {
      out.push(wordOf(text, w.start + from, w.start + m.index + 1));
      from = m.index + 1;
    }
    out.push(wordOf(text, w.start + from, w.end));
  }
  return out;
}

/**
 * Sentence breaks that ignore punctuation inside top-level quotes: positions where a sentence
 * starts. Breaks come from `.?!` followed by white space, from line breaks and from the doc's
 * sentences when they do not fall inside a quote.
 */
function sentenceStarts(text: string, topPairs: readonly MarkPair[], docSentences: readonly Range[] | undefined): number[] {
  const inside = (pos: number): boolean => {
    const p = pairOpeningBefore(topPairs, pos);
    return p !== undefined && pos <= p.close;
  };
  const starts = new Set<number>([0]);
  const re = /[.?!。](?=[\s"'”’)]*\s)|\n+|(?<=[가-힣])[.?!](?=[가-힣A-Za-z])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let pos = m.index + m[0].length;
    while (pos < text.length && /\s/u.test(text[pos] as string)) pos++;
    if (!inside(m.index)) starts.add(pos);
  }
  if (docSentences) {
    for (const s of docSentences) {
      if (Number.isInteger(s.start) && s.start > 0 && s.start <= text.length && !inside(s.start - 1)) starts.add(s.start);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/** Index of the first word whose start is >= pos. */
export function firstWordAtOrAfter(words: readonly Word[], pos: number): number {
  return partitionPoint(words.length, (i) => (words[i] as Word).start < pos);
}

/** Index of the word containing pos, or of the last word before it; -1 when none. */
export function wordAtOrBefore(words: readonly Word[], pos: number): number {
  return firstWordAtOrAfter(words, pos + 1) - 1;
}

/** The word starting at or after pos. */
export function nextWord(t: QuoteText, pos: number): Word | undefined {
  return t.words[firstWordAtOrAfter(t.words, pos)];
}

/** Index of the sentence (in `t.starts`) that contains pos. */
export function sentenceIndexOf(t: QuoteText, pos: number): number {
  return partitionPoint(t.starts.length, (i) => (t.starts[i] as number) <= pos) - 1;
}

/** Start of the sentence holding pos. */
export function sentenceStartOf(t: QuoteText, pos: number): number {
  return t.starts[sentenceIndexOf(t, pos)] ?? 0;
}

/** End of the sentence holding pos: the next sentence's start, or the end of the text. */
export function sentenceEndOf(t: QuoteText, pos: number): number {
  return t.starts[sentenceIndexOf(t, pos) + 1] ?? t.text.length;
}

/** Index of the first pair opening at or after `pos`. */
export function firstPairFrom(pairs: readonly MarkPair[], pos: number): number {
  return partitionPoint(pairs.length, (i) => (pairs[i] as MarkPair).open < pos);
}

/** The last pair that opens before `pos`. */
export function pairOpeningBefore(pairs: readonly MarkPair[], pos: number): MarkPair | undefined {
  return pairs[firstPairFrom(pairs, pos) - 1];
}

/** True when pos lies strictly inside a top-level quote. */
export function insideQuote(t: QuoteText, pos: number): boolean {
  const p = pairOpeningBefore(t.topPairs, pos);
  return p !== undefined && pos < p.close;
}
