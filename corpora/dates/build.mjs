// Builds dates.jsonl from source/dates.txt and heldout.jsonl from source/heldout.txt: one document per line, `id<TAB>text` with each date
// expression marked [[surface|kind|value]]; writes `{ id, reference, text, dates }` with UTF-16
// offsets. Run: node corpora/dates/build.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const REFERENCE = "2025-11-14";
const KINDS = new Set(["date", "month", "year", "quarter", "half", "fiscal_year", "range", "relative", "comparison_base", "duration"]);
const MARK = /\[\[([^|\]]+)\|([^|\]]+)\|([^|\]]+)\]\]/g;

for (const name of ["dates", "heldout"]) {
const out = [];
const ids = new Set();
for (const [i, raw] of readFileSync(join(here, "source", `${name}.txt`), "utf8").split("\n").entries()) {
  if (raw.trim() === "" || raw.startsWith("#")) continue;
  const [id, marked] = raw.split("\t");
  if (!id || marked === undefined || ids.has(id)) throw new Error(`source/${name}.txt:${i + 1}: expected a new id, a tab and the text`);
  ids.add(id);
  let text = "";
  let last = 0;
  const dates = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const [, surface, kind, value] = m;
    if (!KINDS.has(kind)) throw new Error(`source/${name}.txt:${i + 1}: expected kind in {${[...KINDS].join(", ")}}, got ${JSON.stringify(kind)}`);
    dates.push({ start: text.length, end: text.length + surface.length, text: surface, kind, value: value === "null" ? null : value });
    text += surface;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (text.includes("[[") || text.includes("]]")) throw new Error(`source/${name}.txt:${i + 1}: a broken mark`);
  if (text.normalize("NFC") !== text) throw new Error(`source/${name}.txt:${i + 1}: expected NFC`);
  out.push(JSON.stringify({ id, reference: REFERENCE, text, dates }));
}
writeFileSync(join(here, `${name}.jsonl`), out.join("\n") + "\n");
console.log(`${name}.jsonl: ${out.length} documents`);
}
