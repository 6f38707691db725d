// Compiles the human-editable tables in dictionaries/currencies and dictionaries/units into one compact
// JSON file, packages/normalizer/data/lexicon.json, and the same as a module, src/generated/lexicon.ts,
// which src/lexicon.ts imports (bundled with the code; parsed on first use).
// Called by the root `npm run build` (scripts/data.mjs) and by Jest's global setup.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeGeneratedModule } from "../../../scripts/generated-module.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const dict = join(root, "dictionaries");

/** Reads a TSV table: skips `#` comments and blank lines, checks NFC, column count and sort order. */
export function readTable(file, columns) {
  const text = readFileSync(file, "utf8");
  const rows = [];
  const problems = [];
  let prev = null;
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line === "" || line.startsWith("#")) return;
    if (line.normalize("NFC") !== line) problems.push(`${file}:${i + 1}: expected NFC`);
    const cells = line.split("\t");
    if (cells.length !== columns) problems.push(`${file}:${i + 1}: expected ${columns} columns, got ${cells.length}`);
    if (prev !== null && !(prev < line)) problems.push(`${file}:${i + 1}: expected sorted unique lines, got ${JSON.stringify(line)} after ${JSON.stringify(prev)}`);
    prev = line;
    rows.push(cells);
  });
  if (problems.length > 0) throw new Error(`@sinmun/normalizer: bad dictionary data:\n${problems.join("\n")}`);
  return rows;
}

export function compile() {
  const cur = (name, cols) => readTable(join(dict, "currencies", name), cols);
  const unit = (name, cols) => readTable(join(dict, "units", name), cols);
  return {
    version: 1,
    currencies: cur("currencies.tsv", 2),
    symbols: cur("symbols.tsv", 3),
    iso4217: cur("iso4217.tsv", 1).map((r) => r[0]),
    minor: cur("minor.tsv", 3),
    units: unit("units.tsv", 4),
    counters: unit("counters.tsv", 1).map((r) => r[0]),
    qualifiers: unit("qualifiers.tsv", 3),
    notAmount: unit("not-amount.tsv", 1).map((r) => r[0]),
    fused: unit("fused.tsv", 4),
  };
}

export async function build() {
  const out = join(here, "..", "data");
  mkdirSync(out, { recursive: true });
  const lexicon = compile();
  writeFileSync(join(out, "lexicon.json"), JSON.stringify(lexicon));
  writeGeneratedModule(join(here, ".."), "lexicon", "LEXICON_JSON", lexicon, "dictionaries/currencies and dictionaries/units");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await build();
}
