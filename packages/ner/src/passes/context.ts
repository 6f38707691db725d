import { indexText, type Sentence, type TextIndex } from "@sinmun/core";
import { wordsOf, type Word } from "../eojeol";
import type { RuleData } from "../ruleData";

/** What every pass reads: the text, the rule word lists, and the text's words and sentences. */
export interface PassContext {
  readonly text: string;
  readonly rules: RuleData;
  /** Space-delimited words (core's eojeols with their text). */
  readonly words: readonly Word[];
  /** Index of the sentence holding `offset`, -1 when none does (always -1 without sentences). */
  sentenceAt(offset: number): number;
  /** Index of the word holding `offset`, or of the last word before it; -1 before the first word. */
  wordAt(offset: number): number;
}

/**
 * Builds the {@link PassContext} of a text from its core {@link TextIndex}; without one, indexes
 * the text with the given sentences (none: rules are not limited to one sentence).
 *
 * @example
 * const ctx = passContext("이재용 삼성전자 회장", ruleData());
 * ctx.words.map((w) => w.text); // → ["이재용", "삼성전자", "회장"]
 * ctx.sentenceAt(0);            // → -1 (문장 정보 없음)
 */
export function passContext(text: string, rules: RuleData, index?: TextIndex, sentences?: readonly Sentence[]): PassContext {
  const ix = index ?? indexText(text, { sentences: sentences ?? [] });
  const list = ix.sentences;
  // Sorted, disjoint sentences (as splitSentences gives them): the index's binary search.
  // Anything else a caller passes: the first sentence holding the offset, by a scan.
  const disjoint = list.every((s, i) => i === 0 || (list[i - 1] as Sentence).end <= s.start);
  const sentenceAt = disjoint
    ? (offset: number): number => ix.sentenceAt(offset)
    : (offset: number): number => list.findIndex((s) => offset >= s.start && offset < s.end);
  return { text, rules, words: wordsOf(ix), sentenceAt, wordAt: (offset) => ix.wordAt(offset) };
}
