import { calendarDay, findDates, type FindDatesOptions } from "@sinmun/dates";
import type { AnalyzerOptions, Component, WorkingDoc } from "../types";

/**
 * The reference date of one document: the analyzer's `dates.reference`, else the input's `date`
 * field (`meta.date`: an ISO date or timestamp, or `2025.11.14`), else none — then `findDates`
 * looks for a dateline stamp in the text and leaves relative expressions unresolved without one.
 *
 * @example
 * referenceOf({ text: "…", meta: { date: "2025-11-14T09:30:00+09:00" } }, {}); // → "2025-11-14"
 */
export function referenceOf(doc: WorkingDoc, options: AnalyzerOptions): string | null {
  return options.dates?.reference ?? calendarDay(doc.meta?.date);
}

/**
 * `dates`: dates, periods, relative expressions, comparison bases and durations (`findDates` of
 * `@sinmun/dates`), resolved against the analyzer's `dates.reference`, else the input's `date`
 * field, else a dateline stamp in the text.
 *
 * @example
 * datesComponent({}).run(doc); // doc.dates = [{ text: "올해 3분기", kind: "quarter", value: "2025-07-01/2025-09-30", … }]
 */
export function datesComponent(options: AnalyzerOptions): Component {
  return {
    name: "dates",
    adds: ["dates"],
    run(doc) {
      const reference = referenceOf(doc, options);
      const settings: FindDatesOptions = reference !== null ? { reference } : {};
      doc.dates = findDates(doc.text, settings);
    },
  };
}
