/** Marks every SinmunError, so `instanceof` holds across copies of this module (see below). */
const BRAND = Symbol.for("@sinmun/core.SinmunError");

/**
 * An error raised by a Sinmun package. The message always names the package, what was
 * expected and what was found: `@sinmun/ner: expected label in {PERSON, ORG, PRODUCT, LOC}, got "PER"`.
 */
export class SinmunError extends Error {
  readonly pkg: string;
  readonly code: string;

  constructor(pkg: string, code: string, message: string) {
    super(`${pkg}: ${message}`);
    this.name = "SinmunError";
    this.pkg = pkg;
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * `err instanceof SinmunError` holds for an error from any copy of @sinmun/core: an app that
   * imports the ES-module build while a dependency requires the CommonJS build loads two copies
   * (the dual-package hazard), and both brand their errors. Subclasses keep the ordinary check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== SinmunError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}

/**
 * Builds the error for an option whose value is not one of the allowed ones.
 *
 * @example
 * throw invalidOption("@sinmun/tokenizer", "backend", ["embedded", "mecab"], "kiwi");
 * // @sinmun/tokenizer: expected backend in {embedded, mecab}, got "kiwi"
 */
export function invalidOption(pkg: string, name: string, allowed: readonly string[], got: unknown): SinmunError {
  return new SinmunError(
    pkg,
    "invalid-option",
    `expected ${name} in {${allowed.join(", ")}}, got ${JSON.stringify(got) ?? String(got)}`,
  );
}
