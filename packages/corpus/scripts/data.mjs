// Builds packages/corpus/src/generated/stopwords.ts (what src/stopwords.ts imports) from
// dictionaries/stopwords/stopwords.txt: one term per line, `#` comments and blank lines skipped.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeGeneratedModule } from "../../../scripts/generated-module.mjs";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(pkg, "..", "..", "dictionaries", "stopwords", "stopwords.txt");

export async function build() {
  const words = readFileSync(source, "utf8")
    .normalize("NFC")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  writeGeneratedModule(pkg, "stopwords", "STOPWORDS_JSON", [...new Set(words)].sort(), "dictionaries/stopwords/stopwords.txt");
}
