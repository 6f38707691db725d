import type { Amount, Entity, Quote, Sentence } from "@sinmun/core";

/** The metric keys of corpora/facts/GUIDELINES.md (dictionaries/facts/keys.tsv lists the same). */
export const METRIC_KEYS = [
  "acquisition_value",
  "base_rate",
  "capex",
  "contract_value",
  "dividend",
  "exports",
  "funding",
  "fx_rate",
  "index_level",
  "investment",
  "market_cap",
  "market_share",
  "net_loss",
  "net_profit",
  "operating_loss",
  "operating_margin",
  "operating_profit",
  "order_backlog",
  "orders",
  "pretax_profit",
  "price_target",
  "revenue",
  "sales_volume",
  "share_price",
  "subscribers",
  "users",
] as const;
/** A metric key (`revenue`, `operating_profit`, …). */
export type MetricKey = (typeof METRIC_KEYS)[number];

/** What a fact's figure is: an actual figure, someone's estimate, a goal, the company's own outlook, the market's expectation. */
export const FACT_STATUSES = ["reported", "forecast", "target", "guidance", "consensus"] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** 연결 (consolidated) or 별도 (separate) financial statements. */
export type FactBasis = "consolidated" | "separate";

/** The direction of a change. */
export type ChangeDirection = "up" | "down" | "flat";

/** What a change compares against: year on year, quarter on quarter, month on month, or a previous value of the same quantity. */
export type ChangeBase = "yoy" | "qoq" | "mom" | "previous";

/**
 * A date mention of the dates layer, as `@sinmun/dates` writes it (declared here with the same
 * shape, so that `@sinmun/facts` needs no package but `@sinmun/core`; a `DateMention` of
 * `@sinmun/dates` is assignable to it and back).
 */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  kind: "date" | "month" | "year" | "quarter" | "half" | "fiscal_year" | "range" | "relative" | "comparison_base" | "duration";
  value: string | null;
  granularity: "day" | "week" | "month" | "quarter" | "half" | "year" | "hour";
  resolved: boolean;
  approx?: true;
  base?: "yoy" | "qoq" | "mom" | "wow" | "dod";
}

/**
 * What `extractFacts` reads: an analysed document as the `sinmun` pipeline produces it. A missing
 * layer counts as empty (without `sentences` the whole text is one sentence).
 */
export interface FactInput {
  text: string;
  sentences?: readonly Sentence[];
  entities?: readonly Entity[];
  amounts?: readonly Amount[];
  quotes?: readonly Quote[];
  dates?: readonly DateMention[];
}

/** An entity a fact names (subject, source, counterparty): its id and name when linked, and the mention's span. */
export interface FactParty {
  /** The entity's id (dictionary id, or a document-local `doc:…` id); null when no entity was found for the name. */
  id: string | null;
  /** The entity's canonical name; null when unknown. */
  name: string | null;
  text: string;
  start: number;
  end: number;
}

/** The metric mention: its key, the lemma it matched (`매출액`) and its span. */
export interface FactMetric {
  key: MetricKey;
  lemma: string;
  text: string;
  start: number;
  end: number;
}

/** A change of the figure: direction, the amount it changed by (`32.5%`, `0.25%p`), and what it compares against. */
export interface FactChange {
  direction: ChangeDirection;
  /** The amount of the change, from the amounts layer; null when not stated (흑자 전환). */
  by: Amount | null;
  base: ChangeBase | null;
  /** The words of the base (`지난해 같은 기간`, `전 거래일`, `직전`), when stated. */
  baseText?: string;
}

/** A deal's or plan's length (`7년간` → `P7Y`), from the dates layer's duration mentions. */
export interface FactDuration {
  /** ISO 8601 duration. */
  value: string;
  text: string;
  start: number;
  end: number;
}

/**
 * One figure the text states about a metric of a subject (corpora/facts/GUIDELINES.md). `start` and
 * `end` are the evidence sentence's span; every other span points into the same text (UTF-16).
 */
export interface Fact {
  start: number;
  end: number;
  subject: FactParty | null;
  metric: FactMetric;
  /** The business segment or product line, without 부문/사업부 (`반도체`, `DS`), or the index (`코스피`). */
  segment: string | null;
  /** The figure, from the amounts layer; null for a fact that is only a change. */
  value: Amount | null;
  /** The period or day the figure is measured over or at, from the dates layer. */
  period: DateMention | null;
  basis: FactBasis | null;
  change: FactChange | null;
  status: FactStatus;
  /** Who states the figure (a quote's speaker, `…에 따르면`), or null when the article states it plainly. */
  source: FactParty | null;
  /** For a deal: the other party. */
  counterparty: FactParty | null;
  /** For a deal or plan: its length. */
  duration: FactDuration | null;
}
