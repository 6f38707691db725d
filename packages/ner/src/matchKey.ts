import { isMiddleDot, isWhiteSpace } from "@sinmun/core";

/**
 * Folds one UTF-16 code unit for matching: full-width ASCII to ASCII, Latin to lower case,
 * every middle dot of core's MIDDLE_DOTS (`ㆍ`, `•`, `・` …) to `·`. Returns the folded code unit
 * (same length, so offsets map 1:1).
 *
 * @example
 * String.fromCharCode(foldUnit("Ａ".charCodeAt(0))); // → "a" (전각 대문자)
 */
export function foldUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (isMiddleDot(code)) return 0xb7;
  return code;
}

/**
 * The key under which a name is matched: NFC, full-width folded, Latin lower-cased, middle dots
 * folded, white space (core's `isWhiteSpace`) removed — so `아마존 웹서비스`, `아마존웹서비스` and `ＡＷＳ`/`aws` meet.
 *
 * @example
 * matchKey("아마존 웹 서비스"); // → "아마존웹서비스"
 */
export function matchKey(surface: string): string {
  const s = surface.normalize("NFC");
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWhiteSpace(c)) continue;
    out += String.fromCharCode(foldUnit(c));
  }
  return out;
}

/** True for a short all-capital Latin acronym (`MS`, `X`, `LG`), which must match case-sensitively. */
export function isCaseSensitiveKey(surface: string): boolean {
  return /^[A-Z0-9&]{1,3}$/.test(surface.trim()) && /[A-Z]/.test(surface);
}
