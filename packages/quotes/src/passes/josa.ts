import { bundledLexicon } from "../lexicon";

/**
 * The particles (josa) the passes read, built once from the classes of dictionaries/josa/josa.tsv
 * (compiled into the lexicon as `josa:<class>`): lists longest first, so a longer particle is tried
 * before one it ends in (께서는 before 는), and `$`-anchored patterns.
 */
export interface JosaPatterns {
  /** The particles of a speaker in subject or topic position, longest first: 께서는, 께서, 은, 는, 이, 가, 도. */
  speaker: readonly string[];
  /** The topic particles of a speaker (not 이/가): 께서는, 께서, 은, 는, 도. */
  topic: ReadonlySet<string>;
  /** 은/는/이/가 glued to a mention, not the start of a longer word: `^(은|는|이|가)(?![가-힣])`. */
  subjectGlued: RegExp;
  /** 은/는/이/가/께서 then a space or the end: `^(은|는|이|가|께서)(\s|$)`. */
  subjectNext: RegExp;
  /** A word ending in 은/는/이/가/께서. */
  subjectEnd: RegExp;
  /** A word ending in 은/는/이/가. */
  plainSubjectEnd: RegExp;
  /** A word ending in a particle that is not the subject's: 과, 와, 의, 에게, 을, 를, 에, (으)로. */
  nonSubjectEnd: RegExp;
  /** A noun-like word (Hangul, Latin, digit or `)`) ending in 은/는. */
  topicEnd: RegExp;
  /** The particles before a mixed quote's fragment: 이, 가, 을, 를, 와, 과, (으)로. */
  mixedEnd: RegExp;
}

let cached: JosaPatterns | undefined;

/** The particles of the given classes, longest first (code-point order among equals). */
export function josaOf(...classes: string[]): string[] {
  const lex = bundledLexicon();
  const all = new Set(classes.flatMap((c) => [...(lex.words.get(`josa:${c}`) ?? [])]));
  return [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** `a|b|c` of the particles, escaped. */
function alternation(josa: readonly string[]): string {
  return josa.map((j) => j.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|");
}

/**
 * The josa lists and patterns of the quote passes, built from the data on first use.
 *
 * @example
 * josaPatterns().plainSubjectEnd.test("회장은"); // → true
 */
export function josaPatterns(): JosaPatterns {
  if (cached) return cached;
  const subject = josaOf("subject", "topic");
  const honorific = josaOf("subject", "topic", "subject-honorific");
  cached = {
    speaker: josaOf("subject-honorific+topic", "subject-honorific", "topic", "subject", "additive"),
    topic: new Set(josaOf("subject-honorific+topic", "subject-honorific", "topic", "additive")),
    subjectGlued: new RegExp(`^(${alternation(subject)})(?![가-힣])`, "u"),
    subjectNext: new RegExp(`^(${alternation(honorific)})(\\s|$)`, "u"),
    subjectEnd: new RegExp(`(${alternation(honorific)})$`, "u"),
    plainSubjectEnd: new RegExp(`(${alternation(subject)})$`, "u"),
    nonSubjectEnd: new RegExp(`(${alternation(josaOf("comitative", "adnominal", "dative", "object", "locative", "instrumental"))})$`, "u"),
    topicEnd: new RegExp(`[가-힣A-Za-z0-9)](${alternation(josaOf("topic"))})$`, "u"),
    mixedEnd: new RegExp(`(${alternation(josaOf("subject", "object", "comitative", "instrumental"))})$`, "u"),
  };
  return cached;
}
