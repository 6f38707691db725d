export { createAnalyzer, TOKENIZER_CHOICES } from "./createAnalyzer";
export type { Analyzer, AnalyzerOptions, TokenizerChoice } from "./createAnalyzer";
