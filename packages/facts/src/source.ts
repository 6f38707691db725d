// Sources: a quote's speaker, `…에 따르면`.
import { partitionPoint } from "@sinmun/core";
import type { Quote } from "@sinmun/core";
import type { CueMention } from "./scan";
import type { FactParty } from "./types";
import { toFact } from "./internal";
import type { Span, SentenceLayers } from "./internal";

/** The source named before `…에 따르면`: an entity, or the word (`에프앤가이드에 따르면`). */
export function sourceBefore(text: string, s: SentenceLayers, according: CueMention): FactParty | null {
  const p = s.parties.filter((x) => x.end <= according.start && according.start - x.end <= 8).pop();
  if (p !== undefined) return toFact(p);
  const m = /([^\s]+?)(?:의\s?(?:집계|조사|자료|분석)|에)\s?$/.exec(text.slice(s.start, according.start));
  if (m === null) return null;
  const start = s.start + (m.index ?? 0);
  return { id: null, name: null, text: m[1] as string, start, end: start + (m[1] as string).length };
}

/** The speaker of the quote whose content covers the figure. */
export function quoteSource(s: SentenceLayers, anchor: Span, quotes: Quote[]): FactParty | null {
  // the quotes that start before the figure, nearest first (a few at most reach it)
  const k = partitionPoint(quotes.length, (i) => (quotes[i] as Quote).start <= anchor.start);
  for (let i = k - 1; i >= 0 && i >= k - 8; i--) {
    const q = quotes[i] as Quote;
    if (q.end < s.start || q.start > s.end) continue;
    if (q.content.start <= anchor.start && anchor.end <= q.content.end) {
      const sp = q.speaker;
      if (sp === null || sp.kind === "anonymous") continue;
      if (sp.id !== null && sp.id !== undefined) return { id: sp.id, name: sp.name ?? null, text: sp.text, start: sp.start, end: sp.end };
      // an unlinked organisation: the name inside the speaker's words (`코스닥 상장사 대명정밀` → 대명정밀)
      const p = s.parties.filter((x) => x.start >= sp.start && x.end <= sp.end).pop();
      if (p !== undefined) return toFact(p);
      return { id: null, name: sp.name ?? null, text: sp.text, start: sp.start, end: sp.end };
    }
  }
  return null;
}
