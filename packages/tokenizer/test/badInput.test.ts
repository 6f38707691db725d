import { SinmunError } from "@sinmun/core";
import { createTokenizer, toMecabUserCsv, type EmbeddedTokenizer } from "../src/index";
import { expectTokenInvariants } from "./helpers/invariants";

let tk: EmbeddedTokenizer;
beforeAll(async () => {
  tk = await createTokenizer({ userDictionary: [{ surface: "오픈AI", pos: "NNP" }] });
});

describe("odd input never crashes and keeps offsets valid", () => {
  const MB = 1 << 20;
  test.each([
    ["빈 문자열", ""],
    ["공백만", "   \t \n\r\n  \u3000 "],
    ["NUL 바이트", "삼성\u0000전자가\u0000\u0000 올랐다"],
    ["제어 문자", "주가\u0001가 \u0007올랐\u001b다\u007f \u0085끝"],
    ["짝 없는 상위 서로게이트", "주가\ud83d가 올랐다"],
    ["짝 없는 하위 서로게이트", "\udc00주가가 올랐다\ud800"],
    ["서로게이트만", "\ud800\udc00\udc00\ud800"],
    ["BOM과 줄 구분자", "\ufeff오픈AI가\u2028발표했다\u2029끝"],
    ["결합 이모지", "👨‍👩‍👧 가족 👍🏽 좋아요 🇰🇷"],
    ["ASCII 아닌 공백 옆 기호", "a\u3000” \u00a0％ 5\u2005%"],
    ["한 글자", "가"],
    ["기호만", "!!!...???"],
    ["사용자 항목 뒤 NUL", "오픈AI\u0000가"],
    ["사용자 항목 뒤 짝 없는 서로게이트", "오픈AI\ud800가"],
  ])("%s", (_name, text) => {
    const tokens = tk.tokenizeSync(text);
    expectTokenInvariants(text, tokens);
  });

  test("empty and whitespace-only text give no tokens", () => {
    expect(tk.tokenizeSync("")).toEqual([]);
    expect(tk.tokenizeSync(" \n\t\u3000")).toEqual([]);
  });

  test("a lone surrogate stays one token at its own offset", () => {
    const text = "주가\ud800가";
    const t = tk.tokenizeSync(text).find((x) => x.start === 2);
    expect(t).toMatchObject({ start: 2, end: 3, text: "\ud800" });
  });

  test("NUL and control characters separate words and never become tokens", () => {
    const tokens = tk.tokenizeSync("삼성\u0000전자");
    expect(tokens.some((t) => t.text.includes("\u0000"))).toBe(false);
    expect(new Set(tokens.map((t) => t.eojeol)).size).toBe(2);
  });

  test.each([
    // lindera analyses dense Hangul at ~20K chars/s here, so this one is 128 KB (time is linear: chunked)
    ["128 KB Hangul without a space", "가나다라마바사".repeat(Math.ceil(MB / 8 / 7)).slice(0, MB / 8)],
    ["1 MB Latin without a space", "abcdefghij".repeat(MB / 10 + 1).slice(0, MB)],
    ["1 MB emoji without a space", "😀".repeat(MB / 2)],
    ["1 MB digits and one user entry", "1".repeat(MB / 2) + "오픈AI가" + "9".repeat(MB / 2)],
  ])("%s: chunked, every character covered", (_name, text) => {
    const tokens = tk.tokenizeSync(text);
    expectTokenInvariants(text, tokens);
    expect(tokens.length).toBeGreaterThan(0);
  });

  test("a long news-like text: sentences split, eojeol indexes count words", () => {
    const sentence = "삼성전자는 올해 반도체 투자를 늘렸다. ";
    const text = sentence.repeat(2000);
    const tokens = tk.tokenizeSync(text);
    expectTokenInvariants(text, tokens);
    expect(tokens[tokens.length - 1]?.eojeol).toBe(2000 * 5 - 1);
  });
});

describe("misuse throws, naming the allowed values", () => {
  test.each([
    ["unknown backend", { backend: "kiwi" }, '@sinmun/tokenizer: expected backend in {embedded, mecab}, got "kiwi"'],
    ["unknown option", { userDic: [] }, '@sinmun/tokenizer: expected option in {backend, userDictionary, mecab}, got "userDic"'],
    ["unknown mecab option", { backend: "mecab", mecab: { dicPath: "/x" } }, '@sinmun/tokenizer: expected mecab option in {libPath, dicDir}, got "dicPath"'],
    ["options not an object", "embedded", "@sinmun/tokenizer: expected options to be an object, got string"],
    ["userDictionary not an array", { userDictionary: "오픈AI" }, "@sinmun/tokenizer: expected userDictionary to be an array of { surface, pos }, got string"],
    ["entry without surface", { userDictionary: [{ pos: "NNP" }] }, "@sinmun/tokenizer: expected userDictionary[0].surface to be a non-empty string, got undefined"],
    ["blank surface", { userDictionary: [{ surface: "  ", pos: "NNP" }] }, '@sinmun/tokenizer: expected userDictionary[0].surface to be a non-empty string, got "  "'],
  ])("%s", async (_name, options, message) => {
    await expect(createTokenizer(options as never)).rejects.toThrow(new SinmunError("@sinmun/tokenizer", "invalid-option", message.replace("@sinmun/tokenizer: ", "")));
  });

  test("a bad POS lists every mecab-ko tag", async () => {
    await expect(createTokenizer({ userDictionary: [{ surface: "오픈AI", pos: "ORG" }] })).rejects.toThrow(
      /^@sinmun\/tokenizer: expected userDictionary\[0\]\.pos in \{EC, EF, .*NNG, NNP, .*XSV\}, got "ORG"$/,
    );
    expect(() => toMecabUserCsv([{ surface: "오픈AI", pos: "Noun" }])).toThrow(/expected entries\[0\]\.pos in \{EC, .*\}, got "Noun"/);
  });

  test.each([
    ["number", 42],
    ["null", null],
    ["undefined", undefined],
  ])("text of type %s is misuse", (_name, value) => {
    expect(() => tk.tokenizeSync(value as never)).toThrow(/^@sinmun\/tokenizer: expected text to be a string, got /);
  });
});
