// Pins the public surface of @sinmun/normalizer: changing it must be deliberate.
describe("@sinmun/normalizer exports", () => {
  test("exported names", () => {
    expect(Object.keys(require("../src/index")).sort()).toEqual(["findAmounts", "formatAmount", "parseAmount", "parseNumber"]);
  });
  test("no runtime dependency beyond @sinmun/core", () => {
    const pkg = require("../package.json") as { dependencies?: Record<string, string> };
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(["@sinmun/core"]);
  });
});
