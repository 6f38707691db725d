// Builds packages/corpus/src/generated/stopwords.ts (what src/stopwords.ts imports) from
// dictionaries/stopwords/stopwords.txt plus the job and reporters' titles of dictionaries/titles/
// (titles.txt, reporter-titles.txt; one-word titles only), which are never keywords either: the
// person they follow is. One term per line, `#` comments and blank lines skipped.
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeGeneratedModule } from "../../../scripts/generated-module.mjs";
import { readList as readWordList } from "../../../scripts/word-list.mjs";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const dictionaries = join(pkg, "..", "..", "dictionaries");

/** A list of dictionaries/ by its path there (titles/titles.txt). */
const readList = (file) => readWordList(join(dictionaries, file));

export async function build() {
  const titles = [...readList("titles/titles.txt"), ...readList("titles/reporter-titles.txt")].filter((t) => !/\s/.test(t));
  const words = [...readList("stopwords/stopwords.txt"), ...titles];
  writeGeneratedModule(pkg, "stopwords", "STOPWORDS_JSON", [...new Set(words)].sort(), "dictionaries/stopwords and dictionaries/titles");
}
