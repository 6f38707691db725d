import type { Entity } from "@sinmun/core";
import type { Candidate } from "./candidates";
import { RANK, selectCandidates, spanIndex } from "./candidates";
import { docId, resolveCoreference } from "./coreference";
import type { DictionaryIndex, Pattern } from "./dictionaryIndex";
import { scanDictionary } from "./dictionaryIndex";
import { isJosaSequence, leftBoundaryOk, rightBoundaryOk, splitWords } from "./eojeol";
import { latinNameCandidates } from "./latinNames";
import type { RuleData } from "./ruleData";
import { acronymOrgCandidates, morphologyCandidates, orgSuffixCandidates, personTitleCandidates, surnameSsiCandidates, surnameTitleCandidates } from "./rules";
import type { RecognizeOptions } from "./types";

const ACRONYM = /[(（]([A-Za-z][A-Za-z0-9&.\-]{1,9})[)）]/g;

/** Appends items one by one (a spread push overflows the stack on very long documents). */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const x of items) target.push(x);
}

/** Picks the entity an ambiguous alias names, from document support; null when nothing supports one. */
function resolveAmbiguous(index: DictionaryIndex, options: Pattern[], support: Map<string, number>): Pattern | null {
  let best: Pattern | null = null;
  let bestScore = 0;
  for (const p of options) {
    const rec = index.records[p.record];
    if (!rec) continue;
    let score = 0;
    for (const r of index.related.get(rec.id) ?? [rec.id]) score += support.get(r) ?? 0;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** The whole pipeline: dictionary, rules, morphology, document aliases, selection, coreference. */
export function recognizeText(index: DictionaryIndex, rules: RuleData, text: string, options: RecognizeOptions = {}): Entity[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const cands: Candidate[] = [];
  // 1. Dictionary, with particle-aware boundaries.
  const support = new Map<string, number>();
  const ambiguousHits: { start: number; end: number; patterns: Pattern[] }[] = [];
  for (const h of scanDictionary(index, text)) {
    if (!leftBoundaryOk(text, h.start) || !rightBoundaryOk(text, h.end, rules)) continue;
    const plain = h.patterns.find((p) => !p.ambiguous);
    if (plain) {
      const rec = index.records[plain.record];
      if (!rec) continue;
      cands.push({ start: h.start, end: h.end, label: rec.label, id: rec.id, name: rec.name, source: "dictionary", rank: RANK.dictionary });
      support.set(rec.id, (support.get(rec.id) ?? 0) + 1);
    } else ambiguousHits.push(h);
  }
  // Coordination context: 엔비디아와 메타의, 상하이와 선전 — an ambiguous alias listed next to an
  // unambiguous entity of the same label names that kind of entity.
  const plain = cands.slice();
  // A real separator is required: 와/과/이나/및 or a comma or middle dot (a bare space is apposition: 거래소 코인베이스).
  const SEP = /^(?:(?:와|과|이나|나|및)\s*(?:,|·|ㆍ|\/)?|\s*(?:,|및|·|ㆍ|\/))\s*$/;
  // Places may also stand side by side (미국 조지아, 인도 뭄바이: country and city).
  const sep = (gap: string, label: string): boolean => SEP.test(gap) || (label === "LOC" && /^ $/.test(gap));
  const plainByEnd = new Map<number, Candidate[]>();
  const plainByStart = new Map<number, Candidate[]>();
  for (const c of plain) {
    const e = plainByEnd.get(c.end);
    if (e) e.push(c);
    else plainByEnd.set(c.end, [c]);
    const b = plainByStart.get(c.start);
    if (b) b.push(c);
    else plainByStart.set(c.start, [c]);
  }
  const coordinated = (start: number, end: number, label: string): boolean => {
    for (let d = 1; d <= 4; d++) {
      if ((plainByEnd.get(start - d) ?? []).some((c) => c.label === label && sep(text.slice(c.end, start), label))) return true;
      if ((plainByStart.get(end + d) ?? []).some((c) => c.label === label && sep(text.slice(end, c.start), label))) return true;
    }
    return false;
  };
  // NP context: 알파벳 주가는, 메타 측은 — a cue word after the alias marks an organization.
  const orgCueAfter = (end: number): boolean => {
    const m = /^[가-힣]*\s+([가-힣A-Za-z]+)/.exec(text.slice(end, end + 20));
    if (!m) return false;
    const next = m[1] as string;
    for (let k = next.length; k >= 1; k--) if (rules.orgCues.has(next.slice(0, k))) return true;
    return false;
  };
  // Platform context: 엑스에 올린 글, X에 썼다, 엑스 계정, 엑스(옛 트위터)에 — the platform, not the company.
  const platformCueAfter = (end: number): boolean => {
    const m = /^(\([^()]{1,20}\))?(에서|에|의)?(\s+)?([가-힣]+)?/.exec(text.slice(end, end + 40));
    if (!m) return false;
    const [, paren, josa, space, next] = m;
    if (paren && /트위터|Twitter/i.test(paren) && (josa === "에" || josa === "에서")) return true;
    if (!next || (!josa && !space) || (josa && !space)) return false;
    for (let k = next.length; k >= 1; k--) {
      if (rules.platformCues.has(next.slice(0, k)) && isJosaSequence(next.slice(k), rules)) return true;
    }
    return false;
  };
  const unresolved: { start: number; end: number; patterns: Pattern[] }[] = [];
  for (const h of ambiguousHits) {
    let p: Pattern | null = null;
    if (platformCueAfter(h.end)) p = h.patterns.find((q) => index.records[q.record]?.label === "PRODUCT") ?? null;
    if (!p) p = resolveAmbiguous(index, h.patterns, support);
    if (!p) p = h.patterns.find((q) => coordinated(h.start, h.end, index.records[q.record]?.label ?? "")) ?? null;
    if (!p && orgCueAfter(h.end)) p = h.patterns.find((q) => index.records[q.record]?.label === "ORG") ?? null;
    const rec = p ? index.records[p.record] : undefined;
    if (rec) cands.push({ start: h.start, end: h.end, label: rec.label, id: rec.id, name: rec.name, source: "dictionary", rank: RANK.dictionary });
    else unresolved.push(h);
  }
  // 2. Rules.
  const words = splitWords(text);
  const dictEnds = new Set(cands.map((c) => c.end));
  const orgs = orgSuffixCandidates(text, words, rules, (end) => dictEnds.has(end));
  pushAll(cands, orgs);
  // A rule organization's name repeated later in the document is the same organization.
  const orgStarts = new Set(orgs.map((o) => o.start));
  for (const name of new Set(orgs.map((o) => text.slice(o.start, o.end)))) {
    if (name.length < 2) continue;
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (orgStarts.has(i) || !leftBoundaryOk(text, i) || !rightBoundaryOk(text, end, rules)) continue;
      cands.push({ start: i, end, label: "ORG", id: null, name: null, source: "rule", rank: RANK.rule, rule: "org-repeat" });
    }
  }
  const orgStart = new Map<number, number>();
  for (const c of cands) {
    if (c.label !== "ORG") continue;
    const prev = orgStart.get(c.end);
    if (prev === undefined || c.start < prev) orgStart.set(c.end, c.start);
  }
  const sentences = options.sentences ?? [];
  // Disjoint sentences in order (as splitSentences gives them): binary search; otherwise a scan.
  const disjointSentences = sentences.every((x, i) => i === 0 || (sentences[i - 1] as { end: number }).end <= x.start);
  const sentenceOf = (offset: number): number => {
    if (disjointSentences) {
      let lo = 0;
      let hi = sentences.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sentences[mid] as { start: number }).start <= offset) lo = mid + 1;
        else hi = mid;
      }
      const s = sentences[lo - 1];
      return s && offset >= s.start && offset < s.end ? lo - 1 : -1;
    }
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (s && offset >= s.start && offset < s.end) return i;
    }
    return -1;
  };
  const shortNames = new Set<string>();
  for (const c of cands) {
    if (c.label === "PERSON" && c.name !== null && c.name.includes(" ")) shortNames.add(c.name.slice(c.name.lastIndexOf(" ") + 1));
  }
  const knownShort = (s: string): boolean => shortNames.has(s);
  const tokens = options.tokens ?? [];
  const tokensDisjoint = tokens.every((t, i) => i === 0 || (tokens[i - 1] as { end: number }).end <= t.start);
  const properNoun = (start: number, end: number): boolean => {
    let inside: typeof tokens;
    if (tokensDisjoint) {
      // Disjoint tokens in order: the overlapping ones sit just before the first token starting at `end`.
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((tokens[mid] as { start: number }).start < end) lo = mid + 1;
        else hi = mid;
      }
      inside = [];
      for (let i = lo - 1; i >= 0 && (tokens[i] as { end: number }).end > start; i--) inside.unshift(tokens[i]!);
    } else inside = tokens.filter((t) => t.start < end && start < t.end);
    return inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end && (inside[0]!.tags[0] ?? inside[0]!.pos) === "NNP";
  };
  const dictPersons = spanIndex(cands.filter((c) => c.source === "dictionary" && c.label === "PERSON"));
  pushAll(cands, personTitleCandidates(words, rules, (end) => orgStart.get(end), sentenceOf, knownShort, properNoun).filter((c) => !dictPersons.overlaps(c.start, c.end)));
  {
    const before = spanIndex(cands);
    pushAll(cands, surnameTitleCandidates(words, rules).filter((c) => !before.overlaps(c.start, c.end)));
  }
  if (text.includes("씨")) pushAll(cands, surnameSsiCandidates(text, rules).filter((c) => !dictPersons.overlaps(c.start, c.end)));
  if (/[A-Za-z]\s+[A-Z]/.test(text)) pushAll(cands, latinNameCandidates(text));
  // Latin person finds that swallowed a following organization (Ruth Porat Alphabet) are cut before it.
  for (const c of cands) {
    if (c.source !== "rule" || c.rule !== "latin-compromise" || c.label !== "PERSON") continue;
    const inner = cands.find((d) => d.source === "dictionary" && d.label !== "PERSON" && c.start < d.start && d.end <= c.end);
    if (inner) {
      let e = inner.start;
      while (e > c.start && /\s/.test(text[e - 1] as string)) e--;
      c.end = /\s/.test(text.slice(c.start, e)) ? e : c.start;
    }
  }
  {
    const known = spanIndex([...cands, ...unresolved]);
    // An alias the dictionary marks ambiguous and the document does not support stays unlinked.
    pushAll(cands, acronymOrgCandidates(text, rules).filter((a) => !known.overlaps(a.start, a.end)));
  }
  if (options.tokens && options.tokens.length > 0) {
    // Morphology is the weakest evidence: it only fills gaps that dictionary and rules leave.
    const known = spanIndex(cands);
    const unresolvedAt = new Map<string, { start: number; end: number; patterns: Pattern[] }>();
    for (const h of unresolved) if (!unresolvedAt.has(`${h.start}:${h.end}`)) unresolvedAt.set(`${h.start}:${h.end}`, h);
    for (const m of morphologyCandidates(options.tokens, text)) {
      if (known.overlaps(m.start, m.end)) continue;
      // Whole words only (한국어 is not 한국), particles allowed.
      if (!leftBoundaryOk(text, m.start) || !rightBoundaryOk(text, m.end, rules)) continue;
      // The tokenizer's 인명/지명 resolves an ambiguous dictionary alias of that label (인도 → india).
      const amb = unresolvedAt.get(`${m.start}:${m.end}`);
      const rec = amb?.patterns.map((p) => index.records[p.record]).find((r) => r?.label === m.label);
      if (rec) cands.push({ ...m, id: rec.id, name: rec.name, source: "dictionary", rank: RANK.dictionary });
      else cands.push(m);
    }
  }
  // A rule or morphology find may contain a dictionary match but never cut one in half.
  // d crosses c when it starts before c and ends inside it, or starts inside it and ends after it.
  const dict = spanIndex(cands.filter((c) => c.source === "dictionary"));
  const crosses = (c: Candidate): boolean =>
    c.source !== "dictionary" && (dict.maxEndBefore(c.start) > c.start || dict.maxEndBefore(c.end) > c.end);
  {
    let w = 0;
    for (const c of cands) if (!crosses(c)) cands[w++] = c;
    cands.length = w;
  }
  let selected = selectCandidates(cands);
  // 3. Acronyms introduced in parentheses: 아마존웹서비스(AWS) makes AWS a document alias.
  const docAliases: Candidate[] = [];
  const selectedByEnd = new Map<number, Candidate>();
  for (const c of selected) if (c.label !== "PERSON" && !selectedByEnd.has(c.end)) selectedByEnd.set(c.end, c);
  const selectedIndex = spanIndex(selected);
  const expanded = new Set<string>();
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    const acr = m[1] as string;
    if (rules.acronymStoplist.has(acr) || !/[A-Z].*[A-Z]|^[A-Z]/.test(acr)) continue;
    let k = m.index;
    while (k > 0 && text[k - 1] === " ") k--;
    let owner = selectedByEnd.get(k);
    if (!owner) {
      // 사우디전력공사(SEC): a Hangul name ending in an organization suffix owns the acronym.
      const w = /[가-힣A-Za-z0-9]+$/.exec(text.slice(Math.max(0, k - 30), k));
      const word = w?.[0] ?? "";
      const suf = rules.acronymOwnerSuffixes.find((x) => word.length > x.length + 1 && word.endsWith(x));
      if (!suf || rules.notOrgs.has(word) || selectedIndex.overlaps(k - word.length, k)) continue;
      owner = { start: k - word.length, end: k, label: "ORG", id: null, name: null, source: "rule", rank: RANK.rule, rule: "acronym-owner" };
      cands.push(owner);
      docAliases.push(owner);
    }
    if (owner.id === null) {
      owner.name = text.slice(owner.start, owner.end).replace(/\s+/g, " ");
      owner.id = docId(owner.name);
    }
    // Each acronym is expanded once: a later owner's copies would lose to the first's (same spans, stable order).
    if (expanded.has(acr)) continue;
    expanded.add(acr);
    for (let i = text.indexOf(acr); i !== -1; i = text.indexOf(acr, i + 1)) {
      const end = i + acr.length;
      if (!leftBoundaryOk(text, i) || !rightBoundaryOk(text, end, rules)) continue;
      docAliases.push({ start: i, end, label: owner.label, id: owner.id, name: owner.name, source: owner.source, rank: RANK.docAlias, rule: "acronym" });
    }
  }
  if (docAliases.length > 0) {
    // Drop candidates overlapped by a doc alias at least as long; aliases sorted by start, looked up in a window.
    const spans = docAliases.map((d) => [d.start, d.end] as const).sort((x, y) => x[0] - y[0]);
    const maxLen = spans.reduce((m, [s, e]) => Math.max(m, e - s), 0);
    const beaten = (c: Candidate): boolean => {
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((spans[mid] as readonly [number, number])[0] < c.end) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0; i--) {
        const [s, e] = spans[i] as readonly [number, number];
        if (s < c.start - maxLen) break;
        if (c.start < e && s < c.end && c.end - c.start <= e - s) return true;
      }
      return false;
    };
    selected = selectCandidates([...cands.filter((c) => !beaten(c)), ...docAliases]);
  }
  // 4. Coreference.
  const { mentions, clusters } = resolveCoreference(text, selected, rules, (id) => {
    const i = index.byId.get(id);
    return i === undefined ? undefined : index.records[i]?.name;
  });
  // Rule clusters adopt their first mention's id for acronym aliases copied before ids existed.
  const out: Entity[] = [];
  let lastEnd = -1;
  for (const m of selectCandidates(mentions)) {
    if (m.start < lastEnd) continue;
    lastEnd = m.end;
    const id = m.id ?? "doc:unknown";
    const cluster = clusters.get(id);
    out.push({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      label: m.label,
      id,
      name: cluster?.name ?? m.name ?? text.slice(m.start, m.end),
      source: m.source,
    });
  }
  return out;
}
