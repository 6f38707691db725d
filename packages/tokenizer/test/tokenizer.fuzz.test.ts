import fc from "fast-check";
import { checkDoc, type Token } from "@sinmun/core";
import { createRecognizer } from "@sinmun/ner";
import { createTokenizer, type EmbeddedTokenizer } from "@sinmun/tokenizer";
import { FUZZ, runs, atom, newsArb, docArb, show } from "../../../scripts/fuzz-arbitraries";

// Property-based robustness tests for @sinmun/tokenizer (issue 8), embedded backend with the
// bundled entity overlay (as the CLI builds it). The tokenizer runs ~60K chars/s, so it gets
// fewer cases than the cheap functions. Run counts and arbitraries: scripts/fuzz-arbitraries.ts.
jest.setTimeout(FUZZ === undefined ? 120_000 : 6 * 3_600_000);

/** Space or control: characters a tokenizer may leave uncovered. */
const SKIPPABLE = /[\s\u0000-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff]/;
function tokenProblems(text: string, tokens: Token[]): string[] {
  const p = checkDoc({ text, sentences: [], tokens }).map((v) => `${v.path}: ${v.message}`);
  const covered = new Uint8Array(text.length);
  let prev: Token | undefined;
  for (const t of tokens) {
    const at = `${t.start}..${t.end} ${show(t.text)}`;
    if (t.end <= t.start) p.push(`${at}: empty token`);
    if (prev && t.start < prev.end) p.push(`${at}: overlaps ${prev.start}..${prev.end}`);
    if (prev && t.eojeol < prev.eojeol) p.push(`${at}: eojeol goes back`);
    if (prev && t.sentence < prev.sentence) p.push(`${at}: sentence goes back`);
    if (!Number.isInteger(t.eojeol) || t.eojeol < 0 || !Number.isInteger(t.sentence) || t.sentence < 0) p.push(`${at}: eojeol ${t.eojeol} sentence ${t.sentence}`);
    if (typeof t.pos !== "string" || t.pos === "" || t.tags.join("+") !== t.pos) p.push(`${at}: pos ${t.pos} tags ${t.tags.join("+")}`);
    if (typeof t.form !== "string") p.push(`${at}: form ${String(t.form)}`);
    covered.fill(1, t.start, t.end);
    prev = t;
  }
  for (let i = 0; i < text.length; i++) {
    if (covered[i] === 0 && !SKIPPABLE.test(text[i] as string)) {
      p.push(`U+${text.charCodeAt(i).toString(16).padStart(4, "0")} at ${i} not covered`);
      break;
    }
  }
  return p;
}

let tk: EmbeddedTokenizer;
beforeAll(async () => {
  tk = await createTokenizer({ userDictionary: createRecognizer().userDictionary() });
});

describe("tokenizeSync (embedded + 개체 사전 오버레이): 임의 텍스트", () => {
  test("예외 없음, 유효·정렬·비중첩 토큰, 공백 아닌 글자를 모두 덮음, JSON 왕복, 결정적", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const tokens = tk.tokenizeSync(text);
        expect({ text: show(text), problems: tokenProblems(text, tokens) }).toEqual({ text: show(text), problems: [] });
        expect(JSON.parse(JSON.stringify(tokens))).toEqual(tokens);
        expect(tk.tokenizeSync(text)).toEqual(tokens);
      }),
      { numRuns: runs(600, 0.05) },
    );
  });

  test("tokenize(비동기)는 tokenizeSync와 같고, morphs/pos/nouns는 토큰과 맞는다", async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (text) => {
        const tokens = await tk.tokenize(text);
        expect(tokens).toEqual(tk.tokenizeSync(text));
        expect(await tk.morphs(text)).toEqual(tokens.map((t) => t.text));
        expect(await tk.pos(text)).toEqual(tokens.map((t) => [t.text, t.pos]));
        const nouns = await tk.nouns(text);
        expect(nouns.length).toBeLessThanOrEqual(tokens.length);
      }),
      { numRuns: runs(150, 0.01) },
    );
  });

  test("긴 문단(수천 자)과 같은 글자의 긴 반복에도 불변식 유지", () => {
    const longDoc = fc.oneof(
      fc.array(newsArb, { minLength: 5, maxLength: 20 }).map((a) => a.join("\n")),
      fc.tuple(atom, fc.integer({ min: 1_000, max: 20_000 })).map(([s, n]) => s.repeat(n).slice(0, 20_000)),
    );
    fc.assert(
      fc.property(longDoc, (text) => {
        expect({ text: show(text), problems: tokenProblems(text, tk.tokenizeSync(text)) }).toEqual({ text: show(text), problems: [] });
      }),
      { numRuns: runs(30, 0.001) },
    );
  });
});

describe("퍼징이 찾은 반례 (회귀)", () => {
  test.each<[string, string]>(
    ["\u3000”", "a\u3000”", "“0\u3000”라고", "a\u3000)", "\u3000'", "a\u2000”", "a\u2005)", "“\u00a0🌀”라고"].map((t) => [show(t), t]),
  )(
    "ASCII 아닌 공백(U+3000·U+2000~200A·NBSP) 옆의 글자도 토큰이 덮는다: %s",
    (_shown, text) => {
      expect(tokenProblems(text, tk.tokenizeSync(text))).toEqual([]);
    },
  );
});

describe("단어 캐시: 임의 텍스트에서도 캐시를 거친 형태소 = lindera를 곧바로 부른 형태소", () => {
  test("처음(빈 캐시), 두 번째(캐시에서), 다른 글과 나눠 쓰는 캐시, 늘 가득 찬 작은 캐시에서 모두 같다", () => {
    // internals from the sources: the pieces the tokenizer hands lindera are sanitized lines
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { analyseEmbedded, WordCache } = require("../src/internal/lindera") as typeof import("../src/internal/lindera");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { sanitize } = require("../src/internal/sanitize") as typeof import("../src/internal/sanitize");
    const shared = new WordCache();
    // a small cache shared by every case: it is always full, so every case pushes words out
    const small = new WordCache(50);
    fc.assert(
      fc.property(docArb, (text) => {
        const pieces = sanitize(text).split("\n");
        const direct = analyseEmbedded(pieces);
        const fresh = new WordCache();
        expect({ text: show(text), same: analyseEmbedded(pieces, fresh) }).toEqual({ text: show(text), same: direct });
        expect(analyseEmbedded(pieces, fresh)).toEqual(direct);
        expect(analyseEmbedded(pieces, shared)).toEqual(direct);
        expect(analyseEmbedded(pieces, small)).toEqual(direct);
      }),
      { numRuns: runs(300, 0.02) },
    );
  });
});
