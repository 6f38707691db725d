import { createAnalyzer, serializeDoc } from "../src/index";

const TEXT = "삼성전자는 올해 3분기 영업이익이 지난해 같은 기간보다 32.5% 늘었다고 지난 3일 밝혔다.";

describe("dates 층", () => {
  test.each([
    ["입력의 date 필드가 기준일", { text: TEXT, date: "2025-11-14T09:30:00+09:00" }, {}, "2025-07-01/2025-09-30"],
    ["입력의 date 점 표기", { text: TEXT, date: "2025.11.14" }, {}, "2025-07-01/2025-09-30"],
    ["분석기 옵션이 입력보다 우선", { text: TEXT, date: "2025-11-14" }, { dates: { reference: "2024-02-01" } }, "2024-07-01/2024-09-30"],
    ["본문의 입력 시각", { text: `입력 2025.11.14 10:32\n${TEXT}` }, {}, "2025-07-01/2025-09-30"],
    ["기준일 없으면 상대 표현은 미해결", { text: TEXT }, {}, null],
    ["잘못된 date 필드는 무시", { text: TEXT, date: "2025-13-45" }, {}, null],
  ])("%s", async (_name, input, options, value) => {
    const analyzer = await createAnalyzer({ disable: ["tokens", "entities", "quotes"], ...options });
    const doc = await analyzer.analyze(input);
    expect(doc.dates.find((d) => d.text === "올해 3분기")).toMatchObject({ kind: "quarter", value });
    for (const d of doc.dates) expect(doc.text.slice(d.start, d.end)).toBe(d.text);
    await analyzer.close();
  });

  test("JSON 줄에서 quotes 다음, tokens 앞", async () => {
    const analyzer = await createAnalyzer({ disable: ["tokens", "entities"] });
    const doc = await analyzer.analyze({ id: 1, text: "이날 밝혔다.", date: "2025-11-14" });
    expect(Object.keys(JSON.parse(serializeDoc(doc)))).toEqual(["id", "meta", "text", "sentences", "amounts", "quotes", "dates", "facts"]);
    expect(doc.dates).toEqual([{ start: 0, end: 2, text: "이날", kind: "relative", value: "2025-11-14", granularity: "day", resolved: true }]);
    await analyzer.close();
  });

  test("disable: dates → 층 없음", async () => {
    const analyzer = await createAnalyzer({ disable: ["tokens", "entities", "quotes", "dates", "facts"] });
    expect(analyzer.components.map((c) => c.name)).toEqual(["sentences", "amounts"]);
    await analyzer.close();
  });

  test.each([
    ["날짜가 아닌 기준일", { dates: { reference: "어제" } }, /expected dates.reference to be a date YYYY-MM-DD/],
    // Date.parse takes 2025-02-30 for 2 March; the analyzer used to accept it and fail on every document.
    ["없는 날의 기준일", { dates: { reference: "2025-02-30" } }, /expected dates.reference to be a date YYYY-MM-DD, got "2025-02-30"/],
    ["모르는 dates 키", { dates: { ref: "2025-11-14" } }, /expected dates key in \{reference\}/],
  ])("%s → invalid-option", async (_name, options, message) => {
    await expect(createAnalyzer(options as never)).rejects.toThrow(message);
  });
});
