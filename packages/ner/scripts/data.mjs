// Compiles the human-editable dictionaries into compact JSON for @sinmun/ner:
//   dictionaries/entities/*.jsonl            → data/entities.json (records sorted by id)
//   dictionaries/titles/*.txt, org-suffixes/*.txt → data/rules.json (titles, surnames, josa, suffixes, stoplists);
//   titles are titles.txt + reporter-titles.txt, the same lists @sinmun/quotes and @sinmun/core read
// src/generated/entities.ts and rules.ts hold the same JSON as modules; src/ruleData.ts imports them.
// Malformed entity rows are skipped here with a warning on stderr; the lint test reports them.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeGeneratedModule } from "../../../scripts/generated-module.mjs";
import { readList } from "../../../scripts/word-list.mjs";
import { josaByClass } from "../../../scripts/josa.mjs";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const dicts = join(pkg, "..", "..", "dictionaries");

function list(file) {
  const p = join(dicts, file);
  return existsSync(p) ? readList(p) : [];
}

export function readEntityRows() {
  const dir = join(dicts, "entities");
  const rows = [];
  if (!existsSync(dir)) return rows;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const lines = readFileSync(join(dir, f), "utf8").split(/\r?\n/);
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        const r = JSON.parse(line);
        if (r && typeof r.id === "string" && typeof r.name === "string" && typeof r.label === "string") rows.push(r);
        else process.stderr.write(`@sinmun/ner data: skipped ${f}:${i + 1} (missing id/label/name)\n`);
      } catch {
        process.stderr.write(`@sinmun/ner data: skipped ${f}:${i + 1} (invalid JSON)\n`);
      }
    });
  }
  return rows;
}

export async function build() {
  const out = join(pkg, "data");
  mkdirSync(out, { recursive: true });
  const rows = readEntityRows();
  const seen = new Set();
  const entities = [];
  for (const r of rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const e = { id: r.id, label: r.label, name: r.name, aliases: Array.isArray(r.aliases) ? r.aliases : [] };
    if (Array.isArray(r.ambiguous) && r.ambiguous.length > 0) e.ambiguous = r.ambiguous;
    if (r.meta && typeof r.meta === "object") e.meta = r.meta;
    entities.push(e);
  }
  writeFileSync(join(out, "entities.json"), JSON.stringify(entities));
  writeGeneratedModule(pkg, "entities", "ENTITIES_JSON", entities, "dictionaries/entities/*.jsonl");
  // dictionaries/josa/josa.tsv: `josa` is the `after-name` class (what may follow a name in its eojeol);
  // every class also goes in as `josa:<class>` for the rules that read one class (JOSA_FINAL…).
  const josaClasses = josaByClass(dicts);
  const rules = {
    titles: [...list("titles/titles.txt"), ...list("titles/reporter-titles.txt")],
    surnames: list("titles/korean-surnames.txt"),
    notNames: list("titles/not-names.txt"),
    josa: josaClasses["after-name"] ?? [],
    ...Object.fromEntries(Object.entries(josaClasses).map(([cls, l]) => [`josa:${cls}`, l])),
    attachedSuffixes: list("org-suffixes/attached.txt"),
    separateSuffixes: list("org-suffixes/separate.txt"),
    notOrgs: list("org-suffixes/not-orgs.txt"),
    stemsNotNames: list("org-suffixes/stems-not-names.txt"),
    acronymStoplist: list("org-suffixes/acronym-stoplist.txt"),
    acronymOwnerSuffixes: list("org-suffixes/acronym-owner-suffixes.txt"),
    orgCues: list("org-suffixes/org-cues.txt"),
    platformCues: list("org-suffixes/platform-cues.txt"),
    typeNouns: list("org-suffixes/type-nouns.txt"),
  };
  writeFileSync(join(out, "rules.json"), JSON.stringify(rules));
  writeGeneratedModule(pkg, "rules", "RULES_JSON", rules, "dictionaries/titles and dictionaries/org-suffixes");
  return { entities: entities.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const r = await build();
  process.stdout.write(`@sinmun/ner: ${r.entities} entities\n`);
}
