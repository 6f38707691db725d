import { SinmunError, invalidOption } from "./errors";
import { isWhiteSpace, QUOTE_MARKS } from "./chars";
import { pairQuoteMarks } from "./pairQuoteMarks";
import type { MarkPair } from "./pairQuoteMarks";
import { partitionPoint } from "./partitionPoint";
import { splitSentences } from "./splitSentences";
import type { Sentence } from "./types";

const PKG = "@sinmun/core";

/**
 * A space-delimited word (eojeol): `[start, end)` is the whole run of non-white-space characters;
 * `[coreStart, coreEnd)` drops the opening quote marks before it and the punctuation and closing
 * quote marks after it, so `“좋다”고,` has the core `좋다”고` and `말했다.` the core `말했다`.
 * `core === text.slice(coreStart, coreEnd)`; it may be empty (a word of punctuation only).
 * `trimmed === text.slice(start, coreEnd)` keeps the opening marks (`“좋다”고`): quote attribution
 * reads words that way, so a quoted word never passes for a bare one.
 */
export interface Eojeol {
  start: number;
  end: number;
  coreStart: number;
  coreEnd: number;
  core: string;
  /** The word up to `coreEnd`: trailing punctuation and closing marks dropped, opening marks kept. */
  trimmed: string;
}

/** What {@link indexText} can reuse instead of computing. */
export interface IndexTextOptions {
  /** The document's sentences, when it already has them; else `splitSentences(text)`. */
  sentences?: readonly Sentence[];
}

/**
 * One shared index over a text: sentences, eojeols and quote-mark pairs, each computed on first
 * use and at most once, and binary searches over them. Every stage of the pipeline reads the same
 * index instead of splitting the text again.
 */
export interface TextIndex {
  readonly text: string;
  /** The given sentences, else `splitSentences(text)`. Sorted by start. */
  readonly sentences: readonly Sentence[];
  /** Space-delimited eojeols in text order. */
  readonly words: readonly Eojeol[];
  /** `pairQuoteMarks(text)`: closed quote-mark pairs sorted by their opening mark. */
  readonly quotePairs: readonly MarkPair[];
  /** Index of the sentence with `start <= pos < end`, or -1 when pos lies in no sentence. */
  sentenceAt(pos: number): number;
  /** Index of the word containing pos, or of the last word before it; -1 when none starts at or before pos. */
  wordAt(pos: number): number;
}

/** Leading marks a core drops: every quote mark that can open. */
const LEADING = new Set(Object.entries(QUOTE_MARKS).filter(([, m]) => m.role !== "close").map(([c]) => c.charCodeAt(0)));
/** Trailing punctuation and closing quote marks a core drops. */
const TRAILING = new Set([...".,!?;:…·\"'”’」』"].map((c) => c.charCodeAt(0)));

/**
 * Splits text into eojeols at white space ({@link isWhiteSpace}: spaces, line breaks, zero-width
 * space), in one linear pass.
 *
 * @example
 * splitEojeols("그는 “좋다”고 말했다.").map((w) => w.core); // → ["그는", "좋다”고", "말했다"]
 */
export function splitEojeols(text: string): Eojeol[] {
  const out: Eojeol[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isWhiteSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isWhiteSpace(text.charCodeAt(i))) i++;
    const end = i;
    let coreEnd = end;
    while (coreEnd > start && TRAILING.has(text.charCodeAt(coreEnd - 1))) coreEnd--;
    let coreStart = start;
    while (coreStart < coreEnd && LEADING.has(text.charCodeAt(coreStart))) coreStart++;
    const trimmed = text.slice(start, coreEnd);
    out.push({ start, end, coreStart, coreEnd, core: trimmed.slice(coreStart - start), trimmed });
  }
  return out;
}

class LazyTextIndex implements TextIndex {
  readonly text: string;
  #sentences: readonly Sentence[] | undefined;
  #words: readonly Eojeol[] | undefined;
  #quotePairs: readonly MarkPair[] | undefined;

  constructor(text: string, sentences: readonly Sentence[] | undefined) {
    this.text = text;
    this.#sentences = sentences;
  }

  get sentences(): readonly Sentence[] {
    return (this.#sentences ??= splitSentences(this.text));
  }

  get words(): readonly Eojeol[] {
    return (this.#words ??= splitEojeols(this.text));
  }

  get quotePairs(): readonly MarkPair[] {
    return (this.#quotePairs ??= pairQuoteMarks(this.text));
  }

  sentenceAt(pos: number): number {
    const sentences = this.sentences;
    const i = partitionPoint(sentences.length, (k) => (sentences[k] as Sentence).start <= pos) - 1;
    return i >= 0 && pos < (sentences[i] as Sentence).end ? i : -1;
  }

  wordAt(pos: number): number {
    const words = this.words;
    return partitionPoint(words.length, (k) => (words[k] as Eojeol).start <= pos) - 1;
  }
}

/**
 * Indexes a text once for every pipeline stage: its sentences (the given ones, else
 * {@link splitSentences}), its eojeols and its quote-mark pairs ({@link pairQuoteMarks}), each
 * built lazily on first read and kept; `sentenceAt` and `wordAt` are binary searches
 * (O(log n)). Building everything is linear in the text.
 *
 * @example
 * const index = indexText("삼성전자는 “좋다”고 밝혔다. 주가는 올랐다.");
 * index.sentences;                 // → [{ start: 0, end: 16 }, { start: 17, end: 25 }]
 * index.words[1]?.core;            // → "좋다”고"
 * index.quotePairs[0];             // → { open: 6, close: 9, depth: 0, family: "double", parent: -1 }
 * index.sentenceAt(20);            // → 1
 * index.wordAt(7);                 // → 1 (the word “좋다”고)
 */
export function indexText(text: string, options: IndexTextOptions = {}): TextIndex {
  if (typeof text !== "string") {
    throw new SinmunError(PKG, "invalid-argument", `expected text as a string, got ${text === null ? "null" : typeof text}`);
  }
  if (options.sentences !== undefined && !Array.isArray(options.sentences)) {
    throw invalidOption(PKG, "sentences", ["array of sentences", "undefined"], options.sentences);
  }
  return new LazyTextIndex(text, options.sentences);
}
