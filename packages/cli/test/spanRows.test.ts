import { formatRow } from "../src/formatRow";
import { groupEntities, spanRows } from "../src/spanRows";
import { escapeTerminal } from "../src/escapeTerminal";
import { globToRegExp } from "../src/globToRegExp";

const text = "삼성전자가 올랐다. 삼성전자 노조는 반발했다.";
const samsung = (start: number, extra: Record<string, unknown> = {}) => ({ start, end: start + 4, text: "삼성전자", label: "ORG", id: "samsung-electronics", name: "삼성전자", source: "dictionary", ...extra });

describe("spanRows: 개체의 사전 속성", () => {
  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["상장사: 유형·종목코드·거래소가 있으면 그대로", { type: "company", ticker: "005930", exchange: "KRX" }, { type: "company", ticker: "005930", exchange: "KRX" }],
    ["속성 없는 개체: 칸은 비움", {}, {}],
    ["null 속성: 비움", { ticker: null }, {}],
  ])("%s", (_name, extra, expected) => {
    const [row] = spanRows({ id: "d1", text, entities: [samsung(0, extra)] }, "entities");
    expect(row).toEqual({ doc: "d1", start: 0, end: 4, text: "삼성전자", label: "ORG", id: "samsung-electronics", name: "삼성전자", ...expected });
  });

  test("--group: 같은 개체는 한 줄, 언급 수와 첫 언급 순서", () => {
    const rows = groupEntities({ id: "d1", text, entities: [samsung(0, { ticker: "005930" }), samsung(11, { ticker: "005930" })] });
    expect(rows).toEqual([{ doc: "d1", id: "samsung-electronics", label: "ORG", name: "삼성전자", ticker: "005930", mentions: 2 }]);
  });
});

describe("spanRows: 사실 표 (issue 16)", () => {
  const t = "한빛소재는 3분기 매출이 1조 원으로 12% 늘었다.";
  const span = (piece: string) => ({ start: t.indexOf(piece), end: t.indexOf(piece) + piece.length, text: piece });
  const fact = {
    start: 0,
    end: t.length,
    subject: { ...span("한빛소재"), id: null, name: null },
    metric: { ...span("매출"), key: "revenue", lemma: "매출" },
    segment: null,
    value: { ...span("1조 원"), kind: "money", value: 1e12, decimal: "1000000000000", unit: "KRW", approx: false },
    period: { ...span("3분기"), kind: "quarter", value: "2025-07-01/2025-09-30", granularity: "quarter", resolved: true },
    basis: "consolidated",
    change: { direction: "up", by: { ...span("12%"), kind: "percent", value: 12, decimal: "12", unit: "%", approx: false }, base: null },
    status: "reported",
    source: null,
    counterparty: null,
    duration: null,
  };
  test("사실 하나에 한 줄: 근거 문장, 주체, 지표, 정확한 값과 단위, 기간, 변화", () => {
    expect(spanRows({ id: "d1", text: t, facts: [fact] }, "facts")).toEqual([
      {
        doc: "d1", start: 0, end: t.length, text: t, subject_id: null, subject: "한빛소재", metric: "revenue", segment: null, value: "1000000000000", unit: "KRW",
        period: "2025-07-01/2025-09-30", period_text: "3분기", basis: "consolidated", change: "up", change_by: "12", change_unit: "%", change_base: null,
        status: "reported", source: null, counterparty: null, duration: null,
      },
    ]);
  });
  test("값 없이 변화만 있는 사실, 빠진 부분은 빈 칸", () => {
    const [row] = spanRows({ id: "d1", text: t, facts: [{ ...fact, value: null, period: null, change: { direction: "down", by: null, base: "yoy" } }] }, "facts");
    expect(row).toMatchObject({ value: null, unit: null, period: null, change: "down", change_by: null, change_base: "yoy" });
  });
});

describe("formatRow: RFC 4180", () => {
  test.each<[string, (string | number | boolean | null)[], "," | "\t", string]>([
    ["평범한 칸", ["삼성전자", 0, 4], ",", "삼성전자,0,4\r\n"],
    ["쉼표", ["가나, 다라"], ",", '"가나, 다라"\r\n'],
    ["따옴표는 두 번", ['그는 "네"라고'], ",", '"그는 ""네""라고"\r\n'],
    ["줄바꿈", ["첫 줄\n둘째 줄"], ",", '"첫 줄\n둘째 줄"\r\n'],
    ["TSV의 탭", ["가\t나", "다,라"], "\t", '"가\t나"\t다,라\r\n'],
    ["null과 거짓", [null, false], ",", ",false\r\n"],
  ])("%s", (_name, cells, sep, expected) => {
    expect(formatRow(cells, sep)).toBe(expected);
  });
});

describe("escapeTerminal", () => {
  test.each([
    ["화면 지우기 ESC[2J", "기사\u001b[2J끝", "기사␛[2J끝"],
    ["OSC 제목 바꾸기", "\u001b]0;제목\u0007", "␛]0;제목␇"],
    ["C1 CSI", "\u009b31m빨강", "<U+009B>31m빨강"],
    ["양방향 재정렬", "가\u202e나", "가<U+202E>나"],
    ["탭과 줄바꿈은 그대로", "가\t나\n다", "가\t나\n다"],
    ["캐리지 리턴", "가\r나", "가␍나"],
  ])("%s", (_name, input, expected) => {
    expect(escapeTerminal(input)).toBe(expected);
  });
});

describe("globToRegExp", () => {
  test.each<[string, string, boolean]>([
    ["*.txt", "기사.txt", true],
    ["*.txt", "기사.jsonl", false],
    ["*.{txt,md}", "메모.md", true],
    ["2025/**/*.txt", "2025/03/a.txt", true],
    ["2025/**/*.txt", "2025/a.txt", true],
    ["2025/**/*.txt", "2024/03/a.txt", false],
    ["기사?.txt", "기사1.txt", true],
    ["[ab].txt", "c.txt", false],
    ["a+b.txt", "a+b.txt", true],
  ])("%s ~ %s → %s", (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});
