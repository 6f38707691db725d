/**
 * One document as a JSON line, in the contract's key order: id, meta, text, sentences, entities,
 * amounts, quotes, dates, facts, then tokens and custom layers.
 *
 * @example
 * serializeDoc({ text: "원", sentences: [] }); // '{"text":"원","sentences":[]}'
 */
export function serializeDoc(doc: Record<string, unknown>): string {
  const { id, meta, text, sentences, entities, amounts, quotes, dates, facts, tokens, ...rest } = doc;
  return JSON.stringify({
    ...(id !== undefined ? { id } : {}),
    ...(meta !== undefined ? { meta } : {}),
    text,
    sentences,
    entities,
    amounts,
    quotes,
    dates,
    facts,
    tokens,
    ...rest,
  });
}
