import { createReadStream } from "node:fs";
import { availableParallelism } from "node:os";
import { parseOptions } from "../parseOptions";
import { UsageError, InputError } from "../UsageError";
import { ENCODINGS, assertFile, readText, type EncodingOption } from "../readInput";
import { createAnalyzer, serializeDoc, type AnalyzerOptions, type AnalyzeInput } from "sinmun";
import { openSink, type Sink } from "../openSink";
import { parseJsonlLine } from "../parseJsonlLine";
import { createProgress } from "../createProgress";
import { readLines } from "../readLines";
import { renderPretty } from "../renderPretty";

const FORMATS = ["json", "jsonl", "pretty"] as const;
type Format = (typeof FORMATS)[number];

/** Documents longer than this (UTF-16 code units) are reported and skipped. */
export const DEFAULT_MAX_CHARS = 1_000_000;

function oneOf<T extends string>(name: string, allowed: readonly T[], value: string | undefined, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`expected --${name} in {${allowed.join(", ")}}, got "${value}"`);
  }
  return value as T;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`expected --${name} to be a positive integer, got "${value}"`);
  return n;
}

/** The `--tokenizer` choices: an analyser backend, or `none` (entities without morphology). */
export const TOKENIZER_CHOICES = ["embedded", "mecab", "none"] as const;
type TokenizerChoice = (typeof TOKENIZER_CHOICES)[number];

/** The library options for the flags shared by `analyze` and `eval` (`--tokenizer`, `--dict`). */
export function analyzerOptionsFrom(values: { tokenizer?: string | undefined; dict?: string[] | undefined }): AnalyzerOptions {
  const tokenizer = oneOf<TokenizerChoice>("tokenizer", TOKENIZER_CHOICES, values.tokenizer, "embedded");
  const dict = values.dict ?? [];
  return {
    ...(tokenizer === "none" ? { disable: ["tokens"] as const } : { tokenizer: { backend: tokenizer } }),
    ...(dict.length > 0 ? { entities: dict } : {}),
  };
}

export const ANALYZER_FLAGS = {
  dict: { type: "string", multiple: true },
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
  return positiveInt("workers", value, availableParallelism());
}

/**
 * `sinmun analyze FILE|-`: one document as JSON or pretty text, or a JSONL stream of documents.
 *
 * @example
 * // sinmun analyze examples/openai-aws.txt --format pretty
 */
export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: "string" },
    encoding: { type: "string" },
    tokens: { type: "boolean" },
    "max-chars": { type: "string" },
    output: { type: "string", short: "o" },
    ...ANALYZER_FLAGS,
  });
  if (positionals.length !== 1) {
    throw new UsageError(`analyze expects one FILE (or - for stdin), got ${positionals.length === 0 ? "none" : positionals.join(" ")}`);
  }
  const path = positionals[0] as string;
  const format = oneOf<Format>("format", FORMATS, values.format, "json");
  const encoding = oneOf<EncodingOption>("encoding", ENCODINGS, values.encoding, "auto");
  const maxChars = positiveInt("max-chars", values["max-chars"], DEFAULT_MAX_CHARS);
  const options: AnalyzerOptions = { ...analyzerOptionsFrom(values), tokens: Boolean(values.tokens) };
  const warn = (message: string): void => void process.stderr.write(`sinmun: warning: ${message}\n`);

  if (format === "jsonl") {
    return analyzeJsonl({ path, encoding, maxChars, options, workers: workersFrom(values.workers), progress: progressWanted(values), ...(values.output ? { output: values.output } : {}) });
  }
  const text = await readText(path, encoding, warn);
  if (text.length > maxChars) {
    throw new InputError(`${path}: ${text.length} characters exceeds the limit of ${maxChars} (--max-chars); split the file or use --format jsonl`);
  }
  const analyzer = await createAnalyzer(options);
  const doc = await analyzer.analyze(text).finally(() => analyzer.close());
  const sink = openSink(values.output);
  try {
    await sink.write(format === "pretty" ? renderPretty(doc) : `${serializeDoc(doc)}\n`);
    await sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  }
  return 0;
}

interface JsonlRun {
  path: string;
  encoding: EncodingOption;
  maxChars: number;
  options: AnalyzerOptions;
  workers: number;
  progress: boolean;
  output?: string;
}

/** Counts the non-blank lines of a file (the documents a JSONL run will see), for the progress bar. */
async function countDocs(path: string): Promise<number | undefined> {
  if (path === "-") return undefined;
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

/** Streams JSONL (or plain text lines) through the library's `analyzeMany`: in order, bounded memory. */
async function analyzeJsonl(run: JsonlRun): Promise<number> {
  if (run.path !== "-") await assertFile(run.path);
  const where = run.path === "-" ? "stdin" : run.path;
  const total = run.progress ? await countDocs(run.path) : undefined;
  const progress = createProgress(run.progress, total, "docs");
  const analyzer = await createAnalyzer(run.options);
  const sink: Sink = openSink(run.output);
  let problems = 0;
  let done = 0;
  const lines = new Map<number, number>();
  const report = (message: string): void => {
    problems++;
    process.stderr.write(`sinmun: ${message}\n`);
  };
  // Lines that are not documents are reported here, as they are read, and counted as done.
  async function* documents(): AsyncGenerator<AnalyzeInput> {
    let index = 0;
    for await (const { line, text: raw, warnings } of readLines(run.path, run.encoding)) {
      for (const w of warnings) process.stderr.write(`sinmun: warning: ${where}:${line}: ${w}\n`);
      const parsed = parseJsonlLine(raw, line);
      if (parsed.kind === "blank") continue;
      if (parsed.kind === "invalid") {
        report(`${where}:${line}: ${parsed.message}; line skipped`);
        progress.tick(++done);
      } else if (parsed.doc.text.length > run.maxChars) {
        report(`${where}:${line}: document ${JSON.stringify(parsed.doc.id)} has ${parsed.doc.text.length} characters, over the limit of ${run.maxChars} (--max-chars); skipped`);
        progress.tick(++done);
      } else {
        lines.set(index++, line);
        yield parsed.doc as AnalyzeInput;
      }
    }
  }
  try {
    for await (const result of analyzer.analyzeMany(documents(), { workers: run.workers, json: true })) {
      const line = lines.get(result.index);
      lines.delete(result.index);
      if (result.ok) await sink.write(`${result.json ?? serializeDoc(result.doc)}\n`);
      else report(`${where}:${line}: document ${JSON.stringify(result.id ?? line)} failed: ${result.error.message}; skipped`);
      progress.tick(++done);
    }
    await sink.commit();
  } catch (err) {
    sink.abort();
    if ((err as NodeJS.ErrnoException)?.code && !(err instanceof InputError) && (err as NodeJS.ErrnoException).syscall) {
      throw new InputError(`${where}: cannot read (${(err as NodeJS.ErrnoException).code})`);
    }
    throw err;
  } finally {
    progress.stop();
    await analyzer.close();
  }
  return problems > 0 ? 1 : 0;
}
