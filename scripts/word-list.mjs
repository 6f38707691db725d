// Reads one word list of dictionaries/: one entry per line, NFC, trimmed, `#` comments and blank
// lines skipped. Shared by the packages' scripts/data.mjs (core, quotes, corpus).
import { readFileSync } from "node:fs";

/** The entries of the list at `path`, in file order. */
export function readList(path) {
  return readFileSync(path, "utf8")
    .normalize("NFC")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}
