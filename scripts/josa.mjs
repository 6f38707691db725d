// Reads dictionaries/josa/josa.tsv, the one list of particles (josa) every package compiles its
// josa from: one particle per line, then its classes (space-separated). See dictionaries/josa/README.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Rows of josa.tsv in file order: `{ josa, classes }`, NFC, blank and `#` lines skipped. */
export function readJosa(dictionaries) {
  const lines = readFileSync(join(dictionaries, "josa", "josa.tsv"), "utf8").normalize("NFC").split(/\r?\n/);
  lines.shift(); // header: josa, classes
  return lines
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => {
      const [josa = "", classes = ""] = l.split("\t");
      return { josa: josa.trim(), classes: classes.trim().split(/\s+/).filter((c) => c !== "") };
    });
}

/** The particles of each class, in file order: `{ subject: ["가", "이"], … }`. */
export function josaByClass(dictionaries) {
  const byClass = {};
  for (const { josa, classes } of readJosa(dictionaries)) for (const c of classes) (byClass[c] ??= []).push(josa);
  return byClass;
}
