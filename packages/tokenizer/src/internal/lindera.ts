import type { Morph } from "./morph";

interface LinderaToken {
  surface: string;
  byteStart: number;
  byteEnd: number;
  partOfSpeechTag?: string;
  meaning?: string;
  presenceAbsence?: string;
  type?: string;
  expression?: string;
}
interface LinderaTokenizer {
  tokenize(text: string): LinderaToken[];
}

let shared: LinderaTokenizer | undefined;
let buildMs = 0;

/** The process-wide lindera ko-dic tokenizer, built on first use (~1 s). */
export function linderaTokenizer(): LinderaTokenizer {
  if (shared === undefined) {
    const t0 = Date.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lindera = require("lindera-wasm-nodejs-cjk") as {
      TokenizerBuilder: new () => { setDictionary(uri: string): void; build(): LinderaTokenizer };
    };
    const builder = new lindera.TokenizerBuilder();
    builder.setDictionary("embedded://ko-dic");
    shared = builder.build();
    buildMs = Date.now() - t0;
  }
  return shared;
}

/** Milliseconds the shared lindera tokenizer took to build (0 before it is built). */
export function linderaBuildMs(): number {
  return buildMs;
}

/** Characters per lindera call: pieces are joined with "\n" up to this size. */
const BATCH = 16000;

/**
 * Analyses each piece with lindera; returns the morphs of each piece with UTF-16 offsets relative
 * to the piece. lindera reports UTF-8 byte offsets into the string it was given: they are walked
 * back to UTF-16 indices in one pass. Then repairs the subject particle 이, which the ko-dic
 * embedded in lindera-wasm-nodejs-cjk 2.0.0 lacks (see {@link repairParticleI}).
 */
export function analyseEmbedded(pieces: string[]): Morph[][] {
  const out = analyseRaw(pieces);
  repairParticleI(pieces, out);
  return out;
}

function analyseRaw(pieces: string[]): Morph[][] {
  const tk = linderaTokenizer();
  const out: Morph[][] = pieces.map(() => []);
  let i = 0;
  while (i < pieces.length) {
    let j = i;
    let size = 0;
    while (j < pieces.length && (j === i || size + (pieces[j] as string).length < BATCH)) {
      size += (pieces[j] as string).length + 1;
      j++;
    }
    const joined = j === i + 1 ? (pieces[i] as string) : pieces.slice(i, j).join("\n");
    const raw = tk.tokenize(joined);
    // cursor: UTF-16 index u at UTF-8 byte b of `joined`
    let u = 0;
    let b = 0;
    let piece = i;
    let pieceStart = 0;
    let pieceEnd = (pieces[i] as string).length;
    const toUtf16 = (target: number): number => {
      while (b < target) {
        const c = joined.charCodeAt(u);
        if (c < 0x80) {
          b += 1;
          u += 1;
        } else if (c < 0x800) {
          b += 2;
          u += 1;
        } else if (c >= 0xd800 && c <= 0xdbff) {
          b += 4;
          u += 2;
        } else {
          b += 3;
          u += 1;
        }
      }
      return u;
    };
    for (const t of raw) {
      const start = toUtf16(t.byteStart);
      const end = toUtf16(t.byteEnd);
      while (start >= pieceEnd + 1 && piece < j - 1) {
        piece++;
        pieceStart = pieceEnd + 1;
        pieceEnd = pieceStart + (pieces[piece] as string).length;
      }
      if (end > pieceEnd || end <= start) continue; // a token across the "\n" joint (cannot happen) or empty
      const c0 = joined.charCodeAt(start);
      if (c0 === 0x20 || c0 === 0x0a || c0 === 0x09 || c0 === 0x0d) continue;
      (out[piece] as Morph[]).push({
        start: start - pieceStart,
        end: end - pieceStart,
        pos: t.partOfSpeechTag === "UNK" || t.partOfSpeechTag === undefined ? "" : t.partOfSpeechTag,
        semantic: t.meaning ?? "*",
        batchim: t.presenceAbsence ?? "*",
        type: t.type ?? "*",
        expression: t.expression ?? "*",
      });
    }
    i = j;
  }
  return out;
}

