import { WORDS_JSON } from "./generated/words";
import type { ComparisonBase } from "./types";

/** A calendar unit a relative word counts in. */
export type RelativeUnit = "day" | "week" | "month" | "quarter" | "year";

/** The compiled word lists of dictionaries/dates. */
export interface Words {
  relative: Map<string, { unit: RelativeUnit; offset: number; narrative: boolean }>;
  counts: Map<string, { unit: RelativeUnit; count: number }>;
  comparison: Map<string, { base: ComparisonBase; needsCue: boolean }>;
  /** Sticky patterns matching one listed word (longest first; a space matches zero to three). */
  relativeRe: RegExp;
  comparisonRe: RegExp;
  countRe: RegExp;
}

let words: Words | undefined;

/** Removes the spaces of a word: the key both spellings share. */
export function key(word: string): string {
  return word.replace(/\s+/g, "");
}

function alternation(list: readonly string[]): RegExp {
  const parts = [...list].sort((a, b) => key(b).length - key(a).length).map((w) => w.split(" ").join("[ \\t\\u00a0]{0,3}"));
  return new RegExp(`(?:${parts.join("|")})`, "y");
}

/** The word lists, parsed on first use. */
export function loadWords(): Words {
  if (words) return words;
  const data = JSON.parse(WORDS_JSON) as { relative: [string, RelativeUnit, number, boolean][]; comparison: [string, ComparisonBase, boolean][]; counts: [string, RelativeUnit, number][] };
  words = {
    relative: new Map(data.relative.map(([w, unit, offset, narrative]) => [key(w), { unit, offset, narrative }])),
    counts: new Map(data.counts.map(([w, unit, count]) => [key(w), { unit, count }])),
    comparison: new Map(data.comparison.map(([w, base, needsCue]) => [key(w), { base, needsCue }])),
    relativeRe: alternation(data.relative.map((r) => r[0])),
    comparisonRe: alternation(data.comparison.map((r) => r[0])),
    countRe: alternation(data.counts.map((r) => r[0])),
  };
  return words;
}
