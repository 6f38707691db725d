import { createReadStream } from "node:fs";
import { availableParallelism } from "node:os";
import { renderDocHtml, renderDocsHtml, type Doc } from "@sinmun/core";
import { calendarDay } from "@sinmun/dates";
import { parseOptions } from "../parseOptions";
import { choice, intFlag } from "../flags";
import { UsageError, InputError } from "../UsageError";
import { ENCODINGS, type EncodingOption } from "../readInput";
import { createAnalyzer, serializeDoc, type AnalyzerOptions, type AnalyzeInput, type AnalyzedDoc } from "sinmun";
import { openSink } from "../openSink";
import { createProgress } from "../createProgress";
import { renderPretty } from "../renderPretty";
import { escapeTerminal } from "../escapeTerminal";
import { DEFAULT_GLOBS, listInputs, type InputFile } from "../listInputs";
import { readDocuments } from "../readDocuments";
import { formatRow } from "../formatRow";
import { GROUP_COLUMNS, LAYER_COLUMNS, TABLE_LAYERS, groupEntities, spanRows, type TableLayer } from "../spanRows";

const FORMATS = ["json", "jsonl", "pretty", "csv", "tsv", "html"] as const;
type Format = (typeof FORMATS)[number];
const INPUT_FORMATS = ["text", "jsonl"] as const;

/** Documents longer than this (UTF-16 code units) are reported and skipped. */
export const DEFAULT_MAX_CHARS = 1_000_000;

/** The `--tokenizer` choices: an analyser backend, or `none` (entities without morphology). */
export const TOKENIZER_CHOICES = ["embedded", "mecab", "none"] as const;
type TokenizerChoice = (typeof TOKENIZER_CHOICES)[number];

