import type { Cue, Speaker } from "@sinmun/core";
import { firstWordAtOrAfter, QUOTE_CHARS } from "./context";
import type { QuoteText, Word } from "./context";
import type { SpeakerFinder } from "./findSpeakers";

/** Complementizers that close a reported clause (…다고, …라고, …냐고). */
export const CLOSE_COMP = /(다|라|냐|자|까)고$/u;
/** Complementizers that chain it to another (…다며, …라면서). */
export const CHAIN_COMP = /((다|라|냐)며|(다|라)면서)$/u;

/** The cue a word spells: its span up to `coreEnd`, and the lemma. */
function cueOf(t: QuoteText, w: Word, lemma: string): Cue {
  return { start: w.start, end: w.coreEnd, text: t.text.slice(w.start, w.coreEnd), lemma };
}

/**
 * The reporting verb after a quote or clause: the first of at most `maxWords` words from `from`
 * (not past `limit`) that is a strong cue (말했다, 밝혔다), a two-word cue (입을 모았다) or, with
 * `allowLight` and only speakers between, a light one (했다). Stops at another quote, another
 * complementizer or the end of a sentence.
 *
 * @example
 * findCue(t, finder, 9, t.text.length, true); // “좋다”고 말했다. → { text: "말했다", lemma: "말하다", … }
 */
export function findCue(t: QuoteText, finder: SpeakerFinder, from: number, limit: number, allowLight: boolean, maxWords = 5): Cue | null {
  const { text, words, lex } = t;
  let wi = firstWordAtOrAfter(words, from);
  let onlySpeakers = true;
  for (let n = 0; n < maxWords && wi < words.length; n++, wi++) {
    const full = words[wi] as Word;
    if (full.start >= limit) break;
    const raw = text.slice(full.start, Math.min(full.end, limit));
    if (QUOTE_CHARS.test(raw.replace(/["”’」』]+$/u, ""))) break;
    const trimmed = raw.replace(/[.,!?;:…·"'”’」』]+$/u, "");
    const coreEnd = full.start + trimmed.length;
    const end = full.start + raw.length;
    let entry = lex.verbs.get(trimmed);
    if (!entry && trimmed.endsWith("도")) entry = lex.verbs.get(trimmed.slice(0, -1));
    // Two-word cues from verbs.tsv (입을 모았다 → 입을 모으다, 목소리를 높였다): the object word joins the span.
    const prev = n > 0 ? words[wi - 1] : undefined;
    const pair = prev && prev.end === prev.coreEnd ? lex.verbs.get(`${prev.trimmed} ${trimmed}`) : undefined;
    if (prev && pair && pair.strength === "strong") return { start: prev.start, end: coreEnd, text: text.slice(prev.start, coreEnd), lemma: pair.lemma };
    if (entry && entry.strength !== "nominal" && (entry.strength !== "light" || (allowLight && onlySpeakers))) {
      return { start: full.start, end: coreEnd, text: text.slice(full.start, coreEnd), lemma: entry.lemma };
    }
    if (CLOSE_COMP.test(trimmed) || CHAIN_COMP.test(trimmed)) break;
    if (end !== coreEnd && /[.?!]/u.test(text.slice(coreEnd, end))) break;
    if (!finder.atWord(wi)) onlySpeakers = false;
  }
  return null;
}

/**
 * The cue of an adnominal clause: `…다는 입장이다`, `…다는 입장을 밝혔다`, `…다는 게 회사 측
 * 설명이다` (with its speaker, 회사 측).
 *
 * @example
 * adnominalCue(t, finder, 8); // …늘린다는 입장이다 → { cue: { text: "입장이다", … }, speaker: null }
 */
export function adnominalCue(t: QuoteText, finder: SpeakerFinder, from: number): { cue: Cue; speaker: Speaker | null } | null {
  const { words, lex } = t;
  const wi = firstWordAtOrAfter(words, from);
  const a = words[wi];
  if (!a) return null;
  const ea = lex.verbs.get(a.trimmed);
  if (ea?.strength === "nominal") return { cue: cueOf(t, a, ea.lemma), speaker: null };
  if (lex.list("nominal-cue-noun").some((n) => a.trimmed === n + "을" || a.trimmed === n + "를")) {
    const b = words[wi + 1];
    const eb = b && lex.verbs.get(b.trimmed);
    if (b && eb && eb.strength === "strong") return { cue: cueOf(t, b, eb.lemma), speaker: null };
  }
  if (a.trimmed === "게" || a.trimmed === "것이" || a.trimmed === "것") {
    for (let k = 1; k <= 4; k++) {
      const w = words[wi + k];
      if (!w) break;
      const e = lex.verbs.get(w.trimmed);
      if (e?.strength === "nominal") {
        let speaker: Speaker | null = null;
        for (let s = wi + k - 1; s > wi && !speaker; s--) speaker = finder.atBareWord(s);
        return { cue: cueOf(t, w, e.lemma), speaker };
      }
      if (w.end !== w.coreEnd) break;
    }
  }
  return null;
}
