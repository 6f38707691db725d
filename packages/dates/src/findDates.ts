import { SinmunError } from "@sinmun/core";
import { type Day, addDays, addMonths, bounds, calendarDay, daysIn, isoDay, months, parseDay, shift, span, week } from "./calendar";
import { referenceFromText } from "./referenceFromText";
import type { ComparisonBase, DateKind, DateMention, FindDatesOptions, Granularity } from "./types";
import { key, loadWords, type RelativeUnit } from "./words";

const PKG = "@sinmun/dates";
const SP = "[ \\t\\u00a0]{0,3}";
const DASH = "[~∼〜\\-–]";
const sticky = (source: string): RegExp => new RegExp(source, "y");

const RE = {
  yearAbs: sticky(`(\\d{4})${SP}년(도)?`),
  yearApos: sticky(`['‘’](\\d{2})${SP}년(도)?`),
  yearRange: sticky(`(\\d{4})(?:${SP}년)?${SP}${DASH}${SP}(\\d{4})${SP}년`),
  fiscal: sticky(`(?:FY${SP}'?(\\d{4}|\\d{2})|(\\d{4})${SP}회계${SP}연도|회계${SP}연도${SP}(\\d{4}))`),
  dotted: sticky(`(\\d{4})([.\\-/])${SP}(\\d{1,2})\\2${SP}(\\d{1,2})(?![\\d.])\\.?|(\\d{4})\\.${SP}(\\d{1,2})\\.${SP}(\\d{1,2})\\.`),
  compactQuarter: sticky(`(?:([1-4])Q(?:${SP}'?(\\d{4}|\\d{2}))?|Q([1-4])(?:${SP}'?(\\d{4}|\\d{2}))?|([12])H(?:${SP}'?(\\d{4}|\\d{2}))?)(?![A-Za-z0-9])`),
  monthDay: sticky(`(\\d{1,2})${SP}월${SP}(\\d{1,2})${SP}일(?:${SP}${DASH}${SP}(?:(\\d{1,2})${SP}월${SP})?(\\d{1,2})${SP}일)?`),
  monthDayRange: sticky(`(\\d{1,2})${SP}월${SP}(\\d{1,2})(?:${SP}일)?${SP}${DASH}${SP}(?:(\\d{1,2})${SP}월${SP})?(\\d{1,2})${SP}일`),
  monthRange: sticky(`(\\d{1,2})${SP}${DASH}${SP}(\\d{1,2})${SP}월`),
  month: sticky(`(\\d{1,2})${SP}월(?![급세별])`),
  quarterRange: sticky(`([1-4])${SP}${DASH}${SP}([1-4])${SP}분기`),
  quarter: sticky(`([1-4])${SP}분기`),
  half: sticky(`([상하])${SP}반기`),
  dayRange: sticky(`(\\d{1,2})${SP}${DASH}${SP}(\\d{1,2})${SP}일`),
  day: sticky(`(\\d{1,2})${SP}일`),
  ol: sticky(`올(?!해)`),
  yearPart: sticky(`연(초|말|내)(?=$|[^가-힣]|[에까부의은는이가로도께쯤인엔보])`),
  lastNext: sticky(`(지난|오는)${SP}(?=\\d)`),
  cuePart: sticky(`${SP}(?:말|초)(?=${SP}(?:대비|보다|에${SP}비))`),
  countTail: sticky(`(?=$|[^가-힣]|[간동만째의은는이가을를에도과와로전뒤후])`),
  dayAfter: sticky(`(지난|오는|이달|이번${SP}달|지난${SP}?달|다음${SP}?달|내달)${SP}(\\d{1,2})${SP}일`),
  period: sticky(`(최근|지난|향후|앞으로|과거|올해|향후)${SP}(\\d{1,3})${SP}(년|개월|달|주일|주|일)(간|동안|새)?`),
  numUnit: sticky(`(\\d{1,4})${SP}(년|개월|달|주일|주|일|시간)`),
  part: sticky(`${SP}(초반|초|중순|상순|하순|말|중반|후반)(?=$|[^가-힣]|[에까부의은는이가로도께쯤인엔])`),
  weekday: sticky(`${SP}\\((?:[월화수목금토일](?:요일)?)\\)`),
  local: sticky(`${SP}\\(현지${SP}시간\\)`),
  cue: sticky(`${SP}(?:대비|보다|에${SP}비해|에${SP}비하|比|와${SP}비교|과${SP}비교|수준)`),
  from: sticky(`${SP}(?:부터|${DASH}|에서)${SP}`),
  until: sticky(`${SP}까지`),
  since: sticky(`${SP}부터`),
  ago: sticky(`${SP}(전|후|뒤)(?=$|[^가-힣]|[에까부의인이보만쯤께엔도])`),
  durationTail: sticky(`(간|동안|째|만에|만|치|래)|${SP}(동안|연속|이내|내내|가량|정도|만에|만의|넘게|남짓|째)`),
};

