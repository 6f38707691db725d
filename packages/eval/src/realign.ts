import { isWhiteSpace } from "@sinmun/core";
import type { Range } from "@sinmun/core";
import type { EvalDoc, EvalQuote } from "./types";

/**
 * Moves a predicted document onto a gold text that differs from its own only in whitespace
 * (CoNLL output rebuilt as "경찰 은 또" for the gold "경찰은 또"): every span is mapped through the
 * non-whitespace characters (white space as core's `isWhiteSpace`: spaces, ZWSP, BOM, line breaks). Returns null when the texts differ in anything but whitespace.
 */
export function realign(pred: EvalDoc, goldText: string): EvalDoc | null {
  const src = pred.text;
  // position of each non-space unit of src in goldText
  const map = new Array<number>(src.length).fill(-1);
  let j = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (isWhiteSpace(c)) continue;
    while (j < goldText.length && isWhiteSpace(goldText.charCodeAt(j))) j++;
    if (j >= goldText.length || goldText.charCodeAt(j) !== c) return null;
    map[i] = j++;
  }
  while (j < goldText.length && isWhiteSpace(goldText.charCodeAt(j))) j++;
  if (j !== goldText.length) return null;

  const range = (r: Range): Range | null => {
    let s = r.start;
    while (s < r.end && (map[s] ?? -1) < 0) s++;
    let e = r.end - 1;
    while (e >= s && (map[e] ?? -1) < 0) e--;
    if (s > e) return null;
    return { start: map[s] as number, end: (map[e] as number) + 1 };
  };
  const span = <T extends Range & { text: string }>(x: T): T | null => {
    const r = range(x);
    return r ? { ...x, ...r, text: goldText.slice(r.start, r.end) } : null;
  };
  const keep = <T>(xs: (T | null)[]): T[] => xs.filter((x): x is T => x !== null);
  const out: EvalDoc = { text: goldText, sentences: [] };
  if (pred.id !== undefined) out.id = pred.id;
  if (pred.entities) out.entities = keep(pred.entities.map(span));
  if (pred.amounts) out.amounts = keep(pred.amounts.map(span));
  if (pred.quotes) {
    out.quotes = keep(
      pred.quotes.map((q): EvalQuote | null => {
        const moved = span(q);
        if (!moved) return null;
        const content = q.content ? range(q.content) : null;
        if (content) moved.content = content;
        else delete moved.content;
        if (q.speaker) moved.speaker = span(q.speaker);
        if (q.cue) moved.cue = span(q.cue);
        return moved;
      }),
    );
  }
  return out;
}
