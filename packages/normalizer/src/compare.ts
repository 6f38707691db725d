import { type Found, Scanner } from "./scan";
import { type Rat, cmp } from "./rational";

type Role = "ge" | "gt" | "le" | "lt" | "eq";

// Relation phrases after a number (strict mode only). Anchored, no nested quantifiers: linear.
const RELATIONS: [RegExp, Role][] = [
  [/^\s*보다\s*(?:는\s*)?(?:크거나|많거나|높거나)\s*(?:그와\s*)?같(?:다|고|은)?/, "ge"],
  [/^\s*(?:이거나|거나)\s*그보다\s*(?:크|많|높)(?:다|은)/, "ge"],
  [/^\s*(?:혹은|또는)\s*그\s*이상/, "ge"],
  [/^\s*[과와]\s*같거나\s*그보다\s*(?:많|크|높)(?:다|은)/, "ge"],
  [/^\s*>=/, "ge"],
  [/^\s*보다\s*(?:는\s*)?(?:작거나|적거나|낮거나)\s*(?:그와\s*)?같(?:다|고|은)?/, "le"],
  [/^\s*(?:이거나|거나)\s*그보다\s*(?:작|적|낮)(?:다|은)/, "le"],
  [/^\s*(?:혹은|또는)\s*그\s*미만/, "le"],
  [/^\s*(?:혹은|또는)\s*그보다\s*(?:작은|적은|적게|낮은)/, "le"],
  [/^\s*[과와]\s*같거나\s*(?:작|적|낮)은/, "le"],
  [/^\s*에\s*달하는/, "le"],
  [/^\s*<=/, "le"],
  [/^\s*보다\s*(?:는\s*)?(?:크|많|높)(?:다|고|은|지만|거나|습니다)/, "gt"],
  [/^\s*보다\s*큰/, "gt"],
  [/^\s*[을를]\s*초과하는/, "gt"],
  [/^\s*[이가]\s*넘(?:는다|었다|는|은)/, "gt"],
  [/^\s*보다\s*(?:는\s*)?(?:작|적|낮)(?:다|고|은|지만|습니다)/, "lt"],
  [/^\s*[과와]\s*같(?:다)?/, "eq"],
  [/^\s*에\s*해당하는/, "eq"],
  [/^\s*이다/, "eq"],
];

const JOINERS = /^\s*(?:,|그리고)?\s*/;

/**
 * Comparative and interval phrases that parseAmount reads as bounds: 30보다 크거나 같다, 100 또는 그 미만,
 * 이십보다 크고 삼십오보다 작다, 20과 30 사이, >10, ≤-30, 정확히 20. Returns null when the text is not one.
 */
export function parseComparative(s: string, start: number, end: number): Found | null {
  const scanner = new Scanner(s, true);
  let pos = start;
  let lead: Role | null = null;
  const sym = /^(>=|<=|≥|≤|>|<|정확히)\s*/.exec(s.slice(pos, Math.min(end, pos + 8)));
  if (sym) {
    const t = sym[1];
    lead = t === ">=" || t === "≥" ? "ge" : t === "<=" || t === "≤" ? "le" : t === ">" ? "gt" : t === "<" ? "lt" : "eq";
    pos += sym[0].length;
  }
  let min: Rat | null = null;
  let max: Rat | null = null;
  let minInc = false;
  let maxInc = false;
  let value: Rat | null = null;
  let base: Found | null = null;
  let clauses = 0;
  while (pos < end && clauses < 4) {
    const { found } = scanner.scan(pos);
    if (!found || found.end > end) return null;
    if (base && (found.unit !== base.unit)) return null;
    base = base ?? found;
    pos = found.end;
    clauses++;
    let role: Role | null = clauses === 1 ? lead : null;
    const rest = s.slice(pos, Math.min(end, pos + 40));
    for (const [re, r] of RELATIONS) {
      const m = re.exec(rest);
      if (m) {
        role = r;
        pos += m[0].length;
        break;
      }
    }
    // 20과 30 사이, 십등에서 십오등 사이, 20에서 100
    if (!role && found.value) {
      const m = /^\s*(?:과|와|에서부터|에서)\s*/.exec(s.slice(pos, Math.min(end, pos + 12)));
      if (m) {
        const second = scanner.scan(pos + m[0].length).found;
        if (second && second.value && second.end <= end) {
          const tail = /^\s*(?:사이|까지)/.exec(s.slice(second.end, Math.min(end, second.end + 8)));
          const lo = found.value;
          const hi = second.value;
          min = cmp(lo, hi) <= 0 ? lo : hi;
          max = cmp(lo, hi) <= 0 ? hi : lo;
          minInc = true;
          maxInc = true;
          pos = tail ? second.end + tail[0].length : second.end;
          continue;
        }
      }
    }
    const v = found.value;
    if (role && v) {
      if (role === "ge" || role === "gt") {
        min = v;
        minInc = role === "ge";
      } else if (role === "le" || role === "lt") {
        max = v;
        maxInc = role === "le";
      } else {
        value = v;
        min = v;
        max = v;
        minInc = true;
        maxInc = true;
      }
    } else if (!role) {
      if (found.min !== undefined) {
        min = found.min;
        minInc = found.minInclusive ?? false;
      }
      if (found.max !== undefined) {
        max = found.max;
        maxInc = found.maxInclusive ?? false;
      }
      if (found.min === undefined && found.max === undefined) return null;
    } else return null;
    const j = JOINERS.exec(s.slice(pos, Math.min(end, pos + 8)));
    if (j) pos += j[0].length;
  }
  if (!base || pos !== end || (min === null && max === null)) return null;
  const out: Found = { start, end, kind: base.kind, value, unit: base.unit, approx: base.approx };
  if (min !== null) {
    out.min = min;
    out.minInclusive = minInc;
  }
  if (max !== null) {
    out.max = max;
    out.maxInclusive = maxInc;
  }
  return out;
}
