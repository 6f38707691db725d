import type { Amount } from "@sinmun/core";
import { toDecimal } from "./rational";
import type { Found } from "./scan";

/** Converts a scanner result to the public JSON shape, with `text` sliced from `source`. */
export function toAmount(found: Found, source: string, offset = 0): Amount {
  const amount: Amount = {
    start: found.start + offset,
    end: found.end + offset,
    text: source.slice(found.start, found.end),
    kind: found.kind,
    value: null,
    decimal: null,
    unit: found.unit,
    approx: found.approx,
  };
  if (found.value) {
    amount.decimal = toDecimal(found.value);
    amount.value = Number(amount.decimal);
  }
  if (found.min !== undefined) {
    amount.minDecimal = found.min === null ? null : toDecimal(found.min);
    amount.min = amount.minDecimal === null ? null : Number(amount.minDecimal);
    if (found.minInclusive !== undefined) amount.minInclusive = found.minInclusive;
  }
  if (found.max !== undefined) {
    amount.maxDecimal = found.max === null ? null : toDecimal(found.max);
    amount.max = amount.maxDecimal === null ? null : Number(amount.maxDecimal);
    if (found.maxInclusive !== undefined) amount.maxInclusive = found.maxInclusive;
  }
  if (found.qualifier) amount.qualifier = found.qualifier;
  return amount;
}

/**
 * Whether every number of `a` is finite. Past ~1.8e308 (오 × 400 read as a digit string, 1e999, 9^999)
 * the nearest JS number is Infinity, which JSON writes as null: such an expression is not an amount.
 */
export function isFiniteAmount(a: Amount): boolean {
  return [a.value, a.min, a.max].every((v) => v === null || v === undefined || Number.isFinite(v));
}
