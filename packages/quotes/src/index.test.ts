describe("@sinmun/quotes exports", () => {
  test("the public surface changes only on purpose", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(Object.keys(require("./index")).sort()).toEqual(["attributeQuotes"]);
  });
});
