/** Longest piece handed to an analyser in one go (UTF-16 units); ≤ 3 bytes each in UTF-8. */
export const MAX_PIECE = 2000;
/**
 * Length of the pieces a text with no space is cut into. ko-dic groups a run of unknown Hangul into
 * one candidate from every start position, so a lattice over a space-less run costs O(run²).
 */
export const MAX_RUN = 200;

const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x0b || c === 0x0c;

/** Digits and the separators inside numbers (`.` and `,`). */
const isNumeric = (c: number): boolean => (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e;

/**
 * Splits `s[from, to)` into ranges that hold no line break, are at most `max` units long and
 * are not whitespace only. A long line is cut after a sentence end (`.?!` + space), else at the
 * last space, else at `max` (never between the halves of a surrogate pair). A space-less run is cut
 * every MAX_RUN units, not inside a number that ends within MAX_RUN more.
 */
export function splitPieces(s: string, from: number, to: number, max: number = MAX_PIECE): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const emit = (a: number, b: number): void => {
    for (let i = a; i < b; i++) {
      if (!isSpace(s.charCodeAt(i))) {
        out.push([a, b]);
        return;
      }
    }
  };
  // a space-less run longer than MAX_RUN gets a piece of its own, cut every MAX_RUN units
  const push = (a: number, b: number): void => {
    let from = a;
    let run = a;
    for (let i = a; i <= b; i++) {
      if (i < b && !isSpace(s.charCodeAt(i))) continue;
      if (i - run > MAX_RUN) {
        emit(from, run);
        let k = run;
        while (i - k > MAX_RUN) {
          let cut = k + MAX_RUN;
          const h = s.charCodeAt(cut - 1);
          if (h >= 0xd800 && h <= 0xdbff) cut--;
          // never inside a number (`1,000,…,000` with 50 commas stays one SN): move the cut to the
          // number's end when that is at most MAX_RUN further
          if (isNumeric(s.charCodeAt(cut - 1)) && isNumeric(s.charCodeAt(cut))) {
            let e = cut;
            while (e < i && e - cut < MAX_RUN && isNumeric(s.charCodeAt(e))) e++;
            if (e === i || !isNumeric(s.charCodeAt(e))) cut = e;
          }
          emit(k, cut);
          k = cut;
        }
        from = k;
      }
      run = i + 1;
    }
    emit(from, b);
  };
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? s.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x0d) continue;
    let a = lineStart;
    while (to - a > 0 && i - a > max) {
      let cut = -1;
      for (let j = a + max; j > a + (max >> 2); j--) {
        const p = s.charCodeAt(j - 1);
        if (isSpace(s.charCodeAt(j)) && (p === 0x2e || p === 0x3f || p === 0x21 || p === 0x3002)) {
          cut = j;
          break;
        }
      }
      if (cut < 0) {
        for (let j = a + max; j > a; j--) {
          if (isSpace(s.charCodeAt(j))) {
            cut = j;
            break;
          }
        }
      }
      if (cut < 0) {
        cut = a + max;
        const h = s.charCodeAt(cut - 1);
        if (h >= 0xd800 && h <= 0xdbff) cut--;
      }
      push(a, cut);
      a = cut;
    }
    push(a, i);
    lineStart = i + 1;
  }
  return out;
}
