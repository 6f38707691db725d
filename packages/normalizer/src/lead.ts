import { isHangul } from "@sinmun/core";
import { digitValue } from "./chars";
import { skipSpaces, startsWithAny } from "./cursor";
import type { Lexicon, QualifierRole } from "./lexicon";

/** A scale word that changes how the unit after the number reads: 섭씨/화씨 degrees, 시속 speeds. */
export type Scale = "°C" | "°F" | "speed";

/** What an amount may start with before its number: a qualifier, a sign, a scale word. */
export interface Lead {
  /** Where the number (or a fused word such as 사흘) starts, after the lead and its spaces. */
  at: number;
  /** A bound from a prefix qualifier (최대 → max_incl, 최소 → min_incl), or null. */
  role: QualifierRole | null;
  /** A prefix qualifier of approximation (약, 대략, 얼추). */
  approx: boolean;
  /** A minus sign or word (-, −, 마이너스, 음수, 영하), flipped again by 영하 after a scale word. */
  negative: boolean;
  scale: Scale | null;
}

const MINUS_WORDS = ["마이너스", "마이나스", "음수", "영하"];
const SCALE_WORDS: Readonly<Record<string, Scale>> = { 섭씨: "°C", 화씨: "°F", 시속: "speed" };

/**
 * Reads what comes before the number at `p`: a prefix qualifier (약, 최대), then a sign (-, +,
 * 마이너스, 영하), then a scale word (섭씨, 화씨, 시속) with its own minus. `strict` (one expression)
 * allows up to 8 spaces between the parts, running text one.
 *
 * @example
 * readLead("약 54조 원", 0, false, lexicon());      // → { at: 2, approx: true, role: null, negative: false, scale: null }
 * readLead("섭씨 영하 5도", 0, true, lexicon());    // → { at: 8, approx: false, role: null, negative: true, scale: "°C" }
 */
export function readLead(s: string, p: number, strict: boolean, lex: Pick<Lexicon, "prefixQualifiers">): Lead {
  const spaces = strict ? 8 : 1;
  let q = p;
  let role: QualifierRole | null = null;
  let approx = false;
  const pq = isHangul(s.charCodeAt(q)) ? lex.prefixQualifiers.match(s, q) : null;
  if (pq) {
    const after = skipSpaces(s, pq.end, spaces);
    if (after < s.length && !isHangulWordGlue(s, pq.end, after)) {
      q = after;
      if (pq.value === "approx") approx = true;
      else role = pq.value;
    }
  }
  let negative = false;
  const c = s.charCodeAt(q);
  if ((c === 0x2d || c === 0x2212) && minusApplies(s, q, strict)) {
    negative = true;
    q = skipSpaces(s, q + 1, spaces);
  } else if (c === 0x2b && digitValue(s.charCodeAt(q + 1)) >= 0) {
    q = q + 1;
  } else if (c === 0xb9c8 /* 마 */ || c === 0xc74c /* 음 */ || c === 0xc601 /* 영 */) {
    const w = startsWithAny(s, q, MINUS_WORDS);
    if (w) {
      negative = true;
      q = skipSpaces(s, q + w.length, spaces);
    }
  }
  let scale: Scale | null = null;
  const c0 = s.charCodeAt(q);
  const sc = c0 === 0xc12d || c0 === 0xd654 || c0 === 0xc2dc ? startsWithAny(s, q, Object.keys(SCALE_WORDS)) : null;
  if (sc) {
    scale = SCALE_WORDS[sc] ?? null;
    q = skipSpaces(s, q + sc.length, spaces);
    const w = startsWithAny(s, q, ["마이너스", "영하", "-"]);
    if (w) {
      negative = !negative;
      q = skipSpaces(s, q + w.length, spaces);
    }
  }
  return { at: q, role, approx, negative, scale };
}

/** A minus sign at `q` is a sign before digits; in strict mode also before spaced digits or Hangul (- 5, -오). */
function minusApplies(s: string, q: number, strict: boolean): boolean {
  if (digitValue(s.charCodeAt(q + 1)) >= 0) return true;
  if (!strict) return false;
  const k = skipSpaces(s, q + 1, 8);
  return digitValue(s.charCodeAt(k)) >= 0 || s.charCodeAt(k) >= 0xac00;
}

/** 최대주주, 약속: a prefix qualifier glued to more Hangul that is not a numeral is a different word. */
function isHangulWordGlue(s: string, end: number, after: number): boolean {
  if (after > end) return false;
  const c = s.charCodeAt(end);
  if (!isHangul(c)) return false;
  return !"일이삼사오육칠팔구십백천만억조수몇한두세네다여열스서마쉰예아".includes(s[end] as string);
}
