import type { Token } from "@sinmun/core";
import type { Candidate } from "../candidates";
import { RANK, spanIndex } from "../candidates";
import type { DictionaryHit } from "../dictionaryIndex";
import { leftBoundaryOk, rightBoundaryOk, syllables } from "../eojeol";
import type { EntityRecord } from "../types";
import type { PassContext } from "./context";

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
  ctx: Pick<PassContext, "text" | "rules">,
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
  for (const m of morphologyCandidates(tokens, text)) {
    if (known.overlaps(m.start, m.end)) continue;
    if (!leftBoundaryOk(text, m.start) || !rightBoundaryOk(text, m.end, rules)) continue;
    const amb = unresolvedAt.get(`${m.start}:${m.end}`);
    const rec = amb?.patterns.map((p) => records[p.record]).find((r) => r?.label === m.label);
    if (rec) out.push({ ...m, id: rec.id, name: rec.name, source: "dictionary", rank: RANK.dictionary });
    else out.push(m);
  }
  return out;
}
