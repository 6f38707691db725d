import { CUES_JSON } from "./generated/cues";

/** A reporting-verb entry: its lemma and how strong a cue it is. */
export interface VerbEntry {
  lemma: string;
  /** strong: a reporting verb anywhere after the quote; light: 했다/한다 right after 고; nominal: 입장이다; chain: 말하며. */
  strength: "strong" | "light" | "nominal" | "chain";
}

/** The word lists of dictionaries/cues/ (titles and surnames: dictionaries/titles/), compiled by scripts/data.mjs into src/generated/cues.ts. */
export interface Lexicon {
  verbs: Map<string, VerbEntry>;
  words: Map<string, Set<string>>;
  has(cls: string, word: string): boolean;
  /** The words of a class, longest first (cached: do not mutate). */
  list(cls: string): readonly string[];
}

interface RawCues {
  verbs: Record<string, [string, VerbEntry["strength"]]>;
  words: Record<string, string[]>;
}

let cached: Lexicon | undefined;

/** Builds a lexicon from the compiled JSON, plus the caller's extra cue verbs (surface → lemma). */
export function makeLexicon(raw: RawCues, extraCues?: Record<string, string>): Lexicon {
  const verbs = new Map<string, VerbEntry>();
  for (const [surface, [lemma, strength]] of Object.entries(raw.verbs)) verbs.set(surface, { lemma, strength });
  if (extraCues) for (const [surface, lemma] of Object.entries(extraCues)) verbs.set(surface.normalize("NFC"), { lemma, strength: "strong" });
  const words = new Map<string, Set<string>>();
  for (const [cls, list] of Object.entries(raw.words)) words.set(cls, new Set(list));
  const lists = new Map<string, string[]>();
  return {
    verbs,
    words,
    has: (cls, word) => words.get(cls)?.has(word) ?? false,
    list: (cls) => {
      let l = lists.get(cls);
      if (!l) {
        l = [...(words.get(cls) ?? [])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
        lists.set(cls, l);
      }
      return l;
    },
  };
}

/** The bundled cue lexicon (built from dictionaries/cues/ and dictionaries/titles/; parsed once, on first use). */
export function bundledLexicon(): Lexicon {
  if (!cached) cached = makeLexicon(JSON.parse(CUES_JSON) as RawCues);
  return cached;
}

/** The raw bundled data, for callers that extend it. */
export function bundledRaw(): RawCues {
  return JSON.parse(CUES_JSON) as RawCues;
}

/** Lexicons with a caller's extra cues, by their content: a pipeline passes the same cues for every document. */
const extended = new Map<string, Lexicon>();
const MAX_EXTENDED = 16;

/**
 * The bundled lexicon plus a caller's extra cue verbs (surface → lemma), built once per distinct
 * set of cues (was: the bundled JSON parsed and every map rebuilt for each document).
 */
export function lexiconWith(extraCues: Record<string, string>): Lexicon {
  const key = JSON.stringify(Object.entries(extraCues));
  let lex = extended.get(key);
  if (lex === undefined) {
    if (extended.size >= MAX_EXTENDED) extended.clear();
    lex = makeLexicon(bundledRaw(), extraCues);
    extended.set(key, lex);
  }
  return lex;
}
