// The worker-thread script of createPool: one analyser per distinct options, built once, answering
// documents as their JSON lines.
import { parentPort, workerData } from "node:worker_threads";
import { createAnalyzer, serializeDoc, type Analyzer, type AnalyzeInput, type AnalyzerOptions } from "sinmun";
import { mergeOptions, type RequestOptions } from "./analyzeOptions";

interface Task {
  seq: number;
  options: RequestOptions;
  input: AnalyzeInput;
}

const base = (workerData as { options: AnalyzerOptions }).options;
const analyzers = new Map<string, Promise<Analyzer>>();
const MAX_ANALYZERS = 8;

function analyzerFor(options: RequestOptions): Promise<Analyzer> {
  const key = JSON.stringify([options.disable ? [...options.disable].sort() : [], options.tokens ?? false]);
  let found = analyzers.get(key);
  if (!found) {
    if (analyzers.size >= MAX_ANALYZERS) {
      const [oldest, evicted] = analyzers.entries().next().value as [string, Promise<Analyzer>];
      analyzers.delete(oldest);
      void evicted.then((a) => a.close()).catch(() => undefined);
    }
    found = createAnalyzer(mergeOptions(base, options)).then(async (a) => {
      await a.ready();
      return a;
    });
    found.catch(() => analyzers.delete(key));
    analyzers.set(key, found);
  }
  return found;
}

const port = parentPort;
if (port) {
  analyzerFor({}).then(
    () => port.postMessage({ ready: true }),
    (err: Error) => port.postMessage({ ready: false, error: { code: (err as { code?: string }).code ?? "failed", message: err.message } }),
  );
  port.on("message", (task: Task) => {
    analyzerFor(task.options)
      .then((a) => a.analyze(task.input))
      .then(
        (doc) => port.postMessage({ seq: task.seq, json: serializeDoc(doc as unknown as Record<string, unknown>) }),
        (err: Error) => port.postMessage({ seq: task.seq, error: { code: (err as { code?: string }).code ?? "failed", message: err.message } }),
      );
  });
}
