// The currency and unit tables are human-edited: they must stay sorted, NFC and well-formed.
// scripts/data.mjs is an ES module, so it runs in a child node process (as the build runs it).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const script = pathToFileURL(join(__dirname, "..", "scripts", "data.mjs")).href;

function run(code: string): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", `import * as m from ${JSON.stringify(script)};\n${code}`], { encoding: "utf8" });
}

describe("normalizer dictionaries", () => {
  const lex = JSON.parse(run("console.log(JSON.stringify(m.compile()));")) as Record<string, string[][]>;

  test.each(["currencies", "symbols", "iso4217", "minor", "units", "counters", "qualifiers", "notAmount", "fused"])("table %s compiles and is not empty", (key) => {
    expect((lex[key] ?? []).length).toBeGreaterThan(0);
  });

  test("currency codes are ISO-4217-shaped and units have exact decimal factors", () => {
    for (const [, code] of lex.currencies ?? []) expect(code).toMatch(/^[A-Z]{3,4}$/);
    for (const [, kind, , factor] of lex.units ?? []) {
      expect(["money", "percent", "percent_point", "basis_point", "quantity", "duration", "points"]).toContain(kind);
      expect(factor).toMatch(/^\d+(\.\d+)?$/);
    }
  });

  test("an unsorted table is rejected with its file and line", () => {
    const file = join(mkdtempSync(join(tmpdir(), "sinmun-dict-")), "bad.tsv");
    writeFileSync(file, "원\tKRW\n달러\tUSD\n");
    const out = run(`try { m.readTable(${JSON.stringify(file)}, 2); console.log("accepted"); } catch (e) { console.log(e.message); }`);
    expect(out).toMatch(/bad\.tsv:2: expected sorted/);
  });
});
