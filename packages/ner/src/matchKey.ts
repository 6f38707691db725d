/** Characters a dictionary key and the text drop before matching (spacing variants). */
export function isSpaceLike(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0x200b;
}

/**
 * Folds one UTF-16 code unit for matching: full-width ASCII to ASCII, Latin to lower case,
 * middle-dot variants to `·`. Returns the folded code unit (same length, so offsets map 1:1).
 */
export function foldUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code === 0x2027 || code === 0x30fb || code === 0xff65 || code === 0x2022) return 0xb7;
  return code;
}

/**
 * The key under which a name is matched: NFC, full-width folded, Latin lower-cased, spaces
 * removed — so `아마존 웹서비스`, `아마존웹서비스` and `ＡＷＳ`/`aws` meet.
 *
 * @example
 * matchKey("아마존 웹 서비스"); // → "아마존웹서비스"
 */
export function matchKey(surface: string): string {
  const s = surface.normalize("NFC");
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceLike(c) || c === 0x0a || c === 0x0d) continue;
    out += String.fromCharCode(foldUnit(c));
  }
  return out;
}

/** True for a short all-capital Latin acronym (`MS`, `X`, `LG`), which must match case-sensitively. */
export function isCaseSensitiveKey(surface: string): boolean {
  return /^[A-Z0-9&]{1,3}$/.test(surface.trim()) && /[A-Z]/.test(surface);
}
