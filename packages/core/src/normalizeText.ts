import { SinmunError, invalidOption } from "./errors";
import type { Range } from "./types";

const PKG = "@sinmun/core";

/** How quote marks are normalized. */
export const QUOTE_MODES = ["curly", "straight", "keep"] as const;
export type QuoteMode = (typeof QUOTE_MODES)[number];

export interface NormalizeOptions {
  /** Compose to NFC (decomposed jamo ᄒ+ᅡ+ᆫ → 한, e + ◌́ → é). Default true. */
  nfc?: boolean;
  /** Full-width digits, Latin and punctuation → ASCII (１２３ → 123, ＡＩ → AI, ￦ → ₩). Default true. */
  width?: boolean;
  /**
   * `curly` (default): keep “ ” ‘ ’ (they tell opening from closing), map direction-bearing
   * variants to them („ ‟ 〝 → “, 〞 〟 → ”, ‚ ‛ → ‘) and directionless ones to ASCII (″ 〃 ＂ ˝ → ",
   * ′ ＇ ´ → '). `straight`: every double quote → ", every single quote → '. `keep`: no change.
   */
  quotes?: QuoteMode;
  /** Middle-dot variants (ㆍ ・ ‧ ･ ∙ ⋅) → · (U+00B7). Default true. */
  middleDot?: boolean;
  /** NBSP, ideographic and other odd spaces → " "; U+2028/U+2029/U+0085 → "\n". Default true. */
  spaces?: boolean;
  /** Remove ZWSP, word joiner, BOM/ZWNBSP, soft hyphen, LRM/RLM and bidi controls (ZWJ/ZWNJ are kept). Default true. */
  zeroWidth?: boolean;
}

export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /** The text that was normalized. */
  original: string;
  /** Whether anything changed. */
  changed: boolean;
  /**
   * Maps a position (0..text.length) of the normalized text to the original: the start of the
   * original characters that produced normalized character `i`; 0 → 0 and text.length →
   * original.length.
   */
  toOriginal(index: number): number;
  /**
   * Maps a normalized span to the exact original span that produced it. Removed characters
   * (zero-width) at its edges are left out; a span that cuts into a composed character (한 from
   * ᄒ+ᅡ+ᆫ) grows to the whole original sequence.
   */
  toOriginalSpan(start: number, end: number): Range;
}

const SPACE_CHARS = [0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000];
const NEWLINE_CHARS = [0x2028, 0x2029, 0x0085];
const ZERO_WIDTH = [0x200b, 0x2060, 0xfeff, 0x00ad, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x180e];
const MIDDLE_DOTS = [0x318d, 0x30fb, 0x2027, 0xff65, 0x2219, 0x22c5];
const QUOTES_CURLY: [number, string][] = [
  [0x2033, '"'], [0x3003, '"'], [0xff02, '"'], [0x02dd, '"'],
  [0x201e, "“"], [0x201f, "“"], [0x301d, "“"], [0x301e, "”"], [0x301f, "”"],
  [0x2032, "'"], [0xff07, "'"], [0x00b4, "'"],
  [0x201a, "‘"], [0x201b, "‘"],
];
const QUOTES_STRAIGHT: [number, string][] = [
  ...QUOTES_CURLY.map(([c, s]): [number, string] => [c, s === "“" || s === "”" ? '"' : s === "‘" ? "'" : s]),
  [0x201c, '"'], [0x201d, '"'], [0x2018, "'"], [0x2019, "'"],
];
const WIDE_SIGNS: [number, string][] = [
  [0xffe0, "¢"], [0xffe1, "£"], [0xffe2, "¬"], [0xffe3, "¯"], [0xffe4, "¦"], [0xffe5, "¥"], [0xffe6, "₩"],
];

interface Resolved {
  nfc: boolean;
  map: Map<number, string>;
}

const cache = new Map<string, Resolved>();

