import { SinmunError } from "@sinmun/core";
import { builtinComponents } from "./components/builtins";
import { checkManyOptions, checkOptions } from "./checkOptions";
import { createPool, type InternalPool } from "./pool";
import { inputId, parseInput, runPipeline, type ParsedInput } from "./runPipeline";
import { serializeDoc } from "./serializeDoc";
import type { AnalyzedDoc, AnalyzeInput, AnalyzeManyOptions, AnalyzeManyResult, Analyzer, AnalyzerOptions, Component, LayersOf } from "./types";

const PKG = "sinmun";
const OUTPUT_ORDER = ["sentences", "entities", "amounts", "quotes", "dates", "facts", "tokens"] as const;

/** Checks that every component's `reads` are added by an earlier one, and names are unique. */
function checkOrder(components: readonly Component[]): void {
  const have = new Set<string>(["text", "index"]);
  const names = new Set<string>();
  for (const c of components) {
    if (names.has(c.name)) throw new SinmunError(PKG, "invalid-option", `expected unique component names, got "${c.name}" twice`);
    names.add(c.name);
    for (const layer of c.reads ?? []) {
      if (!have.has(layer)) {
        throw new SinmunError(PKG, "invalid-option", `component "${c.name}" reads "${layer}", which no earlier component adds (have: ${[...have].join(", ")})`);
      }
    }
    for (const layer of c.adds) have.add(layer);
  }
}

function errorOf(err: unknown): { code: string; message: string } {
  if (err instanceof SinmunError) return { code: err.code, message: err.message };
  return { code: "failed", message: (err as Error)?.message ?? String(err) };
}

/** A checked pipeline: its components, output layers, and a runner for parsed inputs. */
export interface Pipeline {
  components: Component[];
  custom: readonly Component[];
  output: string[];
  options: AnalyzerOptions;
  ready(): Promise<void>;
  run(input: ParsedInput): Promise<Record<string, unknown>>;
}

/**
 * Checks options and builds the components (the dictionary loads here). Shared by
 * `createAnalyzer` and the worker threads of `analyzeMany`.
 *
 * @example
 * const pipeline = buildPipeline({ disable: ["tokens"] });
 * await pipeline.run(parseInput("오픈AI가 발표했다."));
 */
export function buildPipeline(options: unknown): Pipeline {
  const checked = checkOptions(options);
  const builtins = builtinComponents(checked);
  const custom = checked.components ?? [];
  const components = [...builtins, ...custom];
  checkOrder(components);
  const output: string[] = OUTPUT_ORDER.filter((l) => (l === "tokens" ? checked.tokens === true : true) && builtins.some((c) => c.adds.includes(l)));
  for (const c of custom) for (const l of c.adds) if (!output.includes(l)) output.push(l);
  let readying: Promise<void> | undefined;
  const ready = (): Promise<void> => {
    readying ??= (async () => {
      for (const c of components) await c.ready?.();
    })();
    return readying;
  };
  return {
    components,
    custom,
    output,
    options: checked,
    ready,
    async run(input) {
      await ready();
      return runPipeline(components, output, input);
    },
  };
}

/**
 * Builds the Sinmun pipeline — sentences, morphemes, entities with canonical ids, exact amounts,
 * quotes with speakers — as components over one shared document. The dictionary loads here
 * (a bad user dictionary fails now); the morphological analyser loads on first use or `ready()`.
 *
 * @example
 * const analyzer = await createAnalyzer();
 * const doc = await analyzer.analyze("오픈AI가 AWS와 380억 달러 규모의 계약을 맺었다.");
 * doc.entities.map((e) => e.id); // ["openai", "amazon-web-services"]
 * doc.amounts[0]?.decimal;       // "38000000000"
 * await analyzer.close();
 */
