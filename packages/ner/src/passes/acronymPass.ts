import { partitionPoint } from "@sinmun/core";
import type { Candidate } from "../candidates";
import { RANK, docId, selectCandidates, spanIndex } from "../candidates";
import { leftBoundaryOk, rightBoundaryOk } from "../eojeol";
import type { PassContext } from "./context";

/** A Latin acronym in parentheses: (AWS), （SEC）. */
const ACRONYM = /[(（]([A-Za-z][A-Za-z0-9&.\-]{1,9})[)）]/g;

/**
 * Pass 4, acronyms: an acronym in parentheses after a name makes it a document alias of that name,
 * everywhere in the text (아마존웹서비스(AWS) … AWS는), unless it is a common noun from the stoplist
 * (인공지능(AI)). The owner is the selected non-person entity ending just before the parenthesis, or a
 * Hangul word ending in an organization suffix (사우디전력공사(SEC), a new rule organization). Owners
 * without an id get their document id here (`doc:사우디전력공사`; the owner objects are updated in
 * place). A document alias beats what it overlaps unless that is longer. Returns the new selection:
 * `selected` itself when the text introduces no acronym.
 *
 * @example
 * acronymPass(ctx("아마존웹서비스(AWS)는 … AWS가"), candidates, selected).map((c) => c.rule); // → [undefined, "acronym", "acronym"]
 */
export function acronymPass(ctx: Pick<PassContext, "text" | "rules">, candidates: readonly Candidate[], selected: Candidate[]): Candidate[] {
  const { text, rules } = ctx;
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
  if (docAliases.length === 0) return selected;
  // Drop candidates overlapped by a doc alias at least as long; aliases sorted by start, looked up in a window.
  const spans = docAliases.map((d) => [d.start, d.end] as const).sort((x, y) => x[0] - y[0]);
  const maxLen = spans.reduce((m, [s, e]) => Math.max(m, e - s), 0);
  const beaten = (c: Candidate): boolean => {
    const lo = partitionPoint(spans.length, (i) => (spans[i] as readonly [number, number])[0] < c.end);
    for (let i = lo - 1; i >= 0; i--) {
      const [s, e] = spans[i] as readonly [number, number];
      if (s < c.start - maxLen) break;
      if (c.start < e && s < c.end && c.end - c.start <= e - s) return true;
    }
    return false;
  };
  return selectCandidates([...candidates.filter((c) => !beaten(c)), ...docAliases]);
}
