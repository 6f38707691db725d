// The analysis, off the main thread: sentences, entities (dictionary, rules, coreference; no
// tokenizer in the browser), amounts and quotes, rendered by the same renderer the CLI uses.
import { renderDocHtml, splitSentences } from "@sinmun/core";
import { createRecognizer } from "@sinmun/ner";
import { findAmounts } from "@sinmun/normalizer";
import { attributeQuotes } from "@sinmun/quotes";
import type { AnalyzeRequest, AnalyzeResponse } from "./protocol";

let recognizer: ReturnType<typeof createRecognizer> | undefined;

function analyze(text: string): Omit<Extract<AnalyzeResponse, { ok: true }>, "id"> {
  const started = performance.now();
  recognizer ??= createRecognizer();
  const sentences = splitSentences(text);
  const entities = recognizer.recognize(text, { sentences });
  const amounts = findAmounts(text);
  const quotes = attributeQuotes({ text, sentences, entities });
  const html = renderDocHtml({ text, sentences, entities, amounts, quotes }, { fragment: true });
  return { ok: true, html, counts: { sentences: sentences.length, entities: entities.length, amounts: amounts.length, quotes: quotes.length }, ms: Math.round(performance.now() - started) };
}

self.onmessage = (event: MessageEvent<AnalyzeRequest>) => {
  const { id, text } = event.data;
  let reply: AnalyzeResponse;
  try {
    reply = { id, ...analyze(String(text)) };
  } catch (err) {
    reply = { id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
