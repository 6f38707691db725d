import { type Rat, ZERO, ONE, add, mul, rat, pow10, fromDecimalString } from "./rational";
import { digitValue } from "./chars";
import { readDigits } from "./readDigits";
import { isSpace, isHangul } from "@sinmun/core";

/** One numeral read from text: its exact value and what it was made of. */
export interface Numeral {
  value: Rat;
  start: number;
  end: number;
  /** Arabic digits were used. */
  digits: boolean;
  /** Hangul numeral characters were used (sino digits, 십/백/천, 만/억/조/경, native words). */
  hangul: number;
  /** A multiplier (십 백 천 만 억 조 경 해) was used. */
  multiplier: boolean;
  /** Exponent of the largest big unit used (만 = 4, 억 = 8 …), 0 if none. */
  bigExp: number;
  /** Exponent of the big unit the numeral ends with (20억 → 8), 0 otherwise. */
  trailingExp: number;
  /** Only native (고유어) words: 스물다섯, 한, 두. */
  native: boolean;
  /** Only ASCII/full-width digits, no comma, no decimal point: candidates for years, codes. */
  plainInteger: boolean;
  /** Contains a decimal point. */
  decimal: boolean;
  /** 수/몇 (수십억): `value` uses the smallest reading; `vagueMax` the largest. */
  vagueMax: Rat | null;
  /** 여 inside the numeral (30여억). */
  approx: boolean;
  /** The end and value before the last space-joined part, to fall back to when the join was wrong. */
  fallback: { end: number; value: Rat; trailingExp: number } | null;
}

const SINO: Record<string, number> = { 영: 0, 공: 0, 빵: 0, 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 륙: 6, 칠: 7, 팔: 8, 구: 9 };
const SMALL: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };
const BIG: Record<string, number> = { 만: 4, 억: 8, 조: 12, 경: 16, 해: 20 };
const NATIVE_TENS: [string, number][] = [
  ["스물", 20], ["스무", 20], ["서른", 30], ["마흔", 40], ["쉰", 50], ["예순", 60], ["일흔", 70], ["여든", 80], ["아흔", 90], ["열", 10],
];
const NATIVE_UNITS: [string, number][] = [
  ["하나", 1], ["다섯", 5], ["여섯", 6], ["일곱", 7], ["여덟", 8], ["아홉", 9], ["한", 1], ["둘", 2], ["두", 2], ["셋", 3], ["세", 3], ["넷", 4], ["네", 4], ["넉", 4],
];

const codeMap = (r: Record<string, number>) => new Map(Object.entries(r).map(([k, v]) => [k.charCodeAt(0), v]));
const SINO_C = codeMap(SINO);
const SMALL_C = codeMap(SMALL);
const BIG_C = codeMap(BIG);
const C_JEOM = "점".charCodeAt(0);
const C_JJEOM = "쩜".charCodeAt(0);
const C_SU = "수".charCodeAt(0);
const C_MYEOT = "몇".charCodeAt(0);
const C_YEO = "여".charCodeAt(0);
const NATIVE_FIRST = new Set([...NATIVE_TENS, ...NATIVE_UNITS].map(([w]) => w.charCodeAt(0)));

export interface ReadOptions {
  /** parseAmount reads one expression: spaces inside numerals, Hangul digit strings, 점 decimals, 공/빵. */
  strict: boolean;
}

interface State {
  total: Rat;
  group: Rat;
  cur: Rat | null;
  curSeq: boolean; // cur may take more digits by concatenation (삼오칠 → 357)
  lastSmall: number;
  lastBig: number;
  groupUsed: boolean;
  afterNativeTens: boolean;
}

/**
 * Reads the longest numeral at `i`: Arabic digits with commas and a decimal point, 만/억/조/경 units
 * (1조4000억, 3조 2천억, 7천5백30만, 1.5조), Sino-Korean numerals (삼백팔십억), native numerals (스물다섯),
 * digit strings (일영영영) and spoken decimals (백점오) in strict mode. Returns null when nothing was read.
 * Runs in time linear in the characters it consumes.
 */
