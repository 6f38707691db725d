import { readFileSync } from "node:fs";
import * as path from "node:path";
import { findAmounts } from "../src/index";

const file = path.join(__dirname, "..", "..", "..", "corpora", "no-amounts", "sentences.txt");
const sentences = readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "");

describe("corpora/no-amounts: words that are not numbers", () => {
  test("at least 200 running-text sentences", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(200);
    for (const s of sentences) expect(s.normalize("NFC")).toBe(s);
  });

  test("zero amounts on every sentence (한편, 세종, 한때, 약세장 …)", () => {
    const found = sentences.flatMap((s) => findAmounts(s).map((a) => `${s} → ${a.text}`));
    expect(found).toEqual([]);
  });

  test("the same sentences as one text give zero amounts too", () => {
    expect(findAmounts(sentences.join(" "))).toEqual([]);
  });
});