/** A calendar date written `YYYY-MM-DD` that exists (2025-02-30 does not): @sinmun/dates' one check. */
function calendarDate(name: string, value: string): string {
  if (calendarDay(value) !== value) throw new UsageError(`expected --${name} to be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** The library options for the flags shared by `analyze` and `eval` (`--tokenizer`, `--dict`, `--date`). */
export function analyzerOptionsFrom(values: { tokenizer?: string | undefined; dict?: string[] | undefined; date?: string | undefined }): AnalyzerOptions {
  const tokenizer = choice<TokenizerChoice>("tokenizer", TOKENIZER_CHOICES, values.tokenizer, "embedded");
  const dict = values.dict ?? [];
  return {
    ...(tokenizer === "none" ? { disable: ["tokens"] as const } : { tokenizer: { backend: tokenizer } }),
    ...(dict.length > 0 ? { entities: dict } : {}),
    ...(values.date !== undefined ? { dates: { reference: calendarDate("date", values.date) } } : {}),
  };
}

export const ANALYZER_FLAGS = {
  dict: { type: "string", multiple: true },
  date: { type: "string" },
  tokenizer: { type: "string" },
  workers: { type: "string" },
  progress: { type: "boolean" },
  "no-progress": { type: "boolean" },
} as const;

/** Whether to show the progress bar: forced by --progress / --no-progress, else only on a terminal. */
export function progressWanted(values: { progress?: boolean | undefined; "no-progress"?: boolean | undefined }): boolean {
  if (values["no-progress"]) return false;
  if (values.progress) return true;
  return Boolean(process.stderr.isTTY);
}

export function workersFrom(value: string | undefined): number {
  return intFlag("workers", value, availableParallelism());
}

/**
 * `sinmun analyze [PATH…]`: files, folders (recursively) and stdin, every document through one
 * ordered `analyzeMany` stream, out as one JSON document, a JSON array, JSONL, pretty terminal
 * text, or CSV/TSV tables of one layer. A file that cannot be read is reported with its path and
 * the others go on; the exit code is 1 when any input failed.
 *
 * @example
 * // sinmun analyze 기사들/ --format csv --layer entities --excel --output 개체.csv
 */
export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: "string" },
    "input-format": { type: "string" },
    layer: { type: "string" },
    group: { type: "boolean" },
    excel: { type: "boolean" },
    glob: { type: "string", multiple: true },
    "text-field": { type: "string" },
    "id-field": { type: "string" },
    encoding: { type: "string" },
    tokens: { type: "boolean" },
    force: { type: "boolean" },
    "max-chars": { type: "string" },
    output: { type: "string", short: "o" },
    ...ANALYZER_FLAGS,
  });
  const format = choice<Format>("format", FORMATS, values.format, "json");
  const inputFormat = values["input-format"] === undefined ? undefined : choice("input-format", INPUT_FORMATS, values["input-format"], "text");
  const encoding = choice<EncodingOption>("encoding", ENCODINGS, values.encoding, "auto");
  const maxChars = intFlag("max-chars", values["max-chars"], DEFAULT_MAX_CHARS);
  const table = format === "csv" || format === "tsv";
  if (values.layer !== undefined && !table && format !== "jsonl") throw new UsageError(`--layer needs --format csv, tsv or jsonl, got --format ${format}`);
  const layer = table || values.layer !== undefined ? choice<TableLayer>("layer", TABLE_LAYERS, values.layer, "entities") : undefined;
  if (values.group && layer !== "entities") throw new UsageError(`--group counts entities: it needs --layer entities with --format jsonl, csv or tsv`);
  if (values.excel && !table) throw new UsageError(`--excel is for --format csv or tsv, got --format ${format}`);
  for (const [flag, value] of [["text-field", values["text-field"]], ["id-field", values["id-field"]], ...(values.glob ?? []).map((g) => ["glob", g])] as const) {
    if (value === "") throw new UsageError(`expected --${flag} to be non-empty`);
  }

  const analyzerOptions: AnalyzerOptions = { ...analyzerOptionsFrom(values), tokens: Boolean(values.tokens) };
  const workersWanted = workersFrom(values.workers);
  let paths = positionals;
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new UsageError("analyze expects FILE or FOLDER arguments, or input piped on stdin (see sinmun --help)");
    paths = ["-"];
  }
  if (paths.filter((p) => p === "-").length > 1) throw new UsageError("stdin (-) can be given only once");
  // stdin is JSONL with --input-format jsonl, or (as before) when JSONL is what comes out.
  const stdinJsonl = inputFormat ? inputFormat === "jsonl" : format === "jsonl" && layer === undefined;
  const listed = await listInputs(paths, { globs: values.glob ?? DEFAULT_GLOBS, ...(inputFormat ? { inputFormat } : {}) });
  const files: InputFile[] = listed.files.map((f) => (f.path === "-" ? { ...f, jsonl: stdinJsonl } : f));
  // One text file (or stdin) in, one document out: `--format json` prints it as before; anything
  // more (several paths, a folder, JSONL) prints a JSON array.
  const single = paths.length === 1 && listed.folders === 0 && !files[0]?.jsonl;

  const warn = (message: string): void => void process.stderr.write(`sinmun: warning: ${message}\n`);
  let failures = 0;
  const fail = (message: string): void => {
    failures++;
    process.stderr.write(`sinmun: ${message}\n`);
  };
  listed.problems.forEach(fail);
  if (files.length === 0 && listed.problems.length === 0) warn(`no files matching ${(values.glob ?? DEFAULT_GLOBS).join(" ")} in ${paths.join(" ")}`);

  const progressOn = progressWanted(values);
  const total = progressOn ? await countAll(files) : undefined;
  const progress = createProgress(progressOn, total, "docs");
  const textFiles = files.filter((f) => !f.jsonl).length;
  const workers = files.some((f) => f.jsonl) ? workersWanted : Math.max(1, Math.min(workersWanted, textFiles));
  const write = createWriter(format, { single, tokens: Boolean(values.tokens), excel: Boolean(values.excel), group: Boolean(values.group), ...(layer ? { layer } : {}) });

  let done = 0;
  const where = new Map<number, string>();
  async function* documents(): AsyncGenerator<AnalyzeInput> {
    let index = 0;
    const events = readDocuments(files, {
      encoding,
      maxChars,
      force: Boolean(values.force),
      qualifyLineIds: files.length > 1,
      ...(values["text-field"] !== undefined ? { textField: values["text-field"] } : {}),
      ...(values["id-field"] !== undefined ? { idField: values["id-field"] } : {}),
    });
    for await (const event of events) {
      if (event.kind === "warning") warn(event.message);
      else if (event.kind === "problem") {
        fail(event.message);
        progress.tick(++done);
      } else {
        where.set(index++, event.where);
        yield event.input;
      }
    }
  }

  const sink = openSink(values.output);
  const analyzer = await createAnalyzer(analyzerOptions);
  try {
    await sink.write(write.start());
    for await (const result of analyzer.analyzeMany(documents(), { workers, json: format === "json" || (format === "jsonl" && !layer) })) {
      const from = where.get(result.index) ?? "";
      where.delete(result.index);
      if (result.ok) await sink.write(write.doc(result.doc, result.json));
      else fail(`${from}: document ${JSON.stringify(result.id ?? from)} failed: ${result.error.message}; skipped`);
      progress.tick(++done);
    }
    await sink.write(write.end());
    await sink.commit();
  } catch (err) {
    sink.abort();
    const e = err as NodeJS.ErrnoException;
    if (e?.code && e.syscall && !(err instanceof InputError)) throw new InputError(`cannot read input (${e.code})`);
    throw err;
  } finally {
    progress.stop();
    await analyzer.close();
  }
  return failures > 0 ? 1 : 0;
}

interface WriterOptions {
  single: boolean;
  tokens: boolean;
  excel: boolean;
  group: boolean;
  layer?: TableLayer;
}

/** How documents become output text: a prologue, one piece per document, an epilogue. */
interface Writer {
  start(): string;
  doc(doc: AnalyzedDoc, json: string | undefined): string;
  end(): string;
}

function createWriter(format: Format, o: WriterOptions): Writer {
  const line = (doc: AnalyzedDoc, json: string | undefined): string => json ?? serializeDoc(doc);
  if (o.layer) {
    const columns = o.group ? GROUP_COLUMNS : LAYER_COLUMNS[o.layer];
    const layer = o.layer;
    const rows = (doc: AnalyzedDoc): Record<string, unknown>[] => (o.group ? groupEntities(doc) : spanRows(doc, layer));
    if (format === "jsonl") {
      return { start: () => "", doc: (doc) => rows(doc).map((r) => `${JSON.stringify(r)}\n`).join(""), end: () => "" };
    }
    const separator = format === "tsv" ? "\t" : ",";
    return {
      start: () => `${o.excel ? "\uFEFF" : ""}${formatRow(columns, separator)}`,
      doc: (doc) => rows(doc).map((r) => formatRow(columns.map((c) => r[c] as string | number | boolean | null | undefined), separator)).join(""),
      end: () => "",
    };
  }
  if (format === "jsonl") return { start: () => "", doc: (doc, json) => `${line(doc, json)}\n`, end: () => "" };
  if (format === "html") {
    // One self-contained page (core's renderDocHtml); several documents share one page, so they are held until the end.
    const docs: Doc[] = [];
    return {
      start: () => "",
      doc: (doc) => {
        docs.push(doc as Doc);
        return "";
      },
      end: () => `${o.single && docs.length === 1 ? renderDocHtml(docs[0] as Doc) : renderDocsHtml(docs)}\n`,
    };
  }
  if (format === "pretty") {
    let n = 0;
    return {
      start: () => "",
      doc: (doc) => {
        const head = o.single ? "" : `${n++ > 0 ? "\n" : ""}── ${escapeTerminal(String(doc.id ?? "stdin"))} ──\n`;
        return head + renderPretty(doc as Doc, { tokens: o.tokens });
      },
      end: () => "",
    };
  }
  if (o.single) return { start: () => "", doc: (doc, json) => `${line(doc, json)}\n`, end: () => "" };
  let first = true;
  return {
    start: () => "[",
    doc: (doc, json) => {
      const sep = first ? "\n" : ",\n";
      first = false;
      return sep + line(doc, json);
    },
    end: () => (first ? "]\n" : "\n]\n"),
  };
}

/** Documents the run will see, for the progress bar: one per text file, the non-blank lines of JSONL. */
async function countAll(files: readonly InputFile[]): Promise<number | undefined> {
  let total = 0;
  for (const f of files) {
    if (!f.jsonl) total += 1;
    else if (f.path === "-") return undefined;
    else total += await countLines(f.path).catch(() => 0);
  }
  return total;
}

/** Counts the non-blank lines of a file. */
async function countLines(path: string): Promise<number> {
  let docs = 0;
  let blank = true;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) {
      if (byte === 0x0a) {
        if (!blank) docs++;
        blank = true;
      } else if (blank && byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) {
        blank = false;
      }
    }
  }
  return blank ? docs : docs + 1;
}
