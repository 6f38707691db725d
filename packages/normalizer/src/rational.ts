/**
 * Exact rational arithmetic on BigInt, the number type behind every value the normalizer returns.
 * A value is `n / d` with `d > 0`; decimals (1.5조), magnitudes (10^16) and fractions (삼분의 일) stay exact,
 * and the decimal string is produced at the end.
 */
export interface Rat {
  n: bigint;
  d: bigint;
}

export const ZERO: Rat = { n: 0n, d: 1n };
export const ONE: Rat = { n: 1n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function rat(n: bigint, d: bigint = 1n): Rat {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (d === 1n) return { n, d };
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export function add(a: Rat, b: Rat): Rat {
  if (b.n === 0n) return a;
  if (a.n === 0n) return b;
  if (a.d === 1n && b.d === 1n) return { n: a.n + b.n, d: 1n };
  if (a.d === b.d) return rat(a.n + b.n, a.d);
  return rat(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function mul(a: Rat, b: Rat): Rat {
  if (b.d === 1n && b.n === 1n) return a;
  if (a.d === 1n && b.d === 1n) return { n: a.n * b.n, d: 1n };
  return rat(a.n * b.n, a.d * b.d);
}

export function div(a: Rat, b: Rat): Rat | null {
  if (b.n === 0n) return null;
  return rat(a.n * b.d, a.d * b.n);
}

export function neg(a: Rat): Rat {
  return { n: -a.n, d: a.d };
}

export function isZero(a: Rat): boolean {
  return a.n === 0n;
}

export function isInteger(a: Rat): boolean {
  return a.d === 1n;
}

export function cmp(a: Rat, b: Rat): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

const POW10: bigint[] = [1n];
export function pow10(k: number): bigint {
  while (POW10.length <= k) POW10.push((POW10[POW10.length - 1] as bigint) * 10n);
  return POW10[k] as bigint;
}

/** Parses `"1234"` / `"12.5"` (ASCII digits, optional one dot) exactly. */
export function fromDecimalString(s: string): Rat {
  const dot = s.indexOf(".");
  if (dot < 0) return { n: BigInt(s), d: 1n };
  const int = s.slice(0, dot);
  const frac = s.slice(dot + 1);
  return rat(BigInt((int === "" ? "0" : int) + frac), pow10(frac.length));
}

/** Parses an exact decimal string such as a dictionary factor ("0.3048", "1000"). */
export function parseFactor(s: string): Rat {
  return s.startsWith("-") ? neg(fromDecimalString(s.slice(1))) : fromDecimalString(s);
}

/** Decimal digits kept for a fraction that does not terminate (1/3). */
export const REPEATING_DIGITS = 20;

/**
 * The decimal string: exact when the value terminates (every power-of-two-and-five denominator),
 * otherwise rounded half away from zero to {@link REPEATING_DIGITS} fractional digits. No exponent, no
 * trailing zeros.
 */
export function toDecimal(a: Rat): string {
  if (a.d === 1n) return a.n.toString();
  const negative = a.n < 0n;
  let n = negative ? -a.n : a.n;
  let d = a.d;
  // Count the factors of 2 and 5 in d to find the terminating length.
  let twos = 0;
  let fives = 0;
  let rest = d;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  let scale = Math.max(twos, fives);
  let scaled: bigint;
  if (rest === 1n) {
    scaled = (n * pow10(scale)) / d;
  } else {
    scale = REPEATING_DIGITS;
    const num = n * pow10(scale);
    scaled = num / d;
    if ((num % d) * 2n >= d) scaled += 1n;
  }
  let digits = scaled.toString();
  if (scale > 0) {
    if (digits.length <= scale) digits = "0".repeat(scale - digits.length + 1) + digits;
    let int = digits.slice(0, digits.length - scale);
    let frac = digits.slice(digits.length - scale).replace(/0+$/, "");
    digits = frac === "" ? int : `${int}.${frac}`;
  }
  if (negative && digits !== "0") digits = `-${digits}`;
  void n;
  void d;
  return digits;
}

/** The nearest JavaScript number (JS string-to-number conversion is correctly rounded). */
export function toNumber(a: Rat): number {
  return Number(toDecimal(a));
}