/** Where the context a later mention inherits (its year, its month) stops: a sentence end. */
function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === "\n") return true;
  if (c !== "." && c !== "?" && c !== "!") return false;
  const next = text[i + 1];
  return next === undefined || next === " " || next === "\n" || next === "\t" || next === '"' || next === "”";
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[가-힣0-9A-Za-z.,]/.test(c);
}

interface YearCtx {
  y: number;
  fromRef: boolean;
  /** Holds for its sentence only (a plan year beyond next year: 2030년 매출 목표). */
  sentenceOnly?: boolean;
}

interface Ctx {
  ref: Day | null;
  year: YearCtx | null;
  month: { y: number; m: number; fromRef: boolean } | null;
  anchor: { value: string; resolved: boolean; granularity: Granularity } | null;
  /** The last mention of each granularity (전 분기 moves the last quarter back, 이튿날 the last day forward). */
  anchors: Map<Granularity, { value: string; resolved: boolean; granularity: Granularity; at: number }>;
  /** The last day mention of the current sentence (이틀 뒤, 5일 후 count from it). */
  dayAnchor: string | null;
}

interface Found {
  end: number;
  kind: DateKind;
  value: string | null;
  granularity: Granularity;
  resolved: boolean;
  approx?: boolean;
  base?: ComparisonBase;
  year?: YearCtx;
  month?: { y: number; m: number; fromRef: boolean };
}

/** A match that is consumed but gives no mention (2월 30일, 3000년). */
interface Skip {
  end: number;
  skip: true;
}

type Result = Found | Skip | null;

function at(re: RegExp, text: string, p: number): RegExpExecArray | null {
  re.lastIndex = p;
  return re.exec(text);
}

/**
 * `전/후/뒤` after a count of units — unless the 전 opens a comparison word: `14일 전 거래일보다` is
 * the 14th against the previous trading day, not fourteen days ago.
 */
function agoAt(text: string, p: number): RegExpExecArray | null {
  const m = at(RE.ago, text, p);
  if (!m || m[1] !== "전") return m;
  const word = at(loadWords().comparisonRe, text, p + m[0].length - 1);
  return word && word[0].length > 1 ? null : m;
}

/**
 * How far a mention's year carries to the month, quarter or day mentions after it. A horizon
 * (2030년까지, 2027년부터) or a term over several years (2026년부터 2032년까지) names no one year the
 * paragraph talks about: none. A year beyond next year is a plan's (2030년 매출 목표): its sentence
 * only. Any other year: its paragraph (내년 상반기 …. 하반기에는 … is next year's).
 */
function yearCarry(f: Found, ctx: Ctx): "none" | "sentence" | "paragraph" {
  if (f.kind === "range" && f.value !== null) {
    if (f.value.includes("..")) return "none";
    const years = f.value.match(/\d{4}(?=-\d\d-\d\d)/g) ?? [];
    if (new Set(years).size > 1) return "none";
  }
  if (f.year && ctx.ref && f.year.y > ctx.ref.y + 1) return "sentence";
  return "paragraph";
}

function referenceOf(options: FindDatesOptions, text: string): Day | null {
  const r = options.reference;
  if (r === undefined) {
    const found = referenceFromText(text);
    return found ? parseDay(found) : null;
  }
  if (r instanceof Date) {
    if (Number.isNaN(r.getTime())) throw new SinmunError(PKG, "invalid-option", `expected reference to be a valid Date or YYYY-MM-DD, got an invalid Date`);
    return { y: r.getUTCFullYear(), m: r.getUTCMonth() + 1, d: r.getUTCDate() };
  }
  // A day written exactly `YYYY-MM-DD` (an ISO timestamp's first ten characters) that exists.
  const iso = typeof r === "string" ? r.slice(0, 10) : "";
  const day = calendarDay(iso) === iso ? parseDay(iso) : null;
  if (!day) {
    throw new SinmunError(PKG, "invalid-option", `expected reference to be a date YYYY-MM-DD (or a Date), got ${JSON.stringify(r)}`);
  }
  return day;
}

/** The year a month, quarter or half without a year belongs to: the sentence's, else the reference's. */
function contextYear(ctx: Ctx): YearCtx | null {
  if (ctx.year) return ctx.year;
  return ctx.ref ? { y: ctx.ref.y, fromRef: true } : null;
}

/** Narrows a closed value to a part of it: 초/말 of a year, half or quarter is its first/last month; of a month, a third of it. */
function applyPart(value: string | null, part: string, granularity: Granularity): { value: string | null; granularity: Granularity } {
  if (value === null) return { value, granularity: granularity === "month" ? "day" : "month" };
  const b = bounds(value);
  if (!b) return { value: null, granularity };
  const [s, e] = b;
  const early = part === "초" || part === "초반" || part === "상순";
  const late = part === "말" || part === "후반" || part === "하순";
  if (granularity === "month") {
    const last = daysIn(s.y, s.m);
    if (early) return { value: span({ ...s, d: 1 }, { ...s, d: 10 }), granularity: "day" };
    if (late) return { value: span({ ...s, d: 21 }, { ...s, d: last }), granularity: "day" };
    return { value: span({ ...s, d: 11 }, { ...s, d: 20 }), granularity: "day" };
  }
  if (early) return { value: months(s.y, s.m, s.m), granularity: "month" };
  if (late) return { value: months(e.y, e.m, e.m), granularity: "month" };
  return { value, granularity };
}

