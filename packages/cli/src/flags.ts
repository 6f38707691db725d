import { UsageError } from "./UsageError";

/**
 * A flag's value, one of `allowed`; `fallback` when the flag is absent. Absent with no fallback, the
 * usage error `missing` (by default: the flag is needed, and its choices). Any other value is a
 * usage error naming the flag and its choices.
 *
 * @example
 * choice("format", ["json", "jsonl"], undefined, "json"); // "json"
 * choice("format", ["json", "jsonl"], "xml", "json");     // UsageError: expected --format in {json, jsonl}, got "xml"
 */
export function choice<T extends string>(name: string, allowed: readonly T[], value: string | undefined, fallback?: T, missing = `needs --${name} (one of {${allowed.join(", ")}})`): T {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(missing);
  }
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`expected --${name} in {${allowed.join(", ")}}, got "${value}"`);
  return value as T;
}

/**
 * A whole number in `[min, max]` from a flag, `fallback` when absent; else a usage error naming the
 * flag ("a positive integer" when any count from 1 will do).
 *
 * @example
 * intFlag("port", "8080", 80, 0, 65535); // 8080
 * intFlag("workers", "0", 1);            // UsageError: expected --workers to be a positive integer, got "0"
 */
export function intFlag(name: string, value: string | undefined, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  const what = min === 1 && max === Number.MAX_SAFE_INTEGER ? "a positive integer" : `an integer in [${min}, ${max}]`;
  throw new UsageError(`expected --${name} to be ${what}, got "${value}"`);
}
