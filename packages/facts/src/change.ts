// Changes: a figure's direction, size and base, and change-only facts merged into the figure they qualify.
import type { Amount } from "@sinmun/core";
import type { CueMention, MetricMention } from "./scan";
import type { ChangeBase, ChangeDirection, DateMention, Fact, FactChange, FactStatus } from "./types";
import { REVISED, EARNED, ONLY_IN } from "./patterns";
import type { Span } from "./internal";

/** Maps the dates layer's comparison bases to a fact's: day and week on day are a previous value. */
export function baseOf(d: DateMention): ChangeBase | null {
  if (d.base === "yoy" || d.base === "qoq" || d.base === "mom") return d.base;
  if (d.base === "dod" || d.base === "wow") return "previous";
  return null;
}

/** The base between the fact's period and a compared one, by how far back the compared one starts (12 months: yoy; 3: qoq; 1: mom). */
export function baseBetween(cur: string | null, prev: string | null): ChangeBase | null {
  if (cur === null || prev === null) return null;
  const a = /^(\d{4})-(\d{2})/.exec(cur);
  const b = /^(\d{4})-(\d{2})/.exec(prev);
  if (a === null || b === null) return null;
  // a whole year compared (`지난해 말보다`, `지난해보다`) with a figure of the next year
  if (/^\d{4}-01-01\/\d{4}-12-31$/.test(prev) && prev.slice(0, 4) === prev.slice(11, 15) && Number(a[1]) === Number(b[1]) + 1) return "yoy";
  const shift = Number(a[1]) * 12 + Number(a[2]) - (Number(b[1]) * 12 + Number(b[2]));
  if (shift === 12) return "yoy";
  if (shift === 3) return "qoq";
  if (shift === 1) return "mom";
  return null;
}

export function changeFor(
  text: string,
  b: { metric: MetricMention | null; value: Amount | null; changes: Amount[]; turn: CueMention | null; end: number; expectation?: boolean },
  cues: CueMention[],
  bases: DateMention[],
  clauseEnd: number,
  period: DateMention | null,
  allAmounts: Amount[],
  amountIndex: Map<Amount, number>,
  changeOf: Map<Amount, ChangeDirection | null>,
  defaultBase: ChangeBase | null,
  status: FactStatus | null = null,
): FactChange | null {
  const anchor: Span | null = b.value ?? b.metric ?? b.changes[0] ?? null;
  if (anchor === null) return null;
  const from = Math.min(b.metric?.start ?? anchor.start, anchor.start, b.changes[0]?.start ?? anchor.start);
  const to = Math.max(b.end, anchor.end);
  let direction: ChangeDirection | null = null;
  let by: Amount | null = null;
  const size = b.changes[0];
  if (size !== undefined) {
    by = size;
    direction = changeOf.get(size) ?? null;
    if (direction === null) {
      const verb = cues.find((c) => c.start >= size.end && c.start < Math.max(to, clauseEnd) && c.cue.role === "change");
      direction = verb !== undefined ? (verb.cue.value as ChangeDirection) : null;
    }
  }
  if (b.turn !== null) {
    direction = b.turn.cue.value as ChangeDirection;
    by = null;
  }
  // a change verb after the figure in its clause (`3조 원으로 늘었다`, `2.50%로 동결했다`); not a level kept (`15% 수준을 유지할`)
  if (direction === null && b.value !== null && b.expectation !== true) {
    const reached = /^까지/.test(text.slice(b.value.end, b.value.end + 2)) && defaultBase === null; // `4만9900원까지 떨어졌다`: a level reached
    const earned = (c: CueMention): boolean => b.metric !== null && b.metric.info.period === "span" && EARNED.test(c.cue.word);
    const verb = reached ? undefined : cues.find((c) => c.start >= b.value!.end && c.start < Math.min(to, clauseEnd) && c.cue.role === "change" && !earned(c) && !/수준(?:을|으로|에서)?\s*$/.test(text.slice(b.value!.end, c.start)));
    if (verb !== undefined) direction = verb.cue.value as ChangeDirection;
  }
  if (direction === null) return null;
  // the base: a comparison base or a compared period in the fact's words, a base word (직전, 1년 새), the old value of `A에서 B로`
  let base: ChangeBase | null = null;
  let baseText: string | undefined;
  const limit = size !== undefined ? Math.max(size.start, anchor.end) : to;
  const d = bases.filter((x) => x.start >= from - 30 && x.end <= limit).pop() ?? bases.find((x) => x.start >= from && x.end <= to);
  if (d !== undefined) {
    // `1분기에만 128% 올라`: the change over that quarter
    const only = ONLY_IN.test(text.slice(d.end, d.end + 3)) ? ({ quarter: "qoq", month: "mom", year: "yoy" } as Record<string, ChangeBase>)[d.granularity] ?? null : null;
    base = d.kind === "comparison_base" ? baseOf(d) : (only ?? baseBetween(period?.value ?? null, d.value));
    baseText = d.text;
  }
  if (base === null) {
    const cue = cues.filter((c) => c.cue.role === "base" && c.start >= from - 30 && c.end <= to).pop();
    if (cue !== undefined) {
      base = cue.cue.value as ChangeBase;
      baseText = text.slice(cue.start, cue.end);
    } else if (b.value !== null && b.value.change !== undefined) {
      const old = allAmounts.find((x) => amountIndex.get(x) === b.value!.change!.from);
      base = "previous";
      if (old !== undefined) baseText = old.text;
    } else base = defaultBase;
  }
  // a forecast, guidance or target raised or cut (`가이던스를 420억 달러로 높였다`, `추정치를 … 낮췄다`) changes against its previous value
  if (base === null && status !== null && status !== "reported" && status !== "consensus" && b.value !== null && cues.some((c) => c.cue.role === "change" && c.start >= b.value!.end && c.start < clauseEnd && REVISED.test(c.cue.word))) base = "previous";
  const change: FactChange = { direction, by, base };
  if (baseText !== undefined && base !== null) change.baseText = baseText;
  return change;
}

/**
 * A fact that is only a change (`영업이익은 전년 동기 대비 32% 늘었다`) of a figure stated before
 * (same subject, metric and period, with no change of its own) is that figure's change, not a fact.
 */
export function mergeChanges(facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  const keyOf = (f: Fact): string => JSON.stringify([f.metric.key, f.segment, f.subject?.id ?? f.subject?.text ?? null, f.period?.value ?? null]);
  const last = new Map<string, Fact>();
  for (const f of facts) {
    if (f.value === null && f.change !== null) {
      const earlier = last.get(keyOf(f));
      if (earlier !== undefined && (earlier.change === null || (earlier.change.by === null && f.change.by !== null && earlier.change.direction === f.change.direction))) {
        earlier.change = f.change;
        continue;
      }
    }
    out.push(f);
    if (f.value !== null) last.set(keyOf(f), f);
  }
  return out;
}
