import { readFileSync } from "node:fs";
import * as path from "node:path";

const dir = path.join(__dirname, "..", "..", "..", "dictionaries", "cues");

describe.each([["verbs.tsv", 3], ["words.tsv", 2]])("dictionaries/cues/%s", (file, columns) => {
  const lines = readFileSync(path.join(dir, file), "utf8").split("\n").filter((l) => l !== "");
  const rows = lines.slice(1);

  test("NFC, sorted, unique, no stray spaces", () => {
    for (const l of lines) expect(l).toBe(l.normalize("NFC"));
    const sorted = [...rows].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(rows).toEqual(sorted);
    expect(new Set(rows).size).toBe(rows.length);
    for (const r of rows) expect(r.split("\t").every((c) => c === c.trim() && c !== "")).toBe(true);
  });

  test(`every row has ${columns} columns`, () => {
    for (const r of rows) expect({ r, n: r.split("\t").length }).toEqual({ r, n: columns });
  });
});

test("verbs.tsv strengths are strong, light or nominal", () => {
  const rows = readFileSync(path.join(dir, "verbs.tsv"), "utf8").split("\n").filter((l) => l !== "").slice(1);
  for (const r of rows) expect(["strong", "light", "nominal"]).toContain(r.split("\t")[2]);
});
