/**
 * Character classes shared by every Sinmun package. Each takes one UTF-16 code unit, so callers
 * scan with `charCodeAt` and offsets stay exact. One definition each: the tokenizer, NER, quotes,
 * the normalizer and the sentence splitter all read these instead of their own copies.
 */

/**
 * Horizontal white space inside a line: ASCII space and tab, vertical tab, form feed, no-break
 * space, the Unicode space separators (U+1680, U+2000–U+200A, U+202F, U+205F, U+3000) and the
 * invisible separators a copy-paste leaves in news text (zero-width space U+200B, BOM U+FEFF).
 * Line breaks are not spaces: see {@link isLineBreak}.
 *
 * @example
 * isSpace(" ".charCodeAt(0));      // true
 * isSpace("\u3000".charCodeAt(0)); // true (ideographic space)
 * isSpace("\n".charCodeAt(0));     // false
 */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Line and paragraph breaks: LF, CR, NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR.
 *
 * @example
 * isLineBreak("\n".charCodeAt(0)); // true
 */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * Any white space: {@link isSpace} or {@link isLineBreak}.
 *
 * @example
 * isWhiteSpace("\r".charCodeAt(0)); // true
 */
export function isWhiteSpace(c: number): boolean {
  return isSpace(c) || isLineBreak(c);
}

/**
 * Middle dots that join names and list items (삼성·LG, 한·미): U+00B7, the Hangul ㆍ (U+318D),
 * the hyphenation point U+2027, the katakana middle dot U+30FB, its half-width form U+FF65 and the
 * bullet U+2022.
 */
export const MIDDLE_DOTS: ReadonlySet<number> = new Set([0xb7, 0x318d, 0x2027, 0x30fb, 0xff65, 0x2022]);

/**
 * True for any of {@link MIDDLE_DOTS}.
 *
 * @example
 * isMiddleDot("ㆍ".charCodeAt(0)); // true
 */
export function isMiddleDot(c: number): boolean {
  return MIDDLE_DOTS.has(c);
}

/** The families quote marks pair within. */
export type QuoteFamily = "double" | "single" | "corner";

/** What a quote mark can do: open, close, or either (the directionless ASCII and prime marks). */
export type QuoteRole = "open" | "close" | "either";

/** One quote mark: its family, its role and, for an opener, the mark that closes it. */
export interface QuoteMark {
  family: QuoteFamily;
  role: QuoteRole;
  closer?: string;
}

/**
 * The quote-mark table: every mark Sinmun pairs, with its family and role. Double marks pair
 * with any double mark (writers mix “…" and "…”), single with single, corner brackets only with
 * their own closer.
 */
export const QUOTE_MARKS: Readonly<Record<string, QuoteMark>> = {
  "“": { family: "double", role: "open", closer: "”" },
  "”": { family: "double", role: "close" },
  '"': { family: "double", role: "either" },
  "＂": { family: "double", role: "either" },
  "″": { family: "double", role: "either" },
  "‘": { family: "single", role: "open", closer: "’" },
  "’": { family: "single", role: "close" },
  "'": { family: "single", role: "either" },
  "′": { family: "single", role: "either" },
  "「": { family: "corner", role: "open", closer: "」" },
  "」": { family: "corner", role: "close" },
  "『": { family: "corner", role: "open", closer: "』" },
  "』": { family: "corner", role: "close" },
};

/**
 * The quote mark at one character, or undefined.
 *
 * @example
 * quoteMark("“")?.family; // "double"
 */
export function quoteMark(c: string | undefined): QuoteMark | undefined {
  return c === undefined ? undefined : QUOTE_MARKS[c];
}

/**
 * Precomposed Hangul syllables (가–힣).
 *
 * @example
 * isHangul("한".charCodeAt(0)); // true
 */
export function isHangul(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}