/** The year prefix at `p`: 2025년, '25년, 올해/지난해/내년 …, 올 (only before a month, quarter or half). */
function yearPrefix(text: string, p: number, ctx: Ctx): { end: number; year: YearCtx | null; relative: boolean; fiscal: boolean; ol: boolean; skip?: true } | null {
  let m = at(RE.yearAbs, text, p);
  if (m) {
    const y = Number(m[1]);
    if (y < 1900 || y > 2099) return { end: p + m[0].length, year: null, relative: false, fiscal: false, ol: false, skip: true };
    return { end: p + m[0].length, year: { y, fromRef: false }, relative: false, fiscal: m[2] !== undefined, ol: false };
  }
  m = at(RE.yearApos, text, p);
  if (m) return { end: p + m[0].length, year: { y: 2000 + Number(m[1]), fromRef: false }, relative: false, fiscal: m[2] !== undefined, ol: false };
  const words = loadWords();
  m = at(words.relativeRe, text, p);
  if (m) {
    const w = words.relative.get(key(m[0]));
    if (w && w.unit === "year") {
      const anchor = w.narrative ? ctx.anchors.get("year") : undefined;
      const a = anchor ? bounds(anchor.value) : null;
      const year = a ? { y: a[0].y + w.offset, fromRef: anchor?.resolved ?? false } : ctx.ref ? { y: ctx.ref.y + w.offset, fromRef: true } : null;
      return { end: p + m[0].length, year, relative: true, fiscal: false, ol: false };
    }
  }
  m = at(RE.ol, text, p);
  if (m) return { end: p + 1, year: ctx.ref ? { y: ctx.ref.y, fromRef: true } : null, relative: true, fiscal: false, ol: true };
  return null;
}

function skipSpace(text: string, p: number): number {
  let i = p;
  while (i < text.length && i - p < 3 && (text[i] === " " || text[i] === "\t" || text[i] === "\u00a0")) i++;
  return i;
}

