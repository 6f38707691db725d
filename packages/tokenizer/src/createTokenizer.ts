import type { Token } from "@sinmun/core";
import { invalidOption, SinmunError } from "@sinmun/core";
import { analyseEmbedded, analyseProperNouns, linderaTokenizer, ProperNounCache, WordCache } from "./internal/lindera";
import { analyseMecab, locateMecab, MecabProcess } from "./internal/mecab";
import { compileUserDictionary } from "./internal/overlay";
import { restLines, finish, isProperNoun, plan } from "./internal/pipeline";
import { BACKENDS, type EmbeddedTokenizer, type MecabOptions, type Tokenizer, type TokenizerOptions } from "./types";

const PKG = "@sinmun/tokenizer";
const OPTION_KEYS = ["backend", "userDictionary", "mecab"] as const;
const MECAB_KEYS = ["libPath", "dicDir"] as const;
const NOUNS = new Set(["NNG", "NNP", "NNB", "NNBC", "NR", "NP"]);

function checkOptions(options: unknown): TokenizerOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new SinmunError(PKG, "invalid-option", `expected options to be an object, got ${options === null ? "null" : typeof options}`);
  }
  for (const key of Object.keys(options)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) throw invalidOption(PKG, "option", OPTION_KEYS, key);
  }
  const o = options as TokenizerOptions;
  if (o.backend !== undefined && !(BACKENDS as readonly string[]).includes(o.backend)) throw invalidOption(PKG, "backend", BACKENDS, o.backend);
  if (o.mecab !== undefined) {
    if (o.mecab === null || typeof o.mecab !== "object") {
      throw new SinmunError(PKG, "invalid-option", `expected mecab to be an object { libPath?, dicDir? }, got ${o.mecab === null ? "null" : typeof o.mecab}`);
    }
    for (const [key, value] of Object.entries(o.mecab)) {
      if (!(MECAB_KEYS as readonly string[]).includes(key)) throw invalidOption(PKG, "mecab option", MECAB_KEYS, key);
      if (value !== undefined && typeof value !== "string") {
        throw new SinmunError(PKG, "invalid-option", `expected mecab.${key} to be a path string, got ${typeof value}`);
      }
    }
  }
  return o;
}

function helpers(tokenize: (text: string) => Promise<Token[]>): Pick<Tokenizer, "morphs" | "nouns" | "pos"> {
  return {
    morphs: async (text) => (await tokenize(text)).map((t) => t.text),
    nouns: async (text) => (await tokenize(text)).filter((t) => NOUNS.has(t.pos)).map((t) => t.text),
    pos: async (text) => (await tokenize(text)).map((t): [string, string] => [t.text, t.pos]),
  };
}

/**
 * Creates a morphological analyser. The default `embedded` backend (lindera-wasm with ko-dic)
 * needs no install and is built once per process, lazily (~1 s); `mecab` runs a system mecab-ko
 * with mecab-ko-dic in one long-lived process per tokenizer, the whole text per `tokenize` call. User-dictionary entries
 * win over the system dictionary with either backend. Throws only on bad options (listing the
 * allowed values) or, for `mecab`, when mecab or mecab-ko-dic cannot be found.
 *
 * @example
 * const tokenizer = await createTokenizer({ userDictionary: [{ surface: "오픈AI", pos: "NNP" }] });
 * tokenizer.tokenizeSync("오픈AI가 모델을 공개했다.").map((t) => `${t.text}/${t.pos}`);
 * // → ["오픈AI/NNP", "가/JKS", "모델/NNG", "을/JKO", "공개/NNG", "했/XSV+EP", "다/EF", "./SF"]
 */
export function createTokenizer(options: TokenizerOptions & { backend: "mecab" }): Promise<Tokenizer>;
export function createTokenizer(options?: TokenizerOptions & { backend?: "embedded" }): Promise<EmbeddedTokenizer>;
export function createTokenizer(options?: TokenizerOptions): Promise<Tokenizer>;
export async function createTokenizer(options?: TokenizerOptions): Promise<Tokenizer> {
  const o = checkOptions(options);
  const index = compileUserDictionary(o.userDictionary);
  if (o.backend === "mecab") {
    const setup = locateMecab(o.mecab ?? ({} as MecabOptions));
    const mecab = new MecabProcess(setup);
    await analyseMecab(mecab, ["가"]); // fails here, clearly, when the dictionary does not load
    const tokenize = async (text: string): Promise<Token[]> => {
      const p = plan(text, index);
      return finish(p, await analyseMecab(mecab, p.lines));
    };
    const properNouns = async (text: string): Promise<Token[]> => (await tokenize(text)).filter(isProperNoun);
    return { backend: "mecab", tokenize, properNouns, ...helpers(tokenize) };
  }
  linderaTokenizer();
  const words = new WordCache();
  const tokenizeSync = (text: string): Token[] => {
    const p = plan(text, index);
    return finish(p, analyseEmbedded(p.lines, words));
  };
  const tokenize = async (text: string): Promise<Token[]> => tokenizeSync(text);
  const cache = new ProperNounCache();
  const properNounsSync = (text: string): Token[] => {
    const p = plan(text, index);
    return finish(p, analyseProperNouns(p.lines, restLines(p), cache)).filter(isProperNoun);
  };
  const properNouns = async (text: string): Promise<Token[]> => properNounsSync(text);
  const t: EmbeddedTokenizer = { backend: "embedded", tokenize, tokenizeSync, properNouns, properNounsSync, ...helpers(tokenize) };
  return t;
}
