import type { QuoteText, Word } from "./context";

const SETTING_ENDINGS = ["에서는", "에서도", "에서의", "에서", "에선"];

/**
 * The end of a framing phrase, with or without 는/도: 만나, 관련해, 대해서는, 따르면.
 *
 * @example
 * isFrame(t, "관련해"); // → true
 */
export function isFrame(t: QuoteText, trimmed: string): boolean {
  return t.lex.has("frame", trimmed) || (/[는도]$/u.test(trimmed) && t.lex.has("frame", trimmed.slice(0, -1)));
}

const settingMemo = new WeakMap<QuoteText, Map<number, boolean>>();

/**
 * A word of the setting before a clause, never part of it: a time (21일, 지난달), a frame
 * (관련해) or a place (간담회에서). Memoised per text.
 *
 * @example
 * isSetting(t, word("간담회에서")); // → true
 */
export function isSetting(t: QuoteText, w: Word): boolean {
  let memo = settingMemo.get(t);
  if (!memo) settingMemo.set(t, (memo = new Map()));
  let r = memo.get(w.start);
  if (r === undefined) {
    r = computeSetting(t, w.trimmed);
    memo.set(w.start, r);
  }
  return r;
}

function computeSetting(t: QuoteText, trimmed: string): boolean {
  if (t.lex.has("time", trimmed) || /^\d+일(\(현지시간\))?(에|에는)?$/u.test(trimmed) || isFrame(t, trimmed)) return true;
  for (const end of SETTING_ENDINGS) {
    if (trimmed.endsWith(end)) {
      const rem = trimmed.slice(0, -end.length);
      for (let k = Math.min(rem.length, 12); k >= 1; k--) if (rem.length - k <= 6 && t.lex.has("setting", rem.slice(-k))) return true;
    }
  }
  return false;
}