function resolve(options: NormalizeOptions): Resolved {
  if (options === null || typeof options !== "object") {
    throw new SinmunError(PKG, "invalid-argument", `expected options as an object, got ${options === null ? "null" : typeof options}`);
  }
  const flags = {} as Record<"nfc" | "width" | "middleDot" | "spaces" | "zeroWidth", boolean>;
  for (const name of ["nfc", "width", "middleDot", "spaces", "zeroWidth"] as const) {
    const v = options[name];
    if (v !== undefined && typeof v !== "boolean") throw invalidOption(PKG, name, ["true", "false"], v);
    flags[name] = v ?? true;
  }
  const quotes = options.quotes ?? "curly";
  if (!(QUOTE_MODES as readonly string[]).includes(quotes)) throw invalidOption(PKG, "quotes", QUOTE_MODES, quotes);
  const key = `${flags.nfc}${flags.width}${flags.middleDot}${flags.spaces}${flags.zeroWidth}${quotes}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const map = new Map<number, string>();
  if (flags.width) {
    for (let c = 0xff01; c <= 0xff5e; c++) if (c !== 0xff02 && c !== 0xff07) map.set(c, String.fromCharCode(c - 0xfee0));
    for (const [c, s] of WIDE_SIGNS) map.set(c, s);
  }
  if (flags.spaces) {
    for (const c of SPACE_CHARS) map.set(c, " ");
    for (const c of NEWLINE_CHARS) map.set(c, "\n");
  }
  if (flags.zeroWidth) for (const c of ZERO_WIDTH) map.set(c, "");
  if (flags.middleDot) for (const c of MIDDLE_DOTS) map.set(c, "·");
  if (quotes !== "keep") for (const [c, s] of quotes === "curly" ? QUOTES_CURLY : QUOTES_STRAIGHT) map.set(c, s);
  const resolved = { nfc: flags.nfc, map };
  cache.set(key, resolved);
  return resolved;
}

/** Characters that never change and never combine with what precedes them. */
function isFast(c: number): boolean {
  return c < 0x80 ? true : (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3131 && c <= 0x318c);
}

const MARK = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]$/u;

/**
 * Normalizes Korean news text for matching — NFC (decomposed jamo → syllables), full-width
 * digits and Latin → ASCII, quote-mark and middle-dot variants, odd spaces, zero-width
 * characters — and keeps an offset map back to the original, so every span found in the
 * normalized text can be reported against the original text. Odd input never throws; only
 * bad option values do.
 *
 * @example
 * const n = normalizeText("ᄒ\u1161\u11ab국은행\u200b이 ＂기준금리 ３.５％＂를 유지했다");
 * n.text; // "한국은행이 \"기준금리 3.5%\"를 유지했다"
 * n.toOriginalSpan(0, 4); // { start: 0, end: 6 } — "한국은행" came from 6 code units
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): NormalizedText {
  if (typeof text !== "string") {
    throw new SinmunError(PKG, "invalid-argument", `expected text as a string, got ${text === null ? "null" : typeof text}`);
  }
  const { nfc, map } = resolve(options);

  // Pieces tile the normalized text: [nStart, nStart+nLen) came from [oStart, oStart+oLen).
  // Linear pieces map unit by unit; atomic ones only as a whole. Deleted characters are gaps.
  const nStart: number[] = [];
  const oStart: number[] = [];
  const nLen: number[] = [];
  const oLen: number[] = [];
  const atomic: boolean[] = [];
  const parts: string[] = [];
  let nPos = 0;
  const linear = (o: number, len: number): void => {
    const k = nStart.length - 1;
    if (k >= 0 && !atomic[k] && nStart[k]! + nLen[k]! === nPos && oStart[k]! + oLen[k]! === o) {
      nLen[k]! += len;
      oLen[k]! += len;
    } else {
      nStart.push(nPos);
      oStart.push(o);
      nLen.push(len);
      oLen.push(len);
      atomic.push(false);
    }
    nPos += len;
  };

  let copyFrom = 0; // start of the pending unchanged run
  let changed = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isFast(c) && !(i + 1 < n && !isFast(text.charCodeAt(i + 1)) && MARK.test(text[i + 1]!))) {
      i++;
      continue;
    }
    // A cluster: one character (a surrogate pair counts as one) plus the marks and V/T jamo after it.
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    // a removed character (ZWSP, soft hyphen) stands alone: marks after it do not ride on it
    while (j < n && map.get(c) !== "") {
      const d = text.charCodeAt(j);
      if (isFast(d)) break;
      const cp = text.codePointAt(j)!;
      const w = cp > 0xffff ? 2 : 1;
      if (!MARK.test(String.fromCodePoint(cp))) break;
      j += w;
    }
    const cluster = text.slice(i, j);
    let out = "";
    let mapped = false;
    for (let k = 0; k < cluster.length; k++) {
      const r = map.get(cluster.charCodeAt(k));
      if (r !== undefined) {
        out += r;
        mapped = true;
      } else out += cluster[k];
    }
    if (nfc) out = out.normalize("NFC");
    if (!mapped && out === cluster) {
      i = j;
      continue;
    }
    changed = true;
    // flush the unchanged run before the cluster
    if (copyFrom < i) {
      parts.push(text.slice(copyFrom, i));
      linear(copyFrom, i - copyFrom);
    }
    if (out.length > 0) {
      parts.push(out);
      if (out.length === cluster.length && cluster.length === 1) linear(i, 1);
      else {
        nStart.push(nPos);
        oStart.push(i);
        nLen.push(out.length);
        oLen.push(cluster.length);
        atomic.push(true);
        nPos += out.length;
      }
    }
    copyFrom = j;
    i = j;
  }
  if (copyFrom < n) {
    parts.push(text.slice(copyFrom, n));
    linear(copyFrom, n - copyFrom);
  }
  const normalized = changed ? parts.join("") : text;
  const total = normalized.length;

  const pieceAt = (pos: number): number => {
    let lo = 0;
    let hi = nStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (nStart[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const startOf = (pos: number): number => {
    const k = pieceAt(pos);
    return atomic[k] ? oStart[k]! : oStart[k]! + (pos - nStart[k]!);
  };
  const endOf = (pos: number): number => {
    const k = pieceAt(pos);
    return atomic[k] ? oStart[k]! + oLen[k]! : oStart[k]! + (pos - nStart[k]!) + 1;
  };
  const checkIndex = (name: string, v: number): void => {
    if (!Number.isInteger(v) || v < 0 || v > total) {
      throw new SinmunError(PKG, "out-of-range", `expected ${name} to be an integer in 0..${total}, got ${String(v)}`);
    }
  };
  const toOriginal = (index: number): number => {
    checkIndex("index", index);
    if (index === 0) return 0;
    if (index === total) return n;
    return startOf(index);
  };
  const toOriginalSpan = (start: number, end: number): Range => {
    checkIndex("start", start);
    checkIndex("end", end);
    if (start > end) throw new SinmunError(PKG, "out-of-range", `expected start <= end, got ${start} > ${end}`);
    if (start === end) {
      const o = toOriginal(start);
      return { start: o, end: o };
    }
    return { start: startOf(start), end: endOf(end - 1) };
  };
  return { text: normalized, original: text, changed, toOriginal, toOriginalSpan };
}
