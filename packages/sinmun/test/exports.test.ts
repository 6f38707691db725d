// Pins the public surface of sinmun: a change here is a deliberate API change.
test("sinmun의 공개 이름은 의도적으로만 바뀐다", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(Object.keys(require("../src/index")).sort()).toEqual(["LAYERS", "amountsComponent", "createAnalyzer", "createWorkerPool", "loadUserEntities", "mergeOptions", "sentencesComponent", "serializeDoc"]);
});
