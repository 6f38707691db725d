import type { AmountKind } from "@sinmun/core";
import { type Rat, ONE, add, mul, div, neg, rat, pow10, cmp } from "./rational";
import { digitValue, isLatin, isRangeMark, isWordChar } from "./chars";
import { isHangul, isSpace } from "@sinmun/core";
import { type Numeral, readNumeral } from "./numeral";
import { type AmountQualifier, type Lexicon, type QualifierRole, type UnitEntry, COMPARISONS, lexicon } from "./lexicon";
import { skipSpaces, startsWithAny } from "./cursor";
import { type Lead, type Scale, readLead } from "./lead";

/** An amount found by the scanner, before conversion to the public `Amount` shape. */
export interface Found {
  start: number;
  end: number;
  kind: AmountKind;
  value: Rat | null;
  unit: string | null;
  approx: boolean;
  min?: Rat | null;
  max?: Rat | null;
  minInclusive?: boolean;
  maxInclusive?: boolean;
  /** A comparison verb after the number that keeps it (웃도는 → over, 에 달하는 → reach). */
  qualifier?: AmountQualifier;
}

/** One number with its unit: the building block of single amounts and of ranges. */
interface Part {
  start: number;
  end: number;
  value: Rat;
  vagueMax: Rat | null;
  num: Numeral;
  unit: UnitEntry | null;
  approx: boolean;
  ordinal: boolean;
  /** The English magnitude or 만/억 the part ends with, shared with a bare first half of a range. */
  trailingMul: Rat | null;
}

const ENGLISH_MAGNITUDES: [string, number, boolean][] = [
  // word, exponent, needs a currency before it (single letters are too ambiguous otherwise)
  ["thousand", 3, false], ["million", 6, false], ["billion", 9, false], ["trillion", 12, false],
  ["mn", 6, false], ["bn", 9, false], ["tn", 12, false], ["mil", 6, true],
  ["k", 3, true], ["K", 3, true], ["m", 6, true], ["M", 6, true], ["b", 9, true], ["B", 9, true], ["T", 12, true],
];

const DAY_FOLLOWERS = ["간", "동안", "만에", "만", "째", "이내", "내내", "연속", "치", "안에", "새"];
const PARTICLES = ["을", "를", "이", "가", "은", "는", "도", "선을"];
const NO_TEXT_UNITS = new Set(["h", "s", "B", "A", "N", "t", "l", "V", "m2", "°", "도", "해", "달", "세", "살", "기가", "킬로", "키로", "센티", "센치", "프로"]);

/** Two parts joined by a range mark or word, with the unit they share. */
interface Range {
  end: number;
  min: Rat;
  max: Rat;
  unit: UnitEntry | null;
  approx: boolean;
  maxInclusive: boolean;
}

/** The part as a negative number (-5%, 영하 3도). */
function negate(part: Part): Part {
  return { ...part, value: neg(part.value), vagueMax: part.vagueMax ? neg(part.vagueMax) : null };
}

/**
 * The part's unit read under a scale word: 섭씨/화씨 make a bare number or ° into °C/°F, 시속 makes
 * km and miles into km/h and mph. Null when the unit does not fit the scale (시속 5명).
 */
function withScale(part: Part, scale: Scale): Part | null {
  const u = part.unit;
  if ((scale === "°C" || scale === "°F") && (!u || u.unit === "°")) {
    return { ...part, unit: { kind: "quantity", unit: scale, factor: ONE, source: "unit", surface: scale } };
  }
  if (scale === "speed" && u && u.unit === "m" && (cmp(u.factor, rat(1000n)) === 0 || cmp(u.factor, rat(1609344n, 1000n)) === 0)) {
    const mph = cmp(u.factor, rat(1000n)) !== 0;
    return { ...part, unit: { kind: "quantity", unit: mph ? "mph" : "km/h", factor: ONE, source: "unit", surface: u.surface } };
  }
  if (u && u.unit !== "km/h" && u.unit !== "mph") return null;
  return part;
}

/** The bound a comparison verb states, as parseAmount reads it (findAmounts keeps the value). */
const STRICT_BOUND: Record<Exclude<AmountQualifier, "nearly">, QualifierRole> = { over: "min_excl", under: "max_excl", reach: "max_incl" };

