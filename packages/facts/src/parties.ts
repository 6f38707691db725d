import { partitionPoint } from "@sinmun/core";
import type { Entity, Sentence } from "@sinmun/core";
import { findCues, findMetrics, isJosaRun, isWordChar, wordEnd } from "./scan";
import { loadWords } from "./words";

/** An organization, product or place a fact may name: an entity of the entities layer, or a name found here. */
export interface Party {
  start: number;
  end: number;
  text: string;
  id: string | null;
  name: string | null;
  label: string;
  /** The dictionary record's type (`company`, `media`, `institution`). */
  type?: string;
  /** The record's sector (`securities`, `market-research`) or kind (`central-bank`). */
  sector?: string;
  centralBank: boolean;
}

/** Endings of common nouns that open sentences (외환당국은, 증권업계는, 유가증권시장은, 외국인투자자는). */
const COMMON_ENDINGS = /(?:당국|업계|시장|정부|투자자|기관|증권가|관계자|전문가|소비자|외국인|개인|지수|환율|금리|들|별|로|에서|에|과|와|도|만)$/;

/** Words that are never a name, even after a type noun or at the start of a sentence. */
const NOT_NAMES = new Set(["회사", "업체", "기업", "당사", "동사", "이", "그", "같은", "해당", "한", "두", "세", "국내", "해외", "글로벌", "주요", "대형", "중소"]);

export function fromEntity(e: Entity): Party {
  const attrs = e.attributes ?? {};
  const sector = typeof attrs["sector"] === "string" ? (attrs["sector"] as string) : typeof attrs["kind"] === "string" ? (attrs["kind"] as string) : undefined;
  const owner = loadWords().owners.get(e.id);
  const p: Party = {
    start: e.start,
    end: e.end,
    text: e.text,
    id: owner ?? e.id ?? null,
    name: owner !== undefined ? null : (e.name ?? null),
    label: e.label,
    centralBank: attrs["type"] === "central-bank" || attrs["kind"] === "central-bank",
  };
  if (e.type !== undefined) p.type = e.type;
  if (sector !== undefined) p.sector = sector;
  return p;
}

/**
 * Company names no dictionary knows, as an editor reads them: the word after a type noun
 * (`코스닥 상장사 대명정밀은`, `장비업체 해솔테크 주가가`, `그리스 선사 카멜리아해운과`), then every
 * later mention of the same name with a particle (`대명정밀의`). The name is the word without its
 * particles; linear in the text.
 */
export function findNames(text: string, entities: readonly Entity[], sentences: readonly Sentence[]): Party[] {
  const { typeNouns } = loadWords();
  // a person the NER guessed for a word after a type noun (`간편결제 업체 온누리페이는`) is the company's name
  // entities are sorted by start and rarely nest: the few that start before `e` and may reach `s`
  const covered = (s: number, e: number): boolean => {
    const k = partitionPoint(entities.length, (i) => (entities[i] as Entity).start < e);
    for (let i = k - 1; i >= 0 && i >= k - 4; i--) {
      const x = entities[i] as Entity;
      if (x.label !== "PERSON" && x.start < e && s < x.end) return true;
    }
    return false;
  };
  const names = new Set<string>();
  const word = /[^\s,.·()“”"'‘’]+/g;
  // the word after a type noun
  for (const m of text.matchAll(word)) {
    const w = m[0];
    if (!typeNouns.some((t) => w === t || (w.endsWith(t) && w.length > t.length))) continue;
    const at = (m.index ?? 0) + w.length;
    if (text[at] !== " ") continue;
    const start = at + 1;
    const end = wordEnd(text, start, text.length);
    const stem = stemOf(text.slice(start, end));
    if (stem === null || covered(start, start + stem.length)) continue;
    names.add(stem);
  }
  // the first word of a sentence, with a subject, topic or genitive particle, when it looks like a company's name
  // (four letters or more, no common noun: `블루웨이브푸즈는`, `한울에너지의`; not `외환당국은`, `증권업계는`)
  for (const s of sentences) {
    const m = /^[\s"“‘']*([가-힣A-Za-z0-9&]{4,})(은|는|이|가|의)\s/.exec(text.slice(s.start, Math.min(s.end, s.start + 40)));
    if (m === null) continue;
    const stem = m[1] as string;
    const start = s.start + (m.index ?? 0) + m[0].indexOf(stem);
    if (COMMON_ENDINGS.test(stem) || covered(start, start + stem.length) || /\d/.test(stem)) continue;
    if (findMetrics(text, start, start + stem.length).length > 0 || findCues(text, start, start + stem.length).length > 0) continue;
    names.add(stem);
  }
  if (names.size === 0) return [];
  const out: Party[] = [];
  for (const m of text.matchAll(word)) {
    const start = m.index ?? 0;
    if (start > 0 && isWordChar(text[start - 1])) continue;
    const stem = stemOf(m[0]);
    if (stem === null || !names.has(stem) || covered(start, start + stem.length)) continue;
    out.push({ start, end: start + stem.length, text: stem, id: null, name: stem, label: "ORG", centralBank: false });
  }
  return out;
}

/** The name in a word (`대명정밀은` → `대명정밀`, `온누리페이는` → `온누리페이`), or null when the word is no name: the word less its last particle (one syllable first), or the whole word. */
function stemOf(w: string): string | null {
  for (const n of [1, 2, 3, 0]) {
    if (w.length - n < 2) continue;
    const stem = w.slice(0, w.length - n);
    if (n > 0 && !isJosaRun(w.slice(w.length - n))) continue;
    if (NOT_NAMES.has(stem) || !/^[가-힣A-Za-z0-9&]+$/.test(stem)) return null;
    return stem;
  }
  return null;
}
