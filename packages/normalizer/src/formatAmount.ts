import { invalidOption } from "@sinmun/core";
import { type Rat, ZERO, cmp, div, fromDecimalString, mul, neg, pow10, rat, toDecimal } from "./rational";

/** Options of {@link formatAmount}. */
export interface FormatOptions {
  /** "korean" (default): 1조4000억; "digits": 1,400,000,000,000. */
  style?: "korean" | "digits";
}

const STYLES = ["korean", "digits"] as const;
const OPTION_KEYS = ["style"] as const;

/** The Korean word written after the number for each ISO 4217 code; other codes are written as the code. */
const CURRENCY_WORDS: Record<string, string> = {
  KRW: "원", USD: "달러", JPY: "엔", CNY: "위안", EUR: "유로", GBP: "파운드", CHF: "스위스 프랑", HKD: "홍콩 달러",
  CAD: "캐나다 달러", AUD: "호주 달러", NZD: "뉴질랜드 달러", SGD: "싱가포르 달러", TWD: "대만 달러", INR: "루피",
  IDR: "루피아", THB: "바트", VND: "베트남 동", RUB: "루블", MXN: "페소", BRL: "헤알", TRY: "리라", AED: "디르함",
};

const DURATION_WORDS: Record<string, string> = { year: "년", month: "개월", week: "주", day: "일", hour: "시간", minute: "분", second: "초" };

/** SI prefixes used when writing a base unit back: [unit, [factor exponent, written unit]...] largest first. */
const SI: Record<string, [number, string][]> = {
  W: [[12, "TW"], [9, "GW"], [6, "MW"], [3, "kW"], [0, "W"]],
  Wh: [[12, "TWh"], [9, "GWh"], [6, "MWh"], [3, "kWh"], [0, "Wh"]],
  g: [[6, "톤"], [3, "kg"], [0, "g"]],
  m: [[3, "km"], [0, "m"]],
  B: [[12, "TB"], [9, "GB"], [6, "MB"], [3, "KB"], [0, "B"]],
  Hz: [[9, "GHz"], [6, "MHz"], [3, "kHz"], [0, "Hz"]],
};

function toRat(value: number | string | bigint): Rat | null {
  if (typeof value === "bigint") return rat(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    if (Number.isInteger(value) && Math.abs(value) < 1e21) return rat(BigInt(value));
    value = String(value);
  }
  const m = /^\s*(-?)(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*$/.exec(value);
  if (!m) return null;
  let r = fromDecimalString((m[2] as string).replace(/\.$/, ""));
  const e = m[3] ? Number(m[3]) : 0;
  if (Math.abs(e) > 400) return null;
  if (e > 0) r = mul(r, rat(pow10(e)));
  else if (e < 0) r = div(r, rat(pow10(-e))) ?? ZERO;
  return m[1] === "-" ? neg(r) : r;
}

/** 1400000000000 → "1조4000억", 123456.5 → "12만3456.5", 0.25 → "0.25". */
function koreanNumber(r: Rat): string {
  const negative = r.n < 0n;
  const abs = negative ? neg(r) : r;
  const dec = toDecimal(abs);
  const dot = dec.indexOf(".");
  const int = BigInt(dot < 0 ? dec : dec.slice(0, dot));
  const frac = dot < 0 ? "" : dec.slice(dot);
  const units = ["", "만", "억", "조", "경", "해"];
  let rest = int;
  const groups: string[] = [];
  let i = 0;
  while (rest > 0n && i < units.length) {
    const g = i === units.length - 1 ? rest : rest % 10000n;
    rest = i === units.length - 1 ? 0n : rest / 10000n;
    if (g > 0n) groups.unshift(`${g}${units[i]}`);
    i++;
  }
  let out = groups.length === 0 ? "0" : groups.join("");
  if (frac) {
    // The fraction goes with the ones group (12만3456.5); when that group is empty write the plain decimal.
    out = int % 10000n === 0n && int > 0n ? dec : out === "0" ? `0${frac}` : `${out}${frac}`;
  }
  return negative ? `-${out}` : out;
}

function digitsNumber(r: Rat): string {
  const dec = toDecimal(r);
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(dec);
  if (!m) return dec;
  return `${m[1]}${(m[2] as string).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${m[3] ?? ""}`;
}

/**
 * Writes a value with its unit the way Korean news does: 만/억/조 groups with Arabic digits
 * (38000000000, "USD" → "380억 달러"; 1400000000000 → "1조4000억"), 원 attached, other currencies as words,
 * %/%p/bp attached, SI base units back with the largest fitting prefix (30000000000, "W" → "300억W" is
 * avoided: "30GW"), durations in Korean (7, "year" → "7년"), counters attached ("5만명").
 * `value` may be a number, a bigint or an exact decimal string; `unit` null or omitted for a bare number.
 * Throws `SinmunError` only for a bad `options.style` or an unknown option key; returns "" for a value that is not a finite number.
 *
 * @example
 * formatAmount(38000000000, "USD");     // → "380억 달러"
 * formatAmount(1400000000000);          // → "1조4000억"
 * formatAmount("1400000000000", "KRW"); // → "1조4000억원"
 * formatAmount(30000000000, "W");       // → "30GW"
 * formatAmount(0.5, "%p");              // → "0.5%p"
 */
export function formatAmount(value: number | string | bigint, unit?: string | null, options: FormatOptions = {}): string {
  for (const key of Object.keys(options)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) throw invalidOption("@sinmun/normalizer", "option", OPTION_KEYS, key);
  }
  const style = options.style ?? "korean";
  if (!STYLES.includes(style)) throw invalidOption("@sinmun/normalizer", "style", STYLES, style);
  let r = toRat(value);
  if (!r) return "";
  let written: string | null = unit ?? null;
  let space = false;
  if (unit && SI[unit]) {
    for (const [exp, w] of SI[unit] as [number, string][]) {
      const f = rat(pow10(exp));
      const abs = r.n < 0n ? neg(r) : r;
      if (cmp(abs, f) >= 0 || exp === 0) {
        r = div(r, f) ?? r;
        written = w;
        break;
      }
    }
  } else if (unit && CURRENCY_WORDS[unit]) {
    written = CURRENCY_WORDS[unit] as string;
    space = unit !== "KRW";
  } else if (unit && DURATION_WORDS[unit]) {
    written = DURATION_WORDS[unit] as string;
  } else if (unit && /^[A-Z]{3}$/.test(unit)) {
    space = true;
  } else if (unit === "m²" || unit === "m³" || unit === "L") {
    written = unit;
  }
  const number = style === "digits" ? digitsNumber(r) : koreanNumber(r);
  if (!written) return number;
  return space ? `${number} ${written}` : `${number}${written}`;
}
