import { assertDoc, type Token } from "@sinmun/core";

const SPACE_OR_CONTROL = /[\s\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/;

/**
 * The invariants every tokenization keeps: valid offsets (`assertDoc`: inside the text,
 * `slice === text`, sorted, JSON round-trip), no overlaps, eojeol and sentence indexes that never
 * go back, and every character that is not a space or a control character covered by a token.
 */
export function expectTokenInvariants(text: string, tokens: Token[]): void {
  assertDoc({ text, sentences: text.length > 0 ? [{ start: 0, end: text.length }] : [], tokens });
  const covered = new Uint8Array(text.length);
  let prev: Token | undefined;
  for (const t of tokens) {
    if (t.end <= t.start) throw new Error(`empty token ${JSON.stringify(t)}`);
    if (prev !== undefined) {
      if (t.start < prev.end) throw new Error(`overlap: ${prev.start}..${prev.end} then ${t.start}..${t.end}`);
      if (t.eojeol < prev.eojeol) throw new Error(`eojeol goes back at ${t.start}`);
      if (t.sentence < prev.sentence) throw new Error(`sentence goes back at ${t.start}`);
    }
    if (t.tags.join("+") !== t.pos) throw new Error(`tags ${t.tags.join("+")} vs pos ${t.pos}`);
    covered.fill(1, t.start, t.end);
    prev = t;
  }
  for (let i = 0; i < text.length; i++) {
    if (covered[i] === 0 && !SPACE_OR_CONTROL.test(text[i] as string)) {
      throw new Error(`character ${JSON.stringify(text[i])} (U+${text.charCodeAt(i).toString(16)}) at ${i} is not covered by any token`);
    }
  }
}

/** `surface/POS` strings, the usual way to read an analysis. */
export function slashed(tokens: Token[]): string[] {
  return tokens.map((t) => `${t.text}/${t.pos}`);
}
