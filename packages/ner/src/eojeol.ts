import { isHangul, isMiddleDot, isWhiteSpace } from "@sinmun/core";
import type { Eojeol, TextIndex } from "@sinmun/core";
import type { RuleData } from "./ruleData";

/** Character classes used by the boundary rules. */
export const enum CharClass {
  Hangul = 1,
  Latin = 2,
  Digit = 3,
  Space = 4,
  Other = 5,
}

/**
 * Class of the code unit at `i` (full-width Latin and digits count as Latin and digits). White space
 * is core's {@link isWhiteSpace}; the middle dots of core's MIDDLE_DOTS are punctuation (`Other`),
 * the Hangul-looking ㆍ included, so `삼성ㆍLG` ends a name like `삼성·LG`.
 */
export function charClass(text: string, i: number): CharClass {
  let c = text.charCodeAt(i);
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (isMiddleDot(c)) return CharClass.Other;
  if (isHangul(c) || (c >= 0x3131 && c <= 0x318e) || (c >= 0x1100 && c <= 0x11ff)) return CharClass.Hangul;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return CharClass.Latin;
  if (c >= 0x30 && c <= 0x39) return CharClass.Digit;
  if (isWhiteSpace(c)) return CharClass.Space;
  return CharClass.Other;
}

/** True when `tail` is a sequence of at most three particles/light suffixes from the josa list. */
export function isJosaSequence(tail: string, rules: RuleData, depth = 0): boolean {
  if (tail === "") return true;
  if (depth >= 3 || tail.length > (3 - depth) * rules.josaMaxLength) return false;
  for (let n = Math.min(rules.josaMaxLength, tail.length); n >= 1; n--) {
    const head = tail.slice(0, n);
    // The subject particle ends a sequence: 이는, 가도 are no particles after a name, so 온누리페이는
    // is 온누리페이 + 는, not 온누리페 + 이 + 는.
    if (n < tail.length && rules.subjectJosa.has(head)) continue;
    if (rules.josa.has(head) && isJosaSequence(tail.slice(n), rules, depth + 1)) return true;
  }
  return false;
}

/** Longest tail {@link isJosaSequence} can accept (three particles of the longest length). */
export function maxJosaTail(rules: RuleData): number {
  return 3 * rules.josaMaxLength;
}

/** End of the Hangul run that starts at `i`, looking at most `limit` code units ahead. */
function hangulRunEnd(text: string, i: number, limit: number): number {
  let j = i;
  const stop = Math.min(text.length, i + limit);
  while (j < stop && charClass(text, j) === CharClass.Hangul) j++;
  return j;
}

/**
 * Whether a name may end at `end`: end of text, space or punctuation, or a Hangul tail made of
 * particles (오픈AI가, AWS와의, 삼성전자 측은) — never inside a longer word (LAWS, 삼성전자우).
 */
export function rightBoundaryOk(text: string, end: number, rules: RuleData): boolean {
  if (end >= text.length) return true;
  const next = charClass(text, end);
  const last = charClass(text, end - 1);
  // SK C&C, GPT-4: a joiner between two Latin/digit runs continues the name.
  if (/[&\-.+]/.test(text[end] as string) && (last === CharClass.Latin || last === CharClass.Digit) && end + 1 < text.length) {
    const after = charClass(text, end + 1);
    if (after === CharClass.Latin || after === CharClass.Digit) return false;
  }
  if (next === CharClass.Space || next === CharClass.Other) return true;
  if (next === CharClass.Latin || next === CharClass.Digit) {
    // 삼성SDS vs 삼성: a Latin letter or digit continues the word; Latin name + digit (GPT4) too.
    return false;
  }
  // A run longer than any josa sequence is a longer word: stop looking one past the longest tail.
  const runEnd = hangulRunEnd(text, end, maxJosaTail(rules) + 1);
  return isJosaSequence(text.slice(end, runEnd), rules);
}

/** Whether a name may start at `start`: start of text, after space or punctuation; a Latin name also after Hangul. */
export function leftBoundaryOk(text: string, start: number): boolean {
  if (start <= 0) return true;
  const prev = charClass(text, start - 1);
  const first = charClass(text, start);
  if (/[&\-+]/.test(text[start - 1] as string) && (first === CharClass.Latin || first === CharClass.Digit) && start >= 2) {
    const before = charClass(text, start - 2);
    if (before === CharClass.Latin || before === CharClass.Digit) return false;
  }
  if (prev === CharClass.Space || prev === CharClass.Other) return true;
  if (first === CharClass.Latin || first === CharClass.Digit) return prev === CharClass.Hangul;
  return false;
}

/** A space-delimited word (eojeol) with its offsets and text. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

/**
 * The words of an indexed text: core's eojeols (split at {@link isWhiteSpace}) with their text.
 *
 * @example
 * wordsOf(indexText("이재용 삼성전자 회장")).map((w) => w.text); // → ["이재용", "삼성전자", "회장"]
 */
export function wordsOf(index: TextIndex): Word[] {
  return index.words.map((w: Eojeol) => ({ start: w.start, end: w.end, text: index.text.slice(w.start, w.end) }));
}

/** Hangul syllable count of a string made only of Hangul syllables, else -1. */
export function syllables(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (!isHangul(s.charCodeAt(i))) return -1;
  }
  return s.length;
}
