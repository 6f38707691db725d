import { SinmunError } from "@sinmun/core";
import { safeLoadEntities } from "./safeLoadEntities";
import type { EntityRecord } from "./types";

/**
 * Loads an entity dictionary (JSONL) from a file path or from its text. Throws a `SinmunError`
 * naming the first problem and its line; use `safeLoadEntities` to get every diagnostic instead.
 *
 * @example
 * loadEntities('{"id":"aws","label":"ORG","name":"아마존웹서비스","aliases":["AWS","아마존 웹서비스"]}');
 * // → [{ id: "aws", label: "ORG", name: "아마존웹서비스", aliases: ["AWS", "아마존 웹서비스"] }]
 */
export function loadEntities(pathOrText: string): EntityRecord[] {
  const result = safeLoadEntities(pathOrText);
  if (result.ok) return result.value;
  const first = result.diagnostics[0];
  const where = first?.line !== undefined ? ` (line ${first.line})` : "";
  const more = result.diagnostics.length > 1 ? ` and ${result.diagnostics.length - 1} more` : "";
  throw new SinmunError("@sinmun/ner", first?.code ?? "invalid-dictionary", `${(first?.message ?? "invalid dictionary").replace(/^@sinmun\/ner: /, "")}${where}${more}`);
}
