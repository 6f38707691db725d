/** A table cell: strings as given, numbers and booleans written out, null and undefined empty. */
export type Cell = string | number | boolean | null | undefined;

/**
 * One row of a CSV (RFC 4180) or TSV table, ending in CRLF. A field that contains the separator,
 * a double quote, a carriage return or a line feed is enclosed in double quotes, with its quotes
 * doubled, so any text (commas, quotes, line breaks inside a quote) reads back unchanged.
 *
 * @example
 * formatRow(["기사1", "“좋다”, 그는 말했다", 3], ","); // '기사1,"“좋다”, 그는 말했다",3\r\n'
 * formatRow(['그는 "네"라고 했다'], ",");             // '"그는 ""네""라고 했다"\r\n'
 */
export function formatRow(cells: readonly Cell[], separator: "," | "\t"): string {
  return `${cells.map((c) => quoteField(c === null || c === undefined ? "" : String(c), separator)).join(separator)}\r\n`;
}

function quoteField(field: string, separator: string): string {
  const needs = field.includes(separator) || field.includes('"') || field.includes("\n") || field.includes("\r");
  return needs ? `"${field.replace(/"/g, '""')}"` : field;
}
