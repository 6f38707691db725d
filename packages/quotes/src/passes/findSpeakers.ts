import { partitionPoint } from "@sinmun/core";
import type { Entity, Speaker, Token } from "@sinmun/core";
import { firstWordAtOrAfter, insideQuote, QUOTE_CHARS, WINDOW, wordAtOrBefore } from "./context";
import type { QuoteText, Word } from "./context";
import { josaPatterns } from "./josa";
import { isSetting } from "./phrases";

/** What a word says about being a speaker: the speaker, and the josa it carries. */
export interface SpeakerHit {
  speaker: Speaker;
  josa: string;
}

/** What the speaker finder reads besides the text: the document's entities and tokens. */
export interface SpeakerSources {
  /** Valid entities sorted by start (PERSON and ORG are used). */
  entities: readonly Entity[];
  tokens?: readonly Token[] | undefined;
  /** Entity metadata by id, to match titles (`회장`) recorded for a person. */
  lookup?: ((id: string) => { meta?: Record<string, unknown> } | undefined) | undefined;
}

/** The speaker finder of one text: see {@link createSpeakerFinder}. */
export type SpeakerFinder = ReturnType<typeof createSpeakerFinder>;

/** The head of a noun phrase a resolver looks at: `text[headStart, headEnd)`, in word `wi`. */
interface Head {
  wi: number;
  headStart: number;
  headEnd: number;
  head: string;
}

/** A resolver's answer: a speaker, `null` (no speaker, stop looking) or `undefined` (ask the next one). */
type Resolved = Speaker | null | undefined;

