// A worker thread of `--workers N`: builds one analyzer and answers { seq, text } messages.
import { parentPort, workerData } from "node:worker_threads";
import { createAnalyzer, type AnalyzerOptions } from "./createAnalyzer";
import { serializeDoc } from "./serializeDoc";

const port = parentPort;
if (port) {
  const ready = createAnalyzer(workerData as AnalyzerOptions);
  let chain: Promise<unknown> = Promise.resolve();
  port.on("message", (message: { seq: number; text: string; json?: boolean; id?: unknown }) => {
    // Serialise documents inside the worker; the pool keeps a few in flight per worker.
    chain = chain.then(async () => {
      try {
        const analyzer = await ready;
        const doc = await analyzer.analyze(message.text);
        // JSON output is serialised here, in parallel, instead of cloning the document to the main thread.
        if (message.json) port.postMessage({ seq: message.seq, json: serializeDoc({ ...doc, id: message.id as never }) });
        else port.postMessage({ seq: message.seq, doc });
      } catch (err) {
        port.postMessage({ seq: message.seq, error: (err as Error)?.message ?? String(err) });
      }
    });
  });
}