/** Scanner state for one text: strict (one expression) or running text. */
export class Scanner {
  private readonly lex: Lexicon = lexicon();
  constructor(
    private readonly s: string,
    private readonly strict: boolean,
  ) {}

  private sp(i: number): number {
    return skipSpaces(this.s, i, this.strict ? 8 : 1);
  }

  /**
   * Tries an amount starting at `p`. Returns it (with its end), or null with the position where the next
   * attempt may start (past any numeral that was read, so running text is scanned in linear time).
   * The steps: what comes before the number ({@link readLead}), a fused word (사흘, 절반), else a
   * number with its unit ({@link part}) read under the lead's scale, then a range or a single amount.
   */
  scan(p: number): { found: Found | null; next: number } {
    const lead = readLead(this.s, p, this.strict, this.lex);
    const fused = lead.scale ? null : this.fused(p, lead);
    if (fused) return { found: fused, next: fused.end };
    const read = this.part(lead.at, true);
    if (!read) return { found: null, next: Math.max(p + 1, this.failEnd) };
    const part = lead.scale ? withScale(read, lead.scale) : read;
    if (!part) return { found: null, next: Math.max(p + 1, read.end) };
    const first = lead.negative ? negate(part) : part;
    const approx = lead.approx || first.approx;
    // Range: 10~20억 원, 3000억~4000억 원, 10억에서 20억 원, 25000원 - 30000원, 20부터 100까지.
    const range = this.range(first, first.end);
    if (range) {
      const found = this.rangeFound(p, range, approx);
      return { found, next: found.end };
    }
    if (!this.strict && !first.unit && (first.ordinal || !(first.num.bigExp > 0 && first.num.digits))) {
      return { found: null, next: Math.max(p + 1, first.end) };
    }
    const found = this.singleFound(p, first, approx, lead.role);
    return { found, next: found.end };
  }

  /** A fused number-and-unit word at the lead (사흘, 일주일, 절반), with a bound after it (사흘 이상). */
  private fused(p: number, lead: Lead): Found | null {
    const s = this.s;
    const q = lead.at;
    const match = isHangul(s.charCodeAt(q)) ? this.lex.fused.match(s, q) : null;
    if (!match) return null;
    // Running text: only durations of two or more characters, not years, ending their word or before a particle.
    const ok =
      this.strict ||
      (match.value.kind === "duration" && match.end - q >= 2 && match.value.unit !== "year" &&
        (!isHangul(s.charCodeAt(match.end)) || "이가을를은는의에간동만째내도과와로".includes(s[match.end] as string)));
    if (!ok) return null;
    const f = match.value;
    const end = this.strict ? this.trailingNoop(match.end) : match.end;
    if (this.strict && end !== s.length) return null;
    const value = lead.negative ? neg(f.value) : f.value;
    const found: Found = { start: p, end, kind: f.kind, value, unit: f.unit, approx: lead.approx };
    const suffix = this.suffix(end, null);
    if (suffix && COMPARISONS.has(suffix.role) && !(this.strict && suffix.role !== "nearly")) {
      found.end = suffix.end;
      found.qualifier = suffix.role as AmountQualifier;
      if (suffix.role === "nearly") found.approx = true;
    } else if (suffix && suffix.role !== "approx") {
      found.end = suffix.end;
      const role = suffix.role in STRICT_BOUND ? STRICT_BOUND[suffix.role as Exclude<AmountQualifier, "nearly">] : suffix.role;
      found.value = null;
      if (role.startsWith("min")) {
        found.min = value;
        found.minInclusive = role === "min_incl";
      } else {
        found.max = value;
        found.maxInclusive = role === "max_incl";
      }
    }
    return found;
  }

  /** A range with the qualifier after it (10~20억 원가량). */
  private rangeFound(p: number, range: Range, approx: boolean): Found {
    let end = range.end;
    let rangeApprox = approx || range.approx;
    const suffix = this.suffix(end, range.unit);
    if (suffix) {
      end = suffix.end;
      if (suffix.role === "approx") rangeApprox = true;
    }
    return {
      start: p,
      end,
      kind: range.unit ? range.unit.kind : "number",
      value: null,
      unit: range.unit ? range.unit.unit : null,
      approx: rangeApprox,
      min: range.min,
      max: range.max,
      minInclusive: true,
      maxInclusive: range.maxInclusive,
    };
  }

