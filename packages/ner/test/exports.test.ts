describe("@sinmun/ner exports", () => {
  test("공개 이름 고정", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(Object.keys(require("../src/index")).sort()).toEqual(["createRecognizer", "lintEntities", "loadEntities", "matchKey", "safeLoadEntities"]);
  });
});
