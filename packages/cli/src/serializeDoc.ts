import type { Doc } from "@sinmun/core";

/**
 * One document as a JSON line, with the contract's key order: id, text, sentences, entities,
 * amounts, quotes (then tokens when asked for).
 *
 * @example
 * serializeDoc({ text: "원", sentences: [] }); // '{"text":"원","sentences":[]}'
 */
export function serializeDoc(doc: Doc): string {
  const { id, text, sentences, entities, amounts, quotes, tokens, ...rest } = doc;
  return JSON.stringify({ ...(id !== undefined ? { id } : {}), text, sentences, entities, amounts, quotes, tokens, ...rest });
}