  /**
   * One amount from one part: its qualifier after (가량, 이상, 을 넘는) or the lead's bound before
   * (최대), and a vague numeral (수십억) as the range of its readings.
   */
  private singleFound(p: number, first: Part, leadApprox: boolean, leadRole: QualifierRole | null): Found {
    let end = first.end;
    let approx = leadApprox;
    let role = leadRole;
    let qualifier: AmountQualifier | null = null;
    const suffix = this.suffix(end, first.unit);
    if (suffix) {
      end = suffix.end;
      if (suffix.role === "approx") approx = true;
      else if (COMPARISONS.has(suffix.role)) {
        qualifier = suffix.role as AmountQualifier;
        if (qualifier === "nearly") approx = true;
        // parseAmount reads a comparison as the bound it states (3000이 넘는 → min 3000, exclusive), as the peers do.
        else if (this.strict) role = STRICT_BOUND[qualifier];
      } else role = suffix.role;
    }
    if (this.strict && first.unit && first.unit.kind === "duration") end = this.trailingNoop(end);
    const unit = first.unit;
    const kind: AmountKind = first.ordinal ? "ordinal" : unit ? unit.kind : "number";
    const factor = unit ? unit.factor : ONE;
    const v = mul(first.value, factor);
    const found: Found = { start: p, end, kind, value: v, unit: unit ? unit.unit : null, approx };
    if (qualifier) found.qualifier = qualifier;
    if (first.vagueMax) {
      const hi = mul(first.vagueMax, factor);
      const [lo, up] = cmp(v, hi) <= 0 ? [v, hi] : [hi, v];
      found.value = null;
      found.approx = true;
      found.min = lo;
      found.max = up;
      found.minInclusive = true;
      found.maxInclusive = true;
    }
    if (role) {
      found.value = null;
      if (role === "min_incl" || role === "min_excl") {
        found.min = found.min ?? v;
        found.minInclusive = role === "min_incl";
      } else {
        found.max = found.max ?? v;
        found.maxInclusive = role === "max_incl";
      }
    }
    return found;
  }

  /** Strict: words after a duration that do not change it (한 달 더, 일주일 내내, 하루 종일). */
  private trailingNoop(at: number): number {
    const k = skipSpaces(this.s, at, 8);
    const w = startsWithAny(this.s, k, ["내내", "종일", "더", "동안"]);
    return w && k + w.length === this.s.length ? k + w.length : at;
  }

  /** End of the last numeral read by a failed attempt, so the caller skips past it. */
  private failEnd = 0;

  /** A number with its unit (or a currency prefix and a number). */
  private part(p: number, allowOrdinalWords: boolean): Part | null {
    const s = this.s;
    const lex = this.lex;
    this.failEnd = p;
    let q = p;
    let prefixUnit: UnitEntry | null = null;
    const pre = isHangul(s.charCodeAt(q)) || digitValue(s.charCodeAt(q)) >= 0 ? null : lex.before.match(s, q);
    if (pre) {
      const boundaryOk = pre.value.source !== "iso" || !isLatin(s.charCodeAt(p - 1));
      const after = skipSpaces(s, pre.end, this.strict ? 8 : 1);
      const afterChar = s.charCodeAt(after);
      const isCode = pre.value.source === "iso";
      if (boundaryOk && digitValue(afterChar) >= 0 && (!isCode || after > pre.end || !isLatin(s.charCodeAt(pre.end)))) {
        prefixUnit = pre.value;
        q = after;
      }
    }
    // Ordinal words of strict mode: 첫, 첫째, 첫번째, 처음.
    if (this.strict && allowOrdinalWords && !prefixUnit) {
      const w = startsWithAny(s, q, ["첫 번째", "첫번째", "첫째번", "첫째", "처음", "첫"]);
      if (w) {
        const num: Numeral = fakeNumeral(q, q + w.length, ONE);
        return { start: p, end: q + w.length, value: ONE, vagueMax: null, num, unit: null, approx: false, ordinal: true, trailingMul: null };
      }
      if (s.startsWith("반", q)) {
        const half = rat(1n, 2n);
        const num = fakeNumeral(q, q + 1, half);
        const part = this.afterNumber(p, num, null, q + 1);
        if (part) return part;
      }
    }
    let num = readNumeral(s, q, { strict: this.strict });
    if (!num) return null;
    this.failEnd = num.end;
    if (!this.strict) {
      // Running text: dotted runs (192.168.1.2, 2024.01.15) and codes glued to letters are not amounts.
      const e = num.end;
      if ((s.charCodeAt(e) === 46 || s.charCodeAt(e) === 0xff0e) && digitValue(s.charCodeAt(e + 1)) >= 0) {
        let k = e;
        while (k < s.length && (s.charCodeAt(k) === 46 || digitValue(s.charCodeAt(k)) >= 0)) k++;
        this.failEnd = k;
        return null;
      }
    }
    let part = this.afterNumber(p, num, prefixUnit, num.end);
    if (!part && num.fallback && !this.strict) {
      // The space-joined part was wrong (매출 1조 3분기…): retry with the numeral before the join.
      const f = num.fallback;
      num = { ...num, end: f.end, value: f.value, trailingExp: f.trailingExp, fallback: null };
      part = this.afterNumber(p, num, prefixUnit, f.end);
    }
    return part;
  }

