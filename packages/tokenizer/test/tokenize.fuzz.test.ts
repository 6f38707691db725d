import fc from "fast-check";
import { createTokenizer, type EmbeddedTokenizer } from "../src/index";
import { expectTokenInvariants } from "./helpers/invariants";

// Property: whatever the text, tokens keep the invariants (valid offsets, in order, no overlap,
// every non-space character covered). FUZZ_RUNS raises the number of runs (`npm run fuzz`).
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

let tk: EmbeddedTokenizer;
beforeAll(async () => {
  tk = await createTokenizer({
    userDictionary: [
      { surface: "오픈AI", pos: "NNP" },
      { surface: "블랙웰 울트라", pos: "NNP" },
      { surface: "가", pos: "NNG" },
    ],
  });
});

const pieces = fc.constantFrom(
  "삼성전자", "는", "오픈AI", "가", "블랙웰", " ", "울트라", "  ", "\n", "\r\n", "\t", "\u3000", "\u00a0", "AWS", "와의", "했다", ".",
  "3", "조", "％", "ＳＫ", "😀", "👨‍👩‍👧", "\ud800", "\udc00", "\u0000", "\u0007", "\ufeff", "\u2028", "이", "다", "“", "”", "漢",
);
const text = fc.oneof(fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join("")), fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }));

describe("tokenize fuzz", () => {
  test("invariants hold on any text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expectTokenInvariants(t, tk.tokenizeSync(t));
      }),
      { numRuns: RUNS },
    );
  });
});
