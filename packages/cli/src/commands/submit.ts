import type { RequestOptions } from "@sinmun/server";
import { LAYERS, type AnalyzeInput, type Layer } from "sinmun";
import { parseOptions } from "../parseOptions";
import { UsageError } from "../UsageError";
import { openSink } from "../openSink";
import { createProgress } from "../createProgress";
import { readDocuments } from "../readDocuments";
import { assertFile } from "../readInput";
import { progressWanted, DEFAULT_MAX_CHARS } from "./analyze";
import { intFlag } from "../flags";
import { loadServer, redisWarning } from "./serve";

/**
 * `sinmun submit CORPUS.jsonl --redis redis://HOST:PORT [--queue sinmun] --output out.jsonl`:
 * enqueues every document, waits for the workers, and writes one line per document in input order
 * (the document as `sinmun analyze --format jsonl` writes it, or an error record with its id).
 *
 * @example
 * // sinmun submit news.jsonl --redis redis://10.0.0.5:6379 --tokenizer none --output out.jsonl
 */
export async function submitCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    redis: { type: "string" },
    queue: { type: "string" },
    output: { type: "string", short: "o" },
    tokens: { type: "boolean" },
    tokenizer: { type: "string" },
    disable: { type: "string" },
    batch: { type: "string" },
    progress: { type: "boolean" },
    "no-progress": { type: "boolean" },
  });
  if (positionals.length !== 1) throw new UsageError(`submit expects one CORPUS.jsonl (or -), got ${positionals.length === 0 ? "none" : positionals.join(" ")}`);
  if (values.redis === undefined) throw new UsageError("submit expects --redis redis://HOST:PORT");
  const path = positionals[0] as string;
  if (path !== "-") await assertFile(path);
  if (values.tokenizer !== undefined && values.tokenizer !== "none" && values.tokenizer !== "embedded") {
    throw new UsageError(`expected --tokenizer in {embedded, none} (the workers choose the backend), got "${values.tokenizer}"`);
  }
  const disable = (values.disable ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
  for (const layer of disable) if (!(LAYERS as readonly string[]).includes(layer)) throw new UsageError(`expected --disable in {${LAYERS.join(", ")}}, got "${layer}"`);
  if (values.tokenizer === "none") disable.push("tokens");
  const options: RequestOptions = { ...(disable.length > 0 ? { disable: [...new Set(disable)] as Layer[] } : {}), ...(values.tokens ? { tokens: true } : {}) };

  let failures = 0;
  async function* documents(): AsyncGenerator<AnalyzeInput> {
    const events = readDocuments([{ path, id: path, jsonl: true }], { encoding: "auto", maxChars: DEFAULT_MAX_CHARS, force: false, qualifyLineIds: false });
    for await (const event of events) {
      if (event.kind === "doc") yield event.input;
      else {
        if (event.kind === "problem") failures++;
        process.stderr.write(`sinmun: ${event.message}\n`);
      }
    }
  }

  const progress = createProgress(progressWanted(values), undefined, "docs");
  const sink = openSink(values.output);
  try {
    const lines = loadServer().submit(documents(), {
      redis: values.redis,
      queue: values.queue ?? "sinmun",
      options,
      batch: intFlag("batch", values.batch, 20, 1, 10_000),
      onProgress: (done) => progress.tick(done),
      onRedisError: redisWarning(values.redis),
    });
    for await (const line of lines) {
      if (line.startsWith('{"index":') && line.includes('"error":{')) failures++;
      await sink.write(`${line}\n`);
    }
    await sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  } finally {
    progress.stop();
  }
  return failures > 0 ? 1 : 0;
}
