import { STOPWORDS_JSON } from "./generated/stopwords";

let cached: ReadonlySet<string> | undefined;

/**
 * The bundled keyword stopwords (dictionaries/stopwords/stopwords.txt): bound nouns, light and
 * reporting verbs in their dictionary form, newsroom boilerplate and time words.
 *
 * @example
 * defaultStopwords().has("기자"); // true
 */
export function defaultStopwords(): ReadonlySet<string> {
  cached ??= new Set(JSON.parse(STOPWORDS_JSON) as string[]);
  return cached;
}
