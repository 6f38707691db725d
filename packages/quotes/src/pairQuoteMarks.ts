/** A matched pair of quote marks. `open` and `close` are the indices of the marks themselves. */
export interface MarkPair {
  open: number;
  close: number;
  /** 0 for a top-level pair, 1 for a quote inside a quote, … */
  depth: number;
  /** "double" for “…” and "…", "single" for ‘…’ and '…', "corner" for 「…」 and 『…』. */
  family: "double" | "single" | "corner";
  /** Index (in the returned list) of the enclosing pair, or -1. */
  parent: number;
}

const MAX_DEPTH = 3;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * Pairs quote marks in one linear pass. Double marks pair with any double mark (so the careless
 * “…" and "…” still pair), single with single, corner brackets with their own closer. A line
 * break drops every quote still open, so an unclosed quote never swallows the next paragraph;
 * nesting deeper than three levels is ignored. Returns pairs sorted by their opening mark.
 */
export function pairQuoteMarks(text: string): MarkPair[] {
  const out: MarkPair[] = [];
  const stack: { open: number; family: MarkPair["family"]; closer: string; slot: number }[] = [];
  const marks = /["“”‘’'「」『』＂″′\n\r\u2029]/gu;
  let found: RegExpExecArray | null;
  while ((found = marks.exec(text)) !== null) {
    const i = found.index;
    const c = found[0];
    if (c === "\n" || c === "\r" || c === "\u2029") {
      stack.length = 0;
      continue;
    }
    const top = stack[stack.length - 1];
    const isDouble = c === "“" || c === "”" || c === '"' || c === "＂" || c === "″";
    const isSingle = c === "‘" || c === "’" || c === "'" || c === "′";
    if (top) {
      let closes = false;
      if (top.family === "double" && isDouble && c !== "“") closes = true;
      else if (top.family === "double" && c === "“" && !isWordChar(text[i + 1])) closes = true;
      else if (top.family === "single" && (c === "’" || c === "'" || c === "′")) {
        closes = c === "’" || !isWordChar(text[i + 1]);
      } else if (top.family === "corner" && c === top.closer) closes = true;
      if (closes) {
        stack.pop();
        const pair = out[top.slot];
        if (pair) pair.close = i;
        continue;
      }
      // A closer of an outer family closes everything above it (unbalanced inner quote).
      if ((top.family !== "double" && isDouble && c !== "“") || (c === "」" || c === "』")) {
        let k = stack.length - 2;
        while (k >= 0) {
          const s = stack[k]!;
          if ((s.family === "double" && isDouble) || (s.family === "corner" && c === s.closer)) break;
          k--;
        }
        if (k >= 0) {
          const s = stack[k]!;
          stack.length = k;
          const pair = out[s.slot];
          if (pair) pair.close = i;
          continue;
        }
      }
    }
    let family: MarkPair["family"] | undefined;
    let closer = "";
    if (c === "“" || ((c === '"' || c === "＂") && !top)) family = "double";
    else if (c === '"' && top) family = "double";
    else if (c === "‘") family = "single";
    else if (c === "'" && !isWordChar(text[i - 1])) family = "single";
    else if (c === "「") { family = "corner"; closer = "」"; }
    else if (c === "『") { family = "corner"; closer = "』"; }
    if (!family || stack.length >= MAX_DEPTH) continue;
    const parent = top ? top.slot : -1;
    out.push({ open: i, close: -1, depth: stack.length, family, parent });
    stack.push({ open: i, family, closer, slot: out.length - 1 });
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
