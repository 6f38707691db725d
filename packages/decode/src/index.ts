// @sinmun/decode: byte decoding (UTF-8, CP949/EUC-KR, UTF-16) with iconv-lite, counted bad bytes,
// mixed files decoded run by run. A package of its own so that apps which only handle strings (web
// pages, edge workers, the normalizer) never install iconv-lite and its code tables; the CLI, the
// pipeline's file loaders and NER's dictionary-file check use it.
export { decodeText, ENCODINGS } from "./decodeText";
export type { DecodeOptions, DecodedText, Encoding, EncodingOption } from "./decodeText";
