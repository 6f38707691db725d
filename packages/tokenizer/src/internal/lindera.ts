import type { Morph } from "./morph";
import { copulaFromProperNoun, copulaLike, repairMorphs } from "./repairs";

interface LinderaToken {
  surface: string;
  byteStart: number;
  byteEnd: number;
  partOfSpeechTag?: string;
  meaning?: string;
  presenceAbsence?: string;
  type?: string;
  expression?: string;
}
interface LinderaTokenizer {
  tokenize(text: string): LinderaToken[];
}

let shared: LinderaTokenizer | undefined;
let buildMs = 0;

/** The process-wide lindera ko-dic tokenizer, built on first use (~1 s). */
export function linderaTokenizer(): LinderaTokenizer {
  if (shared === undefined) {
    const t0 = Date.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lindera = require("lindera-wasm-nodejs-cjk") as {
      TokenizerBuilder: new () => { setDictionary(uri: string): void; build(): LinderaTokenizer };
    };
    const builder = new lindera.TokenizerBuilder();
    builder.setDictionary("embedded://ko-dic");
    shared = builder.build();
    buildMs = Date.now() - t0;
  }
  return shared;
}

/**
 * Tags of morphs that are never proper-noun evidence: every mecab-ko tag but NNP, lindera's
 * unknown-word tag, and the compound tags frequent in news text. The proper-noun tokenizer drops
 * these inside lindera, before its results cross into JavaScript (most of the cost of an
 * analysis); whatever survives and does not start with NNP is dropped afterwards, so the list need
 * not be complete — it must only never name a tag that starts with NNP.
 */
export const NON_PROPER_TAGS: readonly string[] = [
  "EC", "EF", "EP", "ETM", "ETN", "IC", "JC", "JKB", "JKC", "JKG", "JKO", "JKQ", "JKS", "JKV", "JX",
  "MAG", "MAJ", "MM", "NNB", "NNBC", "NNG", "NP", "NR", "SC", "SE", "SF", "SH", "SL", "SN", "SSC",
  "SSO", "SY", "VA", "VCN", "VCP", "VV", "VX", "XPN", "XR", "XSA", "XSN", "XSV", "UNK", "UNKNOWN", "SP",
  "VV+ETM", "VV+EP", "XSV+EP", "NP+JX", "VCP+EC", "XSV+EC+JKO", "VV+EC", "VV+EF", "JKB+JX", "ETM+NNB+VCP",
  "VA+ETM", "XSV+EC", "VX+ETM", "XSV+ETM", "VCP+ETM", "VCP+EF", "VA+EC", "VA+EF", "VX+EC", "VX+EF",
  "VX+EP", "VA+EP", "VCP+EP", "XSA+ETM", "XSA+EC", "XSV+EF", "XSA+EP", "NNB+JKB", "NP+JKS", "NP+JKG",
  "MAG+JX", "VV+EC+VX+EP", "VV+EC+VX+ETM", "XSV+EC+VX+EP", "XSV+EC+VX+ETM", "EC+JX", "JKB+JKG", "NNG+JX",
];

let properShared: LinderaTokenizer | undefined;

/**
 * A second lindera ko-dic tokenizer that keeps only what may be proper-noun evidence: the same
 * analysis (same dictionary, same lattice, same best path), with the morphs tagged
 * {@link NON_PROPER_TAGS} dropped inside lindera. Built on first use (~1 s).
 */
export function linderaProperNounTokenizer(): LinderaTokenizer {
  if (properShared === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lindera = require("lindera-wasm-nodejs-cjk") as {
      TokenizerBuilder: new () => { setDictionary(uri: string): void; appendTokenFilter(name: string, args: unknown): void; build(): LinderaTokenizer };
    };
    const builder = new lindera.TokenizerBuilder();
    builder.setDictionary("embedded://ko-dic");
    builder.appendTokenFilter("korean_stop_tags", { tags: NON_PROPER_TAGS });
    properShared = builder.build();
  }
  return properShared;
}

/** Milliseconds the shared lindera tokenizer took to build (0 before it is built). */
export function linderaBuildMs(): number {
  return buildMs;
}

/** Characters per lindera call: pieces are joined with "\n" up to this size. */
const BATCH = 16000;

/**
 * Analyses each piece with lindera; returns the morphs of each piece with UTF-16 offsets relative
 * to the piece. lindera reports UTF-8 byte offsets into the string it was given: they are walked
 * back to UTF-16 indices in one pass. Then repairs the subject particle 이, which the ko-dic
 * embedded in lindera-wasm-nodejs-cjk 2.0.0 lacks (see {@link repairParticleI}).
 */
