export { createTokenizer } from "./createTokenizer";
export { toMecabUserCsv } from "./toMecabUserCsv";
export type { MecabCsvOptions } from "./toMecabUserCsv";
export { BACKENDS, POS_TAGS } from "./types";
export type { Backend, PosTag, UserEntry, MecabOptions, TokenizerOptions, Tokenizer, EmbeddedTokenizer } from "./types";