/** A month, quarter, half or day after an optional year prefix. */
function calendarAt(text: string, p: number, ctx: Ctx): Result {
  const yp = yearPrefix(text, p, ctx);
  if (yp?.skip) return { end: yp.end, skip: true };
  const q = yp ? skipSpace(text, yp.end) : p;
  const explicit = yp !== null;
  const yc = yp ? yp.year : contextYear(ctx);
  const resolvedYear = yc?.fromRef ?? false;
  const unresolved = (explicit && yp?.relative === true && yc === null) || (!explicit && yc === null);
  const withPart = (f: Found): Found => {
    const pm = at(RE.part, text, f.end);
    if (!pm) return f;
    const r = applyPart(f.value, pm[1] as string, f.granularity);
    return { ...f, end: f.end + pm[0].length, value: r.value, granularity: r.granularity, approx: true };
  };

  let m = at(RE.monthDayRange, text, q) ?? at(RE.monthDay, text, q);
  if (m) {
    const mo = Number(m[1]);
    const d = Number(m[2]);
    let end = q + m[0].length;
    for (const re of [RE.weekday, RE.local]) {
      const t = at(re, text, end);
      if (t) end += t[0].length;
    }
    const y = yc?.y ?? 2000;
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return { end, skip: true };
    if (m[4] !== undefined) {
      const mo2 = m[3] !== undefined ? Number(m[3]) : mo;
      const d2 = Number(m[4]);
      if (mo2 < 1 || mo2 > 12 || d2 < 1 || d2 > daysIn(y, mo2)) return { end, skip: true };
      const value = unresolved || !yc ? null : span({ y: yc.y, m: mo, d }, { y: yc.y, m: mo2, d: d2 });
      return { end, kind: "range", value, granularity: "day", resolved: value !== null && resolvedYear, ...(yc ? { month: { y: yc.y, m: mo2, fromRef: resolvedYear } } : {}), ...(yc && explicit ? { year: yc } : {}) };
    }
    const value = unresolved || !yc ? null : isoDay({ y: yc.y, m: mo, d });
    return { end, kind: "date", value, granularity: "day", resolved: value !== null && resolvedYear, ...(yc ? { month: { y: yc.y, m: mo, fromRef: resolvedYear } } : {}), ...(yc && explicit ? { year: yc } : {}) };
  }
  m = at(RE.monthRange, text, q);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const end = q + m[0].length;
    if (a < 1 || b > 12 || a > b) return { end, skip: true };
    const value = unresolved || !yc ? null : months(yc.y, a, b);
    return withPart({ end, kind: "range", value, granularity: "month", resolved: value !== null && resolvedYear, ...(yc && explicit ? { year: yc } : {}) });
  }
  m = at(RE.month, text, q);
  if (m) {
    const mo = Number(m[1]);
    const end = q + m[0].length;
    if (mo < 1 || mo > 12) return { end, skip: true };
    const value = unresolved || !yc ? null : months(yc.y, mo, mo);
    return withPart({ end, kind: "month", value, granularity: "month", resolved: value !== null && resolvedYear, ...(yc && explicit ? { year: yc } : {}) });
  }
  m = at(RE.quarterRange, text, q);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const end = q + m[0].length;
    if (a > b) return { end, skip: true };
    const value = unresolved || !yc ? null : months(yc.y, a * 3 - 2, b * 3);
    return { end, kind: "range", value, granularity: "quarter", resolved: value !== null && resolvedYear, ...(yc && explicit ? { year: yc } : {}) };
  }
  m = at(RE.quarter, text, q);
  if (m) {
    const n = Number(m[1]);
    const value = unresolved || !yc ? null : months(yc.y, n * 3 - 2, n * 3);
    return withPart({ end: q + m[0].length, kind: "quarter", value, granularity: "quarter", resolved: value !== null && resolvedYear, ...(yc && explicit ? { year: yc } : {}) });
  }
  m = at(RE.half, text, q);
  if (m) {
    const first = m[1] === "상";
    const value = unresolved || !yc ? null : first ? months(yc.y, 1, 6) : months(yc.y, 7, 12);
    return withPart({ end: q + m[0].length, kind: "half", value, granularity: "half", resolved: value !== null && resolvedYear, ...(yc && explicit ? { year: yc } : {}) });
  }
  if (yp && !yp.ol) {
    const value = yp.year ? months(yp.year.y, 1, 12) : null;
    const kind: DateKind = yp.fiscal ? "fiscal_year" : yp.relative ? "relative" : "year";
    return withPart({ end: yp.end, kind, value, granularity: "year", resolved: value !== null && yp.relative, ...(yp.year ? { year: yp.year } : {}) });
  }
  if (yp) return null;
  m = at(RE.dayRange, text, p);
  if (m) {
    const end = p + m[0].length;
    return dayOfMonth(Number(m[1]), Number(m[2]), end, ctx, "range");
  }
  m = at(RE.day, text, p);
  if (m) {
    const end = p + m[0].length;
    if (at(RE.durationTail, text, end) || agoAt(text, end)) return null;
    let e = end;
    for (const re of [RE.weekday, RE.local]) {
      const t = at(re, text, e);
      if (t) e += t[0].length;
    }
    return dayOfMonth(Number(m[1]), Number(m[1]), e, ctx, "date");
  }
  return null;
}

/** `3일`, `3~5일`: a day of the sentence's month, else of the reference's month. */
function dayOfMonth(d1: number, d2: number, end: number, ctx: Ctx, kind: "date" | "range"): Result {
  const mc = ctx.month ?? (ctx.ref ? { y: ctx.ref.y, m: ctx.ref.m, fromRef: true } : null);
  if (d1 < 1 || d2 > 31 || d1 > d2) return { end, skip: true };
  if (!mc) return { end, kind, value: null, granularity: "day", resolved: false };
  if (d2 > daysIn(mc.y, mc.m)) return { end, skip: true };
  return { end, kind, value: span({ y: mc.y, m: mc.m, d: d1 }, { y: mc.y, m: mc.m, d: d2 }), granularity: "day", resolved: mc.fromRef };
}

function relativeValue(ref: Day, unit: RelativeUnit, offset: number): string {
  switch (unit) {
    case "day":
      return isoDay(addDays(ref, offset));
    case "week":
      return week(addDays(ref, offset * 7));
    case "month": {
      const t = addMonths(ref.y, ref.m, offset);
      return months(t.y, t.m, t.m);
    }
    case "quarter": {
      const t = addMonths(ref.y, Math.floor((ref.m - 1) / 3) * 3 + 1, offset * 3);
      return months(t.y, t.m, t.m + 2);
    }
    case "year":
      return months(ref.y + offset, 1, 12);
  }
}

const GRAIN: Record<RelativeUnit, Granularity> = { day: "day", week: "week", month: "month", quarter: "quarter", year: "year" };
const BASE_GRAIN: Record<ComparisonBase, Granularity> = { yoy: "year", qoq: "quarter", mom: "month", wow: "week", dod: "day" };
const SHIFT: Record<ComparisonBase, ["month" | "day", number]> = { yoy: ["month", -12], qoq: ["month", -3], mom: ["month", -1], wow: ["day", -7], dod: ["day", -1] };

const COARSE: readonly Granularity[] = ["month", "quarter", "half", "year"];

/**
 * The period a comparison base moves back: for yoy, qoq and mom the last month-or-longer period
 * (the figure's period, not the day it was reported), else the last period; for dod and wow the
 * last day, else the reference day (전날보다 in a market report compares with the day before it).
 */
