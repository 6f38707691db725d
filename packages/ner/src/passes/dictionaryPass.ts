import type { Candidate } from "../candidates";
import { RANK } from "../candidates";
import type { DictionaryHit, DictionaryIndex, Pattern } from "../dictionaryIndex";
import { scanDictionary } from "../dictionaryIndex";
import { isJosaSequence, leftBoundaryOk, rightBoundaryOk } from "../eojeol";
import type { PassContext } from "./context";

/** What the dictionary pass finds. */
export interface DictionaryPassResult {
  /** Unambiguous hits in text order, then the ambiguous hits the document resolves. */
  candidates: Candidate[];
  /** Ambiguous hits nothing in the document decides (the morphology pass may still resolve them). */
  unresolved: DictionaryHit[];
}

/**
 * A real separator between coordinated names: 와/과/이나/나/및 or a comma, middle dot or slash
 * (a bare space is apposition: 거래소 코인베이스).
 */
const SEP = /^(?:(?:와|과|이나|나|및)\s*(?:,|·|ㆍ|\/)?|\s*(?:,|및|·|ㆍ|\/))\s*$/;

/** Picks the entity an ambiguous alias names, from document support; null when nothing supports one. */
function bySupport(index: DictionaryIndex, options: readonly Pattern[], support: ReadonlyMap<string, number>): Pattern | null {
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

/**
 * Pass 1, dictionary: every alias of the dictionary automaton with particle-aware boundaries
 * (오픈AI가, AWS와의; never inside SMS or 삼성전자우). An ambiguous alias (메타, MS, 선전) is taken when
 * the document supports one of its entities, in this order: a platform cue after it (엑스에 올린 글 →
 * the PRODUCT), other mentions of the entity or a related one, coordination with an unambiguous
 * entity of the same label (엔비디아와 메타의), an organization cue after it (알파벳 주가는 → the ORG).
 *
 * @example
 * dictionaryPass(ctx("엔비디아와 메타의 협력"), index).candidates.map((c) => c.id); // → ["nvidia", "meta"]
 */
export function dictionaryPass(ctx: Pick<PassContext, "text" | "rules">, index: DictionaryIndex): DictionaryPassResult {
  const { text, rules } = ctx;
  const candidates: Candidate[] = [];
  const support = new Map<string, number>();
  const ambiguousHits: DictionaryHit[] = [];
  const fromRecord = (h: DictionaryHit, p: Pattern): Candidate | undefined => {
    const rec = index.records[p.record];
    return rec && { start: h.start, end: h.end, label: rec.label, id: rec.id, name: rec.name, source: "dictionary", rank: RANK.dictionary };
  };
  for (const h of scanDictionary(index, text)) {
    if (!leftBoundaryOk(text, h.start) || !rightBoundaryOk(text, h.end, rules)) continue;
    const plain = h.patterns.find((p) => !p.ambiguous);
    if (plain) {
      const c = fromRecord(h, plain);
      if (!c) continue;
      candidates.push(c);
      support.set(c.id as string, (support.get(c.id as string) ?? 0) + 1);
    } else ambiguousHits.push(h);
  }
  // Coordination: an ambiguous alias listed next to an unambiguous entity of the same label.
  // Places may also stand side by side (미국 조지아, 인도 뭄바이: country and city).
  const sep = (gap: string, label: string): boolean => SEP.test(gap) || (label === "LOC" && gap === " ");
  const plainByEnd = new Map<number, Candidate[]>();
  const plainByStart = new Map<number, Candidate[]>();
  for (const c of candidates) {
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
  const labelOf = (p: Pattern): string => index.records[p.record]?.label ?? "";
  const unresolved: DictionaryHit[] = [];
  for (const h of ambiguousHits) {
    let p: Pattern | null = null;
    if (platformCueAfter(h.end)) p = h.patterns.find((q) => labelOf(q) === "PRODUCT") ?? null;
    if (!p) p = bySupport(index, h.patterns, support);
    if (!p) p = h.patterns.find((q) => coordinated(h.start, h.end, labelOf(q))) ?? null;
    if (!p && orgCueAfter(h.end)) p = h.patterns.find((q) => labelOf(q) === "ORG") ?? null;
    const c = p ? fromRecord(h, p) : undefined;
    if (c) candidates.push(c);
    else unresolved.push(h);
  }
  return { candidates, unresolved };
}
