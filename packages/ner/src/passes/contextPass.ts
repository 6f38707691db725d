import type { Candidate } from "../candidates";
import { RANK, spanIndex } from "../candidates";
import type { DictionaryIndex } from "../dictionaryIndex";
import { CharClass, charClass, isJosaSequence, leftBoundaryOk, maxJosaTail, rightBoundaryOk, syllables } from "../eojeol";
import { matchKey } from "../matchKey";
import type { RuleData } from "../ruleData";
import { josaPatterns } from "../rules";
import type { PassContext } from "./context";

/** One-letter country abbreviations of headlines and ledes (한·미, 북·러) and the places they name. */
const COUNTRY_LETTERS: Record<string, string> = { 한: "south-korea", 미: "united-states", 중: "china", 일: "japan", 북: "north-korea", 러: "russia", 영: "united-kingdom", 독: "germany", 불: "france", 인: "india" };
/** Words after a bare 미 that make it the United States: 미 정부, 미 국채, 미 증시. */
const US_HEADS = /^(?:정부|당국|행정부|의회|하원|상원|대통령|국채|증시|대선|법원|대법원|국방부|국무부|재무부|상무부|연준|군|당국자|정부는|정부가|정부의)/;
/** Type nouns that head compounds too (회사 로고, 기업 이미지): taken only after a modifier or a place. */
const GENERIC_TYPE_NOUNS = new Set(["회사", "기업", "업체", "기업체", "자회사", "계열사", "모회사", "경쟁사", "고객사", "협력사", "합작사", "펀드", "투자사", "투자회사", "제조사", "부품사", "장비사", "소재사", "유통사", "인수사"]);
/** Words before a generic type noun that make it an apposition: 국내 기업, 다국적 기업, 중국계 업체. */
const TYPE_MODIFIERS = new Set(["국내", "해외", "외국", "외국계", "글로벌", "다국적", "미국계", "중국계", "일본계", "유럽계", "토종", "신생", "상장", "비상장", "IT", "AI", "바이오", "반도체", "배터리", "전기차", "자동차", "게임", "핀테크", "플랫폼", "소프트웨어", "보안", "물류", "유통", "화장품", "식품", "에너지", "로봇", "드론", "우주", "방산", "조선", "철강", "화학", "소재", "부품", "장비", "의료기기", "헬스케어", "이커머스", "온라인", "모바일", "클라우드", "통신", "금융", "투자", "벤처", "스타트업", "간편결제", "결제", "커머스", "가전", "여행", "숙박", "배달", "콘텐츠", "엔터테인먼트", "광고", "교육", "부동산", "건설", "패션", "뷰티", "의류", "식음료", "제약", "이차전지", "2차전지", "항공", "해운", "웹툰", "가상자산", "암호화폐", "보험", "원전", "태양광", "풍력", "수소", "석유화학", "소프트웨어"]);
/** Particles that also end many names (테슬라, 혼다, 라이고): never cut off as a tail. */
const NAME_FINAL_TAILS = new Set(["라", "다", "고", "며", "면", "나", "란", "산", "발", "님", "들", "씨", "등", "쪽", "측"]);
/** Longest type noun looked for at the end of a word (code units). */
const MAX_TYPE_NOUN = 8;
/** Longest name a context rule takes (code units): longer runs are not one name. */
const MAX_NAME = 30;
/** Words before a parenthesis that open a list of acquired or held companies: 이마트(이베이코리아, 스타벅스코리아). */
const LIST_SEPARATORS = /[,，、·ㆍ]/;
/** Verbs of deals and reporting whose sentence-initial subject is an organization: 인수했다, 밝혔다. */
const DEAL_VERB = /(?:인수|합병|매각|투자|출시|체결|발표|공개|선보|밝혔|개발|수주|공급|상장|설립|출자)/;

