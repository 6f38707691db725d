// A worker thread of `--workers N`: builds one analyzer and answers { seq, text } messages.
import { parentPort, workerData } from "node:worker_threads";
import { createAnalyzer, type AnalyzerOptions } from "./createAnalyzer";

const port = parentPort;
if (port) {
  const ready = createAnalyzer(workerData as AnalyzerOptions);
  let chain: Promise<unknown> = Promise.resolve();
  port.on("message", (message: { seq: number; text: string }) => {
    // Serialise documents inside the worker; the pool keeps a few in flight per worker.
    chain = chain.then(async () => {
      try {
        const analyzer = await ready;
        const doc = await analyzer.analyze(message.text);
        port.postMessage({ seq: message.seq, doc });
      } catch (err) {
        port.postMessage({ seq: message.seq, error: (err as Error)?.message ?? String(err) });
      }
    });
  });
}
