import { indexText, invalidOption } from "@sinmun/core";
import type { Entity, Quote, Sentence, TextIndex, Token } from "@sinmun/core";
import { bundledLexicon, lexiconWith } from "./lexicon";
import type { Lexicon } from "./lexicon";
import { classifySpeech } from "./passes/classifySpeech";
import { createQuoteText } from "./passes/context";
import { createSpeakerFinder } from "./passes/findSpeakers";
import { group } from "./passes/group";

/** The parts of an analysed document that quote attribution reads. */
export interface QuoteInput {
  text: string;
  sentences?: readonly Sentence[];
  entities?: readonly Entity[];
  tokens?: readonly Token[];
  /**
   * The pipeline's shared index of `text` (core's `indexText`): its words, quote pairs and
   * sentences are used instead of being computed again. Ignored when built over another text.
   */
  index?: TextIndex;
}

/** Options of {@link attributeQuotes}. */
export interface AttributeQuotesOptions {
  /** Entity metadata by id (e.g. `recognizer.lookup`), used to match titles such as `회장`. */
  lookup?: (id: string) => { meta?: Record<string, unknown> } | undefined;
  /** Extra reporting verbs, surface → lemma (`{ "일갈했다": "일갈하다" }`); they win over the bundled ones. */
  cues?: Record<string, string>;
  /** Let a quote with no speaker in its sentence keep the previous quote's speaker (default true). */
  inherit?: boolean;
}

const PKG = "@sinmun/quotes";
const OPTION_KEYS: readonly string[] = ["lookup", "cues", "inherit"];

function checkOptions(options: AttributeQuotesOptions): void {
  if (options === null || typeof options !== "object") throw invalidOption(PKG, "options", ["object"], options);
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) throw invalidOption(PKG, "options", OPTION_KEYS, key);
  }
  if (options.lookup !== undefined && typeof options.lookup !== "function") {
    throw invalidOption(PKG, "lookup", ["function", "undefined"], typeof options.lookup);
  }
  if (options.inherit !== undefined && typeof options.inherit !== "boolean") {
    throw invalidOption(PKG, "inherit", ["true", "false"], options.inherit);
  }
  if (options.cues !== undefined) {
    if (options.cues === null || typeof options.cues !== "object") throw invalidOption(PKG, "cues", ["object"], options.cues);
    for (const [k, v] of Object.entries(options.cues)) {
      if (typeof v !== "string" || k === "") throw invalidOption(PKG, "cues", ["surface → lemma strings"], `${k}: ${String(v)}`);
    }
  }
}

function validEntities(text: string, entities: readonly Entity[] | undefined): Entity[] {
  if (!Array.isArray(entities)) return [];
  return entities
    .filter((e) => e && Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start < e.end && e.end <= text.length)
    .slice()
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The caller's index when it indexes this very text, else a fresh one (its sentences unread unless given). */
function indexOf(doc: QuoteInput, text: string): { index: TextIndex; sentences: readonly Sentence[] | undefined } {
  const given = Array.isArray(doc.sentences) ? doc.sentences : undefined;
  const index = doc.index;
  if (index && typeof index === "object" && index.text === text) return { index, sentences: given ?? index.sentences };
  return { index: indexText(text, given ? { sentences: given } : {}), sentences: given };
}

/**
 * Finds direct, indirect and mixed quotes in a Korean news document and attributes each to a
 * speaker and a reporting verb (cue). Works from the document's PERSON/ORG entities alone;
 * tokens, when given, help recognise names the entities missed. Never throws on odd text;
 * throws `SinmunError` only for bad option values or unknown option names.
 *
 * The work is a chain of passes, each in `src/passes/`: quote marks are paired (core's
 * `pairQuoteMarks`, through the text index) → {@link classifySpeech} keeps the pairs that are
 * speech and finds the complementizers of indirect clauses → `group` walks them, finding each
 * group's cue (`findCue`), clause (`clauseStart`) and speaker (`createSpeakerFinder`), chaining
 * and inheriting speakers.
 *
 * A direct quote spans its quote marks (content excludes them). An indirect quote spans the
 * reported clause, from its first word after the speaker and setting phrases (`21일 간담회에서`)
 * to the end of the complementizer (`…늘릴 것이라고`, `…좋다며`, `…않는다는`); a mixed quote is
 * an indirect clause holding a quoted fragment. For both, `content` equals the span.
 *
 * @example
 * attributeQuotes({
 *   text: "이재용 회장은 “위기는 기회”라고 말했다.",
 *   sentences: [{ start: 0, end: 24 }],
 *   entities: [{ start: 0, end: 3, text: "이재용", label: "PERSON", id: "lee-jae-yong", name: "이재용", source: "dictionary" }],
 * });
 * // → [{ kind: "direct", text: "“위기는 기회”", speaker: { text: "이재용", id: "lee-jae-yong", kind: "named", … },
 * //      cue: { text: "말했다", lemma: "말하다", … }, … }]
 */
export function attributeQuotes(doc: QuoteInput, options: AttributeQuotesOptions = {}): Quote[] {
  checkOptions(options);
  const text = doc?.text;
  if (typeof text !== "string" || text.length === 0) return [];
  const lex: Lexicon = options.cues ? lexiconWith(options.cues) : bundledLexicon();
  const { index, sentences } = indexOf(doc, text);
  const t = createQuoteText(index, sentences, lex);
  const finder = createSpeakerFinder(t, {
    entities: validEntities(text, doc.entities),
    tokens: Array.isArray(doc.tokens) ? doc.tokens : undefined,
    lookup: options.lookup,
  });
  return group(t, finder, classifySpeech(t, finder), { inherit: options.inherit !== false });
}
