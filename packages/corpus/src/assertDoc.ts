import { SinmunError } from "@sinmun/core";
import type { CorpusDoc } from "./types";

/**
 * Throws a located error unless `doc` is an object whose layers, when present, are arrays.
 *
 * @example
 * assertCorpusDoc({ text: "삼성전자", entities: "x" }, 3); // @sinmun/corpus: expected document 3's entities to be an array, got string
 */
export function assertCorpusDoc(doc: unknown, index: number): asserts doc is CorpusDoc {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw new SinmunError("@sinmun/corpus", "invalid-input", `expected document ${index} to be an analysed document { text, sentences, entities, tokens? }, got ${Array.isArray(doc) ? "an array" : doc === null ? "null" : typeof doc}`);
  }
  for (const layer of ["sentences", "entities", "tokens"] as const) {
    const value = (doc as Record<string, unknown>)[layer];
    if (value !== undefined && !Array.isArray(value)) {
      throw new SinmunError("@sinmun/corpus", "invalid-input", `expected document ${index}'s ${layer} to be an array, got ${value === null ? "null" : typeof value}`);
    }
  }
}
