// Generates Korean business-news-like text for the benchmark (sentences written for this project,
// combined at random with a fixed seed): amounts, dates, ranks, codes and plain prose.
const TEMPLATES = [
  "삼성전자는 {Q}분기 매출 {N}조{N3}억원, 영업이익 {N}조{N3}억원을 기록했다고 {D}일 공시했다.",
  "SK하이닉스(000660)는 {Y}년까지 용인 클러스터에 {N}00조원을 투자해 반도체 공장 {S}곳을 짓는다.",
  "한국은행은 기준금리를 {P}%에서 {P}%로 0.25%포인트 올렸으며, 시장은 25bp 추가 인상을 예상한다.",
  "엔비디아는 H100 {N}만 개를 공급하고, 오픈AI는 GPT-4 기반 서비스에 약 {N}{N}억 달러를 쓸 계획이다.",
  "원·달러 환율은 전날보다 {N}.{N}원 오른 1{N}{N}{N}.{N}원에 마감했고, 코스피는 {P}% 내린 2{N}{N}{N}.{N}{N}에 거래를 마쳤다.",
  "현대차는 지난달 미국에서 {N}만{N}{N}00대를 팔아 업계 {S}위에 올랐고 판매량은 {N}{N}% 늘었다.",
  "정부는 {Y}년 {M}월 {D}일 태양광 {N}GW와 해상풍력 {N}.{N}GW 보급 계획을 발표하며 연간 {N}TWh 발전을 목표로 제시했다.",
  "회사 측은 오후 {S}시 {N}0분 기자회견에서 직원 {N}{N}0여 명을 채용하고 {S}년간 {N},{N}{N}{N}억원을 투입한다고 밝혔다.",
  "문의는 02-{N}{N}{N}{N}-{N}{N}{N}{N}로 하면 되며, iOS 18과 안드로이드 15에서 모두 작동한다.",
  "국제유가는 배럴당 {N}{N}.{N}{N}달러로 {P}% 올랐고, 석유수출국기구는 하루 {N}00만 배럴 감산을 {S}개월 연장했다.",
  "이번 거래 규모는 10~20억 달러로 추정되며, 일부에서는 수십억 달러대에 이를 것이라는 관측도 나온다.",
  "그는 \"시장 점유율을 {N}{N}%p 끌어올리겠다\"고 말했지만, 업계는 {N}{N}% 안팎의 성장에 그칠 것으로 본다.",
  "국내 5대 그룹의 시가총액은 {N}{N}00조원을 넘었고, 30대 직원의 평균 연봉은 {N}천{N}백만원 수준이다.",
  "올해 철강 생산량은 {N}{N}00만t으로 전년보다 {N}.{N}% 줄었으며, 수출은 {N}{N}억 {N}천만 달러에 그쳤다.",
  "부동산 시장에서는 전용 84㎡ 아파트가 {N}{N}억 {N}000만원에 거래돼 최고가를 경신했다.",
];

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

/** About `bytes` bytes (UTF-8) of news-like text, deterministic for a seed. */
export function newsText(bytes: number, seed = 42): string {
  const r = rng(seed);
  const pick = (k: number) => Math.floor(r() * k);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const t = TEMPLATES[pick(TEMPLATES.length)] as string;
    const s = t.replace(/\{(N|N3|Q|D|Y|M|S|P)\}/g, (_m, k: string) => {
      switch (k) {
        case "N": return String(1 + pick(9));
        case "N3": return String(1000 + pick(9000));
        case "Q": return String(1 + pick(4));
        case "D": return String(1 + pick(28));
        case "Y": return String(2025 + pick(6));
        case "M": return String(1 + pick(12));
        case "S": return String(2 + pick(8));
        default: return `${pick(10)}.${pick(10)}`;
      }
    });
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
    if (parts.length % 6 === 0) parts.push("\n");
  }
  return parts.join(" ");
}
