import { pairQuoteMarks } from "./pairQuoteMarks";

const show = (text: string): string[] => pairQuoteMarks(text).map((p) => `${p.depth}:${text.slice(p.open, p.close + 1)}`);

describe("pairQuoteMarks", () => {
  test.each<[string, string, string[]]>([
    ["둥근 큰따옴표", "그는 “좋다”고 했다", ["0:“좋다”"]],
    ["곧은 큰따옴표 두 쌍", "\"가\"와 \"나\"", ["0:\"가\"", "0:\"나\""]],
    ["짝 불일치 “…\"", "“가\" 그리고 \"나”", ["0:“가\"", "0:\"나”"]],
    ["중첩: 큰따옴표 안의 작은따옴표", "“고객이 ‘비싸다’고 한다”", ["0:“고객이 ‘비싸다’고 한다”", "1:‘비싸다’"]],
    ["낫표와 겹낫표", "「가」 『나』", ["0:「가」", "0:『나』"]],
    ["아포스트로피는 닫는 따옴표가 아니다", "‘Don't stop’이라고", ["0:‘Don't stop’"]],
    ["줄바꿈은 열린 인용을 버린다", "“첫 줄\n“둘째”", ["0:“둘째”"]],
    ["닫히지 않은 안쪽 인용은 바깥 닫힘에 버려진다", "“가 ‘나 다”", ["0:“가 ‘나 다”"]],
    ["짝 없는 닫는 따옴표는 무시", "끝” 그리고 ’", []],
  ])("%s", (_name, text, want) => {
    expect(show(text)).toEqual(want);
  });

  test("같은 표시 1만 개는 5000쌍, 선형", () => {
    expect(pairQuoteMarks("“".repeat(10000))).toHaveLength(5000);
  });
});
