import { isWhiteSpace, partitionPoint, type Token } from "@sinmun/core";
import type { Candidate } from "../candidates";
import { RANK, spanIndex } from "../candidates";
import { isJosaSequence, leftBoundaryOk, maxJosaTail, rightBoundaryOk } from "../eojeol";
import { latinNameCandidates } from "../latinNames";
import { acronymOrgCandidates, orgSuffixCandidates, personTitleCandidates, surnameSsiCandidates, surnameTitleCandidates } from "../rules";
import type { PassContext } from "./context";
import type { DictionaryPassResult } from "./dictionaryPass";

/** Appends items one by one (a spread push overflows the stack on very long documents). */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const x of items) target.push(x);
}

/**
 * Whether the tokens make [start, end) exactly one NNP token. Disjoint tokens in order (as a
 * tokenizer gives them) are searched by binary search; anything else is scanned.
 */
function properNounCheck(tokens: readonly Token[]): (start: number, end: number) => boolean {
  const disjoint = tokens.every((t, i) => i === 0 || (tokens[i - 1] as Token).end <= t.start);
  return (start, end) => {
    let inside: Token[];
    if (disjoint) {
      // The tokens overlapping [start, end) sit just before the first token starting at `end`.
      const lo = partitionPoint(tokens.length, (i) => (tokens[i] as Token).start < end);
      inside = [];
      for (let i = lo - 1; i >= 0 && (tokens[i] as Token).end > start; i--) inside.unshift(tokens[i] as Token);
    } else inside = tokens.filter((t) => t.start < end && start < t.end);
    const only = inside[0];
    return inside.length === 1 && only !== undefined && only.start === start && only.end === end && (only.tags[0] ?? only.pos) === "NNP";
  };
}

/**
 * Pass 2, rules: what the dictionary lacks. Organizations by suffix (한빛증권, 알티미터 캐피탈,
 * ㈜한빛) and their repeats; persons before a title (이재용 삼성전자 회장, 샘 올트먼 오픈AI 최고경영자),
 * a surname before a title (박 회장은) or 씨 (김모(33)씨); Latin-script names (Lisa Su); bare capital
 * acronyms (IOC). `tokens` only help the one-word-before-a-title rule (one NNP token). Returns the
 * rule candidates in the order they were found; the dictionary's are not repeated.
 *
 * @example
 * rulesPass(ctx("이재용 삼성전자 회장은"), dictionaryPass(…), []).map((c) => c.rule); // → ["person-title-ko"]
 */
export function rulesPass(ctx: PassContext, dictionary: DictionaryPassResult, tokens: readonly Token[]): Candidate[] {
  const { text, rules, words } = ctx;
  const found = dictionary.candidates;
  const out: Candidate[] = [];
  const dictEnds = new Set(found.map((c) => c.end));
  // A dictionary name ends at `end`, or before particles that end there (알테오젠이 글로벌: not 알테오젠이 + 글로벌).
  const isEntityEnd = (end: number): boolean => {
    for (let k = 0; k <= maxJosaTail(rules) && k < end; k++) if (dictEnds.has(end - k) && isJosaSequence(text.slice(end - k, end), rules)) return true;
    return false;
  };
  const orgs = orgSuffixCandidates(text, words, rules, isEntityEnd);
  pushAll(out, orgs);
  // A rule organization's name repeated later in the document is the same organization.
  const orgStarts = new Set(orgs.map((o) => o.start));
  for (const name of new Set(orgs.map((o) => text.slice(o.start, o.end)))) {
    if (name.length < 2) continue;
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      const end = i + name.length;
      if (orgStarts.has(i) || !leftBoundaryOk(text, i) || !rightBoundaryOk(text, end, rules)) continue;
      out.push({ start: i, end, label: "ORG", id: null, name: null, source: "rule", rank: RANK.rule, rule: "org-repeat" });
    }
  }
  // The leftmost start of an organization (dictionary or rule) ending at each offset.
  const orgStart = new Map<number, number>();
  for (const c of [...found, ...out]) {
    if (c.label !== "ORG") continue;
    const prev = orgStart.get(c.end);
    if (prev === undefined || c.start < prev) orgStart.set(c.end, c.start);
  }
  // Last words of the dictionary's multi-word person names (올트먼 of 샘 올트먼).
  const shortNames = new Set<string>();
  for (const c of found) {
    if (c.label === "PERSON" && c.name !== null && c.name.includes(" ")) shortNames.add(c.name.slice(c.name.lastIndexOf(" ") + 1));
  }
  const dictPersons = spanIndex(found.filter((c) => c.label === "PERSON"));
  const persons = personTitleCandidates(words, rules, (end) => orgStart.get(end), (offset) => ctx.sentenceAt(offset), (s) => shortNames.has(s), properNounCheck(tokens));
  pushAll(out, persons.filter((c) => !dictPersons.overlaps(c.start, c.end)));
  {
    const before = spanIndex([...found, ...out]);
    pushAll(out, surnameTitleCandidates(words, rules).filter((c) => !before.overlaps(c.start, c.end)));
  }
  if (text.includes("씨")) pushAll(out, surnameSsiCandidates(text, rules).filter((c) => !dictPersons.overlaps(c.start, c.end)));
  if (/[A-Za-z]\s+[A-Z]/.test(text)) pushAll(out, latinNameCandidates(text));
  // Latin person finds that swallowed a following organization (Ruth Porat Alphabet) are cut before it
  // (to nothing when one word is left).
  for (const c of out) {
    if (c.rule !== "latin-compromise" || c.label !== "PERSON") continue;
    const inner = found.find((d) => d.label !== "PERSON" && c.start < d.start && d.end <= c.end);
    if (inner) {
      let e = inner.start;
      while (e > c.start && isWhiteSpace(text.charCodeAt(e - 1))) e--;
      c.end = /\s/.test(text.slice(c.start, e)) ? e : c.start;
    }
  }
  {
    // An alias the dictionary marks ambiguous and the document does not support stays unlinked.
    const known = spanIndex([...found, ...out, ...dictionary.unresolved]);
    pushAll(out, acronymOrgCandidates(text, rules).filter((a) => !known.overlaps(a.start, a.end)));
  }
  return out;
}
