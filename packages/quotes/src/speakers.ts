import type { Entity, Speaker, Token } from "@sinmun/core";
import type { Lexicon } from "./lexicon";
import { partitionPoint, type Word } from "./textIndex";

/** What a word says about being a speaker: the speaker, and the josa it carries. */
export interface SpeakerHit {
  speaker: Speaker;
  josa: string;
}

export interface SpeakerContext {
  text: string;
  words: readonly Word[];
  entities: readonly Entity[];
  tokens?: readonly Token[] | undefined;
  lex: Lexicon;
  lookup?: ((id: string) => { meta?: Record<string, unknown> } | undefined) | undefined;
  /** True when a position lies inside a quotation (persons there are poor antecedents for 그). */
  insideQuote?: (pos: number) => boolean;
}

const SUBJECT_JOSA = ["께서는", "께서", "은", "는", "이", "가", "도"] as const;
const TOPIC_JOSA = new Set(["께서는", "께서", "은", "는", "도"]);
const HANGUL_NAME = /^[가-힣]{2,4}$/u;
const QUOTE_MARK = /["“”‘’「」『』]/u;
const NP_STOP = /[은는을를에로도과와가고며다면게자,.”’"']$/u;
/** Nouns whose last syllable looks like a josa: 경제학과, 연구소 … */
const NP_NOUN_END = /(학과|학부|대학교|센터|소비자|투자자)$/u;

/** True when the josa marks a topic (은/는): the usual speaker slot of a news sentence. */
export function isTopicJosa(josa: string): boolean {
  return TOPIC_JOSA.has(josa);
}

/** Number of entities of a start-sorted list that start before pos (binary search). */
function countBefore(list: readonly Entity[], pos: number): number {
  return partitionPoint(list.length, (i) => (list[i] as Entity).start < pos);
}

/**
 * Recognises speakers: entity mentions, name + organization + title appositions, pronouns and
 * title references resolved to an earlier person, anonymous sources, organization forms.
 */
export function createSpeakerFinder(ctx: SpeakerContext) {
  const { text, words, lex } = ctx;
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
  const insideQuote = ctx.insideQuote ?? (() => false);
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
      if (insideQuote(e.start) || !/^(은|는|이|가)(?![가-힣])/u.test(text.slice(e.end, e.end + 2))) continue;
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
    const subj = lastBefore(persons, pos, (e) => !insideQuote(e.start) && inSubjectPosition(e));
    const cand = subj ?? lastBefore(persons, pos, (e) => !insideQuote(e.start));
    if (lastNamed && lastNamed.pos < pos && (!cand || lastNamed.pos >= cand.start)) return lastNamed;
    return cand;
  }

  /** True when the mention heads a subject: 젠슨 황 엔비디아 CEO가 …, not 이재용 회장과 …. */
  function inSubjectPosition(e: Entity): boolean {
    const tail = text.slice(e.end, e.end + 60).split(/[,.“"‘(]/u)[0] ?? "";
    const parts = tail.split(/\s+/u).filter((x) => x !== "");
    const glued = text.slice(e.end, e.end + 3);
    if (/^(은|는|이|가|께서)(\s|$)/u.test(glued)) return true;
    if (/^\S/u.test(glued)) return false;
    for (const w of parts.slice(0, 4)) {
      if (/(은|는|이|가|께서)$/u.test(w)) return true;
      if (/(과|와|의|에게|을|를|에|로)$/u.test(w)) return false;
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
      if (w.end !== w.coreEnd || (NP_STOP.test(w.core) && !NP_NOUN_END.test(w.core)) || /["“”‘’「」]/u.test(w.core)) break;
      if (w.core.length > 1 && /[한던된할인]$/u.test(w.core) && !lex.has("surname", w.core)) break;
      if (lex.has("time", w.core) || lex.has("continuation", w.core) || /^\d+(일|월|년)/u.test(w.core)) break;
      s = k;
    }
    return s;
  }

  const tokens = ctx.tokens ?? [];
  const tokensSorted = tokens.every((t, i) => i === 0 || (tokens[i - 1] as { start: number }).start <= t.start);
  function personTokenName(start: number, end: number): boolean {
    if (!ctx.tokens) return false;
    // Sorted tokens: from the first starting at `start`, only those starting before `end` can fit.
    let i = 0;
    if (tokensSorted) {
      let hi = tokens.length;
      while (i < hi) {
        const mid = (i + hi) >> 1;
        if ((tokens[mid] as { start: number }).start < start) i = mid + 1;
        else hi = mid;
      }
    }
    for (; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (tokensSorted && t.start >= end) break;
      if (t.start >= start && t.end <= end && t.pos.startsWith("NNP") && t.semantic === "인명") return true;
    }
    return false;
  }

  /**
   * The speaker named by a head (the text from the noun phrase's head word up to `headEnd`,
   * the josa already removed). `wi` is the index of the word holding the head.
   */
  function fromHead(wi: number, headStart: number, headEnd: number): Speaker | null {
    const head = text.slice(headStart, headEnd);
    if (head === "") return null;
    let ent = entityByEnd.get(headEnd);
    if (!ent && head.endsWith(")") && head.includes("(")) ent = entityByEnd.get(headStart + head.lastIndexOf("("));
    if (ent) return fromEntity(ent, ent.start, headEnd);
    if (lex.has("pronoun", head)) {
      const p = salientPerson(headStart);
      return p
        ? { ...span(headStart, headEnd), id: p.id === "" ? null : p.id, name: p.name, kind: "named" }
        : { ...span(headStart, headEnd), id: null, name: null, kind: "unresolved" };
    }
    const short = namePart(head, headStart);
    if (short) return { ...span(headStart, headEnd), id: short.id === "" ? null : short.id, name: short.name, kind: "named" };
    const title = titleOf(head);
    if (title) {
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
        return e
          ? { ...span(best.start, headEnd), id: e.id === "" ? null : e.id, name: e.name, kind: "named" }
          : fromEntity(best, best.start, headEnd);
      }
      if (best) return fromEntity(best);
      // A short form of a person named earlier: 파월 의장은, 피차이 CEO는.
      for (let k = s; k < wi; k++) {
        const w = words[k] as Word;
        // Before a title even one syllable is enough: 쿡 CEO, 수 CEO.
        const known = namePart(w.core, w.start, 1);
        if (known) {
          const end = w.core.length === 1 || lex.has("surname", w.core) ? headEnd : w.coreEnd;
          return { ...span(w.start, end), id: known.id === "" ? null : known.id, name: known.name, kind: "named" };
        }
      }
      const prev = words[wi - 1];
      if (prev && wi - 1 >= s && lex.has("surname", prev.core)) {
        const e = resolveTitleRef(prev.core, title, prev.start);
        if (e) return { ...span(prev.start, headEnd), id: e.id === "" ? null : e.id, name: e.name, kind: "named" };
        if (prev.core !== "한") return { ...span(prev.start, headEnd), id: null, name: text.slice(prev.start, headEnd), kind: "unresolved" };
      }
      // A name the recognizer missed, at the start of the apposition: 김하늘 한빛증권 연구원은.
      const w0 = words[s] as Word;
      if (s < wi && HANGUL_NAME.test(w0.core) && lex.has("surname", w0.core.slice(0, 1)) && !entityByEnd.has(w0.coreEnd)
        && !lex.has("anonymous", w0.core) && !lex.has("organization", w0.core)
        && (personTokenName(w0.start, w0.coreEnd) || (!ctx.tokens && w0.core.length === 3))) {
        return { ...span(w0.start, w0.coreEnd), id: null, name: w0.core, kind: "named" };
      }
    }
    // 한 가입자는, 한 증권사 연구원은: a determiner makes any head an anonymous source.
    {
      const s = npStart(wi, 3);
      const w0 = words[s] as Word;
      const between = words.slice(s + 1, wi) as Word[];
      if (s < wi && w0.core === "한" && !QUOTE_MARK.test(head) && between.every((w) => !/이$/u.test(w.core))) {
        return { ...span(w0.start, headEnd), id: null, name: text.slice(w0.start, headEnd), kind: "anonymous" };
      }
    }
    {
      const a = suffixIn("anonymous", head, 4);
      if (a !== undefined) {
        const s = npStart(wi, 3);
        const start = Math.min((words[s] as Word).start, headStart);
        return { ...span(start, headEnd), id: null, name: text.slice(start, headEnd), kind: "anonymous" };
      }
    }
    if (lex.has("organization-pronoun", head)) {
      const prev = words[wi - 1];
      const demonstrative = prev !== undefined && (prev.core === "이" || prev.core === "같은");
      const start = demonstrative ? prev.start : headStart;
      // 이 회사, 같은 회사: the company just named; a bare 회사, 당사: the article's topic company.
      const o = demonstrative ? lastBefore(orgs, start) : salientOrg(start);
      return o
        ? { ...span(start, headEnd), id: o.id, name: o.name, kind: "organization" }
        : { ...span(start, headEnd), id: null, name: text.slice(start, headEnd), kind: "organization" };
    }
    {
      const f = lex.has("organization", head) ? head : suffixIn("organization", head, 64, 2);
      if (f !== undefined) {
        if (head === f) {
          const prev = words[wi - 1];
          if (prev && prev.end === prev.coreEnd && !NP_STOP.test(prev.core) && !lex.has("time", prev.core)
            && !lex.has("continuation", prev.core) && !/\d/u.test(prev.core)) {
            const pe = entityByEnd.get(prev.coreEnd);
            if (pe && pe.label === "ORG") return { ...fromEntity(pe, pe.start, headEnd), kind: "organization" };
            const known = lastBefore(orgs, prev.start, (e) => e.text === prev.core || e.name === prev.core);
            if (known) return { ...span(prev.start, headEnd), id: known.id, name: known.name, kind: "organization" };
            if (lex.has("organization-pronoun", prev.core)) {
              // 회사 측은: the article's topic company; 이 회사 측은: the company just named.
              const det = words[wi - 2];
              const o = det && det.end === det.coreEnd && (det.core === "이" || det.core === "같은") ? lastBefore(orgs, prev.start) : salientOrg(prev.start);
              return o
                ? { ...span(prev.start, headEnd), id: o.id, name: o.name, kind: "organization" }
                : { ...span(prev.start, headEnd), id: null, name: text.slice(prev.start, headEnd), kind: "organization" };
            }
            return { ...span(prev.start, headEnd), id: null, name: text.slice(prev.start, headEnd), kind: "organization" };
          }
          // A bare 측 names nobody; 검찰, 정부 alone do.
          return head === "측" ? null : { ...span(headStart, headEnd), id: null, name: head, kind: "organization" };
        }
        return { ...span(headStart, headEnd), id: null, name: head, kind: "organization" };
      }
    }
    if (personTokenName(headStart, headEnd)) return { ...span(headStart, headEnd), id: null, name: head, kind: "named" };
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
    if (!w || /["“”‘’「」『』]/u.test(text.slice(w.start, w.end))) return null;
    for (const josa of SUBJECT_JOSA) {
      if (w.core.endsWith(josa) && w.core.length > josa.length) {
        const headEnd = w.coreEnd - josa.length;
        const s = fromHead(wi, w.start, headEnd);
        if (s) return { speaker: s, josa };
      }
    }
    // 로이터통신에 따르면
    if (w.core.endsWith("에") && words[wi + 1]?.core === "따르면") {
      const s = fromHead(wi, w.start, w.coreEnd - 1);
      if (s) return { speaker: s, josa: "에 따르면" };
    }
    return null;
  }

  /** The speaker named by a bare noun phrase ending at word wi (`…다는 게 회사 측 설명이다`). */
  function atBareWord(wi: number): Speaker | null {
    const w = words[wi];
    if (!w) return null;
    const core = w.core.endsWith("의") ? w.core.slice(0, -1) : w.core;
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
    const m = /(은|는|이|가)$/u.exec(w.core);
    if (!m || !titleOf(w.core.slice(0, -1))) continue;
    const s0 = npStart(wi, 4);
    const w0 = words[s0] as Word;
    if (s0 < wi && HANGUL_NAME.test(w0.core) && lex.has("surname", w0.core.slice(0, 1)) && !entityByEnd.has(w0.coreEnd)
      && !persons.some((e) => e.start <= w0.start && e.end >= w0.coreEnd) && !namePart(w0.core, w0.start)
      && !lex.has("anonymous", w0.core) && !lex.has("organization", w0.core) && !lex.has("title", w0.core)
      && (personTokenName(w0.start, w0.coreEnd) || (!ctx.tokens && w0.core.length === 3))) {
      const guess: Entity = { start: w0.start, end: w0.coreEnd, text: w0.core, label: "PERSON", id: "", name: w0.core, source: "rule" };
      persons.push(guess);
      indexPerson(guess);
      entityByEnd.set(guess.end, guess);
    }
  }
  persons.sort((a, b) => a.start - b.start);

  /** The latest person named before pos and after from, outside quotes (the interviewee of a Q&A). */
  function recentPerson(from: number, pos: number): Speaker | null {
    const e = lastBefore(persons, pos, (x) => x.start >= from && !insideQuote(x.start));
    return e ? fromEntity(e) : null;
  }

  return { atWord, atBareWord, isPronounHit, noteSpeaker, recentPerson };
}
