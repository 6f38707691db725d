/**
 * The document model of Sinmun's JSON contract (docs/contract.md, which embeds these types).
 *
 * Every span is `{ start, end }` in UTF-16 code units (JavaScript string indices), end-exclusive,
 * into the ORIGINAL decoded text, and `text.slice(start, end) === span.text` holds for every span
 * that leaves the library.
 */

/** A bare range into the original text. */
export interface Range {
  start: number;
  end: number;
}

/** A range that also carries the text it covers. */
export interface Span extends Range {
  text: string;
}

/** A sentence. `boilerplate` marks copyright lines, bylines and photo credits. */
export interface Sentence extends Range {
  boilerplate?: boolean;
}

/** A morpheme (or a compound analysis such as `했` = `하/VV+었/EP`). */
export interface Token extends Span {
  /** The morpheme form; may differ from the surface (`했` → form `하었`... or `하`+`었`). */
  form: string;
  /** mecab-ko tag, possibly compound, e.g. `NNP`, `VV+EP`. */
  pos: string;
  /** The compound tag split: `["VV", "EP"]`. */
  tags: string[];
  /** Dictionary form where derivable (`했` → `하다`). */
  lemma?: string;
  /** Index of the space-delimited word (eojeol) in the text. */
  eojeol: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** ko-dic semantic class, e.g. `인명`, `지명`. */
  semantic?: string;
  /** ko-dic final-consonant (jongseong) flag: true = T, false = F. */
  batchim?: boolean;
  /** ko-dic type: Inflect, Compound, Preanalysis. */
  type?: "Inflect" | "Compound" | "Preanalysis";
  /** ko-dic expression, e.g. `하/VV/*+었/EP/*`. */
  expression?: string;
  /** Where the token came from: the system dictionary or the user overlay. */
  source?: "system" | "user" | "unknown";
}

/**
 * One entry of a tokenizer's user-dictionary overlay: `@sinmun/ner`'s `userDictionary()` produces
 * them, `@sinmun/tokenizer`'s `createTokenizer({ userDictionary })` and `toMecabUserCsv` read them.
 * Entries win over the system dictionary (longest match first); `surface` may contain spaces
 * (`블랙웰 울트라`), which then match any run of spaces or tabs.
 *
 * @example
 * const entry: UserEntry = { surface: "오픈AI", pos: "NNP", reading: "오픈에이아이", semantic: "단체" };
 */
export interface UserEntry {
  /** The text to match, e.g. `오픈AI`. */
  surface: string;
  /** A mecab-ko tag (`POS_TAGS` in `@sinmun/tokenizer`), e.g. `NNP`. */
  pos: string;
  /** Hangul reading, e.g. `오픈에이아이`; decides the batchim flag of Latin names. */
  reading?: string;
  /** ko-dic semantic class, e.g. `인명`, `지명`, `단체`. */
  semantic?: string;
}

export const ENTITY_LABELS = ["PERSON", "ORG", "PRODUCT", "LOC"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export interface Entity extends Span {
  label: EntityLabel;
  /** Dictionary id (kebab-case) when linked, or a document-local cluster id (`doc:…`). */
  id: string;
  /** The cluster's canonical display name. */
  name: string;
  /** What found it: the dictionary, a rule, morphology (tokens), or the context (a type noun, a list, a deal verb's subject). */
  source: "dictionary" | "rule" | "morphology" | "context";
  /**
   * What the linked dictionary record is: `company`, `institution`, `media`, `person`, `product`,
   * `place` (or a user record's own `meta.type`). Only on mentions linked to a dictionary record
   * (and their coreferent mentions); absent on rule and morphology finds.
   */
  type?: string;
  /** The company's ticker, when its record has one (`005930`, `NVDA`). */
  ticker?: string;
  /** The exchange the ticker trades on (`KRX`, `NASDAQ`). */
  exchange?: string;
  /**
   * The record's other `meta` keys, unchanged: `country`, `sector`, `market`, `parent`, `org`,
   * `title`, `titleAliases`, the finer `type`/`kind` (`central-bank`, `city`, `chip`), and any key a
   * user dictionary adds. Absent when the record has none.
   */
  attributes?: Record<string, unknown>;
}

export const AMOUNT_KINDS = [
  "money",
  "percent",
  "percent_point",
  "basis_point",
  "quantity",
  "duration",
  "number",
  "ordinal",
  "index",
  "points",
] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];

