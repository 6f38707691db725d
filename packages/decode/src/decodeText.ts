import * as iconv from "iconv-lite";
import { SinmunError, invalidOption } from "@sinmun/core";

/** The encodings `decodeText` accepts. `auto` detects; the others force one. */
export const ENCODINGS = ["auto", "utf-8", "euc-kr", "cp949", "utf-16le", "utf-16be"] as const;
export type EncodingOption = (typeof ENCODINGS)[number];
/** The encoding that was actually used. */
export type Encoding = Exclude<EncodingOption, "auto">;

export interface DecodeOptions {
  encoding?: EncodingOption;
}

export interface DecodedText {
  /** The decoded text (BOM removed). */
  text: string;
  /** The encoding used; for a mixed file, the one most lines were decoded with. */
  encoding: Encoding;
  /** Whether a byte-order mark was found (and removed). */
  bom: boolean;
  /** How many input bytes could not be decoded (each became U+FFFD). */
  invalidBytes: number;
  /** The input looks like a binary file (NUL bytes or many control characters). */
  binary: boolean;
  /** Lines were decoded with different encodings (UTF-8 lines next to CP949 lines). */
  mixed: boolean;
  /** Human-readable notes: undecodable bytes, binary input, guessed UTF-16, mixed encodings. */
  warnings: string[];
}

const PKG = "@sinmun/core";
const utf8Lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf16leLenient = new TextDecoder("utf-16le", { fatal: false, ignoreBOM: true });

/**
 * Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are invalid
 * (WHATWG rules: no overlongs, no surrogates, nothing above U+10FFFF).
 */
function utf8SeqLen(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const n = b.length;
  if (c >= 0xc2 && c <= 0xdf) {
    return i + 1 < n && (b[i + 1]! & 0xc0) === 0x80 ? 2 : 0;
  }
  if (c >= 0xe0 && c <= 0xef) {
    if (i + 2 >= n) return 0;
    const c1 = b[i + 1]!;
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    if (c1 < lo || c1 > hi) return 0;
    return (b[i + 2]! & 0xc0) === 0x80 ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (i + 3 >= n) return 0;
    const c1 = b[i + 1]!;
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    if (c1 < lo || c1 > hi) return 0;
    return (b[i + 2]! & 0xc0) === 0x80 && (b[i + 3]! & 0xc0) === 0x80 ? 4 : 0;
  }
  return 0;
}

interface Utf8Scan {
  invalid: number;
  /** Valid sequences of 3 or 4 bytes (Hangul, CJK...) — real UTF-8 evidence. */
  long: number;
  /** Valid 2-byte sequences (Latin-1 range): CP949 Hangul sometimes looks like these. */
  short: number;
}

function scanUtf8(b: Uint8Array, from: number, to: number): Utf8Scan {
  let invalid = 0;
  let long = 0;
  let short = 0;
  let i = from;
  while (i < to) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const len = utf8SeqLen(b, i);
    if (len === 0 || i + len > to) {
      invalid++;
      i++;
    } else {
      if (len >= 3) long++;
      else short++;
      i += len;
    }
  }
  return { invalid, long, short };
}

function countReplacement(s: string): number {
  let n = 0;
  let i = s.indexOf("\uFFFD");
  while (i !== -1) {
    n++;
    i = s.indexOf("\uFFFD", i + 1);
  }
  return n;
}

function decodeCp949(b: Uint8Array): { text: string; invalid: number } {
  if (b.length === 0) return { text: "", invalid: 0 };
  const text = iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), "cp949");
  // CP949 has no mapping for U+FFFD, so every replacement character marks undecodable input.
  return { text, invalid: countReplacement(text) };
}

/** Pairs in the CP949 extension area (lead or trail byte below 0xA1): not in KS X 1001 / EUC-KR. */
function countCp949Extensions(b: Uint8Array): number {
  let n = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x81 || c === 0xff) {
      i++;
      continue;
    }
    const t = b[i + 1];
    if (t === undefined) break;
    if (c < 0xa1 || t < 0xa1) n++;
    i += 2;
  }
  return n;
}

function decodeUtf16(b: Uint8Array, bigEndian: boolean): { text: string; invalid: number } {
  const even = b.length - (b.length % 2);
  let bytes = b.subarray(0, even);
  if (bigEndian) {
    const swapped = new Uint8Array(even);
    for (let i = 0; i < even; i += 2) {
      swapped[i] = bytes[i + 1]!;
      swapped[i + 1] = bytes[i]!;
    }
    bytes = swapped;
  }
  // Count lone surrogates ourselves: the decoder turns each into U+FFFD, as does a literal U+FFFD.
  let invalid = b.length % 2;
  const units = even / 2;
  for (let u = 0; u < units; u++) {
    const v = bytes[2 * u]! | (bytes[2 * u + 1]! << 8);
    if (v >= 0xd800 && v <= 0xdbff) {
      const next = u + 1 < units ? bytes[2 * u + 2]! | (bytes[2 * u + 3]! << 8) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) u++;
      else invalid += 2;
    } else if (v >= 0xdc00 && v <= 0xdfff) {
      invalid += 2;
    }
  }
  let text = utf16leLenient.decode(bytes);
  if (b.length % 2 === 1) text += "\uFFFD";
  return { text, invalid };
}

function plausibleUnit(v: number): boolean {
  return (
    v === 0x09 || v === 0x0a || v === 0x0d ||
    (v >= 0x20 && v <= 0x7e) ||
    (v >= 0xa0 && v <= 0x24f) ||
    (v >= 0xac00 && v <= 0xd7a3) ||
    (v >= 0x1100 && v <= 0x11ff) ||
    (v >= 0x3130 && v <= 0x318f) ||
    (v >= 0x2000 && v <= 0x206f) ||
    (v >= 0x2460 && v <= 0x25ff) ||
    (v >= 0x3000 && v <= 0x303f) ||
    (v >= 0x4e00 && v <= 0x9fff) ||
    (v >= 0xff00 && v <= 0xffef)
  );
}

/** Share of the first code units that look like text when read as UTF-16 with this byte order. */
function utf16Plausibility(b: Uint8Array, bigEndian: boolean): number {
  const units = Math.min(Math.floor(b.length / 2), 32768);
  if (units === 0) return 0;
  let ok = 0;
  for (let u = 0; u < units; u++) {
    const v = bigEndian ? (b[2 * u]! << 8) | b[2 * u + 1]! : b[2 * u]! | (b[2 * u + 1]! << 8);
    if (plausibleUnit(v)) ok++;
  }
  return ok / units;
}

