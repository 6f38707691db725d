import { invalidOption, pairQuoteMarks } from "@sinmun/core";
import type { Cue, Entity, MarkPair, Quote, QuoteKind, Range, Sentence, Speaker, Token } from "@sinmun/core";
import { bundledLexicon, bundledRaw, makeLexicon } from "./lexicon";
import type { Lexicon } from "./lexicon";
import { createSpeakerFinder, isTopicJosa } from "./speakers";
import { firstPairFrom, firstWordAtOrAfter, floorOf, pairOpeningBefore, sentenceIndexOf, sentenceStarts, splitWords, wordAtOrBefore } from "./textIndex";
import type { Word } from "./textIndex";

/** The parts of an analysed document that quote attribution reads. */
export interface QuoteInput {
  text: string;
  sentences?: readonly Sentence[];
  entities?: readonly Entity[];
  tokens?: readonly Token[];
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

type Link = "close" | "chain" | "adnominal" | "end" | "loose" | "josa";

interface Item {
  kind: QuoteKind;
  start: number;
  end: number;
  content: Range;
  link: Link;
  linkEnd: number;
  regionStart: number;
  cue?: Cue | null;
  afterSpeaker?: Speaker | null;
}

const PKG = "@sinmun/quotes";
const QUOTE_CHARS = /["“”‘’「」『』]/u;
const CLOSE_COMP = /(다|라|냐|자|까)고$/u;
const CHAIN_COMP = /((다|라|냐)며|(다|라)면서)$/u;
const ADNOMINAL_COMP = /(다|라|냐)는$/u;
const PREDICATE_END = /[다요죠까냐자네군걸데][.?!…]*$/u;
const MIXED_JOSA = /(이|가|을|를|와|과|로|으로)$/u;
const DIRECTIVE = new Set(["요청하다", "요구하다", "촉구하다", "당부하다", "제안하다", "주문하다", "호소하다"]);
/** How many words a backward search looks at: a reported clause or a speaker phrase is never longer. */
const WINDOW = 60;
const ADDRESSEE = /(에게|에게는|님께|들에)$/u;
const SETTING_ENDINGS = ["에서는", "에서도", "에서의", "에서", "에선"];

function checkOptions(options: AttributeQuotesOptions): void {
  if (options === null || typeof options !== "object") throw invalidOption(PKG, "options", ["object"], options);
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

/**
 * Finds direct, indirect and mixed quotes in a Korean news document and attributes each to a
 * speaker and a reporting verb (cue). Works from the document's PERSON/ORG entities alone;
 * tokens, when given, help recognise names the entities missed. Never throws on odd text;
 * throws `SinmunError` only for bad option values.
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
  const lex: Lexicon = options.cues ? makeLexicon(bundledRaw(), options.cues) : bundledLexicon();
  const pairs = pairQuoteMarks(text);
  const topPairs = pairs.filter((p) => p.depth === 0);
  const words = splitWords(text);
  const starts = sentenceStarts(text, topPairs, Array.isArray(doc.sentences) ? doc.sentences : undefined);
  const entities = validEntities(text, doc.entities);
  const finder = createSpeakerFinder({
    text,
    words,
    entities,
    tokens: Array.isArray(doc.tokens) ? doc.tokens : undefined,
    lex,
    lookup: options.lookup,
    insideQuote: (pos) => {
      const p = pairOpeningBefore(topPairs, pos);
      return p !== undefined && pos < p.close;
    },
  });
  const inherit = options.inherit !== false;
  const closeParticles = lex.list("particle-close");
  const chainParticles = lex.list("particle-chain");
  const namingAfter = lex.list("naming-after");
  const nonSpeechNouns = lex.list("nonspeech-noun");
  const sentEndOf = (pos: number): number => {
    const i = sentenceIndexOf(starts, pos);
    return starts[i + 1] ?? text.length;
  };
  const cueOf = (w: Word, lemma: string): Cue => ({ start: w.start, end: w.coreEnd, text: text.slice(w.start, w.coreEnd), lemma });

  // ---- quote-mark pairs: link to what follows, speech or not ----
  function linkAfter(close: number, limit: number): { link: Link; linkEnd: number } {
    const j = close + 1;
    let k = j;
    while (k < limit && /[가-힣]/u.test(text[k] as string)) k++;
    const suffix = text.slice(j, k);
    if (suffix) {
      for (const p of closeParticles) {
        if (suffix === p || suffix === p + "도" || suffix === p + "는" || suffix === p + "만") {
          // “…”라고 하면서 “…”: the light verb chains the next quote.
          const nw = words[firstWordAtOrAfter(words, k)];
          if (nw && nw.start === k + 1 && lex.has("chain-verb", nw.core)) return { link: "chain", linkEnd: nw.coreEnd };
          return { link: "close", linkEnd: k };
        }
      }
      for (const p of chainParticles) if (suffix === p || suffix === p + "도") return { link: "chain", linkEnd: k };
      if (lex.has("particle-adnominal", suffix)) return { link: "adnominal", linkEnd: k };
      return { link: "josa", linkEnd: k };
    }
    let m = j;
    // “A”, “B”라고 말했다: a comma and another opening double quote chain the quotes.
    if (text[j] === "," || text[j] === "，") {
      let n = j + 1;
      while (n < limit && (text[n] === " " || text[n] === "\t")) n++;
      if (n < limit && /[“"]/u.test(text[n] as string)) return { link: "chain", linkEnd: j + 1 };
    }
    while (m < limit && (text[m] === " " || text[m] === "\t")) m++;
    if (m >= limit || /[.?!\n\r]/u.test(text[m] as string)) return { link: "end", linkEnd: j };
    const w = words[firstWordAtOrAfter(words, m)];
    if (w && w.start === m && m > j) {
      if (lex.has("chain-verb", w.core) || lex.has("particle-chain", w.core)) return { link: "chain", linkEnd: w.coreEnd };
      if (lex.has("particle-close", w.core)) return { link: "close", linkEnd: w.coreEnd };
    }
    return { link: "loose", linkEnd: j };
  }

  function sentenceLike(content: string): boolean {
    const t = content.trim();
    if (/[.?!…]$/u.test(t) || PREDICATE_END.test(t)) return true;
    return t.split(/\s+/u).length >= 4;
  }

  function nextWord(pos: number): Word | undefined {
    return words[firstWordAtOrAfter(words, pos)];
  }

  function isSpeechPair(p: MarkPair, link: Link, linkEnd: number): boolean {
    const content = text.slice(p.open + 1, p.close);
    if (content.trim() === "") return false;
    const before = text[p.open - 1];
    if (before !== undefined && /\s/u.test(before)) {
      const pw = words[wordAtOrBefore(words, p.open - 1)];
      if (pw && lex.has("nonspeech-before", pw.core)) return false;
    }
    switch (link) {
      case "josa":
        return false;
      case "close":
      case "chain": {
        const nw = nextWord(linkEnd);
        if (nw && namingAfter.some((n) => nw.core.startsWith(n))) return false;
        // A comma list of quotes is speech only when it reads like a sentence (“칩플레이션”, “AI 버블” 같은 말 is not).
        if (link === "chain" && /[,，]/u.test(text[p.close + 1] ?? "")) return sentenceLike(content);
        // ‘…’ and 「…」 are speech when they read like a sentence, or when a reporting verb follows:
        // 그는 ‘이번이 마지막 기회’라고 말했다.
        return p.family === "double" || sentenceLike(content) || (link === "close" && findCue(linkEnd, sentEndOf(p.close), false, 3) !== null);
      }
      case "adnominal": {
        const nw = nextWord(linkEnd);
        if (nw && nonSpeechNouns.some((n) => nw.core.startsWith(n) && nw.core.length <= n.length + 1)) return false;
        return sentenceLike(content) && content.trim().includes(" ");
      }
      default:
        return p.family === "double" && sentenceLike(content);
    }
  }

  // ---- words and phrases ----
  /** 만나, 관련해, 대해서는, 따르면: the end of a framing phrase (with or without 는/도). */
  function isFrame(core: string): boolean {
    return lex.has("frame", core) || (/[는도]$/u.test(core) && lex.has("frame", core.slice(0, -1)));
  }

  const settingMemo = new Map<number, boolean>();
  function isSetting(w: Word): boolean {
    let r = settingMemo.get(w.start);
    if (r === undefined) {
      r = computeSetting(w);
      settingMemo.set(w.start, r);
    }
    return r;
  }
  function computeSetting(w: Word): boolean {
    if (lex.has("time", w.core) || /^\d+일(\(현지시간\))?(에|에는)?$/u.test(w.core) || isFrame(w.core)) return true;
    for (const end of SETTING_ENDINGS) {
      if (w.core.endsWith(end)) {
        const rem = w.core.slice(0, -end.length);
        for (let k = Math.min(rem.length, 12); k >= 1; k--) if (rem.length - k <= 6 && lex.has("setting", rem.slice(-k))) return true;
      }
    }
    return false;
  }

  /** First word of the reported clause that ends at `anchor`, not before regionStart. */
  function clauseStart(anchor: number, regionStart: number, subjectStops = false): number {
    const first = Math.max(firstWordAtOrAfter(words, regionStart), wordAtOrBefore(words, anchor - 1) - WINDOW);
    let last = wordAtOrBefore(words, anchor - 1);
    while (last >= first && (words[last] as Word).end > anchor) last--;
    let startIdx = first;
    let topicFound = false;
    for (let i = last; i >= first; i--) {
      const w = words[i] as Word;
      const hit = finder.atWord(i);
      if ((hit && (subjectStops || isTopicJosa(hit.josa) || hit.josa === "에 따르면")) || isFrame(w.core) || ADDRESSEE.test(w.core)
        || (i < last && isSetting(w) && !lex.has("time", w.core))) {
        startIdx = i + 1;
        topicFound = true;
        break;
      }
    }
    let i = startIdx;
    let subjectSkipped = false;
    while (i <= last) {
      const w = words[i] as Word;
      if (isSetting(w) || lex.has("continuation", w.core) || /(에게|에게는|께|들에)$/u.test(w.core)) {
        i++;
        continue;
      }
      if (!topicFound && !subjectSkipped && finder.atWord(i)) {
        subjectSkipped = true;
        i++;
        continue;
      }
      break;
    }
    const w = words[i];
    return w && w.start < anchor ? w.start : anchor;
  }

  /** True when a double-quoted fragment lies inside [start, end) (a mixed clause). */
  function doublePairWithin(start: number, end: number): boolean {
    for (let k = firstPairFrom(topPairs, start); k < topPairs.length && (topPairs[k] as MarkPair).open < end; k++) {
      const p = topPairs[k] as MarkPair;
      if (p.family === "double" && p.close < end) return true;
    }
    return false;
  }

  /** True when a topic-marked speaker (그는, 최 대표는) stands between from and to. */
  function topicBetween(from: number, to: number): boolean {
    for (let i = Math.max(firstWordAtOrAfter(words, from), wordAtOrBefore(words, to) - WINDOW); i < words.length && (words[i] as Word).end <= to; i++) {
      const hit = finder.atWord(i);
      if (hit && isTopicJosa(hit.josa)) return true;
    }
    return false;
  }

  function findCue(from: number, limit: number, allowLight: boolean, maxWords = 5): Cue | null {
    let wi = firstWordAtOrAfter(words, from);
    let onlySpeakers = true;
    for (let n = 0; n < maxWords && wi < words.length; n++, wi++) {
      const full = words[wi] as Word;
      if (full.start >= limit) break;
      const raw = text.slice(full.start, Math.min(full.end, limit));
      if (QUOTE_CHARS.test(raw.replace(/["”’」』]+$/u, ""))) break;
      const core = raw.replace(/[.,!?;:…·"'”’」』]+$/u, "");
      const w: Word = { start: full.start, end: full.start + raw.length, coreEnd: full.start + core.length, core };
      let entry = lex.verbs.get(w.core);
      if (!entry && w.core.endsWith("도")) entry = lex.verbs.get(w.core.slice(0, -1));
      // Two-word cues from verbs.tsv (입을 모았다 → 입을 모으다, 목소리를 높였다): the object word joins the span.
      const prev = n > 0 ? words[wi - 1] : undefined;
      const pair = prev && prev.end === prev.coreEnd ? lex.verbs.get(`${prev.core} ${w.core}`) : undefined;
      if (prev && pair && pair.strength === "strong") return { start: prev.start, end: w.coreEnd, text: text.slice(prev.start, w.coreEnd), lemma: pair.lemma };
      if (entry && entry.strength !== "nominal" && (entry.strength !== "light" || (allowLight && onlySpeakers))) return cueOf(w, entry.lemma);
      if (CLOSE_COMP.test(w.core) || CHAIN_COMP.test(w.core)) break;
      if (w.end !== w.coreEnd && /[.?!]/u.test(text.slice(w.coreEnd, w.end))) break;
      if (!finder.atWord(wi)) onlySpeakers = false;
    }
    return null;
  }

  /** `…다는 입장이다`, `…다는 입장을 밝혔다`, `…다는 게 회사 측 설명이다`. */
  function adnominalCue(from: number): { cue: Cue; speaker: Speaker | null } | null {
    const wi = firstWordAtOrAfter(words, from);
    const a = words[wi];
    if (!a) return null;
    const ea = lex.verbs.get(a.core);
    if (ea?.strength === "nominal") return { cue: cueOf(a, ea.lemma), speaker: null };
    if (lex.list("nominal-cue-noun").some((n) => a.core === n + "을" || a.core === n + "를")) {
      const b = words[wi + 1];
      const eb = b && lex.verbs.get(b.core);
      if (b && eb && eb.strength === "strong") return { cue: cueOf(b, eb.lemma), speaker: null };
    }
    if (a.core === "게" || a.core === "것이" || a.core === "것") {
      for (let k = 1; k <= 4; k++) {
        const w = words[wi + k];
        if (!w) break;
        const e = lex.verbs.get(w.core);
        if (e?.strength === "nominal") {
          let speaker: Speaker | null = null;
          for (let s = wi + k - 1; s > wi && !speaker; s--) speaker = finder.atBareWord(s);
          return { cue: cueOf(w, e.lemma), speaker };
        }
        if (w.end !== w.coreEnd) break;
      }
    }
    return null;
  }

  // ---- anchors: direct speech pairs and complementizer words, in text order ----
  interface Anchor { pos: number; pair?: MarkPair; word?: Word; link: Link; linkEnd: number }
  const anchors: Anchor[] = [];
  const speechTop: MarkPair[] = [];
  for (const p of topPairs) {
    const { link, linkEnd } = linkAfter(p.close, text.length);
    if (isSpeechPair(p, link, linkEnd)) {
      anchors.push({ pos: p.open, pair: p, link, linkEnd });
      speechTop.push(p);
    }
  }
  {
    let pi = 0;
    for (const w of words) {
      while (pi < speechTop.length && (speechTop[pi] as MarkPair).close < w.start) pi++;
      const sp = speechTop[pi];
      if (sp && sp.open <= w.start) continue; // inside a direct quote
      if (QUOTE_CHARS.test(text.slice(w.start, w.end))) continue;
      const core = w.core;
      if (core === "그렇다고" || core === "그렇다며" || core.length < 2) continue;
      let link: Link | undefined;
      if (CLOSE_COMP.test(core)) link = "close";
      else if (CHAIN_COMP.test(core)) link = "chain";
      else if (ADNOMINAL_COMP.test(core)) link = "adnominal";
      if (!link) continue;
      const nw = words[firstWordAtOrAfter(words, w.end)];
      if (link === "close" && nw && namingAfter.some((n) => nw.core.startsWith(n))) continue;
      anchors.push({ pos: w.start, word: w, link, linkEnd: w.coreEnd });
    }
  }
  anchors.sort((a, b) => a.pos - b.pos);

  // ---- walk anchors, building chained groups closed by one cue ----
  const out: Quote[] = [];
  let consumedEnd = 0;
  let group: Item[] = [];
  let last: { speaker: Speaker; sentence: number } | null = null;

  function speakerBefore(regionStart: number, end: number, nearest = false, topicOnly = false): Speaker | null {
    const first = Math.max(firstWordAtOrAfter(words, regionStart), wordAtOrBefore(words, end) - WINDOW);
    let subject: Speaker | null = null;
    let latest: Speaker | null = null;
    let source: Speaker | null = null;
    for (let i = first; i < words.length && (words[i] as Word).end <= end; i++) {
      const hit = finder.atWord(i);
      if (!hit) continue;
      latest = hit.speaker;
      if (nearest) continue;
      if (isTopicJosa(hit.josa)) return hit.speaker;
      if (hit.josa === "에 따르면") source ??= hit.speaker;
      else subject ??= hit.speaker;
    }
    if (nearest) return latest;
    // 교도통신에 따르면 …는 “…”: the source speaks only when nobody else does.
    return source ?? (topicOnly ? null : subject);
  }

  /**
   * A topic phrase opening the region that no list knows (검찰은, 애슐리는, 김성룡 9단은): with a
   * reporting verb after the clause it is the speaker. Returns the speaker and where the clause starts.
   */
  function genericTopic(regionStart: number, end: number): { speaker: Speaker; after: number } | null {
    let i = firstWordAtOrAfter(words, regionStart);
    while (i < words.length && (words[i] as Word).end <= end && (isSetting(words[i] as Word) || lex.has("continuation", (words[i] as Word).core))) i++;
    const npFirst = i;
    for (let k = i; k < words.length && k < npFirst + 5; k++) {
      const w = words[k] as Word;
      if (w.end > end || QUOTE_CHARS.test(text.slice(w.start, w.end))) return null;
      if (/[가-힣A-Za-z0-9)](은|는)$/u.test(w.core) && w.end === w.coreEnd) {
        const start = (words[npFirst] as Word).start;
        const headEnd = w.coreEnd - 1;
        const name = text.slice(start, headEnd);
        const speaker: Speaker = { start, end: headEnd, text: name, id: null, name, kind: "unresolved" };
        return { speaker, after: (words[k + 1] as Word | undefined)?.start ?? w.end };
      }
      if (w.end !== w.coreEnd || /[을를이가에로와과도며고다서면게]$/u.test(w.core)) return null;
    }
    return null;
  }

  function closeGroup(cue: Cue | null, afterSpeaker: Speaker | null = null, nearest = false): void {
    if (group.length === 0) return;
    const firstItem = group[0] as Item;
    const lastItem = group[group.length - 1] as Item;
    let speaker: Speaker | null = afterSpeaker;
    if (!speaker && cue) {
      const a = firstWordAtOrAfter(words, lastItem.linkEnd);
      for (let i = a; i < words.length && (words[i] as Word).end <= cue.start && !speaker; i++) speaker = finder.atWord(i)?.speaker ?? null;
    }
    speaker ??= speakerBefore(firstItem.regionStart, firstItem.start, nearest);
    const sentence = sentenceIndexOf(starts, firstItem.start);
    // A topic at the start of the sentence speaks for every quote in it: 김 대표는 … 묻자 “…”라고 답했다.
    if (!speaker && (starts[sentence] ?? 0) < firstItem.regionStart) speaker = speakerBefore(starts[sentence] ?? 0, firstItem.regionStart, false, true);
    if (!speaker && cue && lex.verbs.get(cue.text)?.strength !== "nominal" && cue.lemma !== "하다") {
      const g = genericTopic(firstItem.regionStart, firstItem.kind === "direct" ? firstItem.start : firstItem.end);
      if (g) {
        speaker = g.speaker;
        // The clause of an indirect quote starts after its speaker.
        if (firstItem.kind !== "direct" && g.after > firstItem.start && g.after < firstItem.end) {
          firstItem.start = g.after;
          firstItem.content = { start: g.after, end: firstItem.end };
        }
      }
    }
    if (!speaker && inherit && last) {
      const sw = words[firstWordAtOrAfter(words, starts[sentence] ?? 0)];
      const continuation = sw !== undefined && lex.has("continuation", sw.core);
      if (sentence - last.sentence <= 3 || (continuation && sentence - last.sentence <= 5)) speaker = last.speaker;
    }
    // A quote standing alone (a Q&A answer) with nobody before it: the person named just before.
    if (!speaker && !cue && inherit && firstItem.kind === "direct" && firstItem.link === "end") {
      speaker = finder.recentPerson(starts[Math.max(0, sentence - 4)] ?? 0, firstItem.start);
    }
    for (const item of group) {
      if (item.kind !== "direct" && !cue && !speaker) continue; // a bare …다며 clause with nobody saying it
      out.push({
        start: item.start,
        end: item.end,
        text: text.slice(item.start, item.end),
        kind: item.kind,
        content: item.content,
        speaker: speaker ? { ...speaker } : null,
        cue: cue ? { ...cue } : null,
      });
    }
    if (speaker) {
      last = { speaker, sentence };
      finder.noteSpeaker(speaker);
    }
    group = [];
  }

  for (const an of anchors) {
    if (an.pos < consumedEnd) continue;
    const sentStart = floorOf(starts, an.pos);
    const sentEnd = sentEndOf(an.pos);
    if (group.length > 0) {
      const prev = group[group.length - 1] as Item;
      if (sentenceIndexOf(starts, prev.start) !== sentenceIndexOf(starts, an.pos)) {
        closeGroup(findCue(prev.linkEnd, sentEndOf(prev.start), false));
      }
    }
    const regionStart = Math.max(sentStart, consumedEnd);
    let item: Item;
    if (an.pair) {
      const p = an.pair;
      let kind: QuoteKind = "direct";
      let start = p.open;
      if (an.link === "close" || an.link === "chain") {
        const cs = clauseStart(p.open, regionStart);
        const glued = p.open > 0 && /[\p{L}\p{N}]/u.test(text[p.open - 1] as string);
        const pw = words[wordAtOrBefore(words, p.open - 1)];
        const pwi = wordAtOrBefore(words, p.open - 1);
        const josaBefore = pw !== undefined && pw.end <= p.open && MIXED_JOSA.test(pw.core) && !isSetting(pw)
          && (!finder.atWord(pwi) || topicBetween(regionStart, pw.start));
        if (cs < p.open && text.slice(cs, p.open).trim() !== "" && (glued || josaBefore)) {
          kind = "mixed";
          start = cs;
        }
      }
      item = kind === "mixed"
        ? { kind, start, end: an.linkEnd, content: { start, end: an.linkEnd }, link: an.link, linkEnd: an.linkEnd, regionStart }
        : { kind, start: p.open, end: p.close + 1, content: { start: p.open + 1, end: p.close }, link: an.link, linkEnd: an.linkEnd, regionStart };
    } else {
      const w = an.word as Word;
      const cs = clauseStart(w.start, regionStart);
      const start = Math.min(cs, w.start);
      const hasFragment = doublePairWithin(start, w.coreEnd);
      const kind: QuoteKind = hasFragment ? "mixed" : "indirect";
      item = { kind, start, end: w.coreEnd, content: { start, end: w.coreEnd }, link: an.link, linkEnd: w.coreEnd, regionStart };
    }
    switch (an.link) {
      case "close": {
        const cue = findCue(item.linkEnd, sentEnd, true);
        if (!cue && item.kind !== "direct") continue;
        let nearest = false;
        if (cue && item.kind !== "direct" && an.word && cue.text.endsWith("자")) {
          // 한 주주가 …냐고 묻자: the asker is the subject right before the clause.
          const start = Math.min(clauseStart(an.word.start, regionStart, true), an.word.start);
          if (start !== item.start) {
            item.start = start;
            item.content = { start, end: item.end };
          }
          nearest = true;
        }
        if (cue && item.kind !== "direct" && DIRECTIVE.has(cue.lemma)) {
          // 그는 정부에 …해 달라고 요청했다: the addressee of a request is not part of the clause.
          const fw = words[firstWordAtOrAfter(words, item.start)];
          const next = fw ? words[firstWordAtOrAfter(words, fw.end)] : undefined;
          if (fw && next && next.start < item.end && fw.end === fw.coreEnd && /[가-힣]에$/u.test(fw.core)) {
            item.start = next.start;
            item.content = { start: next.start, end: item.end };
          }
        }
        group.push(item);
        closeGroup(cue, null, nearest);
        consumedEnd = Math.max(item.end, item.linkEnd, cue?.end ?? 0);
        break;
      }
      case "chain":
        group.push(item);
        consumedEnd = Math.max(item.end, item.linkEnd);
        break;
      case "adnominal": {
        const ad = adnominalCue(item.linkEnd);
        if (!ad) {
          if (item.kind === "direct") {
            group.push(item);
            closeGroup(null);
            consumedEnd = item.end;
          }
          continue;
        }
        group.push(item);
        closeGroup(ad.cue, ad.speaker);
        consumedEnd = Math.max(item.end, ad.cue.end);
        break;
      }
      default:
        group.push(item);
        closeGroup(null);
        consumedEnd = item.end;
    }
  }
  if (group.length > 0) {
    const prev = group[group.length - 1] as Item;
    closeGroup(findCue(prev.linkEnd, sentEndOf(prev.start), false));
  }

  // ---- nested quotes: their own speaker (inside the outer quote) or none ----
  const speechSet = new Set(speechTop.map((p) => p.open));
  for (const p of pairs) {
    if (p.depth === 0 || p.parent < 0) continue;
    let top: MarkPair | undefined = pairs[p.parent];
    while (top && top.depth > 0) top = pairs[top.parent];
    if (!top || !speechSet.has(top.open)) continue;
    const parent = pairs[p.parent] as MarkPair;
    const { link, linkEnd } = linkAfter(p.close, parent.close);
    if (link !== "close" && link !== "chain") continue;
    const content = text.slice(p.open + 1, p.close);
    if (content.trim() === "" || (p.family !== "double" && !sentenceLike(content))) continue;
    const cue = findCue(linkEnd, parent.close, true, 3);
    let speaker: Speaker | null = null;
    const first = Math.max(firstWordAtOrAfter(words, parent.open + 1), wordAtOrBefore(words, p.open) - WINDOW);
    for (let i = first; i < words.length && (words[i] as Word).end <= p.open && !speaker; i++) {
      const hit = finder.atWord(i);
      if (hit && !finder.isPronounHit(hit)) speaker = hit.speaker;
    }
    out.push({
      start: p.open,
      end: p.close + 1,
      text: text.slice(p.open, p.close + 1),
      kind: "direct",
      content: { start: p.open + 1, end: p.close },
      speaker,
      cue,
    });
  }

  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
