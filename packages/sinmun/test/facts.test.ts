import { checkDoc, type Doc } from "@sinmun/core";
import { createAnalyzer, serializeDoc } from "../src/index";

// Issue 16 part 2: the facts layer, after dates, read from the layers the pipeline already made.
describe("facts 층", () => {
  const text = "삼성전자는 올해 3분기 연결 기준 영업이익이 12조1000억 원으로 지난해 같은 기간보다 32.5% 증가했다고 밝혔다. 매출은 86조 원이었다.";

  test("주체·지표·값·기간·기준·변화·출처가 앞 층의 범위를 그대로 가리킨다", async () => {
    const analyzer = await createAnalyzer({ disable: ["tokens"] });
    const doc = await analyzer.analyze({ id: "f1", text, date: "2025-10-31" });
    await analyzer.close();
    expect(checkDoc(doc as unknown as Doc)).toEqual([]);
    const [profit, revenue] = doc.facts;
    expect(profit).toMatchObject({
      subject: { id: "samsung-electronics", text: "삼성전자" },
      metric: { key: "operating_profit", text: "영업이익" },
      value: { decimal: "12100000000000", unit: "KRW" },
      period: { text: "올해 3분기", value: "2025-07-01/2025-09-30" },
      basis: "consolidated",
      change: { direction: "up", by: { decimal: "32.5", unit: "%" }, base: "yoy" },
      status: "reported",
      source: { id: "samsung-electronics" },
    });
    // The second sentence inherits subject, period and basis; it states its figure plainly.
    expect(revenue).toMatchObject({ subject: { id: "samsung-electronics" }, metric: { key: "revenue" }, value: { decimal: "86000000000000" }, period: { value: "2025-07-01/2025-09-30" }, source: null });
    // Every span of a fact is the very object of its layer (the same amount, the same date).
    expect(doc.amounts).toContainEqual(profit?.value);
    expect(doc.dates).toContainEqual(profit?.period);
    expect(Object.keys(JSON.parse(serializeDoc(doc)))).toEqual(["id", "meta", "text", "sentences", "entities", "amounts", "quotes", "dates", "facts"]);
  });

  test("날짜 층을 끄면 기간 없이, 사실 층을 끄면 층 없음", async () => {
    const noDates = await createAnalyzer({ disable: ["tokens", "dates"] });
    const doc = await noDates.analyze({ text, date: "2025-10-31" });
    await noDates.close();
    expect(doc.facts.length).toBeGreaterThan(0);
    for (const f of doc.facts) expect(f.period).toBeNull();
    const off = await createAnalyzer({ disable: ["tokens", "facts"] });
    expect(off.components.map((c) => c.name)).not.toContain("facts");
    expect(Object.keys(await off.analyze(text))).not.toContain("facts");
    await off.close();
  });
});
