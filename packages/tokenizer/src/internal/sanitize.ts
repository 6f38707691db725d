// Characters the analysers must not see: C0/C1 controls (except tab, LF, CR), DEL, BOM, line/paragraph
// separators, and lone surrogates. Each is replaced by ONE UTF-16 code unit, so every index of the
// sanitized copy is an index of the original text.
const BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A copy of `text` with the same length: controls become spaces (so they separate words and never
 * become tokens), lone surrogates become U+FFFD (so they stay one symbol token at their own offset).
 */
export function sanitize(text: string): string {
  BAD.lastIndex = 0;
  if (!BAD.test(text)) return text;
  BAD.lastIndex = 0;
  return text.replace(BAD, (c) => (c.length === 1 && c >= "\uD800" && c <= "\uDFFF" ? "\uFFFD" : " "));
}
