import type { Span } from "@sinmun/core";
import type { EvalDoc } from "./types";

/** The kinds of error a report lists. */
export type EvalErrorKind =
  | "missed"
  | "spurious"
  | "wrong-label"
  | "wrong-id"
  | "wrong-value"
  | "wrong-speaker"
  | "wrong-cue"
  | "non-speech";

/** One error, located in its document and shown in its sentence. */
export interface EvalError {
  kind: EvalErrorKind;
  /** The document's id, or its 0-based position in the corpus when it has none. */
  doc: string | number;
  /** The 1-based line of the corpus file where the document starts, when read from a file. */
  line?: number;
  /** The document's domain, when the corpus has them (KLUE: `wikitree`, `nsmc`). */
  domain?: string;
  /** The span in error (gold span for missed/wrong-*, predicted span for spurious/non-speech). */
  span: Span;
  /** What gold says (label, id, speaker, value), when there is something to say. */
  gold?: string;
  /** What the prediction says. */
  pred?: string;
  /** The sentence around the span: its text and its start offset in the document. */
  context: { start: number; text: string };
}

const MAX_CONTEXT = 300;

/** The sentence containing `start` (or a window around it), clipped to 300 UTF-16 units. */
function contextOf(doc: EvalDoc, span: { start: number; end: number }): { start: number; text: string } {
  let s = 0;
  let e = doc.text.length;
  for (const sent of doc.sentences ?? []) {
    if (sent.start <= span.start && span.start < sent.end) {
      s = sent.start;
      e = Math.max(sent.end, span.end);
      break;
    }
  }
  if (e - s > MAX_CONTEXT) {
    s = Math.max(s, span.start - 120);
    e = Math.min(e, Math.max(span.end + 120, s + MAX_CONTEXT));
  }
  return { start: s, text: doc.text.slice(s, e) };
}

/** Builds an `EvalError` for a span of `doc` (the document number is its id or position). */
export function makeError(
  kind: EvalErrorKind,
  doc: EvalDoc,
  docIndex: number,
  span: { start: number; end: number },
  gold?: string | null,
  pred?: string | null,
): EvalError {
  const err: EvalError = {
    kind,
    doc: doc.id ?? docIndex,
    span: { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) },
    context: contextOf(doc, span),
  };
  if (doc.line !== undefined) err.line = doc.line;
  if (doc.domain !== undefined) err.domain = doc.domain;
  if (gold !== undefined && gold !== null) err.gold = gold;
  if (pred !== undefined && pred !== null) err.pred = pred;
  return err;
}
