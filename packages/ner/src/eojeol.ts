import type { RuleData } from "./ruleData";

/** Character classes used by the boundary rules. */
export const enum CharClass {
  Hangul = 1,
  Latin = 2,
  Digit = 3,
  Space = 4,
  Other = 5,
}

/** Class of the code unit at `i` (full-width Latin and digits count as Latin and digits). */
export function charClass(text: string, i: number): CharClass {
  let c = text.charCodeAt(i);
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e) || (c >= 0x1100 && c <= 0x11ff)) return CharClass.Hangul;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return CharClass.Latin;
  if (c >= 0x30 && c <= 0x39) return CharClass.Digit;
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || c === 0x200b) return CharClass.Space;
  return CharClass.Other;
}

/** True when `tail` is a sequence of at most three particles/light suffixes from the josa list. */
export function isJosaSequence(tail: string, rules: RuleData, depth = 0): boolean {
  if (tail === "") return true;
  if (depth >= 3 || tail.length > (3 - depth) * rules.josaMaxLength) return false;
  for (let n = Math.min(rules.josaMaxLength, tail.length); n >= 1; n--) {
    if (rules.josa.has(tail.slice(0, n)) && isJosaSequence(tail.slice(n), rules, depth + 1)) return true;
  }
  return false;
}

/** Longest tail {@link isJosaSequence} can accept (three particles of the longest length). */
export function maxJosaTail(rules: RuleData): number {
  return 3 * rules.josaMaxLength;
}

/** End of the Hangul run that starts at `i`, looking at most `limit` code units ahead. */
export function hangulRunEnd(text: string, i: number, limit = Infinity): number {
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
  void last;
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

/** A space-delimited word with its offsets. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

/** Splits text into space-delimited words (eojeol). */
export function splitWords(text: string): Word[] {
  const out: Word[] = [];
  const re = /[^\s\u00a0\u3000]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/**
 * The core of a word: leading punctuation and quotes dropped, cut before a parenthesis or trailing
 * punctuation, then the longest prefix whose remainder is a josa sequence. Returns offsets in the text.
 */
export function wordCore(w: Word, rules: RuleData, stripJosa = true): { start: number; end: number; text: string; josa: string; paren: boolean } {
  let s = 0;
  let e = w.text.length;
  while (s < e && /["'“”‘’「」『』<>《》〈〉\[\]·,.…]/.test(w.text[s] as string)) s++;
  const paren = w.text.indexOf("(", s);
  const fullParen = w.text.indexOf("（", s);
  let cut = e;
  if (paren > s) cut = Math.min(cut, paren);
  if (fullParen > s) cut = Math.min(cut, fullParen);
  e = cut;
  while (e > s && /["'“”‘’「」『』<>《》〈〉\[\]·,.…:;!?)）]/.test(w.text[e - 1] as string)) e--;
  let core = w.text.slice(s, e);
  let josa = "";
  if (stripJosa) {
    for (let k = Math.max(1, core.length - maxJosaTail(rules)); k < core.length; k++) {
      const tail = core.slice(k);
      if (charClass(core, k) !== CharClass.Hangul) continue;
      if (isJosaSequence(tail, rules)) {
        josa = tail;
        core = core.slice(0, k);
        break;
      }
    }
  }
  return { start: w.start + s, end: w.start + s + core.length, text: core, josa, paren: cut < w.text.length };
}

/** Hangul syllable count of a string made only of Hangul syllables, else -1. */
export function syllables(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xac00 || c > 0xd7a3) return -1;
  }
  return s.length;
}
