import { SinmunError, invalidOption } from "@sinmun/core";

// An app may load two copies of @sinmun/core (its ES-module build through `import`, the CommonJS
// build through a dependency's `require`): errors from either are `instanceof SinmunError`.
describe("SinmunError across copies of @sinmun/core", () => {
  let Other: typeof SinmunError;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Other = (require("../src/errors") as { SinmunError: typeof SinmunError }).SinmunError;
  });

  test.each([
    ["다른 사본의 오류 → 이 사본의 instanceof", () => new Other("@sinmun/ner", "invalid-option", "x"), SinmunError, true],
    ["이 사본의 오류 → 다른 사본의 instanceof", () => invalidOption("@sinmun/ner", "label", ["ORG"], "PER"), Other!, true],
    ["보통 Error는 아니다", () => new Error("x"), SinmunError, false],
    ["모양만 같은 객체도 아니다", () => ({ name: "SinmunError", pkg: "@sinmun/ner", code: "x", message: "x" }), SinmunError, false],
  ])("%s", (_name, make, Class, expected) => {
    expect(make() instanceof Class).toBe(expected);
  });

  test("하위 클래스는 보통의 instanceof: SinmunError는 하위 클래스의 인스턴스가 아니다", () => {
    class CorpusLikeError extends SinmunError {}
    expect(new CorpusLikeError("@sinmun/eval", "x", "y") instanceof SinmunError).toBe(true);
    expect(new SinmunError("@sinmun/eval", "x", "y") instanceof CorpusLikeError).toBe(false);
    expect(new CorpusLikeError("@sinmun/eval", "x", "y") instanceof CorpusLikeError).toBe(true);
  });

  test("JSON과 열거되는 키는 그대로 (표식은 열거되지 않는다)", () => {
    const e = new SinmunError("@sinmun/core", "invalid-input", "expected text");
    expect(Object.keys(e).sort()).toEqual(["code", "name", "pkg"]);
  });
});