/** NUL bytes at even and odd offsets in the first 64 KiB. */
function nulParity(b: Uint8Array): { even: number; odd: number; sample: number } {
  const sample = Math.min(b.length, 65536);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i++) {
    if (b[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return { even, odd, sample };
}

/** UTF-16 without a BOM: NULs gather at one parity (ASCII in UTF-16), and the units read as text. */
function guessUtf16(b: Uint8Array, utf8Invalid: number, cp949Invalid: () => number): "utf-16le" | "utf-16be" | null {
  if (b.length < 2) return null;
  const { even, odd, sample } = nulParity(b);
  const units = sample / 2;
  const le = utf16Plausibility(b, false);
  const be = utf16Plausibility(b, true);
  if (odd >= units * 0.05 && even <= odd * 0.1 && le >= 0.9) return "utf-16le";
  if (even >= units * 0.05 && odd <= even * 0.1 && be >= 0.9) return "utf-16be";
  // All-Hangul UTF-16 has no NULs: accept it only when both byte-oriented readings fail badly.
  if (b.length % 2 === 0 && even === 0 && odd === 0 && utf8Invalid > b.length * 0.1) {
    const best = Math.max(le, be);
    if (best >= 0.98 && cp949Invalid() > b.length * 0.05) return le >= be ? "utf-16le" : "utf-16be";
  }
  return null;
}

/** Binary: NULs (outside a UTF-16 pattern) in the first 8 KiB, or over 10% control bytes. */
function looksBinary(b: Uint8Array): boolean {
  const head = Math.min(b.length, 8192);
  for (let i = 0; i < head; i++) if (b[i] === 0) return true;
  const sample = Math.min(b.length, 1 << 20);
  let ctrl = 0;
  for (let i = 0; i < sample; i++) {
    const c = b[i]!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f) ctrl++;
  }
  return sample > 0 && ctrl / sample > 0.1;
}

interface LineDecode {
  text: string;
  invalid: number;
  utf8Lines: number;
  cp949Lines: number;
}

/**
 * Decodes line by line when the whole input is not valid UTF-8: each line keeps UTF-8 when it is
 * valid UTF-8 with real multibyte evidence, otherwise takes whichever of UTF-8 or CP949 leaves
 * fewer undecodable bytes. 0x0A never occurs inside a CP949 or UTF-8 multibyte sequence.
 */
function decodeByLine(b: Uint8Array, whole: () => { text: string; invalid: number }): LineDecode {
  // Classify each line; consecutive lines of one kind are decoded together.
  type Kind = "utf8" | "cp949";
  const runs: { kind: Kind; start: number; end: number }[] = [];
  let utf8Lines = 0;
  let cp949Lines = 0;
  const add = (kind: Kind, start: number, end: number): void => {
    const last = runs[runs.length - 1];
    if (last && last.kind === kind && last.end === start) last.end = end;
    else runs.push({ kind, start, end });
  };
  for (let start = 0; start < b.length; ) {
    let nl = b.indexOf(0x0a, start);
    if (nl === -1) nl = b.length;
    const end = nl < b.length ? nl + 1 : nl;
    const scan = scanUtf8(b, start, end);
    if (scan.invalid === 0 && scan.short === 0 && scan.long === 0) {
      // ASCII reads the same in both: join the previous run
      const last = runs[runs.length - 1];
      if (last && last.end === start) last.end = end;
      else add("utf8", start, end);
    } else if (scan.invalid === 0 && scan.long > 0) {
      add("utf8", start, end);
      utf8Lines++;
    } else if (scan.long === 0 || scan.invalid >= 2 * scan.long) {
      add("cp949", start, end); // no or little UTF-8 evidence: CP949 bytes only look like UTF-8 by chance
      cp949Lines++;
    } else {
      // Both readings are broken: keep the one with fewer undecodable bytes.
      const cp = decodeCp949(b.subarray(start, end));
      if (cp.invalid < scan.invalid) {
        add("cp949", start, end);
        cp949Lines++;
      } else {
        add("utf8", start, end);
        utf8Lines++;
      }
    }
    start = end;
  }
  if (utf8Lines === 0) {
    const { text, invalid } = whole();
    return { text, invalid, utf8Lines: 0, cp949Lines: Math.max(cp949Lines, 1) };
  }
  const parts: string[] = [];
  let invalid = 0;
  for (const r of runs) {
    const bytes = b.subarray(r.start, r.end);
    if (r.kind === "utf8") {
      parts.push(utf8Lenient.decode(bytes));
      invalid += scanUtf8(b, r.start, r.end).invalid;
    } else {
      const cp = decodeCp949(bytes);
      parts.push(cp.text);
      invalid += cp.invalid;
    }
  }
  return { text: parts.join(""), invalid, utf8Lines, cp949Lines };
}

function toBytes(bytes: unknown): Uint8Array {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  throw new SinmunError(
    PKG,
    "invalid-argument",
    `expected bytes as a Uint8Array (or Buffer), got ${bytes === null ? "null" : typeof bytes}`,
  );
}

/** UTF-8 read as Latin-1/CP1252 and saved again: "ì‚¼ì„±" for "삼성". */
const DOUBLE_UTF8 = /[\u00e0-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/g;

/** Warnings for text that decoded cleanly but carries an earlier decoding accident. */
function mojibakeWarnings(text: string, warnings: string[]): void {
  const sample = text.length > 1 << 20 ? text.slice(0, 1 << 20) : text;
  const replaced = sample.split("占쏙옙").length - 1;
  if (replaced > 0) {
    warnings.push(`text contains ${replaced} "占쏙옙" sequence${replaced === 1 ? "" : "s"}: replacement characters that were saved as CP949 and read back (mojibake from an earlier conversion)`);
  }
  const doubled = sample.match(DOUBLE_UTF8)?.length ?? 0;
  if (doubled >= 3) {
    warnings.push(`text looks like double-encoded UTF-8 (${doubled} sequences such as "ì‚¼"): it was read as Latin-1 and saved again`);
  }
}

function result(
  text: string,
  encoding: Encoding,
  bom: boolean,
  invalidBytes: number,
  binary: boolean,
  mixed: boolean,
  warnings: string[],
): DecodedText {
  if (invalidBytes > 0) {
    warnings.unshift(`${invalidBytes} byte${invalidBytes === 1 ? "" : "s"} could not be decoded as ${encoding} and became U+FFFD`);
  }
  if (!binary) mojibakeWarnings(text, warnings);
  return { text, encoding, bom, invalidBytes, binary, mixed, warnings };
}

/**
 * Decodes the bytes of a news file into text. With `encoding: "auto"` (the default) it honours a
 * byte-order mark (UTF-8, UTF-16LE/BE), keeps strictly valid UTF-8, recognises UTF-16 without a
 * BOM, and otherwise falls back to CP949 (a superset of EUC-KR), line by line when UTF-8 and CP949
 * lines are mixed. It never throws on bad bytes: it counts them, replaces each with U+FFFD and
 * says so in `warnings`; binary input is flagged (`binary: true`). Only a bad option throws.
 *
 * @example
 * decodeText(iconv.encode("삼성전자 주가가 올랐다.", "euc-kr"));
 * // → { text: "삼성전자 주가가 올랐다.", encoding: "cp949", bom: false, invalidBytes: 0, binary: false, mixed: false, warnings: [] }
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const requested = options.encoding === undefined ? "auto" : options.encoding;
  if (!(ENCODINGS as readonly string[]).includes(requested)) {
    throw invalidOption(PKG, "encoding", ENCODINGS, requested);
  }
  const b = toBytes(bytes);
  const warnings: string[] = [];

  switch (requested) {
    case "utf-8": {
      const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
      const body = bom ? b.subarray(3) : b;
      const scan = scanUtf8(body, 0, body.length);
      return result(utf8Lenient.decode(body), "utf-8", bom, scan.invalid, looksBinary(body), false, warnings);
    }
    case "euc-kr":
    case "cp949": {
      const { text, invalid } = decodeCp949(b);
      if (requested === "euc-kr") {
        const ext = countCp949Extensions(b);
        if (ext > 0) warnings.push(`${ext} character${ext === 1 ? "" : "s"} outside EUC-KR (KS X 1001) decoded with the CP949 extension`);
      }
      return result(text, requested, false, invalid, looksBinary(b), false, warnings);
    }
    case "utf-16le":
    case "utf-16be": {
      const big = requested === "utf-16be";
      const bom = b.length >= 2 && (big ? b[0] === 0xfe && b[1] === 0xff : b[0] === 0xff && b[1] === 0xfe);
      const { text, invalid } = decodeUtf16(bom ? b.subarray(2) : b, big);
      return result(text, requested, bom, invalid, false, false, warnings);
    }
    default:
      break;
  }

  // auto
  if (b.length === 0) return result("", "utf-8", false, 0, false, false, warnings);
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    const body = b.subarray(3);
    const scan = scanUtf8(body, 0, body.length);
    return result(utf8Lenient.decode(body), "utf-8", true, scan.invalid, looksBinary(body), false, warnings);
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
    const { text, invalid } = decodeUtf16(b.subarray(2), false);
    return result(text, "utf-16le", true, invalid, false, false, warnings);
  }
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    const { text, invalid } = decodeUtf16(b.subarray(2), true);
    return result(text, "utf-16be", true, invalid, false, false, warnings);
  }

  const hasNul = b.indexOf(0) !== -1;
  if (!hasNul) {
    // Fast path: the native strict decoder validates well-formed UTF-8 far faster than a JS scan.
    let strict: string | null = null;
    try {
      strict = utf8Fatal.decode(b);
    } catch {
      strict = null;
    }
    if (strict !== null) {
      const binary = looksBinary(b);
      if (binary) warnings.push("input looks binary (NUL bytes or many control characters), not text");
      return result(strict, "utf-8", false, 0, binary, false, warnings);
    }
  }
  const scan = scanUtf8(b, 0, b.length);
  let cpCache: { text: string; invalid: number } | undefined;
  const cpWhole = (): { text: string; invalid: number } => (cpCache ??= decodeCp949(b));
  const cpInvalid = (): number => cpWhole().invalid;
  if (hasNul || scan.invalid > 0) {
    const guess = guessUtf16(b, scan.invalid, cpInvalid);
    if (guess) {
      const { text, invalid } = decodeUtf16(b, guess === "utf-16be");
      warnings.push(`no byte-order mark: guessed ${guess} from the byte pattern`);
      return result(text, guess, false, invalid, false, false, warnings);
    }
  }
  const binary = looksBinary(b);
  if (binary) warnings.push("input looks binary (NUL bytes or many control characters), not text");

  if (scan.invalid === 0) {
    return result(utf8Lenient.decode(b), "utf-8", false, 0, binary, false, warnings);
  }
  if (binary) {
    // Do not dress garbage up as CP949 Hangul/Hanja: keep the replacement characters visible.
    return result(utf8Lenient.decode(b), "utf-8", false, scan.invalid, true, false, warnings);
  }
  const lines = decodeByLine(b, cpWhole);
  if (lines.utf8Lines > 0 && lines.cp949Lines > 0) {
    warnings.push(`mixed encodings: ${lines.utf8Lines} line${lines.utf8Lines === 1 ? "" : "s"} decoded as UTF-8, ${lines.cp949Lines} as CP949`);
    const enc: Encoding = lines.utf8Lines >= lines.cp949Lines ? "utf-8" : "cp949";
    return result(lines.text, enc, false, lines.invalid, false, true, warnings);
  }
  const enc: Encoding = lines.cp949Lines > 0 ? "cp949" : "utf-8";
  return result(lines.text, enc, false, lines.invalid, false, false, warnings);
}
