import { assertDoc } from "@sinmun/core";
import type { Entity } from "@sinmun/core";
import { attributeQuotes } from "../src/index";

// Regression for per-quote scans over every entity (fromHead's apposition search, namePart,
// lastBefore): now binary searches over start-sorted lists. The answers must not change with
// the number of entities before or after a quote. No timing here (see the adversarial tests).
function mentions(text: string, surface: string, label: Entity["label"], id: string): Entity[] {
  const out: Entity[] = [];
  for (let i = text.indexOf(surface); i !== -1; i = text.indexOf(surface, i + 1)) {
    out.push({ start: i, end: i + surface.length, text: surface, label, id, name: surface, source: "dictionary" });
  }
  return out;
}

describe("한 문장에 인용이 아주 많아도 화자는 그대로", () => {
  test.each<[string, string, number]>([
    ["이름 + 직함 화자 반복", "이재용 회장은 “좋다”고 말했고 ", 2000],
    ["이름 + 기관 + 직함 화자 반복", "이재용 삼성전자 회장은 “좋다”고 말했고 ", 1000],
  ])("%s", (_n, unit, n) => {
    const text = unit.repeat(n);
    const entities = [...mentions(text, "이재용", "PERSON", "lee-jae-yong"), ...mentions(text, "삼성전자", "ORG", "samsung-electronics")].sort((a, b) => a.start - b.start);
    const quotes = attributeQuotes({ text, sentences: [], entities });
    assertDoc({ text, sentences: [], entities, quotes });
    expect(quotes).toHaveLength(n);
    expect(new Set(quotes.map((q) => `${q.speaker?.id}/${q.cue?.lemma}`))).toEqual(new Set(["lee-jae-yong/말하다"]));
  });

  test("짧은 이름(성 + 직함)은 가장 가까운 앞선 인물", () => {
    const unit = "이재용 회장과 이수진 대표가 만났다. 이 대표는 “좋다”고 말했다. ";
    const text = unit.repeat(300);
    const entities = [...mentions(text, "이재용", "PERSON", "lee-jae-yong"), ...mentions(text, "이수진", "PERSON", "lee-su-jin")].sort((a, b) => a.start - b.start);
    const quotes = attributeQuotes({ text, sentences: [], entities });
    expect(quotes).toHaveLength(300);
    expect(new Set(quotes.map((q) => q.speaker?.id))).toEqual(new Set(["lee-su-jin"]));
  });
});
