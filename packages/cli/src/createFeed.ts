import type { Analyzer, AnalyzedDoc, AnalyzeInput } from "sinmun";

/** Documents analysed one call at a time, through one `analyzeMany` stream (and its workers). */
export interface Feed {
  analyze(input: AnalyzeInput): Promise<AnalyzedDoc>;
  close(): Promise<void>;
}

/**
 * Turns `analyzeMany`'s stream into a per-document call, for callers that ask document by document
 * with some concurrency (the eval runner's `predict`): each call feeds one input into a single
 * stream, so the worker threads start once and results come back to the right caller.
 *
 * @example
 * const feed = createFeed(await createAnalyzer(), 2);
 * const doc = await feed.analyze("SK하이닉스가 HBM 공급을 늘린다.");
 * await feed.close();
 */
export function createFeed(analyzer: Analyzer, workers: number): Feed {
  const waiting: { resolve: (d: AnalyzedDoc) => void; reject: (e: Error) => void }[] = [];
  const inbox: AnalyzeInput[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  async function* inputs(): AsyncGenerator<AnalyzeInput> {
    for (;;) {
      const next = inbox.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  }
  const pump = (async () => {
    for await (const result of analyzer.analyzeMany(inputs(), { workers })) {
      const caller = waiting.shift();
      if (!caller) continue;
      if (result.ok) caller.resolve(result.doc);
      else caller.reject(new Error(result.error.message));
    }
  })();
  const poke = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  return {
    analyze(input) {
      return new Promise<AnalyzedDoc>((resolve, reject) => {
        waiting.push({ resolve, reject });
        inbox.push(input);
        poke();
      });
    },
    async close() {
      ended = true;
      poke();
      await pump;
    },
  };
}
