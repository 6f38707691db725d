import * as cli from "../src/index";

test("@sinmun/cli의 공개 이름은 의도적으로만 바뀐다", () => {
  expect(Object.keys(cli).sort()).toEqual(["main", "renderPretty"]);
});
