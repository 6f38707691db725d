/** What a date mention is (the shape of the expression, not how it was resolved). */
export const DATE_KINDS = ["date", "month", "year", "quarter", "half", "fiscal_year", "range", "relative", "comparison_base", "duration"] as const;
export type DateKind = (typeof DATE_KINDS)[number];

/** The unit of a mention's value (a duration's largest unit). */
export type Granularity = "day" | "week" | "month" | "quarter" | "half" | "year" | "hour";

/** What a comparison base compares against: year on year, quarter on quarter, month on month, week on week, day on day. */
export type ComparisonBase = "yoy" | "qoq" | "mom" | "wow" | "dod";

/**
 * A date, period, relative expression, comparison base or duration found in the text.
 *
 * `value` is an ISO 8601 calendar date (`2025-11-03`) for a day, an inclusive interval of dates
 * (`2025-07-01/2025-09-30`) for a longer period, an open interval (`../2027-12-31`,
 * `2026-01-01/..`) for `…까지` / `…부터`, an ISO duration (`P7Y`, `PT24H`) for a duration, or null
 * when it cannot be known without guessing (a relative expression with no reference date, a
 * comparison base with no period before it).
 */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  kind: DateKind;
  value: string | null;
  granularity: Granularity;
  /** True when the value depends on the reference date (지난해, 이날, or a month/day without a year). */
  resolved: boolean;
  /** The value is the conventional reading of a vague part (초, 말, 중순, 최근 3년간). */
  approx?: true;
  /** For `comparison_base`: what is compared against. */
  base?: ComparisonBase;
}

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /** The article's date (`2025-11-14`, an ISO timestamp, or a Date); else a dateline in the text is used. */
  reference?: string | Date;
}
