import type { Amount } from "@sinmun/core";
import { Scanner } from "./scan";
import { isFiniteAmount, toAmount } from "./toAmount";
import { parseComparative } from "./compare";
import { isSpace } from "@sinmun/core";

const MAX_EXPRESSION = 10_000;

/**
 * Parses one amount expression — money, percent, %p, bp, a physical quantity, a counter, a duration,
 * a bare number or an ordinal — into an exact {@link Amount}. The whole expression must be the amount
 * (surrounding spaces and a final period aside); anything else gives `null`. Never throws.
 * `start`/`end` are offsets into `expression`.
 *
 * @example
 * parseAmount("380억 달러");
 * // → { kind: "money", value: 38000000000, decimal: "38000000000", unit: "USD", approx: false, start: 0, end: 7, text: "380억 달러" }
 * parseAmount("삼백팔십억")?.value;   // → 38000000000 (kind "number")
 * parseAmount("스물다섯번째")?.kind;  // → "ordinal" (value 25)
 * parseAmount("10~20억 원");         // → { kind: "money", value: null, min: 1000000000, max: 2000000000, unit: "KRW", … }
 * parseAmount("약 3.5%")?.approx;    // → true (value 3.5, unit "%")
 */
export function parseAmount(expression: string): Amount | null {
  if (typeof expression !== "string" || expression.length === 0 || expression.length > MAX_EXPRESSION) return null;
  try {
    let start = 0;
    let end = expression.length;
    while (start < end && isSpace(expression.charCodeAt(start))) start++;
    while (end > start && (isSpace(expression.charCodeAt(end - 1)) || expression[end - 1] === "\n" || expression[end - 1] === "\r")) end--;
    if (end > start && (expression[end - 1] === "." || expression[end - 1] === "。")) end--;
    if (start === end) return null;
    const s = expression.slice(0, end);
    const scanner = new Scanner(s, true);
    const { found } = scanner.scan(start);
    const amount = found && found.end === end ? toAmount(found, s) : null;
    const comparative = amount ? null : parseComparative(s, start, end);
    const result = amount ?? (comparative ? toAmount(comparative, s) : null);
    return result && isFiniteAmount(result) ? result : null;
  } catch {
    return null;
  }
}