export function analyseEmbedded(pieces: string[], cache?: WordCache): Morph[][] {
  const out = cache === undefined ? analyseRaw(pieces) : analyseRawCached(pieces, cache);
  repairParticleI(pieces, out);
  repairMorphs(pieces, out);
  repairCopulaStem(pieces, out);
  return out;
}

/**
 * How {@link analyseRaw} groups pieces into lindera calls: consecutive pieces joined with "\n" up to
 * BATCH code units (a longer piece alone). Each batch is [first piece, end piece).
 */
function batchesOf(pieces: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < pieces.length) {
    let j = i;
    let size = 0;
    while (j < pieces.length && (j === i || size + (pieces[j] as string).length < BATCH)) {
      size += (pieces[j] as string).length + 1;
      j++;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * One string object per distinct tag, type and expression, used as a property key once so that V8
 * keeps it internalised: lindera hands over fresh strings for every token, and the repair passes
 * compare tags and look expressions up many times per morph — against one shared, internalised
 * string that is a pointer comparison and a hash computed once. ko-dic's expressions are a closed
 * set (a few thousand in news); the table is cleared when full.
 */
const interned = new Map<string, string>();
const INTERN_LIMIT = 50_000;
function intern(s: string, written?: (s: string) => string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size >= INTERN_LIMIT) interned.clear();
  const key = Object.keys({ [written === undefined ? s : written(s)]: 0 })[0] ?? s;
  interned.set(s, key);
  return key;
}

/**
 * An expression as the tokens write it. 13 of ko-dic's pre-analysed entries carry the sense number of
 * a homograph from the dictionary they were made from (`목적이` = 목적3/NNG + 이/JKS, `점수를` = 점수36 +
 * 를, `정진하다` = 정진7 + 하 + 다, whose lemma came out 정진7하다): a number no text writes, so it goes
 * (목적3 → 목적). Done once per distinct expression, as it is interned.
 */
const withoutSenseNumbers = (expression: string): string => expression.replace(/([가-힣])\d+\//g, "$1/");

function analyseRaw(pieces: string[], tk: LinderaTokenizer = linderaTokenizer()): Morph[][] {
  const out: Morph[][] = pieces.map(() => []);
  for (const [i, j] of batchesOf(pieces)) {
    const joined = j === i + 1 ? (pieces[i] as string) : pieces.slice(i, j).join("\n");
    const raw = tk.tokenize(joined);
    // cursor: UTF-16 index u at UTF-8 byte b of `joined`
    let u = 0;
    let b = 0;
    let piece = i;
    let pieceStart = 0;
    let pieceEnd = (pieces[i] as string).length;
    const toUtf16 = (target: number): number => {
      while (b < target) {
        const c = joined.charCodeAt(u);
        if (c < 0x80) {
          b += 1;
          u += 1;
        } else if (c < 0x800) {
          b += 2;
          u += 1;
        } else if (c >= 0xd800 && c <= 0xdbff) {
          b += 4;
          u += 2;
        } else {
          b += 3;
          u += 1;
        }
      }
      return u;
    };
    for (const t of raw) {
      const start = toUtf16(t.byteStart);
      const end = toUtf16(t.byteEnd);
      while (start >= pieceEnd + 1 && piece < j - 1) {
        piece++;
        pieceStart = pieceEnd + 1;
        pieceEnd = pieceStart + (pieces[piece] as string).length;
      }
      if (end > pieceEnd || end <= start) continue; // a token across the "\n" joint (cannot happen) or empty
      const c0 = joined.charCodeAt(start);
      if (c0 === 0x20 || c0 === 0x0a || c0 === 0x09 || c0 === 0x0d) continue;
      (out[piece] as Morph[]).push({
        start: start - pieceStart,
        end: end - pieceStart,
        pos: t.partOfSpeechTag === "UNK" || t.partOfSpeechTag === undefined ? "" : intern(t.partOfSpeechTag),
        semantic: t.meaning === undefined ? "*" : intern(t.meaning),
        batchim: t.presenceAbsence === undefined ? "*" : intern(t.presenceAbsence),
        type: t.type === undefined ? "*" : intern(t.type),
        expression: t.expression === undefined ? "*" : intern(t.expression, withoutSenseNumbers),
      });
    }
  }
  return out;
}

const NOMINAL = /^(NNG|NNP|NNB|NNBC|NR|NP|XSN|ETN)$/;
const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
const jongseong = (c: number): number => (c >= 0xac00 && c <= 0xd7a3 ? (c - 0xac00) % 28 : 0);
const I = 0xc774; // 이

function jks(start: number): Morph {
  return { start, end: start + 1, pos: "JKS", semantic: "*", batchim: "F", type: "*", expression: "*" };
}

/**
 * lindera-wasm-nodejs-cjk 2.0.0's ko-dic has no entry whose surface is exactly 이 (JKS, VCP, MM,
 * NP, NR): `사람이` comes out as 사람 + 이/UNK, and `계약이` as 계/NNG + 약이/NNG. For an eojeol
 * that ends in 이 after a syllable with batchim (before trailing punctuation), the part before 이 is
 * analysed again; when it ends in a noun and that analysis plus 이/JKS has no more tokens than
 * lindera's, it wins. A lone eojeol 이 before another word becomes the determiner 이/MM.
 */
export function repairParticleI(pieces: string[], out: Morph[][], analyse: (stems: string[]) => Morph[][] = analyseStems): void {
  interface Candidate { piece: number; a: number; p: number; first: number; last: number }
  const cands: Candidate[] = [];
  pieces.forEach((piece, pi) => {
    const ms = out[pi] as Morph[];
    let k = 0;
    while (k < ms.length) {
      // the morphs of one eojeol: consecutive with no space between them
      let e = k;
      while (e + 1 < ms.length && !hasSpace(piece, (ms[e] as Morph).end, (ms[e + 1] as Morph).start)) e++;
      let last = e;
      while (last > k && isSymbol(piece.charCodeAt((ms[last] as Morph).start))) last--;
      const lm = ms[last] as Morph;
      const p = lm.end - 1;
      const a = (ms[k] as Morph).start;
      if (piece.charCodeAt(p) === I && lm.pos !== "" && /JKS|VCP/.test(lm.pos)) {
        // already analysed as a particle or copula
      } else if (piece.charCodeAt(p) === I && p === a && lm.end - lm.start === 1 && lm.pos === "" && e === last) {
        const next = ms[e + 1];
        if (next !== undefined && next.pos !== "" && !isSymbol(piece.charCodeAt(next.start))) {
          ms[last] = { ...lm, pos: "MM", batchim: "F" };
        }
      } else if (piece.charCodeAt(p) === I && p > a && jongseong(piece.charCodeAt(p - 1)) !== 0) {
        cands.push({ piece: pi, a, p, first: k, last });
      }
      k = e + 1;
    }
  });
  if (cands.length === 0) return;
  const again = analyse(cands.map((c) => (pieces[c.piece] as string).slice(c.a, c.p)));
  // apply from the end so earlier indexes stay valid
  for (let ci = cands.length - 1; ci >= 0; ci--) {
    const c = cands[ci] as Candidate;
    const xs = again[ci] as Morph[];
    const tail = xs[xs.length - 1];
    if (tail === undefined || tail.end !== c.p - c.a || !NOMINAL.test(tail.pos)) continue;
    // No more tokens than lindera's, or one more where lindera read stem + 이 as one two-syllable
    // noun (`등이`, `명이`, `점이`: ko-dic's rare nouns win because it has no 이/JKS), or as one
    // proper noun or numeral whose stem alone is a common noun (`마음이`/NNP, `17일이` → 일이/NR: ko-dic's
    // given names and 이 "two"); a proper noun is never made here, only such a one unmade.
    const lm = (out[c.piece] as Morph[])[c.last] as Morph;
    const pairNoun =
      lm.end === c.p + 1 &&
      ((lm.end - lm.start === 2 && /^NN[GB]$/.test(lm.pos)) || (lm.end - lm.start >= 2 && /^(NNP|NR)$/.test(lm.pos) && !xs.some((m) => m.pos.startsWith("NNP"))));
    if (xs.length + 1 > c.last - c.first + 1 + (pairNoun ? 1 : 0)) continue;
    const ms = out[c.piece] as Morph[];
    const repl = xs.map((m) => ({ ...m, start: m.start + c.a, end: m.end + c.a }));
    repl.push(jks(c.p));
    ms.splice(c.first, c.last - c.first + 1, ...repl);
  }
}

/** Analyses of the parts before 이 already seen (`사람`, `계약`), each analysed on its own once. */
const stemCache = new Map<string, readonly Morph[]>();
const STEM_CACHE_LIMIT = 50_000;

/**
 * The 이 repair's stems, each analysed on its own (as {@link analyseAlone}), from a process-wide
 * cache: news repeats its nouns, so most documents need no second lindera call at all.
 */
function analyseStems(stems: string[]): Morph[][] {
  let missing = [...new Set(stems.filter((x) => !stemCache.has(x)))];
  if (stemCache.size + missing.length > STEM_CACHE_LIMIT) {
    stemCache.clear();
    missing = [...new Set(stems)];
  }
  if (missing.length > 0) analyseAlone(missing).forEach((ms, k) => stemCache.set(missing[k] as string, ms));
  return stems.map((x) => (stemCache.get(x) ?? []).map((m) => ({ ...m })));
}

/** Whether a morph's first tag is NNP (`NNP`, `NNP+JX`, …). */
const properMorph = (m: Morph): boolean => m.pos === "NNP" || m.pos.startsWith("NNP+");
const NONE: readonly Morph[] = Object.freeze([]) as readonly Morph[];

/**
 * A map of at most `limit` entries that forgets its older half, not everything, when full: entries
 * go into the current generation; when it holds half the limit it becomes the older one and the
 * older one is dropped; an entry found in the older generation moves back into the current one. On
 * a stream of news this keeps the recurring words (a few points more hits than clearing the whole
 * map at the same bound) and never empties the cache at once.
 */
export class Generations<V> {
  private current = new Map<string, V>();
  private older = new Map<string, V>();
  constructor(readonly limit: number) {}
  get size(): number {
    return this.current.size + this.older.size;
  }
  has(key: string): boolean {
    return this.current.has(key) || this.older.has(key);
  }
  get(key: string): V | undefined {
    const v = this.current.get(key);
    if (v !== undefined) return v;
    const o = this.older.get(key);
    if (o !== undefined) {
      this.older.delete(key);
      this.set(key, o);
    }
    return o;
  }
  set(key: string, value: V): void {
    if (this.current.size >= Math.max(1, Math.floor(this.limit / 2)) && !this.current.has(key)) {
      this.older = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}

/**
 * Proper-noun morphs of words already analysed, keyed by the word and what lindera sees around it
 * (the space or line break before and after it, or a batch's start or end), word-relative. A word's
 * analysis depends on nothing else: ko-dic's lattice passes through the one space node between
 * words. Most words of news recur, so most are never analysed twice. Bounded by {@link Generations}.
 */
export class ProperNounCache {
  readonly words: Generations<readonly Morph[]>;
  /** Whether the part of a word before 이, analysed on its own, holds a proper noun. */
  readonly stems = new Map<string, boolean>();
  constructor(readonly limit: number = 200_000) {
    this.words = new Generations(limit);
  }
  /** Words looked up and words that had to be analysed, since the cache was made. */
  lookups = 0;
  misses = 0;
}

/**
 * The proper-noun morphs (first tag NNP) of each piece, exactly as {@link analyseEmbedded} finds
 * them, at a fraction of its cost. Each word (a run without spaces) is looked up in `cache` with
 * its surroundings; the words not there are analysed by the proper-noun tokenizer (which drops the
 * other morphs inside lindera), and completely, with the 이 repair, when the repair may change them:
 * a word with 이 after a syllable with batchim that holds a proper noun, or whose part before that
 * 이 holds one on its own. A user entry's rest (`rests`) whose lines hold a proper noun is analysed
 * completely too, since which of its two analyses is used depends on every morph.
 */
export function analyseProperNouns(pieces: string[], rests: readonly RestLines[] = [], cache: ProperNounCache = new ProperNounCache()): Morph[][] {
  const ends = batchEnds(pieces);
  const { words, missing } = wordsOf(pieces, ends, (key) => cache.words.get(key));
  cache.lookups += words.length;
  // Mostly new words (a cold cache, unusual text): one pass over the pieces, batched as
  // analyseEmbedded batches them, gives every new word's morphs at once.
  const whole = missing.size * 2 > words.length ? analyseRaw(pieces, linderaProperNounTokenizer()) : undefined;
  const fresh = new Map(missing.size > 0 ? analyseWords([...missing.values()], cache, whole) : []);
  const out: Morph[][] = pieces.map(() => []);
  for (const w of words) {
    const ms = w.ms ?? fresh.get(w.key) ?? NONE;
    for (const m of ms) (out[w.piece] as Morph[]).push({ ...m, start: m.start + w.a, end: m.end + w.a });
  }
  cache.misses += fresh.size;
  if (cache.stems.size > cache.limit) cache.stems.clear();
  for (const [key, ms] of fresh) cache.words.set(key, ms);
  for (const r of rests) {
    if (!(out[r.withLine] ?? []).some((m) => m.end > r.placeholder) && (out[r.bareLine] ?? []).length === 0) continue;
    for (const pi of [r.withLine, r.bareLine]) {
      const piece = pieces[pi] as string;
      // every morph: the stand-in noun's decides which line is used
      out[pi] = analyseInPlace(piece, 0, piece.length, ends.first[pi] === true, ends.last[pi] === true);
    }
  }
  return out;
}

/**
 * lindera's morphs of words already analysed, keyed like {@link ProperNounCache}'s by the word and
 * the space or line break (or batch edge) around it, word-relative. ko-dic's lattice passes through
 * the one white-space node between words, so a word's analysis depends on nothing else, and most
 * words of news recur: a tokenizer that has seen a word never sends it to lindera again, where
 * turning lindera's results into JavaScript is most of the cost. Words longer than
 * {@link WordCache.longest} are never kept (space-less runs, odd input); bounded by {@link Generations}.
 */
export class WordCache {
  /** By key: the word's morphs as lindera gave them, offsets from `at` (no copies are made to keep them). */
  readonly words: Generations<CachedWord>;
  constructor(
    readonly limit: number = 30_000,
    readonly longest: number = 24,
  ) {
    this.words = new Generations(limit);
  }
  /** Words looked up and words that had to be analysed, since the cache was made. */
  lookups = 0;
  misses = 0;
}

/** A word's morphs in a {@link WordCache}: lindera's own objects (never changed in place), the word starting at `at` in their offsets. */
interface CachedWord {
  at: number;
  ms: readonly Morph[];
}

/**
 * {@link analyseRaw} through a {@link WordCache}: the words not in it are analysed with their
 * surroundings (as {@link analyseWords} does for proper nouns) and kept; then every piece is put
 * together from its words' morphs. When most words are new (a cold cache, unusual text) the pieces
 * are analysed as they are, in one batched pass, and the new words are read from that.
 */
function analyseRawCached(pieces: string[], cache: WordCache): Morph[][] {
  // a known word's morphs are taken now: keeping new words may push older ones out of the cache
  const { words, missing } = wordsOf(pieces, batchEnds(pieces), (key) => cache.words.get(key));
  const long = words.some((w) => w.b - w.a > cache.longest);
  cache.lookups += words.length;
  cache.misses += missing.size;
  // more new words than the cache holds (one huge text): analysed, not kept
  const keep = missing.size <= cache.limit;
  if (long || missing.size * 10 > words.length * 9) {
    const out = analyseRaw(pieces);
    // each new word's morphs, word-relative: the words and each piece's morphs are both in text
    // order, so one cursor per piece walks them together
    let piece = -1;
    let k = 0;
    for (const w of words) {
      if (w.piece !== piece) {
        piece = w.piece;
        k = 0;
      }
      const ms = out[piece] as Morph[];
      while (k < ms.length && (ms[k] as Morph).start < w.a) k++;
      const first = k;
      while (k < ms.length && (ms[k] as Morph).end <= w.b) k++;
      if (!keep || w.b - w.a > cache.longest || !missing.delete(w.key)) continue;
      cache.words.set(w.key, { at: w.a, ms: ms.slice(first, k) });
    }
    return out;
  }
  if (missing.size > 0 && !keep) return analyseRaw(pieces);
  const fresh = new Map<string, CachedWord>();
  if (missing.size > 0) {
    const items = [...missing.values()];
    const raw = analyseInContext(items);
    items.forEach((x, i) => {
      const shift = x.left.length;
      const kept: CachedWord = { at: shift, ms: (raw[i] as Morph[]).filter((m) => m.start >= shift && m.end <= shift + x.word.length) };
      const key = `${x.left}|${x.right}|${x.word}`;
      fresh.set(key, kept);
      cache.words.set(key, kept);
    });
  }
  const out: Morph[][] = pieces.map(() => []);
  for (const w of words) {
    const c = w.ms ?? fresh.get(w.key);
    if (c === undefined) continue;
    const o = out[w.piece] as Morph[];
    const by = w.a - c.at;
    for (const m of c.ms) o.push(shifted(m, by));
  }
  return out;
}

/** A copy of a morph moved by `by` code units (callers pass `0 - x`, never `-x`: -0 is no small integer to V8, and one such call deoptimises every caller). */
const shifted = (m: Morph, by: number): Morph => ({ start: m.start + by, end: m.end + by, pos: m.pos, semantic: m.semantic, batchim: m.batchim, type: m.type, expression: m.expression });

/** A word of a piece (a run without white space): where it is, and its cache key. */
interface Word<C = readonly Morph[]> {
  piece: number;
  a: number;
  b: number;
  /** The word and what lindera sees around it: the space or line break before and after it, or "" at a batch's start or end. */
  key: string;
  /** What a cache holds for it, when it knew it. */
  ms?: C;
}

/** The words of the pieces, in text order, with what `known` holds for each, and those it lacks (the first occurrence of each key). */
function wordsOf<C>(pieces: readonly string[], ends: { first: boolean[]; last: boolean[] }, known: (key: string) => C | undefined): { words: Word<C>[]; missing: Map<string, WordItem> } {
  const words: Word<C>[] = [];
  const missing = new Map<string, WordItem>();
  pieces.forEach((piece, pi) => {
    for (let a = 0; a < piece.length; ) {
      while (a < piece.length && isSpaceOrBreak(piece.charCodeAt(a))) a++;
      if (a >= piece.length) break;
      let b = a;
      while (b < piece.length && !isSpaceOrBreak(piece.charCodeAt(b))) b++;
      const left = a > 0 ? piece.charAt(a - 1) : ends.first[pi] === true ? "" : "\n";
      const right = b < piece.length ? piece.charAt(b) : ends.last[pi] === true ? "" : "\n";
      const word = piece.slice(a, b);
      const key = `${left}|${right}|${word}`;
      const ms = missing.has(key) ? undefined : known(key);
      words.push(ms === undefined ? { piece: pi, a, b, key } : { piece: pi, a, b, key, ms });
      if (ms === undefined && !missing.has(key)) missing.set(key, { left, word, right, piece: pi, a });
      a = b;
    }
  });
  return { words, missing };
}

/**
 * Each word analysed with what surrounds it (`left + word + right`), offsets into that text. Between
 * spaces, words share a lindera call (the spaces keep them apart). A word that began a batch goes
 * first in the call and one that ended a batch last, so that lindera sees the call's start or end
 * there as it saw the batch's (a lindera call costs about 30 µs before any text); any others, and
 * all of them when the call would not be one batch, are analysed on their own.
 */
function analyseInContext(items: readonly WordItem[], tk?: LinderaTokenizer): Morph[][] {
  const texts = items.map((x) => x.left + x.word + x.right);
  const raw: Morph[][] = items.map(() => []);
  const inner: number[] = [];
  const edge: number[] = [];
  items.forEach((x, i) => (x.left !== "" && x.right !== "" ? inner : edge).push(i));
  const head = edge.find((i) => (items[i] as WordItem).left === "" && (items[i] as WordItem).right !== "");
  const tail = edge.find((i) => (items[i] as WordItem).right === "" && (items[i] as WordItem).left !== "");
  const call = [...(head === undefined ? [] : [head]), ...inner, ...(tail === undefined ? [] : [tail])];
  const size = call.reduce((n, i) => n + (texts[i] as string).length + 1, 0);
  const together = size < BATCH ? call : inner;
  analyseRaw(together.map((i) => texts[i] as string), tk).forEach((ms, k) => (raw[together[k] as number] = ms));
  const joined = new Set(together);
  const apart = edge.filter((i) => !joined.has(i));
  analyseAlone(apart.map((i) => texts[i] as string), tk).forEach((ms, k) => (raw[apart[k] as number] = ms));
  return raw;
}

/** A word to analyse: its text, what surrounds it, and where it first occurs (piece, offset). */
interface WordItem {
  left: string;
  word: string;
  right: string;
  piece: number;
  a: number;
}

/**
 * Analyses words with their surroundings: proper-noun morphs of each, word-relative, by key. With
 * `whole` (the proper-noun morphs of every piece), a word's morphs are read from its first
 * occurrence there instead.
 */
function analyseWords(items: WordItem[], cache: ProperNounCache, whole?: Morph[][]): Array<[string, readonly Morph[]]> {
  const proper = linderaProperNounTokenizer();
  const texts = items.map((x) => x.left + x.word + x.right);
  const raw: Morph[][] = items.map(() => []);
  if (whole !== undefined) {
    items.forEach((x, i) => {
      const b = x.a + x.word.length;
      const shift = x.left.length - x.a;
      raw[i] = (whole[x.piece] ?? []).filter((m) => m.start >= x.a && m.end <= b).map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
    });
  } else {
    analyseInContext(items, proper).forEach((ms, i) => (raw[i] = ms));
  }
  // Words the 이 repair may change, and words with a proper noun inside them that reads 이 + a
  // copula ending (copulaFromProperNoun may unmake it).
  const redo = new Set<number>();
  const stems: string[] = [];
  const stemItem: number[] = [];
  items.forEach((x, i) => {
    if ((raw[i] as Morph[]).some((m) => properMorph(m) && m.start > x.left.length && copulaLike((texts[i] as string).slice(m.start, m.end)))) redo.add(i);
    const w = x.word;
    for (let p = 1; p < w.length; p++) {
      if (w.charCodeAt(p) !== I || jongseong(w.charCodeAt(p - 1)) === 0) continue;
      const stem = w.slice(0, p);
      const known = cache.stems.get(stem);
      if (known === true || (raw[i] as Morph[]).some(properMorph)) redo.add(i);
      else if (known === undefined) {
        stems.push(stem);
        stemItem.push(i);
      }
    }
  });
  analyseAlone(stems, proper).forEach((ms, k) => {
    const has = ms.some(properMorph);
    cache.stems.set(stems[k] as string, has);
    if (has) redo.add(stemItem[k] as number);
  });
  return items.map((x, i): [string, readonly Morph[]] => {
    const key = `${x.left}|${x.right}|${x.word}`;
    let ms: Morph[];
    if (redo.has(i)) {
      const all = analyseRaw([texts[i] as string]);
      repairParticleI([texts[i] as string], all);
      ms = copulaFromProperNoun(texts[i] as string, all[0] ?? []);
    } else ms = raw[i] as Morph[];
    const shift = x.left.length;
    const kept = ms.filter((m) => properMorph(m) && m.start >= shift && m.end <= shift + x.word.length).map((m) => ({ ...m, start: m.start - shift, end: m.end - shift }));
    return [key, kept.length === 0 ? NONE : kept];
  });
}

/** A rest of an eojeol after a user entry: its line behind a stand-in noun, its bare line. */
export interface RestLines {
  withLine: number;
  bareLine: number;
  /** Length of the stand-in noun. */
  placeholder: number;
}

/**
 * The complete analysis (with the 이 repair) of `piece[a, b)` as it comes out inside its batch:
 * with the space or line break before and after it, or nothing at the batch's start or end.
 * Offsets are into the piece.
 */
function analyseInPlace(piece: string, a: number, b: number, batchStart: boolean, batchEnd: boolean): Morph[] {
  const left = a > 0 ? piece.charAt(a - 1) : batchStart ? "" : "\n";
  const right = b < piece.length ? piece.charAt(b) : batchEnd ? "" : "\n";
  const text = left + piece.slice(a, b) + right;
  const ms = analyseRaw([text]);
  repairParticleI([text], ms);
  const shift = a - left.length;
  return copulaFromProperNoun(text, ms[0] ?? []).filter((m) => m.start >= left.length && m.end <= left.length + b - a).map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }));
}

/** Which pieces open and which close a batch of {@link analyseRaw} (lindera sees its start or end there). */
function batchEnds(pieces: string[]): { first: boolean[]; last: boolean[] } {
  const first = pieces.map(() => false);
  const last = pieces.map(() => false);
  for (const [i, j] of batchesOf(pieces)) {
    first[i] = true;
    last[j - 1] = true;
  }
  return { first, last };
}

const isSpaceOrBreak = (c: number): boolean => isSpaceCode(c) || c === 0x0a || c === 0x0d;

/**
 * Analyses each text on its own (one lindera call each): a word's analysis then never depends on
 * which other words of the document are analysed with it. Costs about what one batched call does,
 * since turning lindera's results into JavaScript dominates.
 */
function analyseAlone(texts: string[], tk?: LinderaTokenizer): Morph[][] {
  return texts.map((t) => analyseRaw([t], tk)[0] ?? []);
}

function hasSpace(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpaceCode(s.charCodeAt(i)) || s.charCodeAt(i) === 0x0a) return true;
  return false;
}