  /** Everything after the numeral: English magnitudes, fractions, 여, the unit and its context rules. */
  private afterNumber(p: number, num: Numeral, prefixUnit: UnitEntry | null, at: number): Part | null {
    const s = this.s;
    const lex = this.lex;
    let q = at;
    let value = num.value;
    let vagueMax = num.vagueMax;
    let approx = num.approx;
    let trailingMul: Rat | null = num.trailingExp > 0 ? rat(pow10(num.trailingExp)) : null;

    // English magnitudes: $38 billion, 38bn, USD 1.2 trillion.
    {
      const j = skipSpaces(s, q, 1);
      const lc = s.charCodeAt(j);
      if (isLatin(lc) && num.hangul === 0) for (const [w, exp, needsCurrency] of ENGLISH_MAGNITUDES) {
        if (!s.startsWith(w, j) || isLatin(s.charCodeAt(j + w.length))) continue;
        if (needsCurrency && (!prefixUnit || j !== q)) continue;
        const m = rat(pow10(exp));
        value = mul(value, m);
        if (vagueMax) vagueMax = mul(vagueMax, m);
        trailingMul = m;
        q = j + w.length;
        break;
      }
    }

    // Fractions (strict): 삼분의 일, 3분의 1, 3/4, 일과 이분의 일.
    if (this.strict) {
      const f = this.fraction(value, q);
      if (f) {
        value = f.value;
        q = f.end;
      }
    }

    // 여 before the unit: 300여 명, 10여 년.
    if (s[q] === "여" && !isHangul(s.charCodeAt(q + 1)) ) {
      approx = true;
      q++;
    } else if (s[q] === "여" && q + 1 < s.length) {
      const probe = lex.after.match(s, q + 1);
      if (probe && !lex.notAmount.match(s, q)) {
        approx = true;
        q++;
      }
    }

    const j = this.strict ? skipSpaces(s, q, 8) : skipSpaces(s, q, 1);
    let unit: UnitEntry | null = prefixUnit;
    let end = q;
    let ordinal = false;
    if (!prefixUnit) {
      const u = lex.after.match(s, j);
      const blocked = lex.notAmount.match(s, j);
      const minor = lex.minor.match(s, j);
      let ue: { value: UnitEntry; end: number } | null = u;
      if (minor && (!ue || minor.end >= ue.end)) {
        ue = { value: { kind: "money", unit: minor.value.code, factor: minor.value.factor, source: "minor", surface: minor.value.surface }, end: minor.end };
      }
      if (ue && !this.unitBoundaryOk(ue.value, ue.end)) ue = null;
      if (ue && !this.strict && NO_TEXT_UNITS.has(ue.value.surface)) {
        if (ue.value.surface === "t" && j === q && num.digits) {
          // 30만t: attached to digits it is tonnes
        } else if (!(ue.value.surface === "도" && /섭씨|화씨|기온|온도|영하/.test(s.slice(Math.max(0, num.start - 12), num.start)))) ue = null;
      }
      const qualifierHere = blocked ? lex.suffixQualifiers.match(s, j) : null;
      if (blocked && qualifierHere && qualifierHere.end >= blocked.end) {
        // 1000 초과: a bound qualifier, not a unit (초) — the number stays bare.
      } else if (blocked && (!ue || blocked.end >= ue.end)) {
        const w = blocked.value;
        if (this.strict && (w === "위" || w === "등" || w === "번째" || w === "번" || w === "차" || w === "호")) {
          ordinal = true;
          end = blocked.end;
          if (w === "번" && s.startsWith("째", this.sp(end))) end = this.sp(end) + 1;
        } else return null;
      } else if (ue) {
        const checked = this.contextRules(p, num, value, ue.value, ue.end);
        if (checked === null) return null;
        unit = checked;
        end = ue.end;
      } else if (this.strict) {
        const w = startsWithAny(s, j, ["번 째", "번째", "째"]);
        if (w) {
          ordinal = true;
          end = j + w.length;
        }
      }
    } else {
      // ISO code or symbol before: an English magnitude may follow, and a redundant unit word after
      // ($ 10 달러) is taken into the span.
      const u = lex.after.match(s, j);
      if (u && u.value.kind === "money" && u.value.unit === prefixUnit.unit) end = u.end;
      else if ((prefixUnit.surface === "¥" || prefixUnit.surface === "￥") && u && u.value.unit === "CNY") {
        unit = u.value;
        end = u.end;
      } else if (prefixUnit.surface === "¥" || prefixUnit.surface === "￥") {
        unit = this.contextRules(p, num, value, prefixUnit, q);
      }
    }
    if (!unit && !ordinal && !this.strict && num.hangul > 0 && !num.digits) return null;
    if (!unit && !ordinal) end = q;
    // Text: a Hangul numeral needs a multiplier (삼백억) or must be native with a counter (두 명).
    if (!this.strict && num.hangul > 0 && !num.digits) {
      if (num.native) {
        if (!unit || unit.kind === "money") return null;
      } else if (!num.multiplier) return null;
      if (!num.native && num.end - num.start === 1 && !"만천백".includes(s[num.start] as string)) return null;
      if (!num.native && num.end - num.start === 1 && num.start > 0 && isWordChar(s.charCodeAt(num.start - 1))) return null;
    }
    let v = value;
    // Compounds: 1달러 20센트, 이달러이십삼센트, 1시간 30분, 3년 반, 시간반.
    if (unit && unit.kind === "money" && (unit.unit === "USD" || unit.unit === "GBP" || unit.unit === "EUR")) {
      const k = this.strict ? skipSpaces(s, end, 8) : skipSpaces(s, end, 1);
      const sub = digitValue(s.charCodeAt(k)) >= 0 || (this.strict && isHangul(s.charCodeAt(k))) ? readNumeral(s, k, { strict: this.strict }) : null;
      if (sub) {
        const k2 = skipSpaces(s, sub.end, this.strict ? 8 : 1);
        const m = lex.minor.match(s, k2);
        if (m && cmp(sub.value, rat(100n)) < 0) {
          v = add(v, mul(sub.value, m.value.factor));
          end = m.end;
        }
      }
    }
    if (unit && unit.kind === "duration") {
      const k = skipSpaces(s, end, this.strict ? 8 : 1);
      if (s.startsWith("반", k) && !isHangul(s.charCodeAt(k + 1))) {
        v = add(v, rat(1n, 2n));
        end = k + 1;
      } else if (unit.unit === "hour" || unit.unit === "minute") {
        const sub = digitValue(s.charCodeAt(k)) >= 0 || (this.strict && isHangul(s.charCodeAt(k))) ? readNumeral(s, k, { strict: this.strict }) : null;
        if (sub && sub.digits === num.digits) {
          const k2 = skipSpaces(s, sub.end, this.strict ? 8 : 1);
          const m = lex.after.match(s, k2);
          const next = unit.unit === "hour" ? "minute" : "second";
          if (m && m.value.kind === "duration" && m.value.unit === next && cmp(sub.value, rat(60n)) < 0) {
            v = add(mul(v, rat(60n)), sub.value);
            unit = m.value;
            end = m.end;
          }
        }
      }
    }
    return { start: p, end, value: v, vagueMax, num, unit, approx, ordinal, trailingMul };
  }

