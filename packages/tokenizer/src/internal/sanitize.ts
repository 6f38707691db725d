// Characters the analysers must not see: C0/C1 controls (except tab, LF, CR), DEL, BOM, line/paragraph
// separators, non-ASCII spaces (ko-dic's char.def has them as symbols, so lindera glues U+3000 or
// NBSP to the next symbol), and lone surrogates. Each is replaced by ONE UTF-16 code unit, so every index of the
// sanitized copy is an index of the original text.
const BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every character BAD may match, surrogates whether lone or paired. */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\uD800-\uDFFF]/;

/**
 * A copy of `text` with the same length: controls and non-ASCII spaces become spaces (so they separate words and never
 * become tokens), lone surrogates become U+FFFD (so they stay one symbol token at their own offset).
 */
export function sanitize(text: string): string {
  // one character class (any surrogate, paired or not) scans several times faster than BAD's
  // alternatives with look-around, and most texts have none of these characters
  if (!SUSPECT.test(text)) return text;
  BAD.lastIndex = 0;
  if (!BAD.test(text)) return text;
  BAD.lastIndex = 0;
  return text.replace(BAD, (c) => (c.length === 1 && c >= "\uD800" && c <= "\uDFFF" ? "\uFFFD" : " "));
}