function isSymbol(c: number): boolean {
  return !((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x4e00 && c <= 0x9fff) || c > 0xff00);
}

/**
 * The copula's twin of {@link repairParticleI}: ko-dic has no entry 이, so its lattice cannot take
 * noun + 이/VCP and reads the noun's last syllable and the copula's 이 as one more word — a noun
 * (`상황이다` → 상/NNG + 황이/NNG + 다, `조각가이다` → 조각 + 가이) or a verb stem (`전부이다` → 전/NNG +
 * 부이/VV + 다, `보고서이다` → 보 + 고 + 서이/VV + 다). When the eojeol goes on after that 이 with the
 * copula (ko-dic's contracted 다/VCP+EF, the passes' 이/VCP, or endings after the stem read for a verb),
 * the part before 이 is analysed alone, as the 이 repair does; when it ends in a noun and takes fewer
 * morphs than lindera spent on it and its 이, it wins, and 이 with the endings is the copula
 * (상황/NNG + 이/VCP + 다/EF). Fewer, not as many: `고양이다` (고양이 + 다) and `줄이며` (줄이/VV) keep
 * lindera's one word. Runs after the passes, which it leaves alone but for those morphs; never makes,
 * drops or moves a proper noun.
 */
export function repairCopulaStem(pieces: string[], out: Morph[][], analyse: (stems: string[]) => Morph[][] = analyseStems): void {
  interface Candidate { piece: number; first: number; x: number; p: number; copula: Morph; upto: number }
  const cands: Candidate[] = [];
  pieces.forEach((piece, pi) => {
    if (!piece.includes("이")) return;
    const ms = out[pi] as Morph[];
    let k = 0;
    while (k < ms.length) {
      let e = k;
      while (e + 1 < ms.length && (ms[e + 1] as Morph).start === (ms[e] as Morph).end) e++;
      for (let x = k; x < e; x++) {
        const m = ms[x] as Morph;
        const y = ms[x + 1] as Morph;
        let cand: Candidate | undefined;
        if (m.end > m.start + 1 && piece.charCodeAt(m.end - 1) === I && /^(NN[GB]|V[VA])$/.test(m.pos)) {
          const p = m.end - 1;
          // (A) X이 read as one noun or verb stem: ko-dic's contracted copula 다/VCP+EF after it, or endings
          if (y.pos.startsWith("VCP") && y.expression.startsWith("이/VCP/")) cand = { piece: pi, first: k, x, p, copula: { ...y, start: p }, upto: x + 1 };
          else if (m.pos.charCodeAt(0) === 0x56 /* V… */) {
            let z = x + 1;
            while (z <= e && (ms[z] as Morph).pos.charCodeAt(0) === 0x45 /* E… */ && !(ms[z] as Morph).pos.includes("+")) z++;
            if (z === e + 1 || (z > x + 1 && isSymbol(piece.charCodeAt((ms[z] as Morph).start)))) {
              const ends = ms.slice(x + 1, z);
              const copula: Morph = { ...y, start: p, end: (ms[z - 1] as Morph).end, pos: ["VCP", ...ends.map((n) => n.pos)].join("+"), type: "Inflect", semantic: "*", expression: ["이/VCP/*", ...ends.map((n) => `${piece.slice(n.start, n.end)}/${n.pos}/*`)].join("+") };
              cand = { piece: pi, first: k, x, p, copula, upto: z - 1 };
            }
          }
        } else if (x > k && y.start === m.end && piece.charCodeAt(y.start) === I && y.pos.startsWith("VCP") && /^NN[GB]$/.test(m.pos)) {
          // (B) the passes' noun + 이/VCP, where the noun is the last of several morphs
          cand = { piece: pi, first: k, x, p: y.start, copula: y, upto: x + 1 };
        }
        if (cand === undefined) continue;
        if (ms.slice(k, x + 1).some((n) => n.pos.startsWith("NNP"))) continue;
        cands.push(cand);
        break;
      }
      k = e + 1;
    }
  });
  if (cands.length === 0) return;
  const again = analyse(cands.map((c) => (pieces[c.piece] as string).slice(((out[c.piece] as Morph[])[c.first] as Morph).start, c.p)));
  for (let ci = cands.length - 1; ci >= 0; ci--) {
    const c = cands[ci] as Candidate;
    const ms = out[c.piece] as Morph[];
    const a = (ms[c.first] as Morph).start;
    const xs = again[ci] as Morph[];
    const tail = xs[xs.length - 1];
    if (tail === undefined || tail.end !== c.p - a || !/^(NNG|NNB|NNBC|NR|NP|XSN)$/.test(tail.pos) || xs.some((n) => n.pos.startsWith("NNP") || n.pos === "")) continue;
    if (xs.length >= c.x - c.first + 1) continue;
    ms.splice(c.first, c.upto - c.first + 1, ...xs.map((n) => ({ ...n, start: n.start + a, end: n.end + a })), c.copula);
  }
}
