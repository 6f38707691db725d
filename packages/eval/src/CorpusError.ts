import { SinmunError } from "@sinmun/core";
import type { Diagnostic } from "@sinmun/core";

/**
 * A malformed line in a corpus file. The message is located:
 * `@sinmun/eval: corpus.tsv:12: expected "<char>\t<tag>", got "가"`.
 *
 * @example
 * try { for await (const doc of readKlue("dev.tsv")) use(doc); }
 * catch (e) { if (e instanceof CorpusError) console.error(e.file, e.line, e.message); }
 * // e.message === '@sinmun/eval: dev.tsv:12: expected a BIO tag (O, B-PS, I-PS…), got "X-PS"'
 */
export class CorpusError extends SinmunError {
  readonly file: string;
  readonly line: number;
  readonly expected: string;
  readonly got: string;

  constructor(file: string, line: number, expected: string, got: string, code = "corpus-malformed") {
    super("@sinmun/eval", code, `${file}:${line}: expected ${expected}, got ${got}`);
    this.name = "CorpusError";
    this.file = file;
    this.line = line;
    this.expected = expected;
    this.got = got;
  }

  /** The same problem as a located `Diagnostic`. */
  toDiagnostic(): Diagnostic {
    return { code: this.code, message: this.message, line: this.line, file: this.file };
  }
}
