describe("@sinmun/tokenizer public surface", () => {
  test("exported names are pinned", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(Object.keys(require("../src/index")).sort()).toEqual(["BACKENDS", "POS_TAGS", "createTokenizer", "toMecabUserCsv"]);
  });
});