export async function createAnalyzer<const O extends AnalyzerOptions = Record<never, never>>(options?: O): Promise<Analyzer<AnalyzedDoc<LayersOf<O>>>> {
  type D = AnalyzedDoc<LayersOf<O>>;
  const pipeline = buildPipeline(options);
  const { components, custom, output, ready } = pipeline;
  const checked = pipeline.options;
  let closed = false;
  const pools = new Set<InternalPool>();
  const assertOpen = (): void => {
    if (closed) throw new SinmunError(PKG, "closed", "expected an open analyzer, got one that close() has released; create a new one");
  };
  const analyzeParsed = async (input: ParsedInput): Promise<D> => (await pipeline.run(input)) as D;

  async function* many(inputs: Iterable<AnalyzeInput> | AsyncIterable<AnalyzeInput>, manyOptions: AnalyzeManyOptions): AsyncGenerator<AnalyzeManyResult<D>> {
    const workers = manyOptions.workers ?? 1;
    const window = manyOptions.window ?? Math.max(8, workers * 8);
    const json = manyOptions.json === true;
    let pool: InternalPool | undefined;
    if (workers > 1) {
      // Custom components cannot cross a thread: the built-in stages run on the workers, yours here after them.
      const { components: _, ...plain } = checked;
      pool = createPool(workers, plain as AnalyzerOptions, { json: json && custom.length === 0 });
      pools.add(pool);
    }
    const queue: Promise<AnalyzeManyResult<D>>[] = [];
    const one = async (raw: unknown, index: number): Promise<AnalyzeManyResult<D>> => {
      const id = inputId(raw);
      try {
        assertOpen();
        const input = parseInput(raw);
        let doc: D | undefined;
        let line: string | undefined;
        if (pool) {
          const done = await pool.analyzeParsed(input);
          if (typeof done === "string") line = done;
          else {
            doc = done as D;
            if (custom.length > 0) doc = (await runCustom(doc as Record<string, unknown>, input)) as D;
          }
        } else {
          doc = await analyzeParsed(input);
        }
        if (line !== undefined) return { ok: true, index, id, doc: undefined as never, json: line };
        const result: AnalyzeManyResult<D> = { ok: true, index, id, doc: doc as D };
        if (json) result.json = serializeDoc(doc as Record<string, unknown>);
        return result;
      } catch (err) {
        return { ok: false, index, id, error: errorOf(err) };
      }
    };
    // The caller's components, on this thread, over the document a worker returned: loaded once.
    let customReady: Promise<void> | undefined;
    const runCustom = async (doc: Record<string, unknown>, input: ParsedInput): Promise<Record<string, unknown>> => {
      customReady ??= (async () => {
        for (const c of custom) await c.ready?.();
      })();
      await customReady;
      return runPipeline(custom, output, input, doc);
    };
    // Results leave in input order as soon as the oldest is done, even while the next input is
    // still on its way (an interactive stream), and no more than `window` documents are in flight.
    const iterator = Symbol.asyncIterator in inputs ? (inputs as AsyncIterable<AnalyzeInput>)[Symbol.asyncIterator]() : (inputs as Iterable<AnalyzeInput>)[Symbol.iterator]();
    let exhausted = false;
    try {
      let index = 0;
      let pendingInput: Promise<IteratorResult<AnalyzeInput>> | undefined;
      const HEAD = Symbol("head");
      while (!exhausted || queue.length > 0) {
        if (!exhausted && queue.length < window) {
          pendingInput ??= Promise.resolve(iterator.next());
          const head = queue[0];
          const next = head ? await Promise.race([pendingInput, head.then(() => HEAD)]) : await pendingInput;
          if (next !== HEAD) {
            pendingInput = undefined;
            const step = next as IteratorResult<AnalyzeInput>;
            if (step.done) exhausted = true;
            else queue.push(one(step.value, index++));
            continue;
          }
        }
        yield await (queue.shift() as Promise<AnalyzeManyResult<D>>);
      }
    } finally {
      // A consumer that stopped early closes the input too (without waiting on a pending read).
      if (!exhausted) Promise.resolve(iterator.return?.()).catch(() => undefined);
      // Settle what is still in flight (a consumer that stopped early), then stop the workers.
      await Promise.allSettled(queue);
      if (pool) {
        pools.delete(pool);
        await pool.close();
      }
    }
  }

  return {
    components,
    ready: () => {
      assertOpen();
      return ready();
    },
    async analyze(input: AnalyzeInput): Promise<D> {
      assertOpen();
      return analyzeParsed(parseInput(input));
    },
    analyzeMany(inputs, manyOptions) {
      assertOpen();
      const checkedMany = checkManyOptions(manyOptions);
      if (inputs === null || typeof inputs !== "object" || (!(Symbol.iterator in inputs) && !(Symbol.asyncIterator in inputs))) {
        throw new SinmunError(PKG, "invalid-input", `expected an iterable or async iterable of documents, got ${inputs === null ? "null" : typeof inputs}`);
      }
      return many(inputs, checkedMany);
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...pools].map((p) => p.close()));
      pools.clear();
      for (const c of components) await c.close?.();
    },
  };
}
