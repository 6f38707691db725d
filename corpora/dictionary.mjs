// The bundled entity dictionary as the corpus builders check gold ids against it: each record's
// canonical name and label by id, and the id each space-free name or alias points to.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const dictDir = join(dirname(fileURLToPath(import.meta.url)), "..", "dictionaries", "entities");

/** `{ records: Map<id, { name, label }>, surfaces: Map<space-free surface, id> }` from dictionaries/entities/*.jsonl. */
export function loadDictionary() {
  const records = new Map();
  const surfaces = new Map();
  for (const f of readdirSync(dictDir).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of readFileSync(join(dictDir, f), "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        const r = JSON.parse(line);
        records.set(r.id, { name: r.name, label: r.label });
        for (const a of [r.name, ...(r.aliases ?? [])]) surfaces.set(a.replace(/\s+/g, ""), r.id);
      } catch {}
    }
  }
  return { records, surfaces };
}
