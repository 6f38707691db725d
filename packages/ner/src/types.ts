import type { EntityLabel, Entity, Sentence, TextIndex, Token, UserEntry } from "@sinmun/core";

/** Optional metadata of a dictionary entity. Unknown keys are kept as they are. */
export interface EntityMeta {
  ticker?: string;
  exchange?: string;
  country?: string;
  /** Parent organization's entity id (ORG, PRODUCT). */
  parent?: string;
  /** A person's organization (entity id). */
  org?: string;
  /** A person's title, e.g. `최고경영자`. */
  title?: string;
  titleAliases?: string[];
  type?: string;
  kind?: string;
  [key: string]: unknown;
}

/** One row of an entity dictionary (dictionaries/entities/*.jsonl, or a user file). */
export interface EntityRecord {
  /** Stable kebab-case id, e.g. `openai`. */
  id: string;
  label: EntityLabel;
  /** Canonical display name, e.g. `오픈AI`. */
  name: string;
  /** Other spellings a writer uses: `OpenAI`, `오픈에이아이`. */
  aliases: string[];
  /** Aliases that may name another entity or a common word; accepted only with document support. */
  ambiguous?: string[];
  meta?: EntityMeta;
}

/** An entry of a tokenizer's user-dictionary overlay (`{ surface, pos, reading?, semantic? }`), defined in @sinmun/core. */
export type { UserEntry };

/**
 * Options of {@link Recognizer.recognize}. Unknown keys and wrong types throw `SinmunError`
 * (`@sinmun/ner: expected option in {sentences, tokens, index}, got "sentence"`).
 *
 * @example
 * const options: RecognizeOptions = { index: indexText(text, { sentences: splitSentences(text) }), tokens };
 */
export interface RecognizeOptions {
  /**
   * Sentences of the text (from `splitSentences`); they keep the person rule inside one sentence.
   * Without them (and without `index`) rules are not limited to a sentence.
   */
  sentences?: Sentence[];
  /** Tokens of the text (core `Token`s, e.g. from @sinmun/tokenizer); NNP tokens with semantic 인명/지명 become evidence. */
  tokens?: Token[];
  /**
   * The text's index (`indexText` from @sinmun/core), shared with the other stages: its sentences and
   * words are used instead of recomputing them, and `sentences` is then ignored. It must index this
   * very text. Without it, NER indexes the text itself with `sentences`.
   */
  index?: TextIndex;
}

/** A recognizer built by `createRecognizer`. */
export interface Recognizer {
  /** Entities of `text`, sorted, non-overlapping, with ids shared by coreferent mentions. */
  recognize(text: string, options?: RecognizeOptions): Entity[];
  /** The dictionary record with this id (user records win over bundled ones). */
  lookup(id: string): EntityRecord | undefined;
  /** Entries for the tokenizer's user-dictionary overlay, one per distinct space-free surface. */
  userDictionary(): UserEntry[];
  /** Number of records in the merged dictionary. */
  readonly size: number;
}

/**
 * Options of `createRecognizer`. Unknown keys and wrong types throw `SinmunError`
 * (`@sinmun/ner: expected bundled in {true, false}, got "yes"`).
 *
 * @example
 * const options: CreateRecognizerOptions = { entities: "./my-entities.jsonl", bundled: true };
 */
export interface CreateRecognizerOptions {
  /** User entities: records, or a path to a JSONL file. They win over the bundled ones. */
  entities?: EntityRecord[] | string;
  /** Load the bundled dictionary (default true). */
  bundled?: boolean;
}
