// A news-like corpus for benchmarks, generated from templates written for this project (no text
// copied from anywhere): Korean business-news sentences about real companies (facts: names and
// roles) with invented figures and quotes. Deterministic for a seed.

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANIES: [string, string, string][] = [
  // name, person, title
  ["삼성전자", "이재용", "회장"],
  ["SK하이닉스", "곽노정", "사장"],
  ["LG에너지솔루션", "김동명", "사장"],
  ["현대자동차", "정의선", "회장"],
  ["네이버", "최수연", "대표"],
  ["카카오", "정신아", "대표"],
  ["포스코홀딩스", "장인화", "회장"],
  ["셀트리온", "서정진", "회장"],
  ["SK그룹", "최태원", "회장"],
  ["LG그룹", "구광모", "회장"],
  ["한화에어로스페이스", "손재일", "대표"],
  ["엔비디아", "젠슨 황", "최고경영자"],
  ["테슬라", "일론 머스크", "최고경영자"],
  ["TSMC", "웨이저자", "회장"],
];
const PLACES = ["서울", "판교", "평택", "울산", "미국 텍사스", "베트남 하노이", "독일 베를린", "일본 도쿄", "인도 뉴델리"];
const PRODUCTS = ["고대역폭메모리", "전기차 배터리", "인공지능 반도체", "폴더블 스마트폰", "수소연료전지", "클라우드 서비스", "바이오시밀러"];
const QUARTERS = ["1분기", "2분기", "3분기", "4분기", "상반기", "하반기"];
const CUES = ["말했다", "밝혔다", "강조했다", "설명했다", "덧붙였다"];
const DIRECT = [
  "시장 상황이 어렵지만 투자는 줄이지 않겠다",
  "내년에는 수익성이 눈에 띄게 좋아질 것이다",
  "고객이 원하는 제품을 가장 먼저 내놓는 것이 목표다",
  "공급망 위험에 대비해 생산 거점을 넓히고 있다",
  "이번 계약은 회사 역사상 가장 큰 규모다",
  "주주 환원 정책을 꾸준히 이어가겠다",
];
const INDIRECT = ["수요 회복이 예상보다 빠르다", "가격 인상은 당분간 없다", "추가 인수합병을 검토하고 있다", "연구개발 인력을 두 배로 늘리겠다"];
const SCARE = ["‘초격차’", "‘게임 체인저’", "‘퍼스트 무버’", "‘위기 속 기회’"];

/** Whether a word's last sound has a final consonant (batchim); Latin letters by their Korean reading. */
function batchim(word: string): { has: boolean; rieul: boolean } {
  const last = word.trim().slice(-1);
  const c = last.charCodeAt(0);
  if (c >= 0xac00 && c <= 0xd7a3) {
    const jong = (c - 0xac00) % 28;
    return { has: jong !== 0, rieul: jong === 8 };
  }
  if (/[0-9]/.test(last)) return { has: "0136780".includes(last), rieul: "178".includes(last) };
  return { has: "LMNRlmnr".includes(last), rieul: "Ll".includes(last) };
}

/** Attaches the josa form that fits the word: josa(w, "은", "는"), josa(w, "으로", "로"). */
function josa(word: string, withBatchim: string, without: string): string {
  const b = batchim(word);
  if (withBatchim === "으로") return word + (b.has && !b.rieul ? "으로" : "로");
  return word + (b.has ? withBatchim : without);
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const group = (n: number): string => n.toLocaleString("en-US");

function money(r: () => number): string {
  switch (int(r, 0, 4)) {
    case 0:
      return `${int(r, 1, 79)}조 ${group(int(r, 1, 9) * 1000 + int(r, 0, 9) * 100)}억 원`;
    case 1:
      return `${group(int(r, 100, 9999))}억 원`;
    case 2:
      return `${int(r, 1, 990)}억 달러`;
    case 3:
      return `약 ${int(r, 2, 95)}조 원`;
    default:
      return `${int(r, 1, 99)}.${int(r, 1, 9)}억 유로`;
  }
}
const percent = (r: () => number): string => `${int(r, 0, 48)}.${int(r, 0, 9)}%`;

function sentence(r: () => number): string {
  const [co, person, title] = pick(r, COMPANIES);
  const [co2] = pick(r, COMPANIES);
  switch (int(r, 0, 9)) {
    case 0:
      return `${josa(co, "은", "는")} 올해 ${pick(r, QUARTERS)} 매출이 ${josa(money(r), "으로", "로")} 전년 같은 기간보다 ${percent(r)} 늘었다고 공시했다.`;
    case 1:
      return `영업이익은 ${josa(money(r), "으로", "로")} 시장 전망치를 ${int(r, 1, 30)}% 웃돌았다.`;
    case 2:
      return `“${pick(r, DIRECT)}”라고 ${person} ${co} ${josa(title, "이", "가")} ${pick(r, CUES)}.`;
    case 3:
      return `${person} ${josa(title, "은", "는")} ${pick(r, PLACES)}에서 열린 간담회에서 “${pick(r, DIRECT)}”고 ${pick(r, CUES)}.`;
    case 4:
      return `${co} 관계자는 ${pick(r, INDIRECT)}고 ${pick(r, CUES)}.`;
    case 5:
      return `${josa(co, "은", "는")} ${pick(r, PLACES)}에 ${josa(money(r), "을", "를")} 들여 ${pick(r, PRODUCTS)} 공장을 짓기로 했다.`;
    case 6:
      return `이날 ${co} 주가는 전 거래일보다 ${percent(r)} 오른 ${group(int(r, 10, 900) * 100)}원에 거래를 마쳤다.`;
    case 7:
      return `${josa(co, "과", "와")} ${josa(co2, "은", "는")} ${pick(r, PRODUCTS)} 분야에서 ${int(r, 2, 10)}년간 협력하는 업무협약을 맺었다.`;
    case 8:
      return `업계에서는 ${co}의 ${pick(r, SCARE)} 전략이 효과를 내고 있다는 평가가 나온다.`;
    default:
      return `한국은행은 기준금리를 연 ${int(r, 2, 3)}.${pick(r, ["00", "25", "50", "75"])}%로 ${int(r, 0, 1) ? "동결했다" : "0.25%p 내렸다"}.`;
  }
}

/** One generated news document: a headline-less article of 6–12 sentences. */
export interface NewsDoc {
  id: string;
  text: string;
}

/**
 * Generates `n` news-like documents, deterministic for `seed`.
 *
 * @example
 * generateCorpus(2, 42)[0].text; // "삼성전자는 올해 3분기 매출이 … 늘었다고 공시했다. …"
 */
export function generateCorpus(n: number, seed = 20261128): NewsDoc[] {
  const r = rng(seed);
  const docs: NewsDoc[] = [];
  for (let i = 0; i < n; i++) {
    const k = int(r, 6, 12);
    const sents: string[] = [];
    for (let j = 0; j < k; j++) sents.push(sentence(r));
    docs.push({ id: `bench-${String(i).padStart(5, "0")}`, text: sents.join(" ") });
  }
  return docs;
}
