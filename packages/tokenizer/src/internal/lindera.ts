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
 * back to UTF-16 indices in one pass.
 */
export function analyseEmbedded(pieces: string[]): Morph[][] {
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
