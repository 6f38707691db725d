import { type Rat, ONE, mul, rat, pow10, fromDecimalString } from "./rational";
import { digitValue } from "./chars";

/** An Arabic number as written: its exact value and where it ends. */
export interface DigitRun {
  value: Rat;
  /** Offset after the last character read (exclusive). */
  end: number;
  /** Thousands separators were read (1,234 or 1 234). */
  grouped: boolean;
  /** A decimal point, an exponent or a power was read (1.5, 1e10, 1.1^23). */
  decimal: boolean;
}

/** More digits than this on either side of the point is not a number a text means. */
const MAX_DIGITS = 200;

/**
 * Reads the Arabic number at `p` (ASCII or full-width digits): groups of three after commas or thin
 * spaces (in `strict` mode, one expression, after plain spaces too), one decimal point, and in strict
 * mode an exponent (1e10, 12e-1) or an integer power (1.1^23, 2.5^-1). Null when `p` is not a digit
 * or a side has more than 200 digits.
 *
 * @example
 * readDigits("1,234.5억", 0, false); // → { value: 1234.5, end: 7, grouped: true, decimal: true }
 * readDigits("３２만", 0, false);     // → { value: 32, end: 2, grouped: false, decimal: false }
 */
export function readDigits(s: string, p: number, strict: boolean): DigitRun | null {
  const n = s.length;
  let j = p;
  let ascii = true;
  for (let d = digitValue(s.charCodeAt(j)); d >= 0; d = digitValue(s.charCodeAt(++j))) if (s.charCodeAt(j) > 57) ascii = false;
  let txt = ascii ? s.slice(p, j) : "";
  if (!ascii) for (let k = p; k < j; k++) txt += String(digitValue(s.charCodeAt(k)));
  if (txt.length === 0 || txt.length > MAX_DIGITS) return null;
  let grouped = false;
  let decimal = false;
  // Groups of three only after a head of at most three digits (1,234,567; not 12345,678).
  if (txt.length <= 3) {
    for (;;) {
      const sep = s.charCodeAt(j);
      const isComma = sep === 44 || sep === 0xff0c;
      const isThin = sep === 0x202f || sep === 0x2009 || (strict && sep === 32);
      if (!isComma && !isThin) break;
      let k = j + 1;
      let g = "";
      while (k < n && g.length < 4 && digitValue(s.charCodeAt(k)) >= 0) g += String(digitValue(s.charCodeAt(k++)));
      if (g.length !== 3) break;
      txt += g;
      j = k;
      grouped = true;
    }
  }
  const dot = s.charCodeAt(j);
  if ((dot === 46 || dot === 0xff0e) && digitValue(s.charCodeAt(j + 1)) >= 0) {
    let k = j + 1;
    let frac = "";
    while (k < n && digitValue(s.charCodeAt(k)) >= 0) frac += String(digitValue(s.charCodeAt(k++)));
    if (frac.length > MAX_DIGITS) return null;
    txt += "." + frac;
    j = k;
    decimal = true;
  }
  let value = fromDecimalString(txt);
  if (strict) {
    const e = s[j];
    const m =
      e === "e" || e === "E" ? /^[eE]([+-]?)(\d{1,3})(?![\d.])/.exec(s.slice(j, j + 6)) : e === "^" ? /^\^([+-]?)(\d{1,3})(?![\d.])/.exec(s.slice(j, j + 6)) : null;
    if (m) {
      const k = Number(m[2]);
      if (e === "^") {
        let pw = ONE;
        for (let t = 0; t < k; t++) pw = mul(pw, value);
        value = m[1] === "-" ? (pw.n === 0n ? value : rat(pw.d, pw.n)) : pw;
      } else {
        value = m[1] === "-" ? rat(value.n, value.d * pow10(k)) : mul(value, rat(pow10(k)));
      }
      j += m[0].length;
      decimal = true;
    }
  }
  return { value, end: j, grouped, decimal };
}
