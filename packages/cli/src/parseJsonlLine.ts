/** One input document of `--format jsonl`. */
export interface JsonlInput {
  /** The caller's id, kept as given; the 1-based line number for plain-text lines. */
  id: unknown;
  text: string;
  /** The line's other fields (`url`, `date`, …), carried to the output under `meta`. */
  [field: string]: unknown;
}

export type ParsedLine = { kind: "doc"; doc: JsonlInput } | { kind: "blank" } | { kind: "invalid"; message: string };

/**
 * Reads one input line of `sinmun analyze --format jsonl`: a JSON object `{"id", "text"}`, or a
 * plain text line (its id is then the line number). Blank lines are skipped.
 *
 * @example
 * parseJsonlLine('{"id":"a1","text":"삼성전자가 상승했다."}', 1); // { kind: "doc", doc: { id: "a1", text: "삼성전자가 상승했다." } }
 * parseJsonlLine("엔비디아 주가가 올랐다.", 7);                  // { kind: "doc", doc: { id: 7, text: "엔비디아 주가가 올랐다." } }
 */
export function parseJsonlLine(line: string, lineNumber: number): ParsedLine {
  const trimmed = line.trim();
  if (trimmed === "") return { kind: "blank" };
  if (!trimmed.startsWith("{")) return { kind: "doc", doc: { id: lineNumber, text: line.replace(/\r$/, "") } };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    return { kind: "invalid", message: `expected a JSON object {"id", "text"}, got invalid JSON (${(err as Error).message})` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { kind: "invalid", message: `expected a JSON object {"id", "text"}, got ${Array.isArray(value) ? "an array" : typeof value}` };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string") {
    return { kind: "invalid", message: `expected a string "text" field, got ${record.text === undefined ? "none" : typeof record.text}` };
  }
  return { kind: "doc", doc: { ...record, id: record.id ?? lineNumber, text: record.text } };
}
