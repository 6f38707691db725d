import type { Token } from "@sinmun/core";
import type { Candidate } from "../candidates";
import { RANK, spanIndex } from "../candidates";
import type { DictionaryHit } from "../dictionaryIndex";
import { leftBoundaryOk, rightBoundaryOk, syllables } from "../eojeol";
import { isKoreanName, isTitleWord } from "../rules";
import type { EntityRecord } from "../types";
import type { PassContext } from "./context";

/** Place aliases that are also economy words, and what after them shows the economy is meant. */
const ECONOMY_READING: Record<string, RegExp> = {
  경기: /^(?:를|가|는|도|의|와|\s?(?:침체|회복|둔화|부양|하강|선행|동행|지표|전망|부진|반등|개선|악화|위축|과열|변동|민감|방어|순환|흐름|상황|사이클|불황|호황|우려|심리))/,
};

/**
 * NNP tokens with ko-dic semantic 인명 (PERSON) or 지명 (LOC); adjacent ones in one eojeol merge, and
 * person tokens in adjacent eojeols one space apart too (프랑크 베옌스). One-syllable finds (김, 북) are
 * dropped: too ambiguous without a title or 씨.
 *
 * @example
 * morphologyCandidates([{ start: 0, end: 3, pos: "NNP", tags: ["NNP"], semantic: "인명", … }], "홍길동이").map((c) => c.label); // → ["PERSON"]
 */
export function morphologyCandidates(tokens: readonly Token[], text: string): Candidate[] {
  const out: Candidate[] = [];
  let cur: Candidate | null = null;
  let curEojeol = -1;
  for (const tk of tokens) {
    const label = tk.tags[0] === "NNP" || tk.pos === "NNP" ? (tk.semantic === "인명" ? "PERSON" : tk.semantic === "지명" ? "LOC" : null) : null;
    const valid = label !== null && Number.isInteger(tk.start) && Number.isInteger(tk.end) && tk.start >= 0 && tk.end <= text.length && tk.start < tk.end;
    if (valid && cur && cur.label === label && ((curEojeol === tk.eojeol && cur.end === tk.start) || (label === "PERSON" && tk.eojeol === curEojeol + 1 && text.slice(cur.end, tk.start) === " "))) {
      cur.end = tk.end;
      curEojeol = tk.eojeol;
      continue;
    }
    if (cur) out.push(cur);
    cur = valid ? { start: tk.start, end: tk.end, label: label as "PERSON" | "LOC", id: null, name: null, source: "morphology", rank: RANK.morphology, rule: "morphology" } : null;
    curEojeol = tk.eojeol;
  }
  if (cur) out.push(cur);
  return out.filter((c) => syllables(text.slice(c.start, c.end)) !== 1);
}

/**
 * Pass 3, morphology: the weakest evidence, filling only the gaps the dictionary and rules leave.
 * Whole words only (한국어 is not 한국), particles allowed. A token's 인명/지명 also decides an
 * ambiguous dictionary alias of that label the document left unresolved (인도 + 지명 → india, source
 * `dictionary`). Returns the new candidates ([] without tokens).
 *
 * @example
 * morphologyPass(ctx("인도 뭄바이에서"), tokens, found, unresolved, records).map((c) => c.id); // → ["india"]
 */
export function morphologyPass(
  ctx: Pick<PassContext, "text" | "rules"> & Partial<Pick<PassContext, "words" | "wordAt">>,
  tokens: readonly Token[],
  found: readonly Candidate[],
  unresolved: readonly DictionaryHit[],
  records: readonly EntityRecord[],
): Candidate[] {
  const { text, rules } = ctx;
  const out: Candidate[] = [];
  if (tokens.length === 0) return out;
  const known = spanIndex(found);
  const unresolvedAt = new Map<string, DictionaryHit>();
  for (const h of unresolved) if (!unresolvedAt.has(`${h.start}:${h.end}`)) unresolvedAt.set(`${h.start}:${h.end}`, h);
  const persons = morphologyCandidates(tokens, text);
  // A PERSON needs evidence beyond the tag (마일스톤, 바이오, 순이 are tagged 인명 too): a full-name
  // shape, a title or 씨 next to it, or the same name elsewhere with such evidence.
  const evidenced = new Set<string>();
  const hasEvidence = (m: Candidate): boolean => {
    const surface = text.slice(m.start, m.end);
    if (isKoreanName(surface, rules)) return true;
    // 리드 호프먼: a name of several words, none of them a common word (동결 결정 is not).
    if (surface.includes(" ")) return surface.split(" ").every((p) => p !== "" && !rules.notNames.has(p));
    if (/^\(\d{1,3}\)/.test(text.slice(m.end, m.end + 5))) return true; // 홍길동(55)
    const { words, wordAt } = ctx;
    if (words && wordAt) {
      const wi = wordAt(m.start);
      const w = words[wi];
      if (w && w.end > m.end && /^(?:씨|기자|님)/.test(text.slice(m.end, w.end))) return true;
      if (w && w.end === m.end && isTitleWord(words[wi + 1], rules)) return true;
    }
    return false;
  };
  // Without evidence, one word of two or more syllables that no list calls a common word may stand
  // (탕웨이, 디카프리오: KLUE's film reviews name people bare); the common words that ko-dic tags 인명
  // (순이, 이와, 마일스톤, 바이오) are listed in dictionaries/titles/not-names.txt.
  const bareNameOk = (s: string): boolean => syllables(s) >= 2 && !rules.notNames.has(s);
  for (const m of persons) if (m.label === "PERSON" && hasEvidence(m)) evidenced.add(text.slice(m.start, m.end));
  for (const m of persons) {
    if (known.overlaps(m.start, m.end)) continue;
    if (!leftBoundaryOk(text, m.start) || !rightBoundaryOk(text, m.end, rules)) continue;
    if (m.label === "PERSON" && !evidenced.has(text.slice(m.start, m.end)) && !bareNameOk(text.slice(m.start, m.end))) continue;
    const amb = unresolvedAt.get(`${m.start}:${m.end}`);
    const rec = amb?.patterns.map((p) => records[p.record]).find((r) => r?.label === m.label);
    // 경기를 뒷받침, 경기 침체: the economy, not Gyeonggi Province, whatever the tag says.
    if (rec && rec.label === "LOC" && ECONOMY_READING[text.slice(m.start, m.end)]?.test(text.slice(m.end, m.end + 4))) continue;
    if (rec) out.push({ ...m, id: rec.id, name: rec.name, source: "dictionary", rank: RANK.dictionary });
    else out.push(m);
  }
  return out;
}
