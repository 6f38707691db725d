// Builds business-news.jsonl from the inline markup in source/*.txt.
//   # <doc id>            starts a document; the following lines (joined with "\n") are its text
//   [surface|LABEL|id]    an entity mention; optional 4th field overrides the canonical name
// Dictionary ids are checked against dictionaries/entities/*.jsonl (their `name` becomes the
// mention's `name`); ids starting with "doc:" are document-local and their name is the id without
// "doc:", hyphens read as spaces. Run: node corpora/business-news/build.mjs [--check]
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDictionary } from "../dictionary.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { records: names, surfaces } = loadDictionary();

const docs = [];
const problems = [];
for (const f of readdirSync(join(here, "source")).filter((f) => f.endsWith(".txt")).sort()) {
  const blocks = readFileSync(join(here, "source", f), "utf8").normalize("NFC").split(/^# /m).slice(1);
  for (const block of blocks) {
    const nl = block.indexOf("\n");
    const id = block.slice(0, nl).trim();
    const body = block.slice(nl + 1).replace(/\s+$/, "");
    let text = "";
    const entities = [];
    const re = /\[([^\]|]+)\|(PERSON|ORG|PRODUCT|LOC)\|([^\]|]+)(?:\|([^\]|]+))?\]/g;
    let last = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      text += body.slice(last, m.index);
      const [, surface, label, eid, nameOverride] = m;
      const start = text.length;
      text += surface;
      let name = nameOverride;
      if (!name) {
        if (eid.startsWith("doc:")) {
          name = eid.slice(4).replace(/-/g, " ");
          const known = surfaces.get(name.replace(/\s+/g, ""));
          if (known) problems.push(`${id}: ${eid} is now in the dictionary as ${known}`);
        }
        else if (names.has(eid)) {
          name = names.get(eid).name;
          if (names.get(eid).label !== label) problems.push(`${id}: ${surface} labelled ${label}, dictionary ${eid} is ${names.get(eid).label}`);
        } else {
          problems.push(`${id}: unknown dictionary id ${eid} (${surface})`);
          name = surface;
        }
      }
      entities.push({ start, end: start + surface.length, text: surface, label, id: eid, name });
      last = m.index + m[0].length;
    }
    text += body.slice(last);
    if (/\[[^\]]*\|/.test(text)) problems.push(`${id}: leftover markup`);
    docs.push({ id, text, entities, amounts: [], quotes: [] });
  }
}
const ids = new Set();
for (const d of docs) {
  if (ids.has(d.id)) problems.push(`duplicate document id ${d.id}`);
  ids.add(d.id);
}
if (problems.length) process.stderr.write(problems.join("\n") + "\n");
if (!process.argv.includes("--check")) {
  writeFileSync(join(here, "business-news.jsonl"), docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
}
const counts = {};
for (const d of docs) for (const e of d.entities) counts[e.label] = (counts[e.label] ?? 0) + 1;
process.stdout.write(`${docs.length} documents, ${docs.reduce((n, d) => n + d.entities.length, 0)} mentions ${JSON.stringify(counts)}; ${problems.length} problems\n`);
process.exitCode = problems.length ? 1 : 0;
