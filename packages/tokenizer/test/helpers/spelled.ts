import type { Token } from "@sinmun/core";

/** Stems that may be written contracted into the next syllable: `다` = 이/VCP + 다, `카` = 하 + 기. */
const CONTRACTIBLE = new Set(["VCP", "XSV", "XSA", "VV", "VX", "VA"]);
const CONTRACTING = new Set(["이", "하"]);
const initial = (c: number): number => (c >= 0xac00 && c <= 0xd7a3 ? Math.floor((c - 0xac00) / 588) : -1);

/**
 * Why a token's morphemes spell something its surface does not, or null. A token's first morpheme
 * must begin its surface (same first letter; for Hangul, the same initial consonant: `했` = 하+았),
 * unless it is a stem that contracts into the next syllable (`다` = 이/VCP + 다/EF, a zero-width
 * copula; `카` = 하); a bare final-consonant jamo (ᆫ, ᆯ) is never a token's first morpheme, and
 * no morpheme holds a bare vowel jamo (ㅓ, ㅏㅆ) the surface lacks.
 *
 * @example
 * unspelled({ text: "들이", form: "는+들+이", tags: ["JX", "XSN", "JKS"], … }); // "first morpheme 는/JX is not in 들이"
 */
export function unspelled(t: Pick<Token, "text" | "form" | "tags">): string | null {
  const forms = t.tags.length > 1 ? t.form.split("+") : [t.form];
  const first = forms[0] ?? "";
  const tag = t.tags[0] ?? "";
  if (CONTRACTIBLE.has(tag) && (forms.length > 1 || CONTRACTING.has(first))) return null;
  const f = first.charCodeAt(0);
  const s = t.text.charCodeAt(0);
  const ok = initial(s) >= 0 ? initial(f) === initial(s) : first.length === 0 || f === s || first === t.text;
  if (((f >= 0x11a8 && f <= 0x11c2) || (f >= 0x3131 && f <= 0x314e)) && f !== s) return `first morpheme ${first}/${tag} is a bare jamo not in ${t.text}`;
  const vowel = /[\u314f-\u3163\u1161-\u1175]/.exec(t.form);
  if (vowel !== null && !t.text.includes(vowel[0])) return `a bare vowel ${vowel[0]} in ${t.form} is not in ${t.text}`;
  if (!ok) return `first morpheme ${first}/${tag} is not in ${t.text}`;
  return null;
}
