import { open } from "node:fs/promises";
import { decodeText } from "@sinmun/decode";
import type { AnalyzeInput } from "sinmun";
import { describeFsError, type InputFile } from "./listInputs";
import { parseJsonlLine, type JsonlFields } from "./parseJsonlLine";
import { readBytes, type EncodingOption } from "./readInput";
import { readLines } from "./readLines";

/** What reading the inputs yields, in input order. */
export type DocumentEvent =
  /** A document to analyse, and where it came from (`path` or `path:line`) for messages. */
  | { kind: "doc"; input: AnalyzeInput; where: string }
  /** An input that cannot be analysed (unreadable, binary, malformed line): reported, counted as a failure. */
  | { kind: "problem"; message: string }
  /** Something the user should know that does not stop the document (bad bytes, an empty file). */
  | { kind: "warning"; message: string };

/** Options of {@link readDocuments}. */
export interface ReadOptions extends JsonlFields {
  encoding: EncodingOption;
  /** Documents longer than this (UTF-16 code units) are reported and skipped. */
  maxChars: number;
  /** Analyse files that look binary instead of refusing them. */
  force: boolean;
  /** Several inputs: a plain-text JSONL line's id becomes `file:line` instead of the line number. */
  qualifyLineIds: boolean;
}

/**
 * Reads the listed inputs one after another and yields their documents, lazily (memory stays
 * bounded however many files there are): a text file is one document whose id is its path; a JSONL
 * file one document per line. Every problem names its file (and line) and the run goes on.
 *
 * @example
 * const files = [{ path: "기사/오늘.txt", id: "오늘.txt", jsonl: false }];
 * for await (const e of readDocuments(files, { encoding: "auto", maxChars: 1e6, force: false, qualifyLineIds: false })) console.log(e);
 * // { kind: "doc", input: { id: "오늘.txt", text: "삼성전자가 올랐다." }, where: "기사/오늘.txt" }
 */
export async function* readDocuments(files: readonly InputFile[], options: ReadOptions): AsyncGenerator<DocumentEvent> {
  for (const file of files) {
    if (file.jsonl) yield* readJsonlFile(file, options);
    else yield* readTextFile(file, options);
  }
}

async function* readTextFile(file: InputFile, options: ReadOptions): AsyncGenerator<DocumentEvent> {
  const where = file.path === "-" ? "stdin" : file.path;
  let bytes: Buffer;
  try {
    bytes = await readBytes(file.path);
  } catch (err) {
    yield { kind: "problem", message: err instanceof Error && err.name === "InputError" ? err.message : describeFsError(file.path, err) };
    return;
  }
  if (bytes.length === 0) yield { kind: "warning", message: `${where}: empty file` };
  const decoded = decodeText(bytes, { encoding: options.encoding });
  if (decoded.binary && !options.force) {
    yield { kind: "problem", message: `${where}: looks binary (NUL bytes or many control characters), not text; skipped (--force analyses it anyway)` };
    return;
  }
  for (const w of decoded.warnings) yield { kind: "warning", message: `${where}: ${w}` };
  const text = decoded.text;
  const firstLine = looksLikeJsonl(text, options);
  if (firstLine) yield { kind: "warning", message: `${where}: looks like JSONL (line ${firstLine} is a JSON object with a "${options.textField ?? "text"}" field) but is read as one plain document; name it .jsonl or pass --input-format jsonl` };
  if (text.length > options.maxChars) {
    yield { kind: "problem", message: `${where}: ${text.length} characters exceeds the limit of ${options.maxChars} (--max-chars); skipped (split the file, or make it JSONL with one document per line)` };
    return;
  }
  yield { kind: "doc", input: file.path === "-" ? text : { id: file.id, text }, where };
}

/** The line number of the first non-blank line when it is a JSON object with the text field, else 0. */
function looksLikeJsonl(text: string, fields: JsonlFields): number {
  const at = text.search(/\S/);
  if (at < 0 || text[at] !== "{") return 0;
  const end = text.indexOf("\n", at);
  const parsed = parseJsonlLine(text.slice(at, end < 0 ? text.length : end), 1, fields);
  return parsed.kind === "doc" ? text.slice(0, at).split("\n").length : 0;
}

/** Whether the start of a file looks binary (what decodeText judges on a whole text file). */
async function headLooksBinary(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead > 0 && decodeText(head.subarray(0, bytesRead)).binary;
  } finally {
    await handle.close();
  }
}

async function* readJsonlFile(file: InputFile, options: ReadOptions): AsyncGenerator<DocumentEvent> {
  const where = file.path === "-" ? "stdin" : file.path;
  try {
    if (file.path !== "-" && !options.force && (await headLooksBinary(file.path))) {
      yield { kind: "problem", message: `${where}: looks binary (NUL bytes or many control characters), not JSONL; skipped (--force reads it anyway)` };
      return;
    }
    for await (const { line, text: raw, warnings } of readLines(file.path, options.encoding)) {
      for (const w of warnings) yield { kind: "warning", message: `${where}:${line}: ${w}` };
      const lineId = options.qualifyLineIds ? `${file.id}:${line}` : line;
      const parsed = parseJsonlLine(raw, lineId, options);
      if (parsed.kind === "blank") continue;
      if (parsed.kind === "invalid") yield { kind: "problem", message: `${where}:${line}: ${parsed.message}; line skipped` };
      else if (parsed.doc.text.length > options.maxChars) {
        yield { kind: "problem", message: `${where}:${line}: document ${JSON.stringify(parsed.doc.id)} has ${parsed.doc.text.length} characters, over the limit of ${options.maxChars} (--max-chars); skipped` };
      } else yield { kind: "doc", input: parsed.doc as AnalyzeInput, where: `${where}:${line}` };
    }
  } catch (err) {
    yield { kind: "problem", message: describeFsError(file.path, err) };
  }
}
