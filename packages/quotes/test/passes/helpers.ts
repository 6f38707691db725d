import { indexText } from "@sinmun/core";
import type { Entity } from "@sinmun/core";
import { bundledLexicon } from "../../src/lexicon";
import { createQuoteText } from "../../src/passes/context";
import type { QuoteText } from "../../src/passes/context";
import { createSpeakerFinder } from "../../src/passes/findSpeakers";
import type { SpeakerFinder } from "../../src/passes/findSpeakers";

/** [surface, label, id]: the first mention of surface in the text. */
export type E = [surface: string, label: "PERSON" | "ORG", id: string];

/** A pass input over one sentence-free text, with hand-written entities (no recognizer). */
export function setup(text: string, list: E[] = []): { t: QuoteText; finder: SpeakerFinder } {
  const entities: Entity[] = list.map(([surface, label, id]) => {
    const at = text.indexOf(surface);
    if (at < 0) throw new Error(`no ${surface} in ${text}`);
    return { start: at, end: at + surface.length, text: surface, label, id, name: surface, source: "dictionary" };
  });
  entities.sort((a, b) => a.start - b.start);
  const t = createQuoteText(indexText(text), undefined, bundledLexicon());
  return { t, finder: createSpeakerFinder(t, { entities }) };
}
