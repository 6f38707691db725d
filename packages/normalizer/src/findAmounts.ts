import type { Amount } from "@sinmun/core";
import { Scanner } from "./scan";
import { isFiniteAmount, toAmount } from "./toAmount";
import { digitValue, isLatin, isWordChar } from "./chars";

// First characters of the Hangul words an amount can start with: numerals, 수/몇, prefix qualifiers, signs.
const HANGUL_STARTS = new Set(
  "일이삼사오육칠팔구십백천만억조경수몇한두세네다여열스서마쉰예아약대얼줄최적음영섭화시나닷엿보하".split("").map((c) => c.charCodeAt(0)),
);
const SYMBOL_STARTS = new Set(["$", "₩", "￦", "¥", "￥", "€", "£", "₹", "₽", "฿"].map((c) => c.charCodeAt(0)));

const MULTIPLIERS = "십백천만억조경";
const WORD_STARTS = ["시속", "섭씨", "화씨", "하루", "이틀", "사흘", "나흘", "닷새", "엿새", "열흘", "보름", "여드레", "아흐레", "열하루", "열이틀", "열사흘", "열나흘", "스무날", "일주일", "대략", "얼추", "줄잡아", "최대", "최소", "최고", "최저", "적어도", "음수", "마이너스", "영하", "마흔", "여든", "여섯", "여덟", "아홉", "아흔", "예순", "쉰", "서른", "스물", "스무", "열", "다섯", "일곱", "일흔", "한", "두", "세", "네", "약"];

const MULTIPLIER_C = new Set([...MULTIPLIERS].map((c) => c.charCodeAt(0)));
const DIGIT_WORD_C = new Set([..."일이삼사오육칠팔구수몇"].map((c) => c.charCodeAt(0)));
const WORDS_BY_FIRST = new Map<number, string[]>();
for (const w of WORD_STARTS) WORDS_BY_FIRST.set(w.charCodeAt(0), [...(WORDS_BY_FIRST.get(w.charCodeAt(0)) ?? []), w]);

/** Cheap test before a full scan: can an amount start with this Hangul word? */
function plausibleHangulStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (MULTIPLIER_C.has(c)) return true;
  if (DIGIT_WORD_C.has(c) && MULTIPLIER_C.has(text.charCodeAt(i + 1))) return true;
  const words = WORDS_BY_FIRST.get(c);
  if (words) for (const w of words) if (text.startsWith(w, i)) return true;
  return false;
}

// One byte per UTF-16 code unit: can an amount start here? (1 digit, 2 symbol, 3 sign, 4 Latin capital, 5 Hangul)
const START = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) START[c] = 1;
for (let c = 0xff10; c <= 0xff19; c++) START[c] = 1;
for (const c of SYMBOL_STARTS) START[c] = 2;
for (const c of [45, 0x2212, 43]) START[c] = 3;
for (let c = 65; c <= 90; c++) START[c] = 4;
for (const c of HANGUL_STARTS) START[c] = 5;

/**
 * Finds every amount in running text — money, percent, %p, bp, quantities with units or Korean counters,
 * durations, and bare numbers written with 만/억/조 — with exact spans into `text`
 * (`text.slice(a.start, a.end) === a.text`), sorted, never overlapping. Years and dates (2027년, 3일),
 * ranks (1위), quarters (3분기), times (오후 3시), phone numbers, stock codes, versions and model names
 * (iOS 18, H100, GPT-4) are not amounts. Linear in the length of the text; never throws.
 *
 * @example
 * findAmounts("삼성전자는 3분기 영업이익이 9조1000억원으로 12% 늘었다고 밝혔다.");
 * // → [ { start: 16, end: 24, text: "9조1000억원", kind: "money", value: 9100000000000, unit: "KRW", … },
 * //      { start: 27, end: 30, text: "12%", kind: "percent", value: 12, unit: "%", … } ]
 */
export function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  if (typeof text !== "string" || text.length === 0) return out;
  const scanner = new Scanner(text, false);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (START[c] === 0) {
      i++;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    let candidate = false;
    if (digitValue(c) >= 0) {
      candidate = !isWordChar(prev) && digitValue(prev) < 0 && prev !== 46 && prev !== 0xff0e && prev !== 95;
      if (candidate && (prev === 45 || prev === 0x2d) && i >= 2) {
        const pp = text.charCodeAt(i - 2);
        if (isWordChar(pp) || digitValue(pp) >= 0) candidate = false;
      }
      if (candidate && prev === 58 /* : */ && i >= 2 && digitValue(text.charCodeAt(i - 2)) >= 0) candidate = false;
    } else if (SYMBOL_STARTS.has(c)) {
      candidate = true;
    } else if ((c === 45 || c === 0x2212 || c === 43) && digitValue(text.charCodeAt(i + 1)) >= 0) {
      candidate = !isWordChar(prev) && digitValue(prev) < 0 && prev !== 45;
    } else if (isLatin(c)) {
      // ISO codes and US$/HK$ before a number: USD 38 billion, US$ 1,234.
      candidate = !isLatin(prev) && c >= 65 && c <= 90 && digitValue(prev) < 0;
    } else if (HANGUL_STARTS.has(c)) {
      candidate = !isWordChar(prev) && digitValue(prev) < 0 && plausibleHangulStart(text, i);
    }
    if (!candidate) {
      i++;
      continue;
    }
    let result: ReturnType<Scanner["scan"]>;
    try {
      result = scanner.scan(i);
    } catch {
      result = { found: null, next: i + 1 };
    }
    if (result.found && result.found.end > i) {
      const amount = toAmount(result.found, text);
      if (isFiniteAmount(amount)) out.push(amount);
      i = result.found.end;
    } else {
      // Skip past what was read, but not past a word boundary inside it for Latin starts.
      i = Math.max(i + 1, isLatin(c) ? i + 1 : result.next);
    }
  }
  return link(text, withIndexLevels(text, out.filter((a) => !isLexicalized(a))));
}

