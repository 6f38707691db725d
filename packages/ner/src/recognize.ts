import type { Entity } from "@sinmun/core";
import type { Candidate } from "./candidates";
import { RANK, selectCandidates } from "./candidates";
import { docId, resolveCoreference } from "./coreference";
import type { DictionaryIndex, Pattern } from "./dictionaryIndex";
import { scanDictionary } from "./dictionaryIndex";
import { leftBoundaryOk, rightBoundaryOk, splitWords } from "./eojeol";
import { latinNameCandidates } from "./latinNames";
import type { RuleData } from "./ruleData";
import { morphologyCandidates, orgSuffixCandidates, personTitleCandidates } from "./rules";
import type { RecognizeOptions } from "./types";

const ACRONYM = /[(（]([A-Za-z][A-Za-z0-9&.\-]{1,9})[)）]/g;

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
  for (const h of ambiguousHits) {
    const p = resolveAmbiguous(index, h.patterns, support);
    const rec = p ? index.records[p.record] : undefined;
    if (rec) cands.push({ start: h.start, end: h.end, label: rec.label, id: rec.id, name: rec.name, source: "dictionary", rank: RANK.dictionary });
  }
  // 2. Rules.
  const words = splitWords(text);
  const dictEnds = new Set(cands.map((c) => c.end));
  const orgs = orgSuffixCandidates(text, words, rules, (end) => dictEnds.has(end));
  cands.push(...orgs);
  const orgStart = new Map<number, number>();
  for (const c of cands) {
    if (c.label !== "ORG") continue;
    const prev = orgStart.get(c.end);
    if (prev === undefined || c.start < prev) orgStart.set(c.end, c.start);
  }
  const sentences = options.sentences ?? [];
  const sentenceOf = (offset: number): number => {
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (s && offset >= s.start && offset < s.end) return i;
    }
    return -1;
  };
  const knownShort = (s: string): boolean =>
    cands.some((c) => c.label === "PERSON" && c.name !== null && c.name.includes(" ") && c.name.endsWith(" " + s));
  cands.push(...personTitleCandidates(words, rules, (end) => orgStart.get(end), sentenceOf, knownShort));
  if (/[A-Z][A-Za-z]*\s+[A-Z]/.test(text)) cands.push(...latinNameCandidates(text));
  if (options.tokens && options.tokens.length > 0) cands.push(...morphologyCandidates(options.tokens, text));
  // A rule or morphology find may contain a dictionary match but never cut one in half.
  const dict = cands.filter((c) => c.source === "dictionary");
  const crosses = (c: Candidate): boolean =>
    c.source !== "dictionary" && dict.some((d) => c.start < d.end && d.start < c.end && !(c.start <= d.start && d.end <= c.end));
  for (let i = cands.length - 1; i >= 0; i--) if (crosses(cands[i] as Candidate)) cands.splice(i, 1);
  let selected = selectCandidates(cands);
  // 3. Acronyms introduced in parentheses: 아마존웹서비스(AWS) makes AWS a document alias.
  const docAliases: Candidate[] = [];
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    const acr = m[1] as string;
    if (rules.acronymStoplist.has(acr) || !/[A-Z].*[A-Z]|^[A-Z]/.test(acr)) continue;
    let k = m.index;
    while (k > 0 && text[k - 1] === " ") k--;
    const owner = selected.find((c) => c.end === k && c.label !== "PERSON");
    if (!owner) continue;
    if (owner.id === null) {
      owner.name = text.slice(owner.start, owner.end).replace(/\s+/g, " ");
      owner.id = docId(owner.name);
    }
    for (let i = text.indexOf(acr); i !== -1; i = text.indexOf(acr, i + 1)) {
      const end = i + acr.length;
      if (!leftBoundaryOk(text, i) || !rightBoundaryOk(text, end, rules)) continue;
      docAliases.push({ start: i, end, label: owner.label, id: owner.id, name: owner.name, source: owner.source, rank: RANK.docAlias, rule: "acronym" });
    }
  }
  if (docAliases.length > 0) {
    const spans = docAliases.map((d) => [d.start, d.end] as const);
    selected = selectCandidates([...cands.filter((c) => !spans.some(([s, e]) => c.start < e && s < c.end && c.end - c.start <= e - s)), ...docAliases]);
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