/** A name word cut from its particles: 트렌드포스는 → 트렌드포스, 얀센(Janssen)은 → 얀센. */
function bareName(word: string, rules: RuleData): string | null {
  let t = word;
  const p = t.search(/[(（]/);
  if (p > 0) t = t.slice(0, p);
  t = t.replace(/[,.·…:;!?"'”’)\]]+$/, "");
  if (t === "" || t.length > MAX_NAME + maxJosaTail(rules)) return null;
  // The shortest name with a particle tail (얀센은 → 얀센), but not a copula-like syllable that ends
  // many names (테슬라, 혼다): those tails are taken only as the whole word.
  for (let k = Math.max(2, t.length - maxJosaTail(rules)); k <= t.length; k++) {
    const tail = t.slice(k);
    if (!isJosaSequence(tail, rules) || NAME_FINAL_TAILS.has(tail)) continue;
    // The name ends in a Hangul syllable, a Latin letter or a digit, and the particles follow it.
    if (tail !== "" && charClass(t, k) !== CharClass.Hangul) continue;
    return t.slice(0, k);
  }
  return null;
}

/** Whether `s` may be an organization's name: Hangul/Latin/digit/& only, not a common noun, title or type noun. */
function plausibleOrgName(s: string, rules: RuleData): boolean {
  if (s.length < 2 || s.length > MAX_NAME) return false;
  const first = charClass(s, 0);
  if (first !== CharClass.Hangul && first !== CharClass.Latin) return false;
  if (!/^[가-힣A-Za-z0-9&]+$/.test(s)) return false;
  const n = syllables(s);
  if (n === 1) return false;
  if (first === CharClass.Latin && !/[A-Z]/.test(s[0] as string)) return false;
  if (rules.notNames.has(s) || rules.notOrgs.has(s) || rules.titles.has(s) || rules.stemsNotNames.has(s) || rules.typeNouns.has(s)) return false;
  if (rules.acronymStoplist.has(s)) return false;
  if (n > 0 && josaPatterns(rules).josaFinal.test(s)) return false;
  return true;
}

/** Whether the word (cut from particles and punctuation) is a bare type noun or ends in one: 제약사, 글로벌제약사. */
function typeNounEnd(word: string, rules: RuleData): boolean {
  const t = word.replace(/^["'“‘(（\[]+/, "");
  if (rules.typeNouns.has(t)) return true;
  // 글로벌제약사, 외주업체: a longer word ending in a specific type noun (not 회사, 업체: 외주업체 직원).
  for (let k = Math.max(1, t.length - MAX_TYPE_NOUN); k < t.length - 2; k++) {
    const tail = t.slice(k);
    if (rules.typeNouns.has(tail) && !GENERIC_TYPE_NOUNS.has(tail) && tail !== "항공사") return true;
  }
  return false;
}

const keysByIndex = new WeakMap<DictionaryIndex, Map<string, number>>();
/** The ORG record whose name or alias has this match key (the first in id order), if any. */
function orgRecordFor(index: DictionaryIndex, name: string): number | undefined {
  let keys = keysByIndex.get(index);
  if (!keys) {
    keys = new Map();
    index.records.forEach((r, i) => {
      if (r.label !== "ORG") return;
      for (const a of [r.name, ...r.aliases]) {
        const k = matchKey(a);
        if (!keys!.has(k)) keys!.set(k, i);
      }
    });
    keysByIndex.set(index, keys);
  }
  return keys.get(matchKey(name));
}

/**
 * Pass 2b, context: organizations outside the dictionary found as an editor finds them — after a
 * type noun (`다국적 제약사 얀센`, `시장조사업체 트렌드포스는`, `전기차 업체 체리자동차와`), listed in
 * parentheses after an organization (`이마트(이베이코리아, 스타벅스코리아)`), or as the sentence-initial
 * subject of a deal or reporting verb when the name recurs elsewhere in the document (`한빛랩은 …를
 * 인수했다고 밝혔다. … 한빛랩의`); and every later mention of such a name with particles. A name whose
 * match key is a bundled ORG's name or alias links to that record (source still `context`). Linear:
 * each word is looked at a bounded number of times, parentheses are scanned up to the next bracket.
 *
 * @example
 * contextPass(ctx("다국적 제약사 얀센은 … 얀센의"), found, index).map((c) => c.rule); // → ["context-type-noun", "context-repeat"]
 */
export function contextPass(ctx: PassContext, found: readonly Candidate[], index: DictionaryIndex): Candidate[] {
  const { text, rules, words } = ctx;
  const out: Candidate[] = [];
  const known = spanIndex(found);
  const taken = new Set<number>();
  const push = (start: number, name: string, rule: string): void => {
    const end = start + name.length;
    if (taken.has(start) || known.overlaps(start, end)) return;
    taken.add(start);
    const r = orgRecordFor(index, name);
    const rec = r === undefined ? undefined : index.records[r];
    out.push({ start, end, label: "ORG", id: rec?.id ?? null, name: rec?.name ?? null, source: "context", rank: RANK.rule, rule });
  };
  // Cities (dictionary places of kind city) by their end: 서울 → 서울 중구.
  const cityEnds = new Map<number, number>();
  for (const c of found) {
    if (c.label !== "LOC" || c.id === null) continue;
    const r = index.records[index.byId.get(c.id) ?? -1];
    if (r?.meta?.type === "city") cityEnds.set(c.end, c.start);
  }
  const orgEndsAll = new Set<number>();
  for (const c of found) orgEndsAll.add(c.end);
  const locEnds = new Set<number>();
  for (const c of found) if (c.label === "LOC") locEnds.add(c.end);
  // 1. A type noun right before the name: 제약사 얀센, 전기차 업체 체리자동차와, 시장조사업체 트렌드포스는.
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const joined = prev && prev.end + 1 === w.start ? prev.text + w.text : "";
    if (orgEndsAll.has(w.end)) continue; // 인천국제공항공사 is a name, not a type noun
    if (!typeNounEnd(w.text, rules) && !(joined !== "" && rules.typeNouns.has(joined.replace(/^["'“‘(（\[]+/, "")))) continue;
    // A generic type noun (회사 로고, 기업 이미지) is a compound's head more often than an apposition:
    // it needs a modifier before it (중국 업체 BYD, 국내 기업 한빛랩, 다국적 기업 X).
    const bare = w.text.replace(/^["'“‘(（\[]+/, "");
    if (GENERIC_TYPE_NOUNS.has(bare) && !(prev && prev.end + 1 === w.start && (TYPE_MODIFIERS.has(prev.text) || locEnds.has(prev.end)))) continue;
    const next = words[i + 1]!;
    if (next.start !== w.end + 1 || ctx.sentenceAt(next.start) !== ctx.sentenceAt(w.start)) continue;
    const name = bareName(next.text, rules);
    if (name === null || !plausibleOrgName(name, rules)) continue;
    // 회사 대표 → no: a title or another type noun after is a compound, not a name.
    push(next.start, name, "context-type-noun");
  }
  // 2. A list in parentheses after an organization: 이마트(이베이코리아, 스타벅스코리아).
  const orgEnds = new Set<number>();
  for (const c of found) if (c.label === "ORG") orgEnds.add(c.end);
  for (let i = text.indexOf("("); i !== -1; i = text.indexOf("(", i + 1)) {
    if (!orgEnds.has(i)) continue;
    // Up to the closing parenthesis, stopping at another opener or a line break (each unit read once).
    let j = i + 1;
    while (j < text.length && text[j] !== ")" && text[j] !== "(" && text[j] !== "\n") j++;
    if (text[j] !== ")") continue;
    const inner = text.slice(i + 1, j);
    if (!LIST_SEPARATORS.test(inner)) continue;
    let at = i + 1;
    const items: [number, string][] = [];
    for (const part of inner.split(/[,，、·ㆍ]/)) {
      const lead = part.length - part.trimStart().length;
      const item = part.trim();
      if (plausibleOrgName(item, rules) && !rules.typeNouns.has(item)) items.push([at + lead, item]);
      at += part.length + 1;
    }
    if (items.length >= 2) for (const [s, item] of items) push(s, item, "context-list");
    i = j;
  }
  // 3. The sentence-initial subject of a deal or reporting verb, when the name recurs: 한빛랩은 …를 인수했다고 밝혔다.
  const sentenceFirst = new Map<number, number>();
  for (let i = 0; i < words.length; i++) {
    const s = ctx.sentenceAt(words[i]!.start);
    if (s >= 0 && !sentenceFirst.has(s)) sentenceFirst.set(s, i);
  }
  const counts = new Map<string, number>();
  const subjects: [number, string, number][] = [];
  for (const [s, wi] of sentenceFirst) {
    const w = words[wi]!;
    const m = /^([가-힣A-Za-z0-9&]+?)(?:은|는|이|가)$/.exec(w.text);
    if (!m) continue;
    const name = m[1] as string;
    if (!plausibleOrgName(name, rules) || (syllables(name) > 0 && syllables(name) < 3)) continue;
    // The verb in the same sentence (within the next 40 words).
    let ok = false;
    for (let k = wi + 1; k < Math.min(words.length, wi + 40) && ctx.sentenceAt(words[k]!.start) === s; k++) {
      if (DEAL_VERB.test(words[k]!.text)) {
        ok = true;
        break;
      }
    }
    if (ok) subjects.push([w.start, name, s]);
  }
  if (subjects.length > 0) {
    const wanted = new Set(subjects.map(([, n]) => n));
    for (const w of words) {
      const n = bareName(w.text, rules);
      if (n !== null && wanted.has(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    for (const [start, name] of subjects) if ((counts.get(name) ?? 0) >= 2) push(start, name, "context-subject");
  }
  // 4. Every later mention of a context name with particles: 얀센의, 트렌드포스에 따르면.
  // 5. Places: country abbreviations chained with a middle dot (한·미, 한·미·일), 미 before an
  // organization or a government word (미 식품의약국, 미 정부), a district after a city (서울 중구).
  const locStartsAll = new Set<number>();
  for (const c of found) if (c.label === "ORG" || c.label === "LOC") locStartsAll.add(c.start);
  const pushLoc = (start: number, end: number, id: string | null, rule: string): void => {
    if (taken.has(start) || (id !== null && !index.byId.has(id))) return;
    if (known.overlaps(start, end) && rule !== "context-district") return;
    taken.add(start);
    const rec = id === null ? undefined : index.records[index.byId.get(id)!];
    out.push({ start, end, label: "LOC", id: rec?.id ?? null, name: rec?.name ?? null, source: "context", rank: RANK.rule, rule });
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lead = /^["'“‘(（\[]+/.exec(w.text)?.[0].length ?? 0;
    const t = w.text.slice(lead);
    const chain = /^[한미중일북러영독불인](?:[·ㆍ][한미중일북러영독불인])+/.exec(t);
    if (chain && isJosaSequence(t.slice(chain[0].length).replace(/[,.…:;!?"'”’)\]]+$/, ""), rules)) {
      for (let k = 0; k < chain[0].length; k += 2) pushLoc(w.start + lead + k, w.start + lead + k + 1, COUNTRY_LETTERS[chain[0][k] as string] ?? null, "context-country-abbrev");
      continue;
    }
    const next = words[i + 1];
    if (t === "미" && next && next.start === w.end + 1 && (locStartsAll.has(next.start) || US_HEADS.test(next.text))) {
      pushLoc(w.start + lead, w.end, "united-states", "context-country-abbrev");
      continue;
    }
    if (next && next.start === w.end + 1 && cityEnds.has(w.end)) {
      const d = /^([가-힣]{1,3}(?:구|군))(.*)$/.exec(next.text);
      if (d && !rules.notNames.has(d[1] as string) && isJosaSequence((d[2] as string).replace(/[,.…:;!?"'”’)\]]+$/, ""), rules)) {
        pushLoc(cityEnds.get(w.end)!, next.start + (d[1] as string).length, null, "context-district");
      }
    }
  }
  // One pass over the words (a name is one word), so thousands of names cost no more than one.
  const first = new Map<string, Candidate>();
  for (const c of out) if (!first.has(text.slice(c.start, c.end))) first.set(text.slice(c.start, c.end), c);
  if (first.size === 0) return out;
  for (const w of words) {
    const lead = /^["'“‘(（\[]+/.exec(w.text)?.[0].length ?? 0;
    const name = bareName(w.text.slice(lead), rules);
    const src = name === null ? undefined : first.get(name);
    if (!src || name === null) continue;
    const i = w.start + lead;
    const end = i + name.length;
    if (taken.has(i) || known.overlaps(i, end) || !leftBoundaryOk(text, i) || !rightBoundaryOk(text, end, rules)) continue;
    taken.add(i);
    out.push({ start: i, end, label: "ORG", id: src.id, name: src.name, source: "context", rank: RANK.rule, rule: "context-repeat" });
  }
  return out;
}
