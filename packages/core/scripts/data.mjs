// Builds packages/core/data/*.json and src/generated/*.ts (what src/ imports) from the human-editable lists in dictionaries/.
// Called by the root `npm run build` (scripts/data.mjs) and by Jest's global setup.
import { writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeGeneratedModule } from "../../../scripts/generated-module.mjs";
import { readList } from "../../../scripts/word-list.mjs";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(pkg, "..", "..");

/** Lines of a list file without comments and blanks. */
export async function build() {
  const abbreviations = readList(join(root, "dictionaries", "abbreviations", "latin.txt"));
  // Reporters' titles end a byline (김하늘 기자); the same list is read as job titles by ner and quotes.
  const reporterTitles = readList(join(root, "dictionaries", "titles", "reporter-titles.txt"));
  mkdirSync(join(pkg, "data"), { recursive: true });
  writeFileSync(join(pkg, "data", "abbreviations.json"), JSON.stringify({ latin: abbreviations }) + "\n");
  writeFileSync(join(pkg, "data", "reporter-titles.json"), JSON.stringify({ titles: reporterTitles }) + "\n");
  // The same lists as modules, imported by src/ (bundlers include them; no file reading at run time).
  writeGeneratedModule(pkg, "abbreviations", "ABBREVIATIONS_JSON", { latin: abbreviations }, "dictionaries/abbreviations/latin.txt");
  writeGeneratedModule(pkg, "reporterTitles", "REPORTER_TITLES_JSON", { titles: reporterTitles }, "dictionaries/titles/reporter-titles.txt");
}