  /** Latin units need a non-letter after them (3 members is not 3 m); codes too. */
  private unitBoundaryOk(u: UnitEntry, end: number): boolean {
    const last = u.surface.charCodeAt(u.surface.length - 1);
    if (isLatin(last) || u.source === "iso") {
      const nc = this.s.charCodeAt(end);
      if (isLatin(nc) || digitValue(nc) >= 0) return false;
    }
    return true;
  }

  /** Context rules for ambiguous units; returns the unit to use, or null for "not an amount". */
  private contextRules(p: number, num: Numeral, value: Rat, u: UnitEntry, end: number): UnitEntry | null {
    const s = this.s;
    if (u.kind === "duration" && u.unit === "year" && (u.surface === "년" || u.surface === "년간")) {
      // 2027년 is a year, not a duration.
      if (num.plainInteger && num.end - num.start === 4 && u.surface === "년") return null;
      if (p > 0 && (s[p - 1] === "'" || s[p - 1] === "’")) return null;
    }
    if (u.kind === "duration" && u.unit === "day" && u.surface === "일" && !this.strict) {
      const k = skipSpaces(s, end, 1);
      if (!startsWithAny(s, k, DAY_FOLLOWERS)) return null;
    }
    if (u.kind === "duration" && u.unit === "minute" && !this.strict) {
      // 오후 3시 30분 is a time of day.
      let k = p - 1;
      while (k >= 0 && isSpace(s.charCodeAt(k))) k--;
      if (k >= 1 && s[k] === "시" && digitValue(s.charCodeAt(k - 1)) >= 0) return null;
    }
    if (u.source === "counter" && u.surface === "대" && !this.strict) {
      // 3대 그룹, 30대 남성: only large counts (1000대, 120만 대) count vehicles or machines.
      if (!num.multiplier && cmp(value, rat(100n)) < 0) return null;
    }
    if (u.kind === "duration" && u.surface === "주") {
      // 100만 주 (shares) vs 3주 (weeks).
      if (num.multiplier || cmp(value, rat(100n)) >= 0) return { kind: "quantity", unit: "주", factor: ONE, source: "counter", surface: "주" };
    }
    if (u.kind === "money" && u.unit === "JPY" && (u.surface === "¥" || u.surface === "￥")) {
      if (/(?:CNY|중국|人民币?)\s*$/.test(s.slice(Math.max(0, p - 6), p))) return { ...u, unit: "CNY" };
    }
    return u;
  }

