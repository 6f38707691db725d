// Compiles dictionaries/dates (relative.tsv, comparison.tsv, counts.tsv) into src/generated/words.ts, which
// src/words.ts imports (bundled with the code; parsed on first use). Called by the root
// `npm run build` (scripts/data.mjs) and by Jest's global setup.
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readTable } from "../../normalizer/scripts/data.mjs";
import { writeGeneratedModule } from "../../../scripts/generated-module.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dict = join(here, "..", "..", "..", "dictionaries", "dates");
const UNITS = ["day", "week", "month", "quarter", "year"];
const BASES = ["yoy", "qoq", "mom", "wow", "dod"];

export function compile() {
  const relative = readTable(join(dict, "relative.tsv"), 4).map(([word, unit, offset, narrative]) => {
    if (!UNITS.includes(unit)) throw new Error(`@sinmun/dates: expected unit in {${UNITS.join(", ")}}, got ${JSON.stringify(unit)} (relative.tsv, ${word})`);
    if (!/^-?\d+$/.test(offset)) throw new Error(`@sinmun/dates: expected an integer offset, got ${JSON.stringify(offset)} (relative.tsv, ${word})`);
    if (narrative !== "0" && narrative !== "1") throw new Error(`@sinmun/dates: expected narrative in {0, 1}, got ${JSON.stringify(narrative)} (relative.tsv, ${word})`);
    return [word, unit, Number(offset), narrative === "1"];
  });
  const counts = readTable(join(dict, "counts.tsv"), 3).map(([word, unit, count]) => {
    if (!UNITS.includes(unit)) throw new Error(`@sinmun/dates: expected unit in {${UNITS.join(", ")}}, got ${JSON.stringify(unit)} (counts.tsv, ${word})`);
    if (!/^\d+$/.test(count)) throw new Error(`@sinmun/dates: expected a count, got ${JSON.stringify(count)} (counts.tsv, ${word})`);
    return [word, unit, Number(count)];
  });
  const comparison = readTable(join(dict, "comparison.tsv"), 3).map(([word, base, cue]) => {
    if (!BASES.includes(base)) throw new Error(`@sinmun/dates: expected base in {${BASES.join(", ")}}, got ${JSON.stringify(base)} (comparison.tsv, ${word})`);
    if (cue !== "0" && cue !== "1") throw new Error(`@sinmun/dates: expected needsCue in {0, 1}, got ${JSON.stringify(cue)} (comparison.tsv, ${word})`);
    return [word, base, cue === "1"];
  });
  return { version: 1, relative, comparison, counts };
}

export async function build() {
  writeGeneratedModule(join(here, ".."), "words", "WORDS_JSON", compile(), "dictionaries/dates");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await build();
}
