export type {
  Range,
  Span,
  Sentence,
  Token,
  UserEntry,
  EntityLabel,
  Entity,
  AmountKind,
  Amount,
  AmountQualifier,
  AmountChange,
  QuoteKind,
  SpeakerKind,
  Speaker,
  Cue,
  Quote,
  DateSpan,
  FactSpan,
  FactPartySpan,
  Doc,
  Diagnostic,
  SafeResult,
} from "./types";
export { ENTITY_LABELS, AMOUNT_KINDS, QUOTE_KINDS, SPEAKER_KINDS } from "./types";
export { SinmunError, invalidOption } from "./errors";
export { checkDoc, assertDoc } from "./checkDoc";
export type { Violation } from "./checkDoc";
export { splitSentences, MAX_QUOTE_SPAN } from "./splitSentences";
export { normalizeText, QUOTE_MODES } from "./normalizeText";
export type { NormalizeOptions, NormalizedText, QuoteMode } from "./normalizeText";
export { isSpace, isLineBreak, isWhiteSpace, isMiddleDot, isHangul, MIDDLE_DOTS, QUOTE_MARKS, quoteMark } from "./chars";
export type { QuoteFamily, QuoteRole, QuoteMark } from "./chars";
export { partitionPoint } from "./partitionPoint";
export { pairQuoteMarks } from "./pairQuoteMarks";
export type { MarkPair } from "./pairQuoteMarks";
export { indexText, splitEojeols } from "./indexText";
export type { Eojeol, IndexTextOptions, TextIndex } from "./indexText";
export { renderDocHtml, renderDocsHtml, highlightHtml, escapeHtml } from "./renderDocHtml";
export type { RenderDocHtmlOptions, HighlightSpan } from "./renderDocHtml";
