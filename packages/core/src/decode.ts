// The `@sinmun/core/decode` entry: byte decoding (UTF-8, CP949/EUC-KR, UTF-16) with iconv-lite.
// Kept out of the main entry so that apps which only handle strings (web pages, edge workers, the
// normalizer) never bundle iconv-lite and its code tables; the CLI and file loaders import it.
export { decodeText, ENCODINGS } from "./decodeText";
export type { DecodeOptions, DecodedText, Encoding, EncodingOption } from "./decodeText";
