/** Final consonant of a word's last syllable: none, ㄹ (rieul: takes 로 not 으로), or another. */
export type BatchimKind = "none" | "rieul" | "other";

// Korean names of Latin letters and digits, as read in acronyms and numbers (에이, 비, … 엘, 엠).
const LETTER: Record<string, BatchimKind> = { L: "rieul", R: "rieul", M: "other", N: "other" };
const DIGIT: BatchimKind[] = ["other", "rieul", "none", "other", "none", "none", "other", "rieul", "rieul", "none"];

/**
 * The batchim of the last sound of `word`: from its last Hangul syllable, an upper-case Latin letter
 * (acronym, read by letter names), or a digit; undefined when it cannot be told (a lower-case Latin
 * word, a symbol).
 */
export function batchimOf(word: string): BatchimKind | undefined {
  for (let i = word.length - 1; i >= 0; i--) {
    let c = word.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x3000) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII
    if (c >= 0xac00 && c <= 0xd7a3) {
      const jong = (c - 0xac00) % 28;
      return jong === 0 ? "none" : jong === 8 ? "rieul" : "other";
    }
    if (c >= 0x30 && c <= 0x39) return DIGIT[c - 0x30];
    if (c >= 0x41 && c <= 0x5a) return LETTER[String.fromCharCode(c)] ?? "none";
    return undefined;
  }
  return undefined;
}
