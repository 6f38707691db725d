/** One input document of JSONL input. */
export interface JsonlInput {
  /** The caller's id, kept as given; the line number (or `file:line`) for plain-text lines. */
  id: unknown;
  text: string;
  /** The line's other fields (`url`, `date`, …), carried to the output under `meta`. */
  [field: string]: unknown;
}

/** Which fields of a JSONL line hold the text and the id (`--text-field`, `--id-field`). */
export interface JsonlFields {
  /** Default `text`. */
  textField?: string;
  /** Default `id`. */
  idField?: string;
}

export type ParsedLine = { kind: "doc"; doc: JsonlInput } | { kind: "blank" } | { kind: "invalid"; message: string };

/**
 * Reads one line of JSONL input: a JSON object with a text field (`text`, or `fields.textField`)
 * and an optional id field, or a plain text line (its id is then `lineId`, the line number). Blank
 * lines are skipped. The line's other fields are kept, to be carried to the output under `meta`.
 *
 * @example
 * parseJsonlLine('{"id":"a1","text":"삼성전자가 상승했다."}', 1); // { kind: "doc", doc: { id: "a1", text: "삼성전자가 상승했다." } }
 * parseJsonlLine("엔비디아 주가가 올랐다.", 7);                  // { kind: "doc", doc: { id: 7, text: "엔비디아 주가가 올랐다." } }
 * parseJsonlLine('{"no":3,"body":"카카오가 반등했다."}', 2, { textField: "body", idField: "no" }); // { kind: "doc", doc: { id: 3, text: "카카오가 반등했다." } }
 */
export function parseJsonlLine(line: string, lineId: string | number, fields: JsonlFields = {}): ParsedLine {
  const textField = fields.textField ?? "text";
  const idField = fields.idField ?? "id";
  const trimmed = line.trim();
  if (trimmed === "") return { kind: "blank" };
  if (!trimmed.startsWith("{")) return { kind: "doc", doc: { id: lineId, text: line.replace(/\r$/, "") } };
  const expected = `a JSON object {"${idField}", "${textField}"}`;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    return { kind: "invalid", message: `expected ${expected}, got invalid JSON (${(err as Error).message})` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { kind: "invalid", message: `expected ${expected}, got ${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value}` };
  }
  const record = value as Record<string, unknown>;
  const text = record[textField];
  if (typeof text !== "string") {
    const got = text === undefined ? "none" : text === null ? "null" : Array.isArray(text) ? "an array" : typeof text;
    return { kind: "invalid", message: `expected a string "${textField}" field, got ${got}` };
  }
  const { [textField]: _text, [idField]: id, ...rest } = record;
  return { kind: "doc", doc: { ...rest, id: id ?? lineId, text } };
}
