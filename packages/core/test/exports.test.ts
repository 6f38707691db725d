// Pins the public surface of @sinmun/core: a change here is a deliberate API change.
describe("@sinmun/core exports", () => {
  test("이름 목록이 고정되어 있다", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(Object.keys(require("../src/index")).sort()).toEqual([
      "AMOUNT_KINDS",
      "ENTITY_LABELS",
      "MAX_QUOTE_SPAN",
      "MIDDLE_DOTS",
      "QUOTE_KINDS",
      "QUOTE_MARKS",
      "QUOTE_MODES",
      "SPEAKER_KINDS",
      "SinmunError",
      "assertDoc",
      "checkDoc",
      "escapeHtml",
      "highlightHtml",
      "indexText",
      "invalidOption",
      "isHangul",
      "isLineBreak",
      "isMiddleDot",
      "isSpace",
      "isWhiteSpace",
      "normalizeText",
      "pairQuoteMarks",
      "partitionPoint",
      "quoteMark",
      "renderDocHtml",
      "renderDocsHtml",
      "splitEojeols",
      "splitSentences",
    ]);
  });
});
