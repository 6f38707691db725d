/** A calendar day (month 1–12, day 1–31). */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `2025-11-03`. */
export function isoDay(day: Day): string {
  return `${String(day.y).padStart(4, "0")}-${String(day.m).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`;
}

/** The day `n` days after `day`. */
export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The month `n` months after month `m` of year `y`. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

/** `start/end` (inclusive days), or the single day when they are equal. */
export function span(a: Day, b: Day): string {
  const s = isoDay(a);
  const e = isoDay(b);
  return s === e ? s : `${s}/${e}`;
}

/** The months `from`..`to` (inclusive) of year `y`, as an interval. */
export function months(y: number, from: number, to: number): string {
  return span({ y, m: from, d: 1 }, { y, m: to, d: daysIn(y, to) });
}

/** Monday to Sunday of the week holding `day`. */
export function week(day: Day): string {
  const dow = (new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() + 6) % 7;
  return span(addDays(day, -dow), addDays(day, 6 - dow));
}

/** Parses `2025-11-03` (null when it is not an ISO date). */
export function parseDay(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/**
 * The canonical `YYYY-MM-DD` of a day written `2025-11-14`, `2025-11-14T09:30:00+09:00`,
 * `2025.11.14` or `2025/11/14`, when that day exists (not 2025-02-30); else null. The one check of
 * a caller's date: the reference option, an input's `date` field, the CLI's `--date`.
 */
export function calendarDay(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = /^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?![\d])/.exec(value);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > daysIn(day.y, day.m)) return null;
  return isoDay(day);
}

/** The first and last day of a value (a day or a closed interval); null for open intervals and durations. */
export function bounds(value: string): [Day, Day] | null {
  const [a, b] = value.split("/");
  const s = parseDay(a ?? "");
  const e = b === undefined ? s : parseDay(b);
  return s && e ? [s, e] : null;
}

function shiftDay(day: Day, months: number, isEnd: boolean): Day {
  const t = addMonths(day.y, day.m, months);
  const last = daysIn(t.y, t.m);
  const atEnd = isEnd && day.d === daysIn(day.y, day.m);
  return { y: t.y, m: t.m, d: atEnd ? last : Math.min(day.d, last) };
}

/**
 * The same period `n` months (or days) earlier or later: a whole quarter stays a whole quarter,
 * the end of February stays the end of February.
 */
export function shift(value: string, unit: "month" | "day", n: number): string | null {
  const b = bounds(value);
  if (!b) return null;
  if (unit === "day") return span(addDays(b[0], n), addDays(b[1], n));
  return span(shiftDay(b[0], n, false), shiftDay(b[1], n, true));
}
