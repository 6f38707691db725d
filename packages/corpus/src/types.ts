import type { Entity, Sentence, Token } from "@sinmun/core";

/**
 * What the corpus functions read from an analysed document (the contract's shape, as
 * `createAnalyzer().analyze()` or `sinmun analyze --format jsonl` gives it). Only the fields
 * named here are read; `tokens` is needed by `keywords()` (analyse with `tokens: true`).
 */
export interface CorpusDoc {
  id?: string | number;
  text: string;
  sentences?: readonly Sentence[];
  entities?: readonly Pick<Entity, "start" | "end" | "label" | "id" | "name" | "type">[];
  tokens?: readonly Pick<Token, "start" | "end" | "form" | "pos" | "tags" | "lemma" | "sentence">[];
}

/** A document's id as the results carry it: its own `id`, else its index in the input. */
export type DocId = string | number;
