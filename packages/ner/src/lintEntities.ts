import { ENTITY_LABELS } from "@sinmun/core";
import type { Diagnostic } from "@sinmun/core";
import { matchKey } from "./matchKey";
import type { EntityRecord } from "./types";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks dictionary rules and returns every violation, located by the record's line (its
 * 1-based position in `records`): ids unique, kebab-case and sorted; labels valid; every string
 * NFC; `ambiguous` entries are aliases of the record; no alias (compared by match key — case and
 * spacing folded) is shared by two entities unless both list it as ambiguous.
 *
 * @example
 * lintEntities([
 *   { id: "ms", label: "ORG", name: "마이크로소프트", aliases: ["MS"] },
 *   { id: "morgan-stanley", label: "ORG", name: "모건스탠리", aliases: ["MS"] },
 * ]);
 * // → [{ code: "shared-alias", line: 2, message: '@sinmun/ner: expected alias "MS" of morgan-stanley to be unique or ambiguous in both, got also in ms (line 1)' }]
 */
export function lintEntities(records: readonly EntityRecord[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (line: number, code: string, message: string): void => {
    out.push({ code, message: `@sinmun/ner: ${message}`, line });
  };
  const seen = new Map<string, number>();
  const owners = new Map<string, { id: string; line: number; ambiguous: boolean }[]>();
  records.forEach((r, i) => {
    const line = i + 1;
    if (seen.has(r.id)) at(line, "duplicate-id", `expected unique ids, got "${r.id}" again (first on line ${seen.get(r.id)})`);
    else seen.set(r.id, line);
    if (!KEBAB.test(r.id)) at(line, "id-not-kebab", `expected a kebab-case id ([a-z0-9] words joined by "-"), got "${r.id}"`);
    const prev = records[i - 1];
    if (prev !== undefined && prev.id > r.id) at(line, "unsorted", `expected records sorted by id, got "${r.id}" after "${prev.id}"`);
    if (!(ENTITY_LABELS as readonly string[]).includes(r.label)) {
      at(line, "invalid-label", `expected label in {${ENTITY_LABELS.join(", ")}}, got ${JSON.stringify(r.label)}`);
    }
    const strings = [r.id, r.name, ...r.aliases, ...(r.ambiguous ?? [])];
    for (const s of strings) {
      if (s !== s.normalize("NFC")) at(line, "not-nfc", `expected NFC strings, got ${JSON.stringify(s)} in ${r.id}`);
      if (s.trim() === "") at(line, "empty-alias", `expected non-empty names, got ${JSON.stringify(s)} in ${r.id}`);
    }
    const surfaces = [r.name, ...r.aliases];
    const ownKeys = new Set(surfaces.map(matchKey));
    const ambiguousKeys = new Set((r.ambiguous ?? []).map(matchKey));
    for (const a of r.ambiguous ?? []) {
      if (!ownKeys.has(matchKey(a))) at(line, "ambiguous-not-alias", `expected ambiguous "${a}" to be the name or an alias of ${r.id}, got no such alias`);
    }
    const keys = new Map<string, string>();
    for (const s of surfaces) if (!keys.has(matchKey(s))) keys.set(matchKey(s), s);
    for (const [key, surface] of keys) {
      if (key === "") continue;
      const list = owners.get(key) ?? [];
      const mine = { id: r.id, line, ambiguous: ambiguousKeys.has(key) };
      for (const other of list) {
        if (other.id === r.id) continue;
        if (!(other.ambiguous && mine.ambiguous)) {
          at(line, "shared-alias", `expected alias "${surface}" of ${r.id} to be unique or ambiguous in both, got also in ${other.id} (line ${other.line})`);
        }
      }
      list.push(mine);
      owners.set(key, list);
    }
  });
  return out;
}
