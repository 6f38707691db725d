import { createAnalyzer, type AnalyzerOptions, type AnalyzeInput } from "sinmun";
import type { CorpusDoc } from "@sinmun/corpus";
import { readDocuments } from "../readDocuments";
import { assertFile } from "../readInput";
import { createProgress } from "../createProgress";
import { UsageError } from "../UsageError";
import { ANALYZER_FLAGS, DEFAULT_MAX_CHARS, analyzerOptionsFrom, progressWanted, workersFrom } from "./analyze";

/** The options every corpus command takes (besides its own). */
export const CORPUS_FLAGS = {
  ...ANALYZER_FLAGS,
  output: { type: "string", short: "o" },
  "text-field": { type: "string" },
  "id-field": { type: "string" },
} as const;

export interface CorpusValues {
  tokenizer?: string | undefined;
  dict?: string[] | undefined;
  workers?: string | undefined;
  progress?: boolean | undefined;
  "no-progress"?: boolean | undefined;
  "text-field"?: string | undefined;
  "id-field"?: string | undefined;
}

/** The layers a command needs; `none` reads the text only (the corpus function splits sentences itself). */
export type Need = "tokens" | "entities" | "none";

export interface CorpusRead<T> {
  docs: T[];
  /** Lines that could not be read or analysed (already reported on stderr). */
  failures: number;
}

/**
 * Reads CORPUS.jsonl (or `-`, stdin) for a corpus command, as `sinmun analyze` reads JSONL
 * (`readDocuments`: UTF-8 or EUC-KR/CP949 detected, bad bytes and binary files reported, lines over
 * the size limit skipped). Lines are `{ "id", "text", … }` or plain
 * text (like `sinmun analyze --format jsonl` takes), analysed with the embedded analyser and only
 * the layers the command needs; or, when the first document already has the layers (the output of
 * `sinmun analyze --format jsonl [--tokens]`), taken as they are. Each document is reduced by
 * `slim` as it arrives, so the analysed documents are not all kept.
 */
export async function readCorpus<T>(path: string, values: CorpusValues, need: Need, slim: (doc: CorpusDoc) => T): Promise<CorpusRead<T>> {
  if (path !== "-") await assertFile(path);
  const fields = { ...(values["text-field"] ? { textField: values["text-field"] } : {}), ...(values["id-field"] ? { idField: values["id-field"] } : {}) };
  const docs: T[] = [];
  let failures = 0;
  const fail = (message: string): void => {
    failures++;
    process.stderr.write(`sinmun: ${message}\n`);
  };
  const progress = createProgress(progressWanted(values), undefined, "docs");
  const has = (doc: Record<string, unknown>, layer: string): boolean => Array.isArray(doc[layer]);
  const analysedInput = (doc: Record<string, unknown>): boolean => has(doc, "sentences") && (need !== "tokens" || has(doc, "tokens")) && (need === "none" || has(doc, "entities"));

  let mode: "analysed" | "text" | undefined;
  const where = new Map<number, string>();
  async function* inputs(): AsyncGenerator<AnalyzeInput> {
    let index = 0;
    const read = readDocuments([{ path, id: path, jsonl: true }], { encoding: "auto", maxChars: DEFAULT_MAX_CHARS, force: false, qualifyLineIds: false, ...fields });
    for await (const event of read) {
      if (event.kind === "warning") {
        process.stderr.write(`sinmun: warning: ${event.message}\n`);
        continue;
      }
      if (event.kind === "problem") {
        fail(event.message);
        continue;
      }
      const at = event.where;
      const doc = event.input as Record<string, unknown> & { text: string; id: unknown };
      mode ??= analysedInput(doc) ? "analysed" : "text";
      if (mode === "analysed") {
        if (!analysedInput(doc)) fail(`${at}: expected an analysed document with ${need === "tokens" ? "sentences, entities and tokens" : need === "entities" ? "sentences and entities" : "sentences"} like the first line, got ${Object.keys(doc).join(", ")}; skipped`);
        else docs.push(slim(doc as unknown as CorpusDoc));
        progress.tick(docs.length);
        continue;
      }
      if (need === "none") {
        docs.push(slim({ id: doc.id as string | number, text: doc.text }));
        progress.tick(docs.length);
        continue;
      }
      where.set(index++, at);
      yield { id: doc.id as string | number, text: doc.text };
    }
  }

  try {
    if (need === "none") {
      for await (const _ of inputs()) void _;
    } else {
      const analyzer = await createAnalyzer(analyzerOptions(values, need));
      try {
        for await (const result of analyzer.analyzeMany(inputs(), { workers: workersFrom(values.workers) })) {
          const at = where.get(result.index);
          where.delete(result.index);
          if (result.ok) docs.push(slim(result.doc as unknown as CorpusDoc));
          else fail(`${at ?? path}: document ${JSON.stringify(result.id)} failed: ${result.error.message}; skipped`);
          progress.tick(docs.length);
        }
      } finally {
        await analyzer.close();
      }
    }
  } finally {
    progress.stop();
  }
  if (docs.length === 0 && failures === 0) process.stderr.write(`sinmun: warning: no documents in ${path === "-" ? "stdin" : path}\n`);
  return { docs, failures };
}

/** The analyser for a corpus command: only the layers it needs (no amounts, quotes, dates or facts). */
function analyzerOptions(values: CorpusValues, need: Need): AnalyzerOptions {
  const base = analyzerOptionsFrom(values);
  if (need === "tokens" && base.disable?.includes("tokens")) throw new UsageError("keywords counts morphemes: it needs a tokenizer (--tokenizer embedded or mecab), got --tokenizer none");
  return { ...base, disable: [...(base.disable ?? []), "amounts", "quotes", "dates", "facts"], ...(need === "tokens" ? { tokens: true } : {}) };
}

/** The one CORPUS argument of a corpus command. */
export function corpusPath(command: string, positionals: readonly string[]): string {
  if (positionals.length !== 1) throw new UsageError(`${command} expects one CORPUS.jsonl (or - for stdin), got ${positionals.length === 0 ? "none" : positionals.join(" ")}`);
  return positionals[0]!;
}