function comparisonAnchor(ctx: Ctx, base: ComparisonBase): { value: string; resolved: boolean; granularity: Granularity } | null {
  if (base === "dod" || base === "wow") {
    const own = ctx.anchors.get(base === "wow" ? "week" : "day") ?? ctx.anchors.get("day");
    if (own) return own;
    return ctx.ref ? { value: isoDay(ctx.ref), resolved: true, granularity: "day" } : null;
  }
  if (ctx.anchor && COARSE.includes(ctx.anchor.granularity)) return ctx.anchor;
  let best: { value: string; resolved: boolean; granularity: Granularity; at: number } | null = null;
  for (const g of COARSE) {
    const a = ctx.anchors.get(g);
    if (a && (best === null || a.at > best.at)) best = a;
  }
  return best ?? ctx.anchor;
}

/** One mention starting at `p`, or null. */
function parseAt(text: string, p: number, ctx: Ctx): Result {
  const words = loadWords();
  const c = text[p] as string;
  let m: RegExpExecArray | null;
  if (/[가-힣]/.test(c)) {
    m = at(words.comparisonRe, text, p);
    if (m) {
      const w = words.comparison.get(key(m[0]));
      const part = at(RE.cuePart, text, p + m[0].length);
      const end = p + m[0].length + (part ? part[0].length : 0);
      if (w && (!w.needsCue || at(RE.cue, text, end))) {
        const [unit, n] = SHIFT[w.base];
        const anchor = comparisonAnchor(ctx, w.base);
        const value = anchor ? shift(anchor.value, unit, n) : null;
        return { end, kind: "comparison_base", value, granularity: value !== null && anchor ? anchor.granularity : BASE_GRAIN[w.base], resolved: value !== null && (anchor?.resolved ?? false), base: w.base };
      }
    }
    m = at(RE.dayAfter, text, p);
    if (m) {
      const end = p + m[0].length;
      const d = Number(m[2]);
      if (!ctx.ref) return d >= 1 && d <= 31 ? { end, kind: "relative", value: null, granularity: "day", resolved: false } : { end, skip: true };
      const w = key(m[1] as string);
      const ref = ctx.ref;
      let t: { y: number; m: number };
      if (w === "지난") t = d < ref.d ? ref : addMonths(ref.y, ref.m, -1);
      else if (w === "오는") t = d > ref.d ? ref : addMonths(ref.y, ref.m, 1);
      else if (w === "이달" || w === "이번달") t = ref;
      else if (w === "지난달") t = addMonths(ref.y, ref.m, -1);
      else t = addMonths(ref.y, ref.m, 1);
      if (d < 1 || d > daysIn(t.y, t.m)) return { end, skip: true };
      return { end, kind: "relative", value: isoDay({ y: t.y, m: t.m, d }), granularity: "day", resolved: true };
    }
    m = at(RE.lastNext, text, p);
    if (m && !at(RE.yearAbs, text, p + m[0].length) && !at(RE.dayAfter, text, p)) {
      const found = calendarAt(text, p + m[0].length, ctx);
      if (found && !("skip" in found) && found.kind !== "duration") {
        const back = m[1] === "지난";
        let value = found.value;
        const b = value ? bounds(value) : null;
        if (value && b && ctx.ref) {
          const ref = isoDay(ctx.ref);
          if (back && isoDay(b[0]) > ref) value = shift(value, "month", -12);
          else if (!back && isoDay(b[1]) < ref) value = shift(value, "month", 12);
        }
        const kind: DateKind = found.kind === "range" ? "range" : "relative";
        return { ...found, kind, value, resolved: value !== null && ctx.ref !== null };
      }
      if (found && "skip" in found) return found;
    }
    m = at(RE.period, text, p);
    if (m && (m[4] !== undefined || m[3] !== "일") && (m[1] !== "올해" || m[4] !== undefined)) {
      const end = p + m[0].length;
      const n = Number(m[2]);
      const unit = m[3] as string;
      const grain: Granularity = unit === "년" ? "year" : unit === "일" ? "day" : unit.startsWith("주") ? "week" : "month";
      if (!ctx.ref || n === 0) return { end, kind: "relative", value: null, granularity: grain, resolved: false };
      const ref = ctx.ref;
      const back = m[1] === "최근" || m[1] === "지난" || m[1] === "과거";
      const other = (k: number): Day => {
        if (grain === "day") return addDays(ref, k * n);
        if (grain === "week") return addDays(ref, k * n * 7);
        const t = addMonths(ref.y, ref.m, k * n * (grain === "year" ? 12 : 1));
        return { y: t.y, m: t.m, d: Math.min(ref.d, daysIn(t.y, t.m)) };
      };
      const value = back ? span(other(-1), ref) : span(ref, other(1));
      return { end, kind: "relative", value, granularity: grain, resolved: true, approx: true };
    }
    m = at(RE.yearPart, text, p);
    if (m) {
      const end = p + m[0].length;
      const y = m[1] === "내" ? (ctx.ref ? { y: ctx.ref.y, fromRef: true } : null) : contextYear(ctx);
      const value = y === null ? null : m[1] === "초" ? months(y.y, 1, 1) : m[1] === "말" ? months(y.y, 12, 12) : months(y.y, 1, 12);
      return { end, kind: "relative", value, granularity: m[1] === "내" ? "year" : "month", resolved: value !== null && y !== null && y.fromRef, approx: true };
    }
  }
  if (/[0-9]/.test(c)) {
    m = at(RE.dotted, text, p);
    if (m) {
      const end = p + m[0].length;
      const y = Number(m[1] ?? m[5]);
      const mo = Number(m[3] ?? m[6]);
      const d = Number(m[4] ?? m[7]);
      if (y < 1900 || y > 2099 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return { end, skip: true };
      return { end, kind: "date", value: isoDay({ y, m: mo, d }), granularity: "day", resolved: false, year: { y, fromRef: false }, month: { y, m: mo, fromRef: false } };
    }
    m = at(RE.yearRange, text, p);
    if (m) {
      const end = p + m[0].length;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a < 1900 || b > 2099 || a > b) return { end, skip: true };
      return { end, kind: "range", value: span({ y: a, m: 1, d: 1 }, { y: b, m: 12, d: 31 }), granularity: "year", resolved: false };
    }
  }
  if (c === "F" || c === "회" || /[0-9]/.test(c)) {
    m = at(RE.fiscal, text, p);
    if (m) {
      const end = p + m[0].length;
      const raw = (m[1] ?? m[2] ?? m[3]) as string;
      const y = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
      if (y < 1900 || y > 2099) return { end, skip: true };
      return { end, kind: "fiscal_year", value: months(y, 1, 12), granularity: "year", resolved: false, year: { y, fromRef: false } };
    }
  }
  if (c === "Q" || /[1-4]/.test(c)) {
    m = at(RE.compactQuarter, text, p);
    if (m) {
      const end = p + m[0].length;
      const n = Number(m[1] ?? m[3] ?? m[5]);
      const raw = m[2] ?? m[4] ?? m[6];
      const half = m[5] !== undefined;
      const yc: YearCtx | null = raw !== undefined ? { y: raw.length === 2 ? 2000 + Number(raw) : Number(raw), fromRef: false } : contextYear(ctx);
      const value = yc === null ? null : half ? (n === 1 ? months(yc.y, 1, 6) : months(yc.y, 7, 12)) : months(yc.y, n * 3 - 2, n * 3);
      return { end, kind: half ? "half" : "quarter", value, granularity: half ? "half" : "quarter", resolved: value !== null && yc !== null && yc.fromRef };
    }
  }
  const cal = calendarAt(text, p, ctx);
  if (cal) return cal;
  if (/[가-힣]/.test(c)) {
    m = at(words.relativeRe, text, p);
    if (m) {
      const w = words.relative.get(key(m[0]));
      if (w && w.unit !== "year") {
        const end = p + m[0].length;
        const narrative = w.narrative ? (ctx.anchors.get(GRAIN[w.unit]) ?? null) : null;
        const value = narrative ? moveBy(narrative.value, w.unit, w.offset) : ctx.ref ? relativeValue(ctx.ref, w.unit, w.offset) : null;
        const f: Found = { end, kind: "relative", value, granularity: GRAIN[w.unit], resolved: value !== null && (narrative ? narrative.resolved : true) };
        if (w.unit === "month" || w.unit === "quarter") {
          const pm = at(RE.part, text, end);
          if (pm) {
            const r = applyPart(value, pm[1] as string, f.granularity);
            return { ...f, end: end + pm[0].length, value: r.value, granularity: r.granularity, approx: true };
          }
        }
        return f;
      }
    }
    m = at(words.countRe, text, p);
    if (m && at(RE.countTail, text, p + m[0].length)) {
      const w = words.counts.get(key(m[0]));
      if (w) return countAt(text, p + m[0].length, w.unit, w.count, ctx, true);
    }
  }
  if (/[0-9]/.test(c)) {
    m = at(RE.numUnit, text, p);
    if (m) {
      const n = Number(m[1]);
      const unit = m[2] as string;
      let end = p + m[0].length;
      const next = text[end];
      const ago = agoAt(text, end);
      if (unit === "년" && n >= 1000) return { end, skip: true };
      if (ago && unit === "시간") return { end: end + ago[0].length, kind: "relative", value: null, granularity: "hour", resolved: false };
      if (ago) {
        const u: RelativeUnit = unit === "년" ? "year" : unit === "일" ? "day" : unit.startsWith("주") ? "week" : "month";
        return countAt(text, p + m[0].length, u, n, ctx);
      }
      const tail = at(RE.durationTail, text, end);
      const hangulNext = next !== undefined && /[가-힣]/.test(next);
      if (unit === "주" && !tail) return null;
      if (unit === "일" && !tail) return null;
      if (hangulNext && !tail && !/[의은는이가을를에도과와로]/.test(next)) return null;
      if (n === 0) return null;
      const iso = unit === "년" ? `P${n}Y` : unit === "개월" || unit === "달" ? `P${n}M` : unit.startsWith("주") ? `P${n}W` : unit === "일" ? `P${n}D` : `PT${n}H`;
      const grain: Granularity = unit === "년" ? "year" : unit === "개월" || unit === "달" ? "month" : unit.startsWith("주") ? "week" : unit === "일" ? "day" : "hour";
      if (tail && (tail[1] === "간" || tail[2] === "동안" || tail[1] === "동안")) end += tail[0].length;
      return { end, kind: "duration", value: iso, granularity: grain, resolved: false };
    }
  }
  return null;
}

