import type { Cue, MarkPair, Quote, QuoteKind, Range, Speaker } from "@sinmun/core";
import { firstWordAtOrAfter, nextWord, sentenceEndOf, sentenceIndexOf, sentenceStartOf, wordAtOrBefore } from "./context";
import type { Link, QuoteText, Word } from "./context";
import { linkAfter, sentenceLike } from "./classifySpeech";
import type { Anchor, Speech } from "./classifySpeech";
import { clauseStart, doublePairWithin } from "./findClauses";
import { adnominalCue, findCue } from "./findCues";
import { coordinated, genericTopic, headlineSpeaker, nestedSpeaker, speakerBefore, speakerBetween, topicBetween } from "./findSpeakers";
import type { SpeakerFinder } from "./findSpeakers";
import { josaPatterns } from "./josa";
import { isSetting } from "./phrases";

/**
 * A reported chain after a quote: `…라고 말했다고 블룸버그통신은 보도했다`. The first word at `from`
 * is a reporting verb + 고 (the quote's own cue); a second cue follows, and the speaker between is
 * the outlet that reported it (the quote's `source`).
 *
 * @example
 * reportedChain(t, finder, 20, t.text.length); // …않겠다고 말했다고 블룸버그통신은 보도했다 → { cue: 말했다, source: 블룸버그통신 }
 */
export function reportedChain(t: QuoteText, finder: SpeakerFinder, from: number, limit: number): { cue: Cue; outer: Cue; source: Speaker | null } | null {
  const { text, words, lex } = t;
  const w = words[firstWordAtOrAfter(words, from)];
  if (!w || w.start >= limit || w.start - from > 2 || !w.trimmed.endsWith("고")) return null;
  const entry = lex.verbs.get(w.trimmed.slice(0, -1));
  if (!entry || entry.strength !== "strong") return null;
  const outer = findCue(t, finder, w.end, limit, false, 6);
  if (!outer) return null;
  const cueEnd = w.start + w.trimmed.length - 1;
  const cue: Cue = { start: w.start, end: cueEnd, text: text.slice(w.start, cueEnd), lemma: entry.lemma };
  return { cue, outer, source: speakerBetween(t, finder, w.end, outer.start) };
}

const DIRECTIVE = new Set(["요청하다", "요구하다", "촉구하다", "당부하다", "제안하다", "주문하다", "호소하다"]);

/** One quote of a group waiting for its cue: its span, how it links on, and where its region starts. */
export interface Item {
  kind: QuoteKind;
  start: number;
  end: number;
  content: Range;
  link: Link;
  linkEnd: number;
  regionStart: number;
}

/** Options of {@link group}. */
export interface GroupOptions {
  /** Let a quote with no speaker in its sentence keep the previous quote's speaker. */
  inherit: boolean;
}

/**
 * The item an anchor starts: a direct quote (or a mixed one, when the quote is glued into a
 * clause: 그는 이를 “혁신”이라고), or an indirect clause from its first word to its complementizer.
 *
 * @example
 * itemOf(t, finder, anchor, 0).kind; // → "direct"
 */
export function itemOf(t: QuoteText, finder: SpeakerFinder, an: Anchor, regionStart: number): Item {
  const { text, words } = t;
  if (an.pair) {
    const p = an.pair;
    let kind: QuoteKind = "direct";
    let start = p.open;
    if (an.link === "close" || an.link === "chain") {
      const cs = clauseStart(t, finder, p.open, regionStart);
      const glued = p.open > 0 && /[\p{L}\p{N}]/u.test(text[p.open - 1] as string);
      const pwi = wordAtOrBefore(words, p.open - 1);
      const pw = words[pwi];
      const josaBefore = pw !== undefined && pw.end <= p.open && josaPatterns().mixedEnd.test(pw.trimmed) && !isSetting(t, pw)
        && (!finder.atWord(pwi) || topicBetween(t, finder, regionStart, pw.start));
      if (cs < p.open && text.slice(cs, p.open).trim() !== "" && (glued || josaBefore)) {
        kind = "mixed";
        start = cs;
      }
    }
    return kind === "mixed"
      ? { kind, start, end: an.linkEnd, content: { start, end: an.linkEnd }, link: an.link, linkEnd: an.linkEnd, regionStart }
      : { kind, start: p.open, end: p.close + 1, content: { start: p.open + 1, end: p.close }, link: an.link, linkEnd: an.linkEnd, regionStart };
  }
  const w = an.word as Word;
  const start = Math.min(clauseStart(t, finder, w.start, regionStart), w.start);
  const kind: QuoteKind = doublePairWithin(t, start, w.coreEnd) ? "mixed" : "indirect";
  return { kind, start, end: w.coreEnd, content: { start, end: w.coreEnd }, link: an.link, linkEnd: w.coreEnd, regionStart };
}

