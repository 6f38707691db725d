// Builds packages/quotes/data/cues.json and src/generated/cues.ts (what src/lexicon.ts imports) from the human-editable lists in dictionaries/cues/.
// verbs.tsv: surface, lemma, strength (strong | light | nominal); words.tsv: word, class.
// The `title` and `surname` classes come from the one list of each in dictionaries/titles/
// (titles.txt + reporter-titles.txt; korean-surnames.txt + ambiguous-surnames.txt), shared with @sinmun/ner.
// Past-tense surfaces ending in 다 also yield their connective forms (말했고, 말했으며, 말했지만…),
// and each verb lemma yields its chaining forms (말하며, 말하면서, 말하고, 말하기도).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeGeneratedModule } from "../../../scripts/generated-module.mjs";
import { readList as readWordList } from "../../../scripts/word-list.mjs";
import { josaByClass } from "../../../scripts/josa.mjs";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const dictionaries = join(pkg, "..", "..", "dictionaries");
const dict = join(dictionaries, "cues");

/** A list of dictionaries/ by its path there (titles/titles.txt). */
const readList = (file) => readWordList(join(dictionaries, file));

function readTsv(file) {
  const lines = readFileSync(join(dict, file), "utf8").normalize("NFC").split(/\r?\n/);
  const header = lines.shift().split("\t");
  return lines
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => Object.fromEntries(l.split("\t").map((v, i) => [header[i], v.trim()])));
}

/** 밝히 → 밝힌다 (open syllable takes ㄴ), 꼽 → 꼽는다 (closed syllable takes 는다). */
function presentTense(stem) {
  const last = stem.codePointAt(stem.length - 1);
  if (last < 0xac00 || last > 0xd7a3) return stem + "는다";
  const batchim = (last - 0xac00) % 28;
  if (batchim === 0) return stem.slice(0, -1) + String.fromCodePoint(last + 4) + "다";
  return stem + "는다";
}

export async function build() {
  const verbs = {};
  const add = (surface, lemma, strength) => {
    if (!(surface in verbs)) verbs[surface] = [lemma, strength];
  };
  const rows = readTsv("verbs.tsv");
  for (const { surface, lemma, strength } of rows) add(surface, lemma, strength);
  for (const { surface, lemma, strength } of rows) {
    if (strength === "nominal") continue;
    if (surface.endsWith("다") && /[았었였했썼봤놨렸췄뀌쳤왔졌]다$/.test(surface)) {
      const stem = surface.slice(0, -1);
      for (const ending of ["고", "으며", "지만", "는데", "으나", "다며", "다"]) add(stem + ending, lemma, strength);
    }
    // Polite and broadcast style of a past surface (its last syllable before 다 has ㅆ): 밝혔습니다, 말했습니다.
    const past = surface.codePointAt(surface.length - 2);
    if (surface.endsWith("다") && past >= 0xac00 && past <= 0xd7a3 && (past - 0xac00) % 28 === 20) {
      add(surface.slice(0, -1) + "습니다", lemma, strength);
    }
    if (strength === "strong" && lemma.endsWith("다")) {
      const stem = lemma.slice(0, -1);
      // Present tense, as features and analyses write it: 말한다, 밝힌다, 꼽는다, 내다본다.
      add(presentTense(stem), lemma, "strong");
      // Polite present (broadcast scripts): 말합니다, 밝힙니다 — an open last syllable takes ㅂ.
      const last = stem.codePointAt(stem.length - 1);
      if (last >= 0xac00 && last <= 0xd7a3 && (last - 0xac00) % 28 === 0) add(stem.slice(0, -1) + String.fromCodePoint(last + 17) + "니다", lemma, "strong");
      for (const ending of ["며", "면서", "고", "기도", "자", "는"]) add(stem + ending, lemma, "chain");
    }
  }
  const words = {};
  for (const { word, class: cls } of readTsv("words.tsv")) (words[cls] ??= []).push(word);
  words.title = [...readList("titles/titles.txt"), ...readList("titles/reporter-titles.txt")];
  words.surname = [...readList("titles/korean-surnames.txt"), ...readList("titles/ambiguous-surnames.txt")];
  // The josa classes (`josa:subject`, `josa:topic`…) come from dictionaries/josa/josa.tsv, shared with @sinmun/ner.
  for (const [cls, list] of Object.entries(josaByClass(dictionaries))) words[`josa:${cls}`] = list;
  mkdirSync(join(pkg, "data"), { recursive: true });
  writeFileSync(join(pkg, "data", "cues.json"), JSON.stringify({ verbs, words }));
  writeGeneratedModule(pkg, "cues", "CUES_JSON", { verbs, words }, "dictionaries/cues and dictionaries/titles");
}