/** The same period moved by `offset` units (a week is seven days, a quarter three months). */
function moveBy(value: string, unit: RelativeUnit, offset: number): string | null {
  if (unit === "day") return shift(value, "day", offset);
  if (unit === "week") return shift(value, "day", offset * 7);
  return shift(value, "month", offset * (unit === "year" ? 12 : unit === "quarter" ? 3 : 1));
}

const COUNT_BASE: Record<RelativeUnit, ComparisonBase> = { day: "dod", week: "wow", month: "mom", quarter: "qoq", year: "yoy" };

/**
 * After a count of units (3년, 이틀, 석 달): `전/뒤/후` makes a relative date (counted from the
 * sentence's day for days, else from the reference), `전보다`/`전 대비` a comparison base (the period
 * under discussion moved back), anything else a duration.
 */
function countAt(text: string, after: number, unit: RelativeUnit, n: number, ctx: Ctx, needsTail = false): Result {
  const ago = agoAt(text, after);
  if (ago) {
    const end = after + ago[0].length;
    const sign = ago[1] === "전" ? -1 : 1;
    if (sign < 0 && at(RE.cue, text, end)) {
      const value = ctx.anchor ? moveBy(ctx.anchor.value, unit, -n) : null;
      return { end, kind: "comparison_base", value, granularity: value !== null && ctx.anchor ? ctx.anchor.granularity : GRAIN[unit], resolved: value !== null && (ctx.anchor?.resolved ?? false), base: COUNT_BASE[unit] };
    }
    const grain: Granularity = unit === "week" ? "day" : GRAIN[unit];
    if (unit === "day" || unit === "week") {
      const base = ctx.dayAnchor ?? (ctx.ref ? isoDay(ctx.ref) : null);
      const value = base === null ? null : shift(base, "day", sign * n * (unit === "week" ? 7 : 1));
      return { end, kind: "relative", value, granularity: grain, resolved: value !== null && ctx.dayAnchor === null };
    }
    if (!ctx.ref) return { end, kind: "relative", value: null, granularity: grain, resolved: false };
    const ref = ctx.ref;
    if (unit === "year") return { end, kind: "relative", value: months(ref.y + sign * n, 1, 12), granularity: grain, resolved: true };
    const t = addMonths(ref.y, ref.m, sign * n * (unit === "quarter" ? 3 : 1));
    return { end, kind: "relative", value: months(t.y, t.m, t.m), granularity: grain, resolved: true };
  }
  const tail = at(RE.durationTail, text, after);
  if (n === 0 || (needsTail && !tail)) return null;
  const end = after + (tail && (tail[1] === "간" || tail[1] === "동안" || tail[2] === "동안") ? tail[0].length : 0);
  const iso = unit === "year" ? `P${n}Y` : unit === "month" ? `P${n}M` : unit === "quarter" ? `P${n * 3}M` : unit === "week" ? `P${n}W` : `P${n}D`;
  return { end, kind: "duration", value: iso, granularity: GRAIN[unit], resolved: false };
}

