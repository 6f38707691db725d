import { QUOTE_MARKS } from "./chars";
import type { QuoteFamily, QuoteMark } from "./chars";

/** A matched pair of quote marks. `open` and `close` are the indices of the marks themselves. */
export interface MarkPair {
  open: number;
  close: number;
  /** 0 for a top-level pair, 1 for a quote inside a quote, … */
  depth: number;
  /** "double" for “…” and "…", "single" for ‘…’ and '…', "corner" for 「…」 and 『…』. */
  family: QuoteFamily;
  /** Index (in the returned list) of the enclosing pair, or -1. */
  parent: number;
}

const MAX_DEPTH = 3;

/** The table by UTF-16 unit, so the scan does one array read per character. */
const MARK_AT: (QuoteMark | undefined)[] = [];
for (const [c, mark] of Object.entries(QUOTE_MARKS)) MARK_AT[c.charCodeAt(0)] = mark;

/**
 * Directionless marks that may open a pair. The primes ″ and ′ only ever close (they follow a
 * word: 5″, 3′), and the full-width ＂ opens only at the top level.
 */
const OPENS_TOP = new Set(['"', "＂", "'"]);
const OPENS_NESTED = new Set(['"', "'"]);

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** The breaks that drop every open quote: LF, CR and PARAGRAPH SEPARATOR. */
function dropsOpenQuotes(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029;
}

interface Open {
  family: QuoteFamily;
  closer: string;
  slot: number;
}

/**
 * Pairs quote marks in one linear pass, reading each mark's family and role from
 * {@link QUOTE_MARKS}. Double marks pair with any double mark (so the careless “…" and "…” still
 * pair), single with single, corner brackets with their own closer. A curly opener or a straight
 * mark before a letter or digit opens rather than closes (‘Don't’: the apostrophe stays inside).
 * A closer of an outer family closes every unbalanced quote inside it. A line break drops every
 * quote still open, so an unclosed quote never swallows the next paragraph; nesting deeper than
 * three levels is ignored. Returns the closed pairs sorted by their opening mark.
 *
 * @example
 * pairQuoteMarks("그는 “고객이 ‘비싸다’고 한다”고 말했다");
 * // → [{ open: 3, close: 17, depth: 0, family: "double", parent: -1 },
 * //    { open: 8, close: 12, depth: 1, family: "single", parent: 0 }]
 */
export function pairQuoteMarks(text: string): MarkPair[] {
  const out: MarkPair[] = [];
  const stack: Open[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mark = MARK_AT[code];
    if (mark === undefined) {
      if (dropsOpenQuotes(code)) stack.length = 0;
      continue;
    }
    const c = text[i] as string;
    const top = stack[stack.length - 1];
    if (top) {
      let closes = false;
      if (top.family === mark.family) {
        if (mark.family === "corner") closes = c === top.closer;
        // A mark that could open closes only when no word follows it.
        else if (mark.role === "close") closes = true;
        else if (mark.role === "open") closes = mark.family === "double" && !isWordChar(text[i + 1]);
        else closes = mark.family === "double" || !isWordChar(text[i + 1]);
      }
      if (closes) {
        stack.pop();
        const pair = out[top.slot];
        if (pair) pair.close = i;
        continue;
      }
      // A closer of an outer family closes everything above it (unbalanced inner quote).
      const outerDouble = mark.family === "double" && mark.role !== "open" && top.family !== "double";
      const outerCorner = mark.family === "corner" && mark.role === "close";
      if (outerDouble || outerCorner) {
        let k = stack.length - 2;
        while (k >= 0) {
          const s = stack[k] as Open;
          if (s.family === mark.family && (s.family === "double" || c === s.closer)) break;
          k--;
        }
        if (k >= 0) {
          const s = stack[k] as Open;
          stack.length = k;
          const pair = out[s.slot];
          if (pair) pair.close = i;
          continue;
        }
      }
    }
    let opens = false;
    if (mark.role === "open") opens = true;
    else if (mark.role === "either") {
      opens = (top ? OPENS_NESTED : OPENS_TOP).has(c);
      // A straight single mark after a letter is an apostrophe (Samsung's), never an opener.
      if (mark.family === "single" && isWordChar(text[i - 1])) opens = false;
    }
    if (!opens || stack.length >= MAX_DEPTH) continue;
    const parent = top ? top.slot : -1;
    out.push({ open: i, close: -1, depth: stack.length, family: mark.family, parent });
    stack.push({ family: mark.family, closer: mark.closer ?? "", slot: out.length - 1 });
  }
  // Drop unclosed pairs, re-indexing parents.
  const keep = new Map<number, number>();
  const result: MarkPair[] = [];
  out.forEach((p, i) => {
    if (p.close < 0) return;
    keep.set(i, result.length);
    result.push({ ...p, parent: p.parent >= 0 ? (keep.get(p.parent) ?? -1) : -1 });
  });
  return result;
}