/**
 * Groups anchors into quotes: chained items (“A”며 “B”라고) wait for the one cue that closes
 * them; each group gets the speaker after its quotes, before them, at the start of its sentence,
 * a generic topic, or — with `inherit` — the previous group's speaker (within 3 sentences, 5
 * after a continuation word such as 그러면서). Then the quotes nested in speech get their own
 * speaker inside the outer quote, or none. Returns quotes sorted by span.
 *
 * @example
 * group(t, finder, classifySpeech(t, finder), { inherit: true });
 * // 이재용 회장은 “위기는 기회”라고 말했다. → [{ kind: "direct", speaker: 이재용, cue: 말했다, … }]
 */
export function group(t: QuoteText, finder: SpeakerFinder, speech: Speech, options: GroupOptions): Quote[] {
  const { text, words, starts, lex } = t;
  const out: Quote[] = [];
  let consumedEnd = 0;
  let items: Item[] = [];
  let last: { speaker: Speaker; sentence: number } | null = null;

  let source: Speaker | null = null;
  function closeGroup(cue: Cue | null, afterSpeaker: Speaker | null = null, nearest = false): void {
    if (items.length === 0) return;
    const firstItem = items[0] as Item;
    const lastItem = items[items.length - 1] as Item;
    let speaker: Speaker | null = afterSpeaker;
    if (!speaker && cue) speaker = speakerBetween(t, finder, lastItem.linkEnd, cue.start);
    speaker ??= speakerBefore(t, finder, firstItem.regionStart, firstItem.start, nearest);
    const sentence = sentenceIndexOf(t, firstItem.start);
    const sentenceStart = starts[sentence] ?? 0;
    // A topic at the start of the sentence speaks for every quote in it: 김 대표는 … 묻자 “…”라고 답했다.
    if (!speaker && sentenceStart < firstItem.regionStart) speaker = speakerBefore(t, finder, sentenceStart, firstItem.regionStart, false, true);
    if (!speaker && cue && lex.verbs.get(cue.text)?.strength !== "nominal" && cue.lemma !== "하다") {
      const g = genericTopic(t, firstItem.regionStart, firstItem.kind === "direct" ? firstItem.start : firstItem.end);
      if (g) {
        speaker = g.speaker;
        // The clause of an indirect quote starts after its speaker.
        if (firstItem.kind !== "direct" && g.after > firstItem.start && g.after < firstItem.end) {
          firstItem.start = g.after;
          firstItem.content = { start: g.after, end: firstItem.end };
        }
      }
    }
    // 트렌드포스 “D램 가격 더 오른다”: a headline names its speaker before the quote, with no verb.
    if (!speaker && !cue && firstItem.kind === "direct" && firstItem.link === "end") speaker = headlineSpeaker(t, finder, firstItem.start);
    if (!speaker && options.inherit && last) {
      const sw = nextWord(t, sentenceStart);
      const continuation = sw !== undefined && lex.has("continuation", sw.trimmed);
      if (sentence - last.sentence <= 3 || (continuation && sentence - last.sentence <= 5)) speaker = last.speaker;
    }
    // A quote standing alone (a Q&A answer) with nobody before it: the person named just before.
    if (!speaker && !cue && options.inherit && firstItem.kind === "direct" && firstItem.link === "end") {
      speaker = finder.recentPerson(starts[Math.max(0, sentence - 4)] ?? 0, firstItem.start);
    }
    const all = speaker ? coordinated(t, finder, speaker) : [];
    if (all.length > 1) speaker = all[0] as Speaker;
    for (const item of items) {
      if (item.kind !== "direct" && !cue && !speaker) continue; // a bare …다며 clause with nobody saying it
      const q: Quote = {
        start: item.start,
        end: item.end,
        text: text.slice(item.start, item.end),
        kind: item.kind,
        content: item.content,
        speaker: speaker ? { ...speaker } : null,
        cue: cue ? { ...cue } : null,
      };
      if (all.length > 1) q.speakers = all.map((x) => ({ ...x }));
      if (source) q.source = { ...source };
      out.push(q);
    }
    source = null;
    if (speaker) {
      last = { speaker, sentence };
      finder.noteSpeaker(speaker);
    }
    items = [];
  }

  /** Closes the open group with the cue found after its last item. */
  function closeWithCueAfter(prev: Item): void {
    closeGroup(findCue(t, finder, prev.linkEnd, sentenceEndOf(t, prev.start), false));
  }

  for (const an of speech.anchors) {
    if (an.pos < consumedEnd) continue;
    const sentEnd = sentenceEndOf(t, an.pos);
    const prev = items[items.length - 1];
    if (prev && sentenceIndexOf(t, prev.start) !== sentenceIndexOf(t, an.pos)) closeWithCueAfter(prev);
    const regionStart = Math.max(sentenceStartOf(t, an.pos), consumedEnd);
    const item = itemOf(t, finder, an, regionStart);
    switch (an.link) {
      case "close": {
        let cue = findCue(t, finder, item.linkEnd, sentEnd, true);
        let chainEnd = 0;
        if (!cue) {
          // …않겠다고 말했다고 블룸버그통신은 보도했다: the quote's cue is 말했다, the outlet its source.
          const chain = reportedChain(t, finder, item.linkEnd, sentEnd);
          if (chain) {
            cue = chain.cue;
            source = chain.source;
            chainEnd = chain.outer.end;
          }
        }
        if (!cue && item.kind !== "direct") continue;
        let nearest = false;
        if (cue && item.kind !== "direct" && an.word && cue.text.endsWith("자")) {
          // 한 주주가 …냐고 묻자: the asker is the subject right before the clause.
          const start = Math.min(clauseStart(t, finder, an.word.start, regionStart, true), an.word.start);
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
          if (fw && next && next.start < item.end && fw.end === fw.coreEnd && /[가-힣]에$/u.test(fw.trimmed)) {
            item.start = next.start;
            item.content = { start: next.start, end: item.end };
          }
        }
        items.push(item);
        closeGroup(cue, null, nearest);
        consumedEnd = Math.max(item.end, item.linkEnd, cue?.end ?? 0, chainEnd);
        break;
      }
      case "chain":
        items.push(item);
        consumedEnd = Math.max(item.end, item.linkEnd);
        break;
      case "adnominal": {
        const ad = adnominalCue(t, finder, item.linkEnd);
        if (!ad) {
          if (item.kind === "direct") {
            items.push(item);
            closeGroup(null);
            consumedEnd = item.end;
          }
          continue;
        }
        items.push(item);
        closeGroup(ad.cue, ad.speaker);
        consumedEnd = Math.max(item.end, ad.cue.end);
        break;
      }
      default:
        items.push(item);
        closeGroup(null);
        consumedEnd = item.end;
    }
  }
  const prev = items[items.length - 1];
  if (prev) closeWithCueAfter(prev);

  out.push(...nestedQuotes(t, finder, speech.speechPairs));
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/**
 * Quotes nested in a speech quote (“… ‘…’고 했다”): direct, with their own speaker inside the
 * outer quote (never a pronoun) and their own cue, or none.
 *
 * @example
 * nestedQuotes(t, finder, speechPairs); // “고객이 ‘비싸다’고 한다” → [{ text: "‘비싸다’", … }]
 */
export function nestedQuotes(t: QuoteText, finder: SpeakerFinder, speechPairs: readonly MarkPair[]): Quote[] {
  const { text, pairs } = t;
  const out: Quote[] = [];
  const speechSet = new Set(speechPairs.map((p) => p.open));
  for (const p of pairs) {
    if (p.depth === 0 || p.parent < 0) continue;
    let top: MarkPair | undefined = pairs[p.parent];
    while (top && top.depth > 0) top = pairs[top.parent];
    if (!top || !speechSet.has(top.open)) continue;
    const parent = pairs[p.parent] as MarkPair;
    const { link, linkEnd } = linkAfter(t, p.close, parent.close);
    if (link !== "close" && link !== "chain") continue;
    const content = text.slice(p.open + 1, p.close);
    if (content.trim() === "" || (p.family !== "double" && !sentenceLike(content))) continue;
    const cue = findCue(t, finder, linkEnd, parent.close, true, 3);
    out.push({
      start: p.open,
      end: p.close + 1,
      text: text.slice(p.open, p.close + 1),
      kind: "direct",
      content: { start: p.open + 1, end: p.close },
      speaker: nestedSpeaker(t, finder, parent.open, p.open),
      cue,
    });
  }
  return out;
}