/** Turns `A부터 B까지`, `A~B`, `A까지`, `A부터` into ranges. */
function withRange(text: string, start: number, f: Found, ctx: Ctx): Found {
  if (f.kind === "duration" || f.kind === "comparison_base" || f.kind === "range" && f.value !== null && f.value.includes("..")) return f;
  const from = at(RE.from, text, f.end);
  if (from) {
    const q = f.end + from[0].length;
    const saved = { year: ctx.year, month: ctx.month };
    if (f.year) ctx.year = f.year;
    if (f.month) ctx.month = f.month;
    const second = isWordStart(text, q) || /[0-9]/.test(text[q] ?? "") ? parseAt(text, q, ctx) : null;
    ctx.year = saved.year;
    ctx.month = saved.month;
    const a = f.value ? bounds(f.value) : null;
    const b = second && !("skip" in second) && second.value ? bounds(second.value) : null;
    const backwards = a !== null && b !== null && isoDay(b[1]) < isoDay(a[0]);
    if (second && !("skip" in second) && second.kind !== "duration" && second.kind !== "comparison_base" && !backwards) {
      const until = at(RE.until, text, second.end);
      const end = second.end + (until ? until[0].length : 0);
      const value = a && b ? span(a[0], b[1]) : null;
      return { end, kind: "range", value, granularity: f.granularity, resolved: f.resolved || second.resolved, ...(f.approx || second.approx ? { approx: true } : {}), ...(second.year ? { year: second.year } : f.year ? { year: f.year } : {}) };
    }
  }
  const until = at(RE.until, text, f.end);
  if (until) {
    const b = f.value ? bounds(f.value) : null;
    return { ...f, end: f.end + until[0].length, kind: "range", value: b ? `../${isoDay(b[1])}` : null };
  }
  const since = at(RE.since, text, f.end);
  if (since) {
    const b = f.value ? bounds(f.value) : null;
    return { ...f, end: f.end + since[0].length, kind: "range", value: b ? `${isoDay(b[0])}/..` : null };
  }
  return f;
}

