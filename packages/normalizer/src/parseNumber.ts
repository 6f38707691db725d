import { Scanner } from "./scan";
import { toDecimal } from "./rational";
import { isSpace } from "@sinmun/core";

/**
 * Reads a Korean, Arabic or mixed numeral — 1조4000억, 3조 2천억, 삼백팔십억, 스물다섯, 백점오, 1,200억,
 * 마이너스 3, 삼분의 일 — exactly. `decimal` is the exact decimal string (past 2^53 too; a fraction that
 * does not terminate is rounded to 20 decimal places); `value` the nearest JS number. Returns null for
 * anything that is not just a number (units included). Never throws.
 *
 * @example
 * parseNumber("1조4000억");   // → { value: 1400000000000, decimal: "1400000000000" }
 * parseNumber("9999경");      // → { value: 99990000000000000000, decimal: "99990000000000000000" }
 * parseNumber("삼백팔십억 원"); // → null (a unit: use parseAmount)
 */
export function parseNumber(text: string): { value: number; decimal: string } | null {
  if (typeof text !== "string" || text.length === 0 || text.length > 10_000) return null;
  try {
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) return null;
    const s = text.slice(0, end);
    const { found } = new Scanner(s, true).scan(start);
    if (!found || found.end !== end || found.kind !== "number" || found.value === null || found.approx) return null;
    const decimal = toDecimal(found.value);
    const value = Number(decimal);
    // Past ~1.8e308 the nearest JS number is Infinity (JSON null): not a number we can hand back, as in parseAmount.
    return Number.isFinite(value) ? { value, decimal } : null;
  } catch {
    return null;
  }
}
