import type { Token, UserEntry } from "@sinmun/core";

/**
 * The analysers behind a tokenizer.
 *
 * @example
 * BACKENDS.includes("mecab"); // → true (형태소 분석기: 내장 ko-dic 또는 시스템 mecab-ko)
 */
export const BACKENDS = ["embedded", "mecab"] as const;
/**
 * `embedded` = lindera-wasm with ko-dic (no install); `mecab` = a system mecab-ko with mecab-ko-dic.
 *
 * @example
 * const backend: Backend = "embedded"; // 설치 없이 쓰는 내장 사전
 */
export type Backend = (typeof BACKENDS)[number];

/**
 * mecab-ko-dic part-of-speech tags (the 세종 tag set as mecab-ko-dic uses it), accepted as the `pos`
 * of a user-dictionary entry.
 *
 * @example
 * POS_TAGS.includes("NNP"); // → true (고유명사)
 */
export const POS_TAGS = [
  "EC", "EF", "EP", "ETM", "ETN", "IC", "JC", "JKB", "JKC", "JKG", "JKO", "JKQ", "JKS", "JKV", "JX",
  "MAG", "MAJ", "MM", "NNB", "NNBC", "NNG", "NNP", "NP", "NR", "SC", "SE", "SF", "SH", "SL", "SN",
  "SSC", "SSO", "SY", "VA", "VCN", "VCP", "VV", "VX", "XPN", "XR", "XSA", "XSN", "XSV",
] as const;
/**
 * One mecab-ko tag.
 *
 * @example
 * const tag: PosTag = "JKS"; // 주격 조사
 */
export type PosTag = (typeof POS_TAGS)[number];

/**
 * One user-dictionary entry (defined in `@sinmun/core`, shared with `@sinmun/ner`, re-exported here).
 *
 * @example
 * const entry: UserEntry = { surface: "오픈AI", pos: "NNP", reading: "오픈에이아이", semantic: "단체" };
 */
export type { UserEntry };

/**
 * Where to find a system mecab-ko (mecab-ya's conventions).
 *
 * @example
 * const mecab: MecabOptions = { libPath: "/usr/local", dicDir: "/usr/local/lib/mecab/dic/mecab-ko-dic" };
 */
export interface MecabOptions {
  /** mecab's prefix: the binary is `<libPath>/bin/mecab` (mecab-ya's `MECAB_LIB_PATH`). */
  libPath?: string;
  /** A compiled mecab-ko-dic directory (holds `sys.dic`); defaults to `MECAB_DIC_DIR` or the usual install places. */
  dicDir?: string;
}

/**
 * Options of `createTokenizer`.
 *
 * @example
 * const options: TokenizerOptions = { backend: "embedded", userDictionary: [{ surface: "엔비디아", pos: "NNP" }] };
 */
export interface TokenizerOptions {
  /** Defaults to `embedded`. */
  backend?: Backend;
  /** Entries that take precedence over the system dictionary. */
  userDictionary?: UserEntry[];
  /** Only for `backend: "mecab"`. */
  mecab?: MecabOptions;
}

/**
 * A morphological analyser. Every token's offsets are UTF-16 indices into the text given.
 *
 * @example
 * const tokenizer: Tokenizer = await createTokenizer({ backend: "mecab" });
 * await tokenizer.nouns("삼성전자는 반도체 투자를 늘렸다."); // → ["삼성전자", "반도체", "투자"]
 */
export interface Tokenizer {
  readonly backend: Backend;
  /** Morphemes in text order, each with exact offsets, POS, lemma, eojeol and sentence index. */
  tokenize(text: string): Promise<Token[]>;
  /**
   * Exactly the tokens of `tokenize(text)` whose first tag is NNP (`NNP`, `NNP+JX` …), with the same
   * offsets and features — the evidence NER and quote attribution read. The embedded backend gets
   * them about five times faster than `tokenize` (lindera drops the other morphs before they reach
   * JavaScript); `mecab` filters `tokenize`.
   *
   * @example
   * (await tokenizer.properNouns("이순신이 서울에 갔다.")).map((t) => `${t.text}/${t.semantic}`); // → ["이순신/인명", "서울/지명"]
   */
  properNouns(text: string): Promise<Token[]>;
  /** The surfaces of the morphemes (KoNLPy / mecab-ya `morphs`). */
  morphs(text: string): Promise<string[]>;
  /** The surfaces of nouns: NNG, NNP, NNB, NNBC, NR, NP (KoNLPy / mecab-ya `nouns`). */
  nouns(text: string): Promise<string[]>;
  /** `[surface, tag]` pairs (KoNLPy / mecab-ya `pos`). */
  pos(text: string): Promise<Array<[string, string]>>;
}

/**
 * The embedded tokenizer also analyses synchronously.
 *
 * @example
 * const tokenizer = await createTokenizer();
 * tokenizer.tokenizeSync("했다")[0]; // → { text: "했", pos: "VV+EP", form: "하+았", lemma: "하다", … }
 */
export interface EmbeddedTokenizer extends Tokenizer {
  readonly backend: "embedded";
  tokenizeSync(text: string): Token[];
  /** {@link Tokenizer.properNouns}, synchronously. */
  properNounsSync(text: string): Token[];
}
