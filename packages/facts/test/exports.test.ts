import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DateMention as DatesMention } from "@sinmun/dates";
import type { DateMention } from "../src/index";
import { loadWords } from "../src/words";

// Pins the public surface of @sinmun/facts: changing it must be deliberate.
describe("@sinmun/facts exports", () => {
  test("exported names", () => {
    expect(Object.keys(require("../src/index")).sort()).toEqual(["FACT_STATUSES", "METRIC_KEYS", "extractFacts"]);
  });
  test("no runtime dependency beyond @sinmun/core", () => {
    const pkg = require("../package.json") as { dependencies?: Record<string, string> };
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(["@sinmun/core"]);
  });
  test("the dates layer's mentions are what extractFacts reads (both ways)", () => {
    const a: DatesMention = { start: 0, end: 3, text: "3분기", kind: "quarter", value: "2025-07-01/2025-09-30", granularity: "quarter", resolved: true };
    const b: DateMention = a;
    const c: DatesMention = b;
    expect(c).toBe(a);
  });
});

describe("dictionaries/facts", () => {
  test("keys.tsv has exactly the GUIDELINES metric keys, and METRIC_KEYS is the same list", () => {
    const { METRIC_KEYS } = require("../src/index") as typeof import("../src/index");
    const guide = readFileSync(join(__dirname, "..", "..", "..", "corpora", "facts", "GUIDELINES.md"), "utf8");
    const table = guide.slice(guide.indexOf("## Metrics"), guide.indexOf("## Scoring"));
    const documented = [...table.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]).sort();
    expect([...loadWords().keys.keys()].sort()).toEqual(documented);
    expect([...METRIC_KEYS].sort()).toEqual(documented);
  });
  test("every lemma of the GUIDELINES table is a metric lemma of its key (or of the more specific key)", () => {
    const words = loadWords();
    expect(words.metrics.get("매출액")?.key).toBe("revenue");
    expect(words.metrics.get("설비투자")?.key).toBe("capex");
    expect(words.metrics.get("수주잔고")?.key).toBe("order_backlog");
    expect(words.metrics.get("목표주가")?.key).toBe("price_target");
  });
});

describe("dictionaries/facts word lists", () => {
  test.each(["type-nouns.txt", "not-segments.txt"])("%s: NFC, sorted by code point, unique", (file) => {
    const lines = readFileSync(join(__dirname, "..", "..", "..", "dictionaries", "facts", file), "utf8")
      .split(/\r?\n/)
      .filter((l) => l !== "" && !l.startsWith("#"));
    expect(lines.every((l) => l === l.normalize("NFC") && l === l.trim())).toBe(true);
    expect(lines).toEqual([...new Set(lines)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
