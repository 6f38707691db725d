import type { Token } from "@sinmun/core";

/** The analysers behind a tokenizer. */
export const BACKENDS = ["embedded", "mecab"] as const;
/** `embedded` = lindera-wasm with ko-dic (no install); `mecab` = a system mecab-ko with mecab-ko-dic. */
export type Backend = (typeof BACKENDS)[number];

/**
 * mecab-ko-dic part-of-speech tags (the 세종 tag set as mecab-ko-dic uses it), accepted as the `pos`
 * of a user-dictionary entry.
 */
export const POS_TAGS = [
  "EC", "EF", "EP", "ETM", "ETN", "IC", "JC", "JKB", "JKC", "JKG", "JKO", "JKQ", "JKS", "JKV", "JX",
  "MAG", "MAJ", "MM", "NNB", "NNBC", "NNG", "NNP", "NP", "NR", "SC", "SE", "SF", "SH", "SL", "SN",
  "SSC", "SSO", "SY", "VA", "VCN", "VCP", "VV", "VX", "XPN", "XR", "XSA", "XSN", "XSV",
] as const;
export type PosTag = (typeof POS_TAGS)[number];

/**
 * One user-dictionary entry. Entries win over the system dictionary (longest match first);
 * `surface` may contain spaces (`블랙웰 울트라`), which then match any run of spaces or tabs.
 */
export interface UserEntry {
  /** The text to match, e.g. `오픈AI`. */
  surface: string;
  /** A mecab-ko tag from {@link POS_TAGS}, e.g. `NNP`. */
  pos: string;
  /** Hangul reading, e.g. `오픈에이아이`; decides the batchim flag of Latin names. */
  reading?: string;
  /** ko-dic semantic class, e.g. `인명`, `지명`, `단체`. */
  semantic?: string;
}

/** Where to find a system mecab-ko (mecab-ya's conventions). */
export interface MecabOptions {
  /** mecab's prefix: the binary is `<libPath>/bin/mecab` (mecab-ya's `MECAB_LIB_PATH`). */
  libPath?: string;
  /** A compiled mecab-ko-dic directory (holds `sys.dic`); defaults to `MECAB_DIC_DIR` or the usual install places. */
  dicDir?: string;
}

/** Options of {@link createTokenizer}. */
export interface TokenizerOptions {
  /** Defaults to `embedded`. */
  backend?: Backend;
  /** Entries that take precedence over the system dictionary. */
  userDictionary?: UserEntry[];
  /** Only for `backend: "mecab"`. */
  mecab?: MecabOptions;
}

/** A morphological analyser. Every token's offsets are UTF-16 indices into the text given. */
export interface Tokenizer {
  readonly backend: Backend;
  /** Morphemes in text order, each with exact offsets, POS, lemma, eojeol and sentence index. */
  tokenize(text: string): Promise<Token[]>;
  /** The surfaces of the morphemes (KoNLPy / mecab-ya `morphs`). */
  morphs(text: string): Promise<string[]>;
  /** The surfaces of nouns: NNG, NNP, NNB, NNBC, NR, NP (KoNLPy / mecab-ya `nouns`). */
  nouns(text: string): Promise<string[]>;
  /** `[surface, tag]` pairs (KoNLPy / mecab-ya `pos`). */
  pos(text: string): Promise<Array<[string, string]>>;
}

/** The embedded tokenizer also analyses synchronously. */
export interface EmbeddedTokenizer extends Tokenizer {
  readonly backend: "embedded";
  tokenizeSync(text: string): Token[];
}
