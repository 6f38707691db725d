import { safeLoadEntities, type EntityRecord } from "@sinmun/ner";
import { SinmunError } from "@sinmun/core";

/**
 * Loads user entity dictionaries (JSONL files in the format of dictionaries/entities), in order;
 * a later file's entry with the same id wins. A malformed file stops with its first located
 * problem (`file:line: message`) and nothing from it is used.
 *
 * @example
 * const records = loadUserEntities(["my-entities.jsonl"]);
 */
export function loadUserEntities(paths: readonly string[]): EntityRecord[] {
  const records: EntityRecord[] = [];
  for (const path of paths) {
    const loaded = safeLoadEntities(path);
    if (!loaded.ok) {
      const first = loaded.diagnostics[0];
      const more = loaded.diagnostics.length > 1 ? ` (and ${loaded.diagnostics.length - 1} more problems)` : "";
      throw new SinmunError("sinmun", "invalid-dictionary", `${path}:${first?.line ?? 0}: ${(first?.message ?? "invalid dictionary").replace(/^@sinmun\/ner: /, "")}${more}`);
    }
    records.push(...loaded.value);
  }
  return records;
}