  /** Strict-mode fractions after a numeral: 분의 (삼분의 일), a slash (3/4), 과/와 mixed (일과 이분의 일). */
  private fraction(value: Rat, at: number): { value: Rat; end: number } | null {
    const s = this.s;
    let k = skipSpaces(s, at, 8);
    if (s.startsWith("분의", k)) {
      k = skipSpaces(s, k + 2, 8);
      let negative = false;
      const w = startsWithAny(s, k, ["마이너스", "음수"]);
      if (w) {
        negative = true;
        k = skipSpaces(s, k + w.length, 8);
      }
      const top = readNumeral(s, k, { strict: true });
      if (!top) return null;
      const v = div(top.value, value);
      if (!v) return null;
      return { value: negative ? neg(v) : v, end: top.end };
    }
    if (s[k] === "/" ) {
      const bottom = readNumeral(s, k + 1, { strict: true });
      if (!bottom || !bottom.digits) return null;
      const v = div(value, bottom.value);
      if (!v) return null;
      return { value: v, end: bottom.end };
    }
    if ((s[k] === "과" || s[k] === "와") && k === at) {
      const k2 = skipSpaces(s, k + 1, 8);
      const den = readNumeral(s, k2, { strict: true });
      if (!den) return null;
      const f = this.fraction(den.value, den.end);
      if (!f || !(s.slice(den.end, f.end).includes("분의") || s[den.end] === "/")) {
        // 이십일조와 삼백: a smaller number joined by 과/와 adds to the first.
        if (!f && cmp(den.value, value) < 0 && den.value.n > 0n && den.end === s.length && !den.digits) return { value: add(value, den.value), end: den.end };
        return null;
      }
      return { value: add(value, f.value), end: f.end };
    }
    // Mixed number with a space: 2 1/4.
    if (k > at) {
      const whole = readNumeral(s, k, { strict: true });
      if (whole && whole.digits && s[whole.end] === "/") {
        const f = this.fraction(whole.value, whole.end);
        if (f) return { value: value.n < 0n ? add(value, neg(f.value)) : add(value, f.value), end: f.end };
      }
    }
    return null;
  }