/**
 * Words that look like a native numeral and a counter written together but are not numbers:
 * 한편 (meanwhile), 세종 (the city), 한때, 한번, 한가지 (`한 편`, `세 종` with a space stay amounts).
 */
const LEXICALIZED = new Set(["한편", "세종", "한때", "한번", "한가지"]);

function isLexicalized(a: Amount): boolean {
  if (a.text.length <= 3 && LEXICALIZED.has(a.text)) return true;
  // 동 is the Vietnamese đồng only with a big magnitude (10만 동, 2만5000동); 101동, 3동 are buildings and districts.
  if (a.unit === "VND" && a.text.endsWith("동") && !/[만억조]/u.test(a.text)) return true;
  // Words that start like a numeral and a counter: 세종대왕, 약세장. A glued count written informally
  // (두명, 한개, 두마리) stays a count: KLUE and review text tag those as quantities.
  return a.kind === "quantity" && /^(?:세종|약세)/u.test(a.text);
}

// Stock-index names: a bare level (2,626.34) or a point move written `20.38p` counts only in their sentence.
const INDEX_NAME = /코스피|코스닥|다우|나스닥|S&P|닛케이|니케이|항셍|상하이종합|선전성분|유로스톡스|DAX|FTSE|CAC|KOSPI|KOSDAQ|지수|증시|장을|마감/u;
const LEVEL = /(?<![\d.,])((?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}|\d{1,3}(?:,\d{3})+)(?![\d.,%])/gu;
const AFTER_LEVEL = /^(?:으로|로|에|선|까지|대|을|를|이|가|,|\)|\s|$)/u;

/** Whether an index name occurs in the 60 characters before `at`, within its sentence and line. */
function inIndexContext(text: string, at: number): boolean {
  let from = Math.max(0, at - 60);
  const window = text.slice(from, at);
  const cut = Math.max(window.lastIndexOf("\n"), window.lastIndexOf(". "), window.lastIndexOf("다."));
  if (cut >= 0) from += cut + 1;
  return INDEX_NAME.test(text.slice(from, at));
}

/** Adds the index levels (코스피는 … 2,626.34로) that no amount covers yet, as kind `index`; drops a `30p` that is no point move. */
function withIndexLevels(text: string, amounts: Amount[]): Amount[] {
  const kept = amounts.filter((a) => a.kind !== "points" || !a.text.endsWith("p") || text[a.end] === "(" || inIndexContext(text, a.start));
  if (!/\d[.,]\d/u.test(text)) return kept;
  const extra: Amount[] = [];
  let k = 0;
  LEVEL.lastIndex = 0;
  for (let m = LEVEL.exec(text); m; m = LEVEL.exec(text)) {
    const num = m[1] as string;
    const start = m.index;
    const end = start + num.length;
    if (!AFTER_LEVEL.test(text.slice(end, end + 2))) continue;
    while (k < kept.length && (kept[k] as Amount).end <= start) k++;
    if (k < kept.length && (kept[k] as Amount).start < end) continue;
    if (!inIndexContext(text, start)) continue;
    const decimal = num.replace(/,/g, "");
    // 2,600선: a round level with 선 is approximate, and 선 is part of the amount.
    const line = text[end] === "선" && !/[가-힣]/u.test(text[end + 1] ?? "") || /^선[을이에의은도까]/u.test(text.slice(end, end + 2));
    const spanEnd = line ? end + 1 : end;
    extra.push({ start, end: spanEnd, text: text.slice(start, spanEnd), kind: "index", value: Number(decimal), decimal: trimDecimal(decimal), unit: null, approx: line });
  }
  if (extra.length === 0) return kept;
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}

function trimDecimal(d: string): string {
  return d.includes(".") ? d.replace(/0+$/u, "").replace(/\.$/u, "") : d;
}

const CHANGE_GAP = /^\s*(?:에서|서)\s*$/u;
const CHANGE_END = /^\s*(?:으로|로)/u;

/**
 * Links `A에서 B로` (3.5%에서 3.25%로 내렸다, 1조1000억 원에서 1조4000억 원으로 올렸다) as a change:
 * both amounts get `change: { from, to }`, their indices in the returned array.
 */
function link(text: string, amounts: Amount[]): Amount[] {
  for (let i = 0; i + 1 < amounts.length; i++) {
    const a = amounts[i] as Amount;
    const b = amounts[i + 1] as Amount;
    if (a.change || a.kind !== b.kind || a.unit !== b.unit || a.value === null || b.value === null) continue;
    if (b.start - a.end > 8 || !CHANGE_GAP.test(text.slice(a.end, b.start))) continue;
    if (!CHANGE_END.test(text.slice(b.end, b.end + 4))) continue;
    const change = { from: i, to: i + 1 };
    a.change = change;
    b.change = { ...change };
    i++;
  }
  return amounts;
}