const HANGUL_NAME = /^[가-힣]{2,4}$/u;
const NP_STOP = /[은는을를에로도과와가고며다면게자,.”’"']$/u;
/** Nouns whose last syllable looks like a josa: 경제학과, 연구소 … */
const NP_NOUN_END = /(학과|학부|대학교|센터|소비자|투자자)$/u;

/** True when the josa marks a topic (은/는): the usual speaker slot of a news sentence. */
export function isTopicJosa(josa: string): boolean {
  return josaPatterns().topic.has(josa);
}

/** Number of entities of a start-sorted list that start before pos (binary search). */
function countBefore(list: readonly Entity[], pos: number): number {
  return partitionPoint(list.length, (i) => (list[i] as Entity).start < pos);
}

/**
 * Recognises speakers: entity mentions, name + organization + title appositions, pronouns and
 * title references resolved to an earlier person, anonymous sources, organization forms.
 *
 * @example
 * const finder = createSpeakerFinder(t, { entities }); // t: "이재용 회장은 …", 이재용 a PERSON entity
 * finder.atWord(1); // 회장은 → { speaker: { text: "이재용", id: "lee-jae-yong", kind: "named", … }, josa: "은" }
 */
export function createSpeakerFinder(t: QuoteText, ctx: SpeakerSources) {
  const { text, words, lex } = t;
  const josa = josaPatterns();
  const entityByEnd = new Map<number, Entity>();
  const persons: Entity[] = [];
  const orgs: Entity[] = [];
  for (const e of ctx.entities) {
    if (e.label !== "PERSON" && e.label !== "ORG") continue;
    const prev = entityByEnd.get(e.end);
    if (!prev || e.end - e.start > prev.end - prev.start) entityByEnd.set(e.end, e);
    (e.label === "PERSON" ? persons : orgs).push(e);
  }
  const titles = lex.list("title");
  const inQuote = (pos: number): boolean => insideQuote(t, pos);
  /** The longest word of a class that ends `head`, with at most `extra` characters before it. */
  function suffixIn(cls: string, head: string, extra: number, minLength = 1): string | undefined {
    for (let k = Math.min(head.length, 16); k >= minLength; k--) {
      if (head.length - k <= extra && lex.has(cls, head.slice(-k))) return head.slice(-k);
    }
    return undefined;
  }

  const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });

  /** The last entity of a start-sorted list that starts before pos and passes `ok`. */
  function lastBefore(list: readonly Entity[], pos: number, ok: (e: Entity) => boolean = () => true): Entity | undefined {
    for (let i = countBefore(list, pos) - 1; i >= 0; i--) {
      const e = list[i] as Entity;
      if (e.start < pos && ok(e)) return e;
    }
    return undefined;
  }

  function fromEntity(e: Entity, start = e.start, end = e.end): Speaker {
    return { ...span(start, end), id: e.id === "" ? null : e.id, name: e.name, kind: e.label === "PERSON" ? "named" : "organization" };
  }

  function titleOf(head: string): string | undefined {
    if (lex.has("title", head)) return head;
    const bare = head.replace(/\([^)]*\)$/u, "");
    return suffixIn("title", bare, 6);
  }

  function surnameMatches(name: string, surname: string): boolean {
    if (name.includes(" ")) return name.split(/\s+/u).includes(surname);
    return name.startsWith(surname) && name.length >= surname.length + 1 && name.length <= surname.length + 3;
  }

  function titleFits(e: Entity, title: string): boolean {
    const after = text.slice(e.end, e.end + 30);
    const np = after.split(/[은는이가을를의에,.]\s|[“"‘]/u)[0] ?? "";
    if (np.includes(title)) return true;
    const meta = ctx.lookup?.(e.id)?.meta;
    const t = meta?.["title"];
    return typeof t === "string" && t.includes(title);
  }

  /** `이 회장`, `황 CEO`: the most recent person with that surname, preferring one seen with the title. */
  function resolveTitleRef(surname: string, title: string, pos: number): Entity | undefined {
    const fits = lastBefore(persons, pos, (e) => surnameMatches(e.name, surname) && titleFits(e, title))
      ?? lastBefore(persons, pos, (e) => surnameMatches(e.text, surname) && titleFits(e, title));
    return fits ?? lastBefore(persons, pos, (e) => surnameMatches(e.name, surname) || surnameMatches(e.text, surname));
  }

  let lastNamed: { pos: number; id: string; name: string } | null = null;

  /** Remembers the latest named speaker: a pronoun after it may refer to it. */
  function noteSpeaker(sp: Speaker): void {
    if (sp.kind === "named" && sp.name !== null) lastNamed = { pos: sp.start, id: sp.id ?? "", name: sp.name };
  }

  // The company a bare 회사 (측) means: the topic of the article so far — the ORG most often in
  // subject position (은/는/이/가 glued to it, outside quotes), ties to the most recent. bestOrgAfter[k]
  // is that ORG after the first k+1 subject mentions, so each lookup is a binary search.
  const subjectOrgs: Entity[] = [];
  const bestOrgAfter: Entity[] = [];
  {
    const counts = new Map<string, number>();
    let best: Entity | undefined;
    let bestCount = 0;
    for (const e of orgs) {
      if (inQuote(e.start) || !josa.subjectGlued.test(text.slice(e.end, e.end + 2))) continue;
      const key = e.id === "" ? e.name : e.id;
      const c = (counts.get(key) ?? 0) + 1;
      counts.set(key, c);
      if (c >= bestCount) {
        best = e;
        bestCount = c;
      }
      subjectOrgs.push(e);
      bestOrgAfter.push(best as Entity);
    }
  }
  function salientOrg(pos: number): Entity | undefined {
    const k = countBefore(subjectOrgs, pos);
    return k > 0 ? bestOrgAfter[k - 1] : lastBefore(orgs, pos);
  }

  /** The person a pronoun most likely means: the latest person in subject position or the latest named speaker. */
  function salientPerson(pos: number): { id: string; name: string } | undefined {
    const subj = lastBefore(persons, pos, (e) => !inQuote(e.start) && inSubjectPosition(e));
    const cand = subj ?? lastBefore(persons, pos, (e) => !inQuote(e.start));
    if (lastNamed && lastNamed.pos < pos && (!cand || lastNamed.pos >= cand.start)) return lastNamed;
    return cand;
  }

  /** True when the mention heads a subject: 젠슨 황 엔비디아 CEO가 …, not 이재용 회장과 …. */
  function inSubjectPosition(e: Entity): boolean {
    const tail = text.slice(e.end, e.end + 60).split(/[,.“"‘(]/u)[0] ?? "";
    const parts = tail.split(/\s+/u).filter((x) => x !== "");
    const glued = text.slice(e.end, e.end + 3);
    if (josa.subjectNext.test(glued)) return true;
    if (/^\S/u.test(glued)) return false;
    for (const w of parts.slice(0, 4)) {
      if (josa.subjectEnd.test(w)) return true;
      if (josa.nonSubjectEnd.test(w)) return false;
    }
    return false;
  }

  /** An earlier person whose name has this word as a part (피차이 → 순다르 피차이). */
  // Every way a person can be named short: its mention text, its name, each word of its name.
  // Each list is kept sorted by start (a stable insertion), so lookups are binary searches.
  const byPart = new Map<string, Entity[]>();
  function indexPerson(e: Entity): void {
    for (const part of new Set([e.text, e.name, ...e.name.split(/\s+/u)])) {
      const list = byPart.get(part);
      if (!list) byPart.set(part, [e]);
      else if ((list[list.length - 1] as Entity).start <= e.start) list.push(e);
      else list.splice(countBefore(list, e.start + 1), 0, e);
    }
  }
  for (const e of persons) indexPerson(e);

  function namePart(word: string, pos: number, minLength = 2): Entity | undefined {
    if (word.length < minLength) return undefined;
    const list = byPart.get(word);
    if (!list) return undefined;
    // The latest start before pos; among equal starts the first indexed.
    let i = countBefore(list, pos) - 1;
    if (i < 0) return undefined;
    while (i > 0 && (list[i - 1] as Entity).start === (list[i] as Entity).start) i--;
    return list[i];
  }

  /** Start of the noun phrase ending at word wi (the head), walking back over bare nouns. */
  function npStart(wi: number, maxBack: number): number {
    let s = wi;
    for (let k = wi - 1; k >= 0 && wi - k <= maxBack; k--) {
      const w = words[k] as Word;
      // A whole entity mention stays in the phrase whatever its last syllable (하윤서, 김지은).
      const ent = w.end === w.coreEnd ? entityByEnd.get(w.coreEnd) : undefined;
      if (ent && ent.start <= w.start) {
        while (k > 0 && (words[k] as Word).start > ent.start) k--;
        s = k;
        continue;
      }
      if (w.end !== w.coreEnd || (NP_STOP.test(w.trimmed) && !NP_NOUN_END.test(w.trimmed)) || /["“”‘’「」]/u.test(w.trimmed)) break;
      if (w.trimmed.length > 1 && /[한던된할인]$/u.test(w.trimmed) && !lex.has("surname", w.trimmed)) break;
      if (lex.has("time", w.trimmed) || lex.has("continuation", w.trimmed) || /^\d+(일|월|년)/u.test(w.trimmed)) break;
      s = k;
    }
    return s;
  }

  const tokens = ctx.tokens ?? [];
  const tokensSorted = tokens.every((tk, i) => i === 0 || (tokens[i - 1] as Token).start <= tk.start);
  function personTokenName(start: number, end: number): boolean {
    if (!ctx.tokens) return false;
    // Sorted tokens: from the first starting at `start`, only those starting before `end` can fit.
    let i = tokensSorted ? partitionPoint(tokens.length, (k) => (tokens[k] as Token).start < start) : 0;
    for (; i < tokens.length; i++) {
      const tk = tokens[i] as Token;
      if (tokensSorted && tk.start >= end) break;
      if (tk.start >= start && tk.end <= end && tk.pos.startsWith("NNP") && tk.semantic === "인명") return true;
    }
    return false;
  }

  const named = (start: number, end: number, e: { id: string; name: string }): Speaker =>
    ({ ...span(start, end), id: e.id === "" ? null : e.id, name: e.name, kind: "named" });
  const anonymous = (start: number, end: number): Speaker => ({ ...span(start, end), id: null, name: text.slice(start, end), kind: "anonymous" });
  const organization = (start: number, end: number, o: Entity | undefined): Speaker => (o
    ? { ...span(start, end), id: o.id, name: o.name, kind: "organization" }
    : { ...span(start, end), id: null, name: text.slice(start, end), kind: "organization" });

  /** An entity mention ends at the head: 이재용 (회장)은, 삼성전자(005930)는. */
  function fromMention({ head, headStart, headEnd }: Head): Resolved {
    let ent = entityByEnd.get(headEnd);
    if (!ent && head.endsWith(")") && head.includes("(")) ent = entityByEnd.get(headStart + head.lastIndexOf("("));
    return ent ? fromEntity(ent, ent.start, headEnd) : undefined;
  }

  /** 그, 그녀: the salient person, else an unresolved speaker. */
  function fromPronoun({ head, headStart, headEnd }: Head): Resolved {
    if (!lex.has("pronoun", head)) return undefined;
    const p = salientPerson(headStart);
    return p ? named(headStart, headEnd, p) : { ...span(headStart, headEnd), id: null, name: null, kind: "unresolved" };
  }

  /** A short form of a person named earlier: 올트먼은, 피차이는. */
  function fromNamePart({ head, headStart, headEnd }: Head): Resolved {
    const short = namePart(head, headStart);
    return short ? named(headStart, headEnd, short) : undefined;
  }

  /** A title heads the phrase: 샘 올트먼 오픈AI CEO는, 파월 의장은, 이 회장은, 김하늘 한빛증권 연구원은. */
  function fromTitle({ wi, head, headStart, headEnd }: Head): Resolved {
    const title = titleOf(head);
    if (!title) return undefined;
    const s = npStart(wi, 4);
    const from = (words[s] as Word).start;
    // A person inside the apposition: 샘 올트먼 오픈AI 최고경영자(CEO)는.
    let best: Entity | undefined;
    for (let i = countBefore(persons, from); i < persons.length && (persons[i] as Entity).start < headStart; i++) {
      const e = persons[i] as Entity;
      if (e.end <= headStart && (!best || e.end > best.end)) best = e;
    }
    if (best && lex.has("surname", best.text)) {
      // 오 연구원: a bare surname the recognizer left unlinked is resolved here, like 이 회장.
      const e = best.name === best.text ? resolveTitleRef(best.text, title, best.start) : undefined;
      return e ? named(best.start, headEnd, e) : fromEntity(best, best.start, headEnd);
    }
    if (best) return fromEntity(best);
    // A short form of a person named earlier: 파월 의장은, 피차이 CEO는.
    for (let k = s; k < wi; k++) {
      const w = words[k] as Word;
      // Before a title even one syllable is enough: 쿡 CEO, 수 CEO.
      const known = namePart(w.trimmed, w.start, 1);
      if (known) return named(w.start, w.trimmed.length === 1 || lex.has("surname", w.trimmed) ? headEnd : w.coreEnd, known);
    }
    const prev = words[wi - 1];
    if (prev && wi - 1 >= s && lex.has("surname", prev.trimmed)) {
      const e = resolveTitleRef(prev.trimmed, title, prev.start);
      if (e) return named(prev.start, headEnd, e);
      if (prev.trimmed !== "한") return { ...span(prev.start, headEnd), id: null, name: text.slice(prev.start, headEnd), kind: "unresolved" };
    }
    // A name the recognizer missed, at the start of the apposition: 김하늘 한빛증권 연구원은.
    const w0 = words[s] as Word;
    if (s < wi && HANGUL_NAME.test(w0.trimmed) && lex.has("surname", w0.trimmed.slice(0, 1)) && !entityByEnd.has(w0.coreEnd)
      && !lex.has("anonymous", w0.trimmed) && !lex.has("organization", w0.trimmed)
      && (personTokenName(w0.start, w0.coreEnd) || (!ctx.tokens && w0.trimmed.length === 3))) {
      return { ...span(w0.start, w0.coreEnd), id: null, name: w0.trimmed, kind: "named" };
    }
    return undefined;
  }

  /** 한 가입자는, 한 증권사 연구원은: a determiner makes any head an anonymous source. */
  function fromDeterminer({ wi, head, headEnd }: Head): Resolved {
    const s = npStart(wi, 3);
    const w0 = words[s] as Word;
    const between = words.slice(s + 1, wi) as Word[];
    if (s < wi && w0.trimmed === "한" && !QUOTE_CHARS.test(head) && between.every((w) => !/이$/u.test(w.trimmed))) return anonymous(w0.start, headEnd);
    return undefined;
  }

  /** 관계자는, 업계 관계자는: the anonymous-source words. */
  function fromAnonymous({ wi, head, headStart, headEnd }: Head): Resolved {
    if (suffixIn("anonymous", head, 4) === undefined) return undefined;
    return anonymous(Math.min((words[npStart(wi, 3)] as Word).start, headStart), headEnd);
  }

  /** 회사, 당사: the article's topic company; 이 회사, 같은 회사: the company just named. */
  function fromOrganizationPronoun({ wi, head, headStart, headEnd }: Head): Resolved {
    if (!lex.has("organization-pronoun", head)) return undefined;
    const prev = words[wi - 1];
    const demonstrative = prev !== undefined && (prev.trimmed === "이" || prev.trimmed === "같은");
    const start = demonstrative ? prev.start : headStart;
    return organization(start, headEnd, demonstrative ? lastBefore(orgs, start) : salientOrg(start));
  }

  /** 검찰은, 정부는, 업계는; 삼성전자 측은, 회사 측은. A bare 측 names nobody. */
  function fromOrganizationWord({ wi, head, headStart, headEnd }: Head): Resolved {
    const f = lex.has("organization", head) ? head : suffixIn("organization", head, 64, 2);
    if (f === undefined) return undefined;
    if (head !== f) return { ...span(headStart, headEnd), id: null, name: head, kind: "organization" };
    const prev = words[wi - 1];
    if (prev && prev.end === prev.coreEnd && (!NP_STOP.test(prev.trimmed) || NP_NOUN_END.test(prev.trimmed)) && !lex.has("time", prev.trimmed)
      && !lex.has("continuation", prev.trimmed) && !/\d/u.test(prev.trimmed)) {
      const pe = entityByEnd.get(prev.coreEnd);
      if (pe && pe.label === "ORG") return { ...fromEntity(pe, pe.start, headEnd), kind: "organization" };
      const known = lastBefore(orgs, prev.start, (e) => e.text === prev.trimmed || e.name === prev.trimmed);
      if (known) return { ...span(prev.start, headEnd), id: known.id, name: known.name, kind: "organization" };
      if (lex.has("organization-pronoun", prev.trimmed)) {
        // 회사 측은: the article's topic company; 이 회사 측은: the company just named.
        const det = words[wi - 2];
        const demonstrative = det && det.end === det.coreEnd && (det.trimmed === "이" || det.trimmed === "같은");
        return organization(prev.start, headEnd, demonstrative ? lastBefore(orgs, prev.start) : salientOrg(prev.start));
      }
      return organization(prev.start, headEnd, undefined);
    }
    return head === "측" ? null : { ...span(headStart, headEnd), id: null, name: head, kind: "organization" };
  }

  /** A person name the tokenizer tagged (NNP 인명) that no entity covers. */
  function fromTokenName({ head, headStart, headEnd }: Head): Resolved {
    return personTokenName(headStart, headEnd) ? { ...span(headStart, headEnd), id: null, name: head, kind: "named" } : undefined;
  }

  /** The resolvers, most specific first: the first that answers decides. */
  const RESOLVERS = [
    fromMention, fromPronoun, fromNamePart, fromTitle, fromDeterminer, fromAnonymous,
    fromOrganizationPronoun, fromOrganizationWord, fromTokenName,
  ] as const;

  /**
   * The speaker named by a head (the text from the noun phrase's head word up to `headEnd`,
   * the josa already removed). `wi` is the index of the word holding the head.
   */
  function fromHead(wi: number, headStart: number, headEnd: number): Speaker | null {
    const head = text.slice(headStart, headEnd);
    if (head === "") return null;
    const h: Head = { wi, headStart, headEnd, head };
    for (const resolve of RESOLVERS) {
      const r = resolve(h);
      if (r !== undefined) return r;
    }
    return null;
  }

  const memo = new Map<number, SpeakerHit | null>();
  /** The speaker a word names, when it ends in a subject josa (은/는/이/가/도/께서). Memoised, except pronouns. */
  function atWord(wi: number): SpeakerHit | null {
    const cached = memo.get(wi);
    if (cached !== undefined && (cached === null || !lex.has("pronoun", cached.speaker.text))) return cached;
    const hit = computeAtWord(wi);
    memo.set(wi, hit);
    return hit;
  }

  function computeAtWord(wi: number): SpeakerHit | null {
    const w = words[wi];
    if (!w || QUOTE_CHARS.test(text.slice(w.start, w.end))) return null;
    for (const j of josa.speaker) {
      if (w.trimmed.endsWith(j) && w.trimmed.length > j.length) {
        const headEnd = w.coreEnd - j.length;
        const s = fromHead(wi, w.start, headEnd);
        if (s) return { speaker: s, josa: j };
      }
    }
    // 로이터통신에 따르면
    if (w.trimmed.endsWith("에") && words[wi + 1]?.trimmed === "따르면") {
      const s = fromHead(wi, w.start, w.coreEnd - 1);
      if (s) return { speaker: s, josa: "에 따르면" };
    }
    return null;
  }

  /** The speaker named by a bare noun phrase ending at word wi (`…다는 게 회사 측 설명이다`). */
  function atBareWord(wi: number): Speaker | null {
    const w = words[wi];
    if (!w) return null;
    const core = w.trimmed.endsWith("의") ? w.trimmed.slice(0, -1) : w.trimmed;
    return fromHead(wi, w.start, w.start + core.length);
  }

  /** True when the hit is a pronoun (그, 그녀): never used for a quote nested in another. */
  function isPronounHit(hit: SpeakerHit): boolean {
    return lex.has("pronoun", hit.speaker.text);
  }


  // Names the entities missed, in an apposition with a title (김하늘 한빛증권 연구원은): remembered as
  // document-local persons so that 김 연구원, 그녀 can refer back to them. Their speakers carry id null.
  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi] as Word;
    const m = josa.plainSubjectEnd.exec(w.trimmed);
    if (!m || !titleOf(w.trimmed.slice(0, -1))) continue;
    const s0 = npStart(wi, 4);
    const w0 = words[s0] as Word;
    if (s0 < wi && HANGUL_NAME.test(w0.trimmed) && lex.has("surname", w0.trimmed.slice(0, 1)) && !entityByEnd.has(w0.coreEnd)
      && !persons.some((e) => e.start <= w0.start && e.end >= w0.coreEnd) && !namePart(w0.trimmed, w0.start)
      && !lex.has("anonymous", w0.trimmed) && !lex.has("organization", w0.trimmed) && !lex.has("title", w0.trimmed)
      && (personTokenName(w0.start, w0.coreEnd) || (!ctx.tokens && w0.trimmed.length === 3))) {
      const guess: Entity = { start: w0.start, end: w0.coreEnd, text: w0.trimmed, label: "PERSON", id: "", name: w0.trimmed, source: "rule" };
      persons.push(guess);
      indexPerson(guess);
      entityByEnd.set(guess.end, guess);
    }
  }
  persons.sort((a, b) => a.start - b.start);

  /** The latest person named before pos and after from, outside quotes (the interviewee of a Q&A). */
  function recentPerson(from: number, pos: number): Speaker | null {
    const e = lastBefore(persons, pos, (x) => x.start >= from && !inQuote(x.start));
    return e ? fromEntity(e) : null;
  }

  /** The PERSON or ORG mention that ends exactly at `end`, as a speaker (coordinated and headline speakers). */
  function mentionEndingAt(end: number): Speaker | null {
    const e = entityByEnd.get(end);
    return e && !inQuote(e.start) ? fromEntity(e) : null;
  }

  return { atWord, atBareWord, isPronounHit, noteSpeaker, recentPerson, mentionEndingAt };
}

/**
 * The speaker of a quote from the words before it, in `[regionStart, end)` (at most
 * {@link WINDOW} words): a topic (은/는) wins, then a subject (이/가), then a source (…에 따르면)
 * when nobody else speaks. `nearest` takes the last speaker instead; `topicOnly` only a topic.
 *
 * @example
 * speakerBefore(t, finder, 0, quote.start); // 이 대표는 21일 “…” → 이 대표
 */
export function speakerBefore(t: QuoteText, finder: SpeakerFinder, regionStart: number, end: number, nearest = false, topicOnly = false): Speaker | null {
  const { words } = t;
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
 * The first speaker between two positions (after a quote, before its cue: “…”고 최 대표는 말했다).
 *
 * @example
 * speakerBetween(t, finder, quote.linkEnd, cue.start); // → 최 대표
 */
export function speakerBetween(t: QuoteText, finder: SpeakerFinder, from: number, to: number): Speaker | null {
  const { words } = t;
  let speaker: Speaker | null = null;
  for (let i = firstWordAtOrAfter(words, from); i < words.length && (words[i] as Word).end <= to && !speaker; i++) {
    speaker = finder.atWord(i)?.speaker ?? null;
  }
  return speaker;
}

/**
 * True when a topic-marked speaker (그는, 최 대표는) stands between from and to.
 *
 * @example
 * topicBetween(t, finder, 0, 10); // 그는 … → true
 */
export function topicBetween(t: QuoteText, finder: SpeakerFinder, from: number, to: number): boolean {
  const { words } = t;
  for (let i = Math.max(firstWordAtOrAfter(words, from), wordAtOrBefore(words, to) - WINDOW); i < words.length && (words[i] as Word).end <= to; i++) {
    const hit = finder.atWord(i);
    if (hit && isTopicJosa(hit.josa)) return true;
  }
  return false;
}

/**
 * A topic phrase opening the region that no list knows (검찰은, 애슐리는, 김성룡 9단은): with a
 * reporting verb after the clause it is the speaker. Returns the speaker and where the clause starts.
 *
 * @example
 * genericTopic(t, 0, 20); // 애슐리는 “…” → { speaker: { text: "애슐리", kind: "unresolved", … }, after: 5 }
 */
export function genericTopic(t: QuoteText, regionStart: number, end: number): { speaker: Speaker; after: number } | null {
  const { text, words, lex } = t;
  let i = firstWordAtOrAfter(words, regionStart);
  while (i < words.length && (words[i] as Word).end <= end && (isSetting(t, words[i] as Word) || lex.has("continuation", (words[i] as Word).trimmed))) i++;
  const npFirst = i;
  for (let k = i; k < words.length && k < npFirst + 5; k++) {
    const w = words[k] as Word;
    if (w.end > end || QUOTE_CHARS.test(text.slice(w.start, w.end))) return null;
    if (josaPatterns().topicEnd.test(w.trimmed) && w.end === w.coreEnd) {
      const start = (words[npFirst] as Word).start;
      let headEnd = w.coreEnd - 1;
      // 업계에서는, 시장에서는: the place is the speaker, without 에서.
      if (text.slice(start, headEnd).endsWith("에서") && headEnd - 2 > start) headEnd -= 2;
      const name = text.slice(start, headEnd);
      const speaker: Speaker = { start, end: headEnd, text: name, id: null, name, kind: "unresolved" };
      return { speaker, after: (words[k + 1] as Word | undefined)?.start ?? w.end };
    }
    if (w.end !== w.coreEnd || /[을를이가에로와과도며고다서면게]$/u.test(w.trimmed)) return null;
  }
  return null;
}

/**
 * The speaker of a quote nested in another: the first non-pronoun speaker inside the outer quote
 * before it (“김 대표는 ‘…’고 말했다”), else none.
 *
 * @example
 * nestedSpeaker(t, finder, outer, inner); // → 김 대표
 */
export function nestedSpeaker(t: QuoteText, finder: SpeakerFinder, outerOpen: number, innerOpen: number): Speaker | null {
  const { words } = t;
  const first = Math.max(firstWordAtOrAfter(words, outerOpen + 1), wordAtOrBefore(words, innerOpen) - WINDOW);
  for (let i = first; i < words.length && (words[i] as Word).end <= innerOpen; i++) {
    const hit = finder.atWord(i);
    if (hit && !finder.isPronounHit(hit)) return hit.speaker;
  }
  return null;
}

/**
 * The speakers coordinated before a speaker (기획재정부와 한국은행은, 삼성전자·SK하이닉스는): the
 * mentions joined to it by 와/과/및/·/쉼표, in text order, the given speaker last. At most 6.
 *
 * @example
 * coordinated(t, finder, 한국은행); // 기획재정부와 한국은행은 → [기획재정부, 한국은행]
 */
export function coordinated(t: QuoteText, finder: SpeakerFinder, speaker: Speaker): Speaker[] {
  const { text } = t;
  const out: Speaker[] = [speaker];
  let at = speaker.start;
  for (let n = 0; n < 5; n++) {
    const m = /(?:(와|과)\s+|\s*(?:및)\s+|\s*[·ㆍ,]\s*)$/u.exec(text.slice(Math.max(0, at - 6), at));
    if (!m) break;
    const joinStart = at - m[0].length;
    const end = m[1] ? joinStart : joinStart;
    const prev = finder.mentionEndingAt(end);
    if (!prev || prev.kind !== speaker.kind) break;
    out.unshift(prev);
    at = prev.start;
  }
  return out;
}

/**
 * A headline-style speaker: a short phrase alone on its line before the quote, no verb after it.
 *
 * @example
 * headlineSpeaker(t, finder, 6); // 트렌드포스 “D램 가격 더 오른다” → 트렌드포스; 업계 “…” → 업계 (anonymous)
 */
export function headlineSpeaker(t: QuoteText, finder: SpeakerFinder, open: number): Speaker | null {
  const { text, lex } = t;
  let ls = open;
  while (ls > 0 && text[ls - 1] !== "\n" && open - ls < 40) ls--;
  if (ls > 0 && text[ls - 1] !== "\n") return null;
  const before = text.slice(ls, open);
  const m = /^(\s*)([^\s"“”‘’,.]+(?:\s[^\s"“”‘’,.]+)?)\s*$/u.exec(before);
  if (!m) return null;
  const start = ls + (m[1] as string).length;
  const end = start + (m[2] as string).length;
  const mention = finder.mentionEndingAt(end);
  if (mention && mention.start >= start) return mention;
  const phrase = text.slice(start, end);
  if (/[은는이가을를에서도의]$/u.test(phrase) && !lex.has("anonymous", phrase)) return null;
  return { start, end, text: phrase, id: null, name: phrase, kind: lex.has("anonymous", phrase) || phrase === "업계" ? "anonymous" : "organization" };
}
