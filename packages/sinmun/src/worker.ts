// A worker thread of `analyzeMany({ workers: N })`: builds one analyser and answers { seq, input } messages.
import { parentPort, workerData } from "node:worker_threads";
import { SinmunError } from "@sinmun/core";
import { buildPipeline } from "./createAnalyzer";
import { serializeDoc } from "./serializeDoc";
import type { ParsedInput } from "./runPipeline";
import type { AnalyzerOptions } from "./types";

const port = parentPort;
if (port) {
  const { options, json } = workerData as { options: AnalyzerOptions; json: boolean };
  // Options were checked on the calling thread; a failure here (a dictionary file changed since)
  // is answered per document rather than crashing the thread, which the pool would restart forever.
  let pipeline: ReturnType<typeof buildPipeline> | undefined;
  let ready: Promise<void>;
  try {
    pipeline = buildPipeline(options);
    ready = pipeline.ready();
  } catch (err) {
    ready = Promise.reject(err);
  }
  ready.catch(() => undefined);
  let chain: Promise<unknown> = Promise.resolve();
  port.on("message", (message: { seq: number; input: ParsedInput }) => {
    // One document at a time per worker; the pool keeps a few in flight per worker.
    chain = chain.then(async () => {
      try {
        await ready;
        const doc = await (pipeline as NonNullable<typeof pipeline>).run(message.input);
        // JSON output is serialised here, in parallel, instead of cloning the document to the calling thread.
        if (json) port.postMessage({ seq: message.seq, json: serializeDoc(doc) });
        else port.postMessage({ seq: message.seq, doc });
      } catch (err) {
        const error = err instanceof SinmunError ? { code: err.code, message: err.message } : { code: "failed", message: (err as Error)?.message ?? String(err) };
        port.postMessage({ seq: message.seq, error });
      }
    });
  });
}
