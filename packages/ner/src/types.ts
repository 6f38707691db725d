import type { EntityLabel, Entity, Sentence, Token, UserEntry } from "@sinmun/core";

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

/** Options of {@link Recognizer.recognize}. */
export interface RecognizeOptions {
  /** Sentences of the text (from `splitSentences`); used to keep rule spans inside one sentence. */
  sentences?: Sentence[];
  /** Tokens of the text (from @sinmun/tokenizer); NNP tokens with semantic 인명/지명 become evidence. */
  tokens?: Token[];
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

/** Options of `createRecognizer`. */
export interface CreateRecognizerOptions {
  /** User entities: records, or a path to a JSONL file. They win over the bundled ones. */
  entities?: EntityRecord[] | string;
  /** Load the bundled dictionary (default true). */
  bundled?: boolean;
}
