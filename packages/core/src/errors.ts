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