function isWordStart(text: string, p: number): boolean {
  return !isWordChar(text[p - 1]);
}

/**
 * Finds dates, periods, relative expressions (지난해, 이날, 다음 달), comparison bases (지난해 같은
 * 기간, 전년 대비) and durations (7년, 24시간) in Korean news text, each normalized to an ISO value.
 * Relative expressions are resolved against `reference`, else against a dateline stamp in the text
 * ({@link referenceFromText}); with neither they come back with `value: null`, never guessed. A
 * month, quarter or day without a year takes the year of the sentence's previous mention, else the
 * reference's. Impossible dates (2월 30일, 13월) and far years (3000년) give nothing. Linear time.
 *
 * @example
 * findDates("삼성전자는 올해 3분기 영업이익이 지난해 같은 기간보다 32.5% 늘었다고 지난 3일 밝혔다.", { reference: "2025-11-14" });
 * // → [{ text: "올해 3분기", kind: "quarter", value: "2025-07-01/2025-09-30", granularity: "quarter", resolved: true },
 * //    { text: "지난해 같은 기간", kind: "comparison_base", base: "yoy", value: "2024-07-01/2024-09-30", … },
 * //    { text: "지난 3일", kind: "relative", value: "2025-11-03", granularity: "day", resolved: true }]
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  if (typeof text !== "string") throw new SinmunError(PKG, "invalid-input", `expected text to be a string, got ${text === null ? "null" : typeof text}`);
  if (options === null || typeof options !== "object") throw new SinmunError(PKG, "invalid-option", `expected options to be an object, got ${JSON.stringify(options)}`);
  for (const k of Object.keys(options)) {
    if (k !== "reference") throw new SinmunError(PKG, "invalid-option", `expected option key in {reference}, got ${JSON.stringify(k)}`);
  }
  const ctx: Ctx = { ref: referenceOf(options, text), year: null, month: null, anchor: null, anchors: new Map(), dayAnchor: null };
  const out: DateMention[] = [];
  let p = 0;
  while (p < text.length) {
    if (isBoundary(text, p)) {
      // A year holds for its paragraph (내년 상반기 …. 하반기에는 … is next year's); month and day for their sentence.
      if (text[p] === "\n" || ctx.year?.sentenceOnly) ctx.year = null;
      ctx.month = null;
      ctx.dayAnchor = null;
      p++;
      continue;
    }
    const c = text.charCodeAt(p);
    const candidate = (c >= 0x30 && c <= 0x39) || (c >= 0xac00 && c <= 0xd7a3) || c === 0x46 || c === 0x51 || c === 0x27 || c === 0x2018 || c === 0x2019;
    if (candidate && isWordStart(text, p)) {
      const r = parseAt(text, p, ctx);
      if (r) {
        if ("skip" in r) {
          p = Math.max(r.end, p + 1);
          continue;
        }
        const f = withRange(text, p, r, ctx);
        const mention: DateMention = { start: p, end: f.end, text: text.slice(p, f.end), kind: f.kind, value: f.value, granularity: f.granularity, resolved: f.value !== null && f.resolved };
        if (f.approx) mention.approx = true;
        if (f.base) mention.base = f.base;
        out.push(mention);
        if (f.year) {
          const carry = yearCarry(f, ctx);
          if (carry !== "none") ctx.year = carry === "sentence" ? { ...f.year, sentenceOnly: true } : f.year;
        }
        if (f.month) ctx.month = f.month;
        if (f.kind !== "duration" && f.kind !== "comparison_base" && f.value !== null && bounds(f.value)) {
          ctx.anchor = { value: f.value, resolved: mention.resolved, granularity: f.granularity };
          ctx.anchors.set(f.granularity, { ...ctx.anchor, at: p });
          if (f.granularity === "day" && !f.value.includes("/")) ctx.dayAnchor = f.value;
        }
        p = Math.max(f.end, p + 1);
        continue;
      }
    }
    p++;
  }
  return out;
}
