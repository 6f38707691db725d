// Pins the public surface of @sinmun/server: a change here is a deliberate API change.
test("@sinmun/server의 공개 이름은 의도적으로만 바뀐다", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(Object.keys(require("../src/index")).sort()).toEqual([
    "ATTEMPTS",
    "createPool",
    "createServer",
    "errorRecord",
    "mergeOptions",
    "parseRequestOptions",
    "splitLines",
    "startWorker",
    "submit",
    "toInput",
  ]);
});
