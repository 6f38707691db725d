export { createAnalyzer, TOKENIZER_CHOICES } from "./createAnalyzer";
export type { Analyzer, AnalyzerOptions, TokenizerChoice } from "./createAnalyzer";
export { main } from "./main";
export { renderPretty } from "./renderPretty";
export { serializeDoc } from "./serializeDoc";
