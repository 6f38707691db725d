import fc from "fast-check";
import { checkDoc } from "@sinmun/core";
import { attributeQuotes } from "../src/index";

const runs = Number(process.env["FUZZ_RUNS"] ?? 300);
const piece = fc.constantFrom("“", "”", "\"", "‘", "’", "'", "「", "」", "『", "』", "고", "라고", "며", " ", "\n", ".", "그는 ", "말했다", "밝혔다", "다고 ", "다는 입장이다", "회사 측은 ", "한 관계자는 ", "\uD800", "이 회장은 ");

describe("attributeQuotes on arbitrary text", () => {
  test("never throws; every quote span lies inside the text and the doc stays valid", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const entities = text.length > 2 ? [{ start: 0, end: 2, text: text.slice(0, 2), label: "PERSON" as const, id: "x", name: "x", source: "rule" as const }] : [];
        const quotes = attributeQuotes({ text, sentences: [], entities });
        expect(checkDoc({ text, sentences: [], quotes })).toEqual([]);
      }),
      { numRuns: runs },
    );
  });
});
