// Pins the public surface of @sinmun/dates: changing it must be deliberate.
describe("@sinmun/dates exports", () => {
  test("exported names", () => {
    expect(Object.keys(require("../src/index")).sort()).toEqual(["DATE_KINDS", "calendarDay", "findDates", "referenceFromText"]);
  });
  test("no runtime dependency beyond @sinmun/core", () => {
    const pkg = require("../package.json") as { dependencies?: Record<string, string> };
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(["@sinmun/core"]);
  });
});
