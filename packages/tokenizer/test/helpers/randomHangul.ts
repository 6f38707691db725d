/**
 * Random Hangul syllables in words of 1–5, a sentence end and line break now and then, and with
 * `tabs` > 0 that share of the other word breaks a tab (mulberry32: deterministic per seed).
 */
export function randomHangul(chars: number, seed: number, tabs = 0): string {
  let a = seed >>> 0;
  const r = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let s = "";
  while (s.length < chars) {
    const n = 1 + Math.floor(r() * 5);
    for (let i = 0; i < n; i++) s += String.fromCharCode(0xac00 + Math.floor(r() * 11172));
    s += r() < 0.05 ? ".\n" : tabs > 0 && r() < tabs ? "\t" : " ";
  }
  return s;
}