const NOMINAL = /^(NNG|NNP|NNB|NNBC|NR|NP|XSN|ETN)$/;
const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
const jongseong = (c: number): number => (c >= 0xac00 && c <= 0xd7a3 ? (c - 0xac00) % 28 : 0);
const I = 0xc774; // 이

function jks(start: number): Morph {
  return { start, end: start + 1, pos: "JKS", semantic: "*", batchim: "F", type: "*", expression: "*" };
}

/**
 * lindera-wasm-nodejs-cjk 2.0.0's ko-dic has no entry whose surface is exactly 이 (JKS, VCP, MM,
 * NP, NR): `사람이` comes out as 사람 + 이/UNK, and `계약이` as 계/NNG + 약이/NNG. For an eojeol
 * that ends in 이 after a syllable with batchim (before trailing punctuation), the part before 이 is
 * analysed again; when it ends in a noun and that analysis plus 이/JKS has no more tokens than
 * lindera's, it wins. A lone eojeol 이 before another word becomes the determiner 이/MM.
 */
export function repairParticleI(pieces: string[], out: Morph[][]): void {
  interface Candidate { piece: number; a: number; p: number; first: number; last: number }
  const cands: Candidate[] = [];
  pieces.forEach((piece, pi) => {
    const ms = out[pi] as Morph[];
    let k = 0;
    while (k < ms.length) {
      // the morphs of one eojeol: consecutive with no space between them
      let e = k;
      while (e + 1 < ms.length && !hasSpace(piece, (ms[e] as Morph).end, (ms[e + 1] as Morph).start)) e++;
      let last = e;
      while (last > k && isSymbol(piece.charCodeAt((ms[last] as Morph).start))) last--;
      const lm = ms[last] as Morph;
      const p = lm.end - 1;
      const a = (ms[k] as Morph).start;
      if (piece.charCodeAt(p) === I && lm.pos !== "" && /JKS|VCP/.test(lm.pos)) {
        // already analysed as a particle or copula
      } else if (piece.charCodeAt(p) === I && p === a && lm.end - lm.start === 1 && lm.pos === "" && e === last) {
        const next = ms[e + 1];
        if (next !== undefined && next.pos !== "" && !isSymbol(piece.charCodeAt(next.start))) {
          ms[last] = { ...lm, pos: "MM", batchim: "F" };
        }
      } else if (piece.charCodeAt(p) === I && p > a && jongseong(piece.charCodeAt(p - 1)) !== 0) {
        cands.push({ piece: pi, a, p, first: k, last });
      }
      k = e + 1;
    }
  });
  if (cands.length === 0) return;
  const again = analyseRaw(cands.map((c) => (pieces[c.piece] as string).slice(c.a, c.p)));
  // apply from the end so earlier indexes stay valid
  for (let ci = cands.length - 1; ci >= 0; ci--) {
    const c = cands[ci] as Candidate;
    const xs = again[ci] as Morph[];
    const tail = xs[xs.length - 1];
    if (tail === undefined || tail.end !== c.p - c.a || !NOMINAL.test(tail.pos)) continue;
    if (xs.length + 1 > c.last - c.first + 1) continue;
    const ms = out[c.piece] as Morph[];
    const repl = xs.map((m) => ({ ...m, start: m.start + c.a, end: m.end + c.a }));
    repl.push(jks(c.p));
    ms.splice(c.first, c.last - c.first + 1, ...repl);
  }
}

function hasSpace(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpaceCode(s.charCodeAt(i)) || s.charCodeAt(i) === 0x0a) return true;
  return false;
}

function isSymbol(c: number): boolean {
  return !((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x4e00 && c <= 0x9fff) || c > 0xff00);
}
