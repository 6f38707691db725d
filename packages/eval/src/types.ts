import type { Amount, Diagnostic, Range, Sentence, Span } from "@sinmun/core";

/**
 * An entity as the scorers see it: any label string (KLUE's PS/OG/LC/DT/TI/QT as well as Sinmun's
 * PERSON/ORG/LOC/PRODUCT), an optional canonical id. A Sinmun `Entity` is assignable to it.
 */
export interface EvalEntity extends Span {
  label: string;
  id?: string | null;
  name?: string | null;
}

/** A speaker as the quote scorer sees it (a Sinmun `Speaker` is assignable). */
export interface EvalSpeaker extends Span {
  id?: string | null;
  name?: string | null;
}

/** A cue verb as the quote scorer sees it (a Sinmun `Cue` is assignable). */
export interface EvalCue extends Span {
  lemma: string;
}

/** A quote as the quote scorer sees it (a Sinmun `Quote` is assignable). */
export interface EvalQuote extends Span {
  kind: string;
  content?: Range;
  speaker?: EvalSpeaker | null;
  cue?: EvalCue | null;
}

/** A date or period as the date scorer sees it (a `DateMention` of `@sinmun/dates` is assignable). */
export interface EvalDate extends Span {
  kind: string;
  value: string | null;
}

/**
 * A document as the readers yield it and the scorers read it: a Sinmun `Doc` is assignable to it.
 * Gold documents may carry `nonSpeech` (quoted phrases that are not speech: scare quotes, titles)
 * and, from a file, the 1-based `line` where the document starts and a `domain` (KLUE: the id's
 * suffix, `wikitree` = news, `nsmc` = movie reviews).
 */
export interface EvalDoc {
  id?: string | number;
  text: string;
  sentences: Sentence[];
  entities?: EvalEntity[];
  amounts?: Amount[];
  quotes?: EvalQuote[];
  dates?: EvalDate[];
  /**
   * Financial facts: in a gold corpus the GUIDELINES form (`{ subject, metric, value: { decimal, unit }, period, … }`),
   * in a prediction the `facts` layer of `sinmun` (`@sinmun/facts`' `Fact`). Read by the facts scorer.
   */
  facts?: unknown[];
  /** The article's date (`YYYY-MM-DD`): the reference its relative dates resolve against. */
  date?: string;
  /** The same, as the date corpus names it. */
  reference?: string;
  nonSpeech?: Span[];
  line?: number;
  domain?: string;
}

/** What a reader counted while reading; filled in as the iteration proceeds. */
export interface ReaderStats {
  /** Lines read so far. */
  lines: number;
  /** UTF-8 bytes read so far (for progress against the file size). */
  bytesRead: number;
  /** Documents yielded so far. */
  docs: number;
  /** Malformed records skipped (only with `skipInvalid`). */
  skipped: number;
  /** The first 100 skipped problems, located. */
  skippedDiagnostics: Diagnostic[];
  /** Non-fatal findings (e.g. a KLUE inline-tagged sentence that disagrees with its rows). */
  warnings: Diagnostic[];
  /** Number of warnings, including those past the first 100 kept in `warnings`. */
  warningCount: number;
}

/** A streaming corpus reader: iterate it with `for await`, read `stats` during or after. */
export interface CorpusReader extends AsyncIterable<EvalDoc> {
  readonly path: string;
  readonly stats: ReaderStats;
}

/** Options every reader takes. */
export interface ReaderOptions {
  /** Skip malformed records and count them in `stats` instead of throwing a `CorpusError`. */
  skipInvalid?: boolean;
}

/** Scheme of CoNLL tags. BIOES also accepts BILOU's `L-`/`U-` as `E-`/`S-`. */
export type TagScheme = "BIO" | "BIOES";
