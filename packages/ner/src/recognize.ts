import type { Entity, Token } from "@sinmun/core";
import type { Candidate } from "./candidates";
import { dropCrossing, selectCandidates } from "./candidates";
import type { DictionaryIndex } from "./dictionaryIndex";
import { entityAttributes, type EntityAttributes } from "./entityAttributes";
import { acronymPass } from "./passes/acronymPass";
import type { PassContext } from "./passes/context";
import type { Cluster } from "./passes/coreferencePass";
import { contextPass } from "./passes/contextPass";
import { coreferencePass } from "./passes/coreferencePass";
import { dictionaryPass } from "./passes/dictionaryPass";
import { morphologyPass } from "./passes/morphologyPass";
import { rulesPass } from "./passes/rulesPass";

/**
 * The entities of the final mentions: non-overlapping (longest first), each with its cluster's id
 * and name, and with what its dictionary record knows when the id is a record's (`attributesOf`).
 */
function toEntities(text: string, mentions: readonly Candidate[], clusters: ReadonlyMap<string, Cluster>, attributesOf: (id: string) => EntityAttributes | undefined): Entity[] {
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
      ...attributesOf(id),
    });
  }
  return out;
}

/**
 * The whole recognizer as six passes: dictionary → rules → context → morphology → (selection) → acronyms →
 * coreference. Dictionary, rule and morphology candidates are pooled; rule finds that cut a
 * dictionary match in half are dropped; the longest non-overlapping ones are selected; acronyms in
 * parentheses add document aliases; coreference links the rest. A mention whose id is a record's
 * (dictionary-linked, or coreferent with such a mention) carries the record's type, ticker,
 * exchange and other meta attributes.
 *
 * @example
 * recognizePasses(buildIndex(bundledEntities()), passContext("오픈AI가 AWS와 손잡았다", ruleData()), []);
 * // → [{ text: "오픈AI", id: "openai", … }, { text: "AWS", id: "amazon-web-services", … }]
 */
export function recognizePasses(index: DictionaryIndex, ctx: PassContext, tokens: readonly Token[]): Entity[] {
  const dictionary = dictionaryPass(ctx, index);
  const rules = rulesPass(ctx, dictionary, tokens);
  const context = contextPass(ctx, [...dictionary.candidates, ...rules], index);
  const found = [...dictionary.candidates, ...rules, ...context];
  const morphology = morphologyPass(ctx, tokens, found, dictionary.unresolved, index.records);
  const candidates = dropCrossing([...found, ...morphology]);
  const selected = acronymPass(ctx, candidates, selectCandidates(candidates));
  const { mentions, clusters } = coreferencePass(ctx, selected, (id) => {
    const i = index.byId.get(id);
    return i === undefined ? undefined : index.records[i]?.name;
  });
  const attributesOf = (id: string): EntityAttributes | undefined => {
    const i = index.byId.get(id);
    const record = i === undefined ? undefined : index.records[i];
    return record === undefined ? undefined : entityAttributes(record);
  };
  return toEntities(ctx.text, mentions, clusters, attributesOf);
}
