// Periods: which date mention a figure is measured over or at.
import type { MetricMention } from "./scan";
import type { DateMention } from "./types";
import { SPAN_WORDS, NOW } from "./patterns";
import type { Span, DocState } from "./internal";

export function isPeriod(d: DateMention): boolean {
  return d.kind !== "comparison_base" && d.kind !== "duration" && d.value !== null;
}

export function pickPeriod(text: string, m: MetricMention, anchor: Span, periods: DateMention[], clauseStart: number, clauseEnd: number, state: DocState): DateMention | null {
  const kind = m.info.period;
  if (kind === "none") return null;
  const before = periods.filter((d) => d.end <= anchor.start);
  if (kind === "event") return before.filter((d) => d.start >= clauseStart).pop() ?? null;
  const inSentence = before.pop() ?? periods.find((d) => d.start >= anchor.end && d.end <= clauseEnd) ?? null;
  if (kind === "span" || SPAN_WORDS.test(text.slice(Math.max(clauseStart, m.start - 6), m.start))) {
    const span = (d: DateMention): boolean => d.value !== null && d.value.includes("/");
    const own = periods.filter((d) => d.end <= anchor.start && span(d)).pop() ?? periods.find((d) => d.start >= anchor.end && d.end <= clauseEnd && span(d));
    if (own !== undefined) return own;
    if (NOW.test(text.slice(clauseStart, anchor.start))) return null;
    return state.span;
  }
  return inSentence ?? state.day ?? state.span;
}
