import { sanitize } from "./sanitize";

describe("sanitize keeps every index", () => {
  test.each([
    ["plain text is returned as is", "삼성전자 😀", "삼성전자 😀"],
    ["NUL and controls become spaces", "a\u0000b\u0007c\u007fd\u0085e", "a b c d e"],
    ["tab, LF, CR stay", "a\tb\nc\rd", "a\tb\nc\rd"],
    ["lone high surrogate → U+FFFD", "a\ud800b", "a\ufffdb"],
    ["lone low surrogate → U+FFFD", "\udc00b", "\ufffdb"],
    ["reversed pair → two U+FFFD", "\udc00\ud800", "\ufffd\ufffd"],
    ["a valid pair stays", "\ud83d\ude00", "\ud83d\ude00"],
    ["BOM and separators become spaces", "\ufeffa\u2028b", " a b"],
    ["non-ASCII spaces become ASCII spaces", "a\u3000b\u00a0c\u2005d\u202fe", "a b c d e"],
  ])("%s", (_name, input, output) => {
    expect(sanitize(input)).toBe(output);
    expect(sanitize(input).length).toBe(input.length);
  });
});
