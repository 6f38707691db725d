import { splitSentences, invalidOption, type Doc } from "@sinmun/core";
import { findAmounts } from "@sinmun/normalizer";
import { createTokenizer, type Tokenizer } from "@sinmun/tokenizer";
import { createRecognizer } from "@sinmun/ner";
import { loadUserEntities } from "./loadUserEntities";
import { attributeQuotes } from "@sinmun/quotes";

export const TOKENIZER_CHOICES = ["embedded", "mecab", "none"] as const;
export type TokenizerChoice = (typeof TOKENIZER_CHOICES)[number];

export interface AnalyzerOptions {
  /** Morphological analyser used as evidence for NER (and printed with `tokens: true`). Default `embedded`. */
  tokenizer?: TokenizerChoice;
  /** User entity dictionaries (JSONL paths, format of dictionaries/entities); they win over the bundled one. */
  dictionaries?: readonly string[];
  /** Include the tokens in the output document (not part of the default contract). */
  tokens?: boolean;
  /** mecab backend settings, as for `createTokenizer`. */
  mecab?: { libPath?: string; dicDir?: string };
}

/** The whole Sinmun pipeline: sentences, tokens, entities, amounts, quotes. */
export interface Analyzer {
  analyze(text: string): Promise<Doc>;
}

/**
 * Builds the full pipeline once (dictionary, tokenizer) and analyses documents with it.
 *
 * @example
 * const analyzer = await createAnalyzer();
 * const doc = await analyzer.analyze("오픈AI가 AWS와 380억 달러 규모의 계약을 맺었다.");
 * doc.entities?.map((e) => e.id); // ["openai", "amazon-web-services"]
 * doc.amounts?.[0]?.decimal;      // "38000000000"
 */
export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  const choice = options.tokenizer ?? "embedded";
  if (!TOKENIZER_CHOICES.includes(choice)) throw invalidOption("sinmun", "tokenizer", TOKENIZER_CHOICES, choice);
  const dictionaries = options.dictionaries ?? [];
  const recognizer = createRecognizer(dictionaries.length > 0 ? { entities: loadUserEntities(dictionaries) } : {});
  let tokenizer: Tokenizer | undefined;
  if (choice !== "none") {
    tokenizer = await createTokenizer({
      backend: choice,
      userDictionary: recognizer.userDictionary(),
      ...(options.mecab ? { mecab: options.mecab } : {}),
    });
  }
  return {
    async analyze(text: string): Promise<Doc> {
      const sentences = splitSentences(text);
      const tokens = tokenizer ? await tokenizer.tokenize(text) : undefined;
      const entities = recognizer.recognize(text, { sentences, ...(tokens ? { tokens } : {}) });
      const amounts = findAmounts(text);
      const quotes = attributeQuotes({ text, sentences, entities, ...(tokens ? { tokens } : {}) }, { lookup: (id) => recognizer.lookup(id) });
      const doc: Doc = { text, sentences, entities, amounts, quotes };
      if (options.tokens && tokens) doc.tokens = tokens;
      return doc;
    },
  };
}