  /** A second half after a range mark; the unit (and a trailing magnitude) written once is shared. */
  private range(first: Part, at: number): Range | null {
    const s = this.s;
    let k = skipSpaces(s, at, this.strict ? 8 : 1);
    let sep = "";
    const c = s.charCodeAt(k);
    if (isRangeMark(c)) {
      sep = s[k] as string;
      k++;
    } else {
      if (c !== 0xc5d0 /* 에 */ && c !== 0xbd80 /* 부 */ && c !== 0xb0b4 /* 내 */) return null;
      const w = startsWithAny(s, k, ["에서부터", "에서", "부터", "내지"]);
      if (!w) return null;
      sep = w;
      k += w.length;
    }
    k = skipSpaces(s, k, this.strict ? 8 : 1);
    const second = this.part(k, false);
    if (!second || second.ordinal) return null;
    let end = second.end;
    if (sep === "부터" || sep === "에서부터" || sep === "에서") {
      const j = skipSpaces(s, end, this.strict ? 8 : 1);
      if (s.startsWith("까지", j)) end = j + 2;
      else if (sep !== "에서") return null;
      // A change, not a range: 1조1000억 원에서 1조4000억 원으로 (findAmounts links the two amounts).
      else if (!this.strict && (s.startsWith("으로", j) || s.startsWith("로", j))) return null;
    }
    // Phone numbers and codes: 02-1234-5678.
    if (isRangeMark(s.charCodeAt(end)) && digitValue(s.charCodeAt(end + 1)) >= 0) return null;
    if (first.unit && second.unit && (first.unit.unit !== second.unit.unit || first.unit.kind !== second.unit.kind)) return null;
    if (first.unit && !second.unit) return null;
    const unit = second.unit ?? first.unit;
    if (!this.strict && !unit && !(first.num.bigExp > 0 || second.num.bigExp > 0)) return null;
    if (!this.strict && !unit && (sep === "-" || sep === "–")) return null;
    let lo = first.value;
    let hi = second.value;
    if (!first.unit && first.num.bigExp === 0 && second.trailingMul && !first.trailingMul) lo = mul(lo, second.trailingMul);
    if (!first.unit && unit) lo = mul(lo, unit.factor);
    else if (first.unit) lo = mul(lo, first.unit.factor);
    if (unit && second.unit) hi = mul(hi, second.unit.factor);
    if (cmp(lo, hi) > 0) {
      if (!this.strict) return null;
      const t = lo;
      lo = hi;
      hi = t;
    }
    return { end, min: lo, max: hi, unit, approx: first.approx || second.approx, maxInclusive: true };
  }

  /** Qualifiers after the unit: 대/선 attached (200억 달러대), then 가량 / 이상 / 을 넘는 … */
  private suffix(at: number, unit: UnitEntry | null): { end: number; role: QualifierRole } | null {
    const s = this.s;
    if (unit && (unit.kind === "money" || unit.kind === "percent") && (s[at] === "대" || s[at] === "선")) {
      const nc = s.charCodeAt(at + 1);
      if (!isHangul(nc) || "의에를을로으이가는은도와까".includes(s[at + 1] as string)) {
        const end = at + 1;
        const more = this.suffix(end, null);
        if (more) return more.role === "approx" ? { end: more.end, role: "approx" } : more;
        return { end, role: "approx" };
      }
    }
    let k = skipSpaces(s, at, this.strict ? 8 : 1);
    let m = this.lex.suffixQualifiers.match(s, k);
    if (!m) {
      const particle = startsWithAny(s, k, PARTICLES);
      if (particle) {
        const k2 = skipSpaces(s, k + particle.length, this.strict ? 8 : 1);
        const m2 = this.lex.suffixQualifiers.match(s, k2);
        if (m2 && m2.value !== "approx" && !["이상", "이하", "미만", "초과", "이내"].includes(s.slice(k2, m2.end))) m = m2;
      }
    }
    if (!m) return null;
    // The qualifier must end its word or go on as a verb/particle (가량의, 이상이다, 넘는).
    return { end: m.end, role: m.value };
  }
}

function fakeNumeral(start: number, end: number, value: Rat): Numeral {
  return {
    value, start, end, digits: false, hangul: end - start, multiplier: false, bigExp: 0, trailingExp: 0,
    native: false, plainInteger: false, decimal: false, vagueMax: null, approx: false, fallback: null,
  };
}