export function readNumeral(s: string, i: number, opts: ReadOptions, vague: bigint = 2n): Numeral | null {
  const st: State = { total: ZERO, group: ZERO, cur: null, curSeq: false, lastSmall: Infinity, lastBig: Infinity, groupUsed: false, afterNativeTens: false };
  let pos = i;
  let digits = false;
  let hangul = 0;
  let multiplier = false;
  let bigExp = 0;
  let trailingExp = 0;
  let native = true;
  let plainInteger = true;
  let decimal = false;
  let vagueUsed = false;
  let approx = false;
  let tokens = 0;
  let fallback: Numeral["fallback"] = null;
  let lastTokenWasUnit = false;
  let arabicEnd = -1;
  let lastArabic = false;
  const n = s.length;
  // Strict: a leading decimal point (.25).
  if (opts.strict && (s[i] === "." || s[i] === "．") && digitValue(s.charCodeAt(i + 1)) >= 0) {
    let k = i + 1;
    let frac = "";
    while (k < n && digitValue(s.charCodeAt(k)) >= 0 && frac.length <= 200) {
      frac += String(digitValue(s.charCodeAt(k)));
      k++;
    }
    st.cur = fromDecimalString("0." + frac);
    tokens = 1;
    digits = true;
    decimal = true;
    plainInteger = false;
    native = false;
    pos = k;
  }

  const value = (): Rat => add(st.total, add(st.group, st.cur ?? ZERO));

  for (;;) {
    if (pos >= n) break;
    lastArabic = arabicEnd === pos;
    const c = s.charCodeAt(pos);
    // Spaces between parts: free in strict mode; in running text one space, only after a unit
    // character (3조 2천억, 1천 640만) or before a big unit (50 만 배럴).
    if (isSpace(c) && tokens > 0) {
      let j = pos;
      while (j < n && isSpace(s.charCodeAt(j)) && j - pos < (opts.strict ? 8 : 1)) j++;
      if (j >= n) break;
      if (!joinsAcrossSpace(j)) break;
      const save = { ...st };
      const saveEnd = pos;
      const saveTrailing = trailingExp;
      const before = value();
      const r = step(j);
      if (r < 0) {
        Object.assign(st, save);
        pos = saveEnd;
        break;
      }
      fallback = { end: saveEnd, value: before, trailingExp: saveTrailing };
      pos = r;
      continue;
    }
    const r = step(pos);
    if (r < 0) break;
    pos = r;
  }
  if (tokens === 0) return null;
  const result: Numeral = {
    value: value(),
    start: i,
    end: pos,
    digits,
    hangul,
    multiplier,
    bigExp,
    trailingExp,
    native: native && hangul > 0 && !digits,
    plainInteger: plainInteger && digits && hangul === 0,
    decimal,
    vagueMax: null,
    approx,
    fallback,
  };
  if (vagueUsed && vague === 2n) {
    const hi = readNumeral(s, i, opts, 9n);
    if (hi && hi.end === pos) result.vagueMax = hi.value;
  }
  return result;

  /**
   * After a space, may the numeral go on at `j`? Strict mode (one expression) joins any numeral part,
   * except a lone Sino digit that starts a Hangul word (삼 사람). Running text joins only after a
   * unit character (3조 2천억, 1천 640만, 삼천 오백) or before a big unit after digits (50 만 배럴).
   */
  function joinsAcrossSpace(j: number): boolean {
    const c = s.charCodeAt(j);
    const ch = s[j] as string;
    const next = s[j + 1] ?? "";
    if (opts.strict) {
      if (ch in SINO && isHangul(s.charCodeAt(j + 1)) && !(next in SINO) && !(next in SMALL) && !(next in BIG) && next !== "점") return false;
      return (
        digitValue(c) >= 0 || ch in SINO || ch in SMALL || ch in BIG || ch === "점" || ch === "쩜" ||
        NATIVE_TENS.some(([w]) => s.startsWith(w, j)) || NATIVE_UNITS.some(([w]) => s.startsWith(w, j))
      );
    }
    if (lastTokenWasUnit && digitValue(c) >= 0) return true;
    if (ch in BIG && st.cur !== null && digits) return true;
    if (lastTokenWasUnit && hangul > 0 && !digits && (ch in SINO || ch in SMALL)) return ch in SMALL || next in SMALL || next in BIG;
    return false;
  }

  /** Reads one token at p; returns the new position or -1 when the token does not continue the numeral. */
  function step(p: number): number {
    const c = s.charCodeAt(p);
    const dv = digitValue(c);
    if (dv >= 0) {
      if (st.cur !== null) return -1;
      const run = readDigits(s, p, opts.strict);
      if (!run) return -1;
      if (run.grouped || run.decimal) plainInteger = false;
      if (run.decimal) decimal = true;
      const j = run.end;
      st.cur = run.value;
      st.curSeq = !decimal && opts.strict;
      arabicEnd = j;
      digits = true;
      native = false;
      tokens++;
      lastTokenWasUnit = false;
      trailingExp = 0;
      return j;
    }
    if (c === C_JEOM || c === C_JJEOM) {
      if (!opts.strict || tokens === 0) return -1;
      let k = p + 1;
      while (k < n && isSpace(s.charCodeAt(k)) && k - p < 3) k++;
      let frac = "";
      while (k < n) {
        const d = digitValue(s.charCodeAt(k));
        const sv = SINO[s[k] as string];
        const v = d >= 0 ? d : sv !== undefined && s[k] !== "공" && s[k] !== "빵" ? sv : -1;
        if (v < 0) break;
        // 일곱/이십 etc. are not fraction digits
        if (d < 0 && (SMALL[s[k + 1] as string] !== undefined)) break;
        frac += String(v);
        k++;
      }
      if (frac === "") return -1;
      const f = fromDecimalString("0." + frac);
      st.cur = add(st.cur ?? ZERO, f);
      st.curSeq = false;
      decimal = true;
      plainInteger = false;
      tokens++;
      lastTokenWasUnit = false;
      trailingExp = 0;
      return k;
    }
    if ((c === C_SU || c === C_MYEOT) && (SMALL_C.has(s.charCodeAt(p + 1)) || BIG_C.has(s.charCodeAt(p + 1)))) {
      if (st.cur !== null) return -1;
      // 수/몇 is a vague coefficient only together with the multiplier it multiplies (수십, 십수억, 몇천):
      // the two are read as one token, so 만십수십 does not leave a dangling 수 (10012~10019) behind.
      const save = { ...st };
      const saved = { vagueUsed, hangul, native, tokens, lastTokenWasUnit };
      st.cur = rat(vague);
      st.curSeq = false;
      vagueUsed = true;
      hangul++;
      native = false;
      tokens++;
      lastTokenWasUnit = false;
      const r = step(p + 1);
      if (r < 0) {
        Object.assign(st, save);
        ({ vagueUsed, hangul, native, tokens, lastTokenWasUnit } = saved);
        return -1;
      }
      return r;
    }
    if (c === C_YEO && tokens > 0 && BIG_C.has(s.charCodeAt(p + 1)) && st.cur !== null) {
      approx = true;
      return p + 1;
    }
    const small = SMALL_C.get(c);
    if (small !== undefined) {
      if (small >= st.lastSmall) return -1;
      if (st.afterNativeTens) return -1;
      st.group = add(st.group, mul(st.cur ?? ONE, rat(BigInt(small))));
      st.cur = null;
      st.lastSmall = small;
      st.groupUsed = true;
      multiplier = true;
      hangul++;
      native = false;
      tokens++;
      lastTokenWasUnit = true;
      trailingExp = 0;
      return p + 1;
    }
    const big = BIG_C.get(c);
    if (big !== undefined) {
      if (big >= st.lastBig) return -1;
      if (big === 20 && !opts.strict) return -1;
      const g = add(st.group, st.cur ?? ZERO);
      const empty = !st.groupUsed && st.cur === null;
      if (!empty && g.n === 0n) return -1;
      st.total = add(st.total, mul(empty ? ONE : g, rat(pow10(big))));
      st.group = ZERO;
      st.cur = null;
      st.lastSmall = Infinity;
      st.lastBig = big;
      st.groupUsed = false;
      st.afterNativeTens = false;
      multiplier = true;
      if (big > bigExp) bigExp = big;
      hangul++;
      native = false;
      tokens++;
      lastTokenWasUnit = true;
      trailingExp = big;
      return p + 1;
    }
    if (!NATIVE_FIRST.has(c)) return nativeOrSino(p, c);
    for (const [w, v] of NATIVE_TENS) {
      if (!s.startsWith(w, p)) continue;
      if (st.cur !== null || st.lastSmall <= 10 || st.afterNativeTens) return -1;
      // 열 inside a Sino numeral only in strict mode (십열 is not a numeral)
      st.group = add(st.group, rat(BigInt(v)));
      st.lastSmall = 10;
      st.groupUsed = true;
      st.afterNativeTens = true;
      hangul += w.length;
      tokens++;
      lastTokenWasUnit = false;
      trailingExp = 0;
      return p + w.length;
    }
    for (const [w, v] of NATIVE_UNITS) {
      if (!s.startsWith(w, p)) continue;
      if (st.cur !== null) return -1;
      // 백한 명, 천두 번째: a native unit after a Sino 백/천, as a word of its own before a counter.
      const afterHundreds = st.cur === null && (st.lastSmall === 100 || st.lastSmall === 1000) && (s[p - 1] === "백" || s[p - 1] === "천") &&
        isSpace(s.charCodeAt(p + w.length));
      if (tokens > 0 && !st.afterNativeTens && !afterHundreds && !(opts.strict && st.lastSmall === 10 && s[p - 1] === "십")) return -1;
      st.cur = rat(BigInt(v));
      st.curSeq = false;
      st.afterNativeTens = false;
      st.lastSmall = 1;
      hangul += w.length;
      tokens++;
      lastTokenWasUnit = false;
      trailingExp = 0;
      return p + w.length;
    }
    return nativeOrSino(p, c);
  }

  function nativeOrSino(p: number, c: number): number {
    const sino = SINO_C.get(c);
    if (sino !== undefined) {
      const ch = s[p] as string;
      if (!opts.strict && (ch === "공" || ch === "빵")) return -1;
      // 1억천만이상, 삼백이하: 이 before 상/하/내 after a numeral is the bound word 이상/이하/이내, not the digit 2.
      if (ch === "이" && tokens > 0 && (s[p + 1] === "상" || s[p + 1] === "하" || s[p + 1] === "내")) return -1;
      if (st.afterNativeTens) return -1;
      if (st.cur !== null) {
        if (!(opts.strict && st.curSeq) || multiplier) return -1;
        // After Arabic digits (３２이삼) only inside a run of two or more Hangul digits: 90일 is 90 days.
        if (lastArabic && arabicEnd !== p) return -1;
        if (arabicEnd === p && !(SINO[s[p + 1] as string] !== undefined && SMALL[s[p + 2] as string] === undefined && BIG[s[p + 2] as string] === undefined)) return -1;
        st.cur = add(mul(st.cur, rat(10n)), rat(BigInt(sino)));
      } else {
        // Text: a Sino digit must be a coefficient (삼백, 이십억); alone it is too often a word (이, 일, 사).
        if (!opts.strict && SMALL[s[p + 1] as string] === undefined && BIG[s[p + 1] as string] === undefined) return -1;
        st.cur = rat(BigInt(sino));
      }
      st.curSeq = true;
      hangul++;
      native = false;
      tokens++;
      lastTokenWasUnit = false;
      trailingExp = 0;
      return p + 1;
    }
    return -1;
  }
}