export interface Amount extends Span {
  kind: AmountKind;
  /** Nearest JS number; null for an open bound or a range with no point value. */
  value: number | null;
  /** Exact decimal string of `value` (exact past 2^53); null when value is null. */
  decimal: string | null;
  /** ISO 4217 for money; "%", "%p", "bp"; SI base unit or Korean counter; null for bare numbers. */
  unit: string | null;
  approx: boolean;
  min?: number | null;
  max?: number | null;
  /** Exact decimal strings of min / max. */
  minDecimal?: string | null;
  maxDecimal?: string | null;
  minInclusive?: boolean;
  maxInclusive?: boolean;
  /**
   * A comparison verb after the number that keeps it as the value: `over` (웃도는, 넘어, 돌파),
   * `under` (밑도는), `reach` (에 달하는, 에 달해), `nearly` (에 육박, 가까이; also `approx`).
   * Real bounds (이상, 미만, 최대) set `min`/`max` instead.
   */
  qualifier?: AmountQualifier;
  /**
   * A change `A에서 B로` (3.5%에서 3.25%로 내렸다): both amounts carry the same link, the indices of
   * the `from` and `to` amounts in the document's `amounts` array.
   */
  change?: AmountChange;
}

export const AMOUNT_QUALIFIERS = ["over", "under", "reach", "nearly"] as const;
export type AmountQualifier = (typeof AMOUNT_QUALIFIERS)[number];

/** Two amounts linked as a change, by their indices in the same `amounts` array. */
export interface AmountChange {
  from: number;
  to: number;
}

export const QUOTE_KINDS = ["direct", "indirect", "mixed"] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const SPEAKER_KINDS = ["named", "organization", "anonymous", "unresolved"] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

export interface Speaker extends Span {
  id: string | null;
  name: string | null;
  kind: SpeakerKind;
}

export interface Cue extends Span {
  lemma: string;
}

export interface Quote extends Span {
  kind: QuoteKind;
  content: Range;
  speaker: Speaker | null;
  /** Every speaker when several are coordinated (기획재정부와 한국은행은); `speaker` is the first. */
  speakers?: Speaker[];
  /** The outlet of a reported chain (…라고 말했다고 블룸버그통신은 보도했다). */
  source?: Speaker;
  cue: Cue | null;
}

/**
 * A date or period mention as core reads it (rendering, invariant checks): the structural part of
 * `@sinmun/dates`' `DateMention`, which is assignable to it.
 */
export interface DateSpan extends Span {
  kind: string;
  /** ISO date, interval or duration; null when it cannot be known without guessing. */
  value: string | null;
}

/** An entity a fact names (subject, source, counterparty), as core reads it. */
export interface FactPartySpan extends Span {
  id: string | null;
  name: string | null;
}

/**
 * A financial fact as core reads it (rendering, invariant checks, tables): the structural part of
 * `@sinmun/facts`' `Fact`, which is assignable to it. `start`/`end` are the evidence sentence's span.
 */
export interface FactSpan extends Range {
  subject: FactPartySpan | null;
  metric: Span & { key: string };
  segment?: string | null;
  value: Amount | null;
  period: DateSpan | null;
  basis?: string | null;
  change?: { direction: string; by: Amount | null; base: string | null } | null;
  status: string;
  source?: FactPartySpan | null;
  counterparty?: FactPartySpan | null;
  duration?: (Span & { value: string }) | null;
}

/** One analysed document, as `sinmun analyze --format json` prints it. */
export interface Doc {
  id?: string | number;
  /** The input's other fields (`url`, `date`, …), carried through unchanged. */
  meta?: Record<string, unknown>;
  text: string;
  sentences: Sentence[];
  tokens?: Token[];
  entities?: Entity[];
  amounts?: Amount[];
  quotes?: Quote[];
  dates?: DateSpan[];
  facts?: FactSpan[];
}

/** A located problem in user data (dictionary rows, corpus lines, options). */
export interface Diagnostic {
  code: string;
  message: string;
  line?: number;
  span?: Range;
  file?: string;
}

/** Result of a `safeX()` function: a value, or the diagnostics that prevented it. */
export type SafeResult<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };
