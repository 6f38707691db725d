export { createAnalyzer } from "./createAnalyzer";
export { LAYERS } from "./types";
export type {
  Analyzer,
  AnalyzerOptions,
  AnalyzeManyOptions,
  AnalyzeManyResult,
  AnalyzeInput,
  AnalyzedDoc,
  Component,
  DefaultLayer,
  Layer,
  LayerTypes,
  LayersOf,
  QuoteSettings,
  TokenizerSettings,
  WorkingDoc,
} from "./types";
export { sentencesComponent, amountsComponent } from "./components/builtins";
export { serializeDoc } from "./serializeDoc";
export { loadUserEntities } from "./loadUserEntities";
export { createWorkerPool, mergeOptions } from "./pool";
export type { WorkerPool, WorkerPoolOptions, PoolRequestOptions } from "./pool";
