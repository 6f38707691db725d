// Every rule of extractFacts on sentences written for these tests, analysed by the real pipeline
// (createAnalyzer from `sinmun` with its defaults, as `sinmun analyze` runs it).
import { createAnalyzer } from "sinmun";
import type { Analyzer } from "sinmun";
import { splitSentences } from "@sinmun/core";
import { findAmounts } from "@sinmun/normalizer";
import { extractFacts } from "../src/index";
import type { Fact } from "../src/index";

const REF = "2025-10-31";
let analyzer: Analyzer;

beforeAll(async () => {
  analyzer = (await createAnalyzer({ dates: { reference: REF } })) as unknown as Analyzer;
  await analyzer.ready();
}, 60_000);
afterAll(async () => {
  await analyzer.close();
});

/** A fact in the corpus source's short form: `subject metric value period key=value …`. */
function brief(f: Fact): string {
  const v = f.value === null ? "_" : `${f.value.decimal ?? f.value.maxDecimal ?? "null"}${f.value.unit ?? ""}`;
  // a document-local id (doc:…) compares by its text, as the scorer does
  const who = (p: Fact["subject"]): string => (p === null ? "_" : p.id !== null && !p.id.startsWith("doc:") ? p.id : p.text);
  const parts = [who(f.subject), f.metric.key, v, f.period?.value ?? "_"];
  if (f.segment !== null) parts.push(`seg=${f.segment}`);
  if (f.basis !== null) parts.push(`b=${f.basis}`);
  if (f.change !== null) parts.push(`ch=${f.change.direction}/${f.change.by === null ? "" : `${f.change.by.decimal}${f.change.by.unit ?? ""}`}/${f.change.base ?? ""}`);
  if (f.status !== "reported") parts.push(`st=${f.status}`);
  if (f.source !== null) parts.push(`src=${who(f.source)}`);
  if (f.counterparty !== null) parts.push(`cp=${who(f.counterparty)}`);
  if (f.duration !== null) parts.push(`dur=${f.duration.value}`);
  return parts.join(" ");
}

async function facts(text: string): Promise<string[]> {
  const doc = await analyzer.analyze({ text });
  return extractFacts(doc).map(brief);
}

describe("extractFacts", () => {
  test.each<[string, string, string[]]>([
    ["목록: 지표마다 뒤따르는 금액", "삼성전자는 2분기 매출 74조 원, 영업이익 4조7000억 원을 기록했다.", [
      "samsung-electronics revenue 74000000000000KRW 2025-04-01/2025-06-30",
      "samsung-electronics operating_profit 4700000000000KRW 2025-04-01/2025-06-30",
    ]],
    ["각각: 지표 목록과 금액 목록을 순서대로", "LG전자의 3분기 매출과 영업이익은 각각 21조 원, 7500억 원이었다.", [
      "lg-electronics revenue 21000000000000KRW 2025-07-01/2025-09-30",
      "lg-electronics operating_profit 750000000000KRW 2025-07-01/2025-09-30",
    ]],
    ["상속: 주어, 기간, 연결 기준이 문단에 이어진다", "SK하이닉스는 지난해 4분기 연결 기준 영업이익이 8조 원이었다. 순이익은 6조 원으로 집계됐다.", [
      "sk-hynix operating_profit 8000000000000KRW 2024-10-01/2024-12-31 b=consolidated",
      "sk-hynix net_profit 6000000000000KRW 2024-10-01/2024-12-31 b=consolidated",
    ]],
    ["변화만 말한 문장은 앞선 수치의 변화", "카카오는 3분기 매출 2조 원을 기록했다. 매출은 1년 전보다 5% 늘었다.", [
      "kakao revenue 2000000000000KRW 2025-07-01/2025-09-30 ch=up/5%/yoy",
    ]],
    ["절 안의 변화는 그 수치의 것", "네이버의 3분기 영업이익은 5000억 원으로, 전년 동기 대비 10% 늘었다.", [
      "naver operating_profit 500000000000KRW 2025-07-01/2025-09-30 ch=up/10%/yoy",
    ]],
    ["앞선 수치가 없는 변화는 값 없는 사실", "셀트리온의 3분기 영업이익은 지난해 같은 기간보다 20% 줄었다.", [
      "celltrion operating_profit _ 2025-07-01/2025-09-30 ch=down/20%/yoy",
    ]],
    ["부문: X부문", "삼성전자 DS부문의 3분기 영업이익은 3조 원이었다.", [
      "samsung-electronics operating_profit 3000000000000KRW 2025-07-01/2025-09-30 seg=DS",
    ]],
    ["대명사 주어와 회사 자신의 전망(가이던스)", "현대차는 3분기 매출이 46조 원이라고 밝혔다. 회사는 4분기 매출이 48조 원에 이를 것으로 전망했다.", [
      "hyundai-motor revenue 46000000000000KRW 2025-07-01/2025-09-30 src=hyundai-motor",
      "hyundai-motor revenue 48000000000000KRW 2025-10-01/2025-12-31 st=guidance src=hyundai-motor",
    ]],
    ["컨센서스: 기대치는 따로 한 사실", "기아의 3분기 영업이익은 2조5000억 원으로 시장 컨센서스인 2조8000억 원을 밑돌았다.", [
      "kia operating_profit 2500000000000KRW 2025-07-01/2025-09-30 ch=down//",
      "kia operating_profit 2800000000000KRW 2025-07-01/2025-09-30 st=consensus",
    ]],
    ["가이던스 명사", "엔비디아는 4분기 매출 가이던스를 650억 달러로 제시했다.", [
      "nvidia revenue 65000000000USD 2025-10-01/2025-12-31 st=guidance src=nvidia",
    ]],
    ["목표와 의지(하겠다)", "LG화학은 2030년까지 매출 60조 원을 달성하겠다고 밝혔다.", [
      "lg-chem revenue 60000000000000KRW ../2030-12-31 st=target src=lg-chem",
    ]],
    ["증권사의 추정: 증권사는 출처, 주어는 회사", "KB증권은 삼성전자의 4분기 영업이익을 20조 원으로 추정했다.", [
      "samsung-electronics operating_profit 20000000000000KRW 2025-10-01/2025-12-31 st=forecast src=kb-securities",
    ]],
    ["목표주가는 기간 없는 전망, 변화의 기준은 이전 값", "하나증권은 LG화학의 목표주가를 40만 원에서 35만 원으로 내렸다.", [
      "lg-chem price_target 350000KRW _ ch=down//previous st=forecast src=hana-securities",
    ]],
    ["계약: 상대방, 기간, 사건의 날짜", "LG에너지솔루션은 지난 3일 GM과 7년간 25조 원 규모의 배터리 공급 계약을 체결했다.", [
      "lg-energy-solution contract_value 25000000000000KRW 2025-10-03 cp=general-motors dur=P7Y",
    ]],
    ["괄호 속 약칭은 이름과 조사 사이에 선다: 상대방은 약칭이 아닌 이름의 조사로", "오픈AI가 아마존웹서비스(AWS)와 7년간 380억 달러 규모의 계약을 맺었다.", [
      "openai contract_value 38000000000USD _ cp=amazon-web-services dur=P7Y",
    ]],
    ["앞 문장의 계약이 금액 문장에 날짜와 상대를 준다", "두산에너빌리티는 지난 27일 한국수력원자력과 원전 설비 공급 계약을 맺었다. 계약 규모는 2조 원이다.", [
      "doosan-enerbility contract_value 2000000000000KRW 2025-10-27 cp=korea-hydro-and-nuclear-power",
    ]],
    ["금리: %p 변화와 이전 값", "한국은행은 이날 기준금리를 연 2.75%에서 2.50%로 0.25%p 인하했다.", [
      "bank-of-korea base_rate 2.5% 2025-10-31 ch=down/0.25%p/previous",
    ]],
    ["금리 동결", "한국은행 금융통화위원회는 이날 기준금리를 연 2.50%로 동결했다.", [
      "bank-of-korea base_rate 2.5% 2025-10-31 ch=flat//previous",
    ]],
    ["환율: 전 거래일보다 (주어 없음)", "원/달러 환율은 이날 전 거래일보다 5.3원 오른 1,435.2원에 마감했다.", [
      "_ fx_rate 1435.2KRW 2025-10-31 ch=up/5.3KRW/previous",
    ]],
    ["100엔당은 수치가 아니다", "이날 원/엔 환율은 100엔당 930.5원이었다.", [
      "_ fx_rate 930.5KRW 2025-10-31",
    ]],
    ["지수: 지수 이름이 segment, 시장의 날이 이어진다", "코스피는 이날 1.2% 오른 4,012.34에 장을 마쳤다. 코스닥 지수는 905.10으로 0.5% 내렸다.", [
      "_ index_level 4012.34 2025-10-31 seg=코스피 ch=up/1.2%/",
      "_ index_level 905.1 2025-10-31 seg=코스닥 ch=down/0.5%/",
    ]],
    ["흑자 전환: 값 없는 변화", "카카오는 3분기 영업이익이 흑자 전환했다.", [
      "kakao operating_profit _ 2025-07-01/2025-09-30 ch=up//",
    ]],
    ["흑자 전환: 값과 함께", "하이브는 3분기 영업이익이 300억 원으로 흑자로 돌아섰다.", [
      "hybe operating_profit 30000000000KRW 2025-07-01/2025-09-30 ch=up//",
    ]],
    ["…에 따르면: 그 문장과, 그것을 가리키는 문장(같은 집계)의 출처", "에프앤가이드에 따르면 네이버의 4분기 매출 컨센서스는 3조 원이다. 영업이익 컨센서스는 6000억 원이다. 같은 집계에서 카카오의 4분기 매출 컨센서스는 2조1000억 원이었다.", [
      "naver revenue 3000000000000KRW 2025-10-01/2025-12-31 st=consensus src=에프앤가이드",
      "naver operating_profit 600000000000KRW 2025-10-01/2025-12-31 st=consensus",
      "kakao revenue 2100000000000KRW 2025-10-01/2025-12-31 st=consensus src=에프앤가이드",
    ]],
    ["새 주제어의 병렬 절은 같은 지표", "시장조사업체 카운터포인트리서치에 따르면 3분기 삼성전자의 점유율은 20%였다. 애플은 17%였다.", [
      "samsung-electronics market_share 20% 2025-07-01/2025-09-30 src=counterpoint-research",
      "apple market_share 17% 2025-07-01/2025-09-30",
    ]],
    ["사전에 없는 회사: 유형 명사 뒤의 이름", "코스닥 상장사 한빛소재는 3분기 매출이 120억 원이라고 공시했다. 한빛소재의 영업이익은 15억 원이었다.", [
      "한빛소재 revenue 12000000000KRW 2025-07-01/2025-09-30 src=한빛소재",
      "한빛소재 operating_profit 1500000000KRW 2025-07-01/2025-09-30",
    ]],
    ["다른 명사의 목적어 뒤 금액은 그 명사의 것", "인수가는 한빛소재의 기업가치를 7000억 원으로 평가한 것이다.", []],
    ["다른 주제어의 금액은 지표를 잇지 않는다", "삼성전자의 3분기 매출은 79조 원이었다. 직원 평균 연봉은 1억3000만 원이다.", [
      "samsung-electronics revenue 79000000000000KRW 2025-07-01/2025-09-30",
    ]],
    ["다른 명사의 전망치는 컨센서스가 아니다", "한국은행은 이날 기준금리를 연 2.50%로 동결했다. 한은은 올해 경제성장률 전망치를 0.9%로 낮췄다.", [
      "bank-of-korea base_rate 2.5% 2025-10-31 ch=flat//previous",
    ]],
    ["지표 없는 기대치 문장은 단위가 맞는 마지막 지표, 앞 수치는 웃돌거나 밑돈다", "기아의 3분기 영업이익은 2조8000억 원이었다. 영업이익률은 9.5%였다. 이는 증권가 예상치인 3조 원을 밑도는 수준이다.", [
      "kia operating_profit 2800000000000KRW 2025-07-01/2025-09-30",
      "kia operating_margin 9.5% 2025-07-01/2025-09-30",
      "kia operating_profit 3000000000000KRW 2025-07-01/2025-09-30 st=consensus",
    ]],
    ["동결 앞의 수치는 수준", "삼성증권은 내년 기준금리가 2.25%로 동결될 것으로 예상했다.", [
      "_ base_rate 2.25% 2026-01-01/2026-12-31 ch=flat//previous st=forecast src=samsung-securities",
    ]],
    ["공시한 회사가 출처", "삼성전자가 이날 공시한 3분기 실적은 매출 86조 원, 영업이익 12조 원이다.", [
      "samsung-electronics revenue 86000000000000KRW 2025-07-01/2025-09-30 src=samsung-electronics",
      "samsung-electronics operating_profit 12000000000000KRW 2025-07-01/2025-09-30 src=samsung-electronics",
    ]],
    ["주어가 생략된 다음 문장의 추정도 같은 증권사", "하나증권은 LG화학의 올해 영업이익을 2조 원으로 추정했다. 내년 영업이익 추정치는 2조5000억 원으로 종전보다 10% 낮췄다.", [
      "lg-chem operating_profit 2000000000000KRW 2025-01-01/2025-12-31 st=forecast src=hana-securities",
      "lg-chem operating_profit 2500000000000KRW 2026-01-01/2026-12-31 ch=down/10%/previous st=forecast src=hana-securities",
    ]],
    ["증권가의 전망은 출처 없는 컨센서스", "증권가는 한국은행이 내년 상반기 기준금리를 연 2.00%까지 낮출 것으로 보고 있다.", [
      "bank-of-korea base_rate 2% 2026-01-01/2026-06-30 ch=down//previous st=consensus",
    ]],
    ["지난해보다: 올해 수치의 전년 대비", "올해 마지막 거래일인 30일 원/달러 환율은 1,472.5원에 마감했다. 환율은 지난해 말보다 30.2원 올랐다.", [
      "_ fx_rate 1472.5KRW 2025-10-30 ch=up/30.2KRW/yoy",
    ]],
    ["…보다 높은: 변화의 크기", "한울에너지의 첫날 주가는 공모가보다 62% 높은 5만1840원에 마감했다.", [
      "한울에너지 share_price 51840KRW _ ch=up/62%/",
    ]],
    ["수준 유지는 변화가 아니다", "회사는 영업이익률도 15% 수준을 유지할 것으로 예상했다.", [
      "_ operating_margin 15% _ st=forecast",
    ]],
    ["투자를 유치: 유치 금액, 투자자는 상대방", "반려동물 스타트업 펫로그는 한국산업은행으로부터 300억 원의 시리즈B 투자를 유치했다.", [
      "펫로그 funding 30000000000KRW _ cp=korea-development-bank",
    ]],
    ["각각: 변화의 크기도 순서대로", "SK하이닉스의 지난해 매출은 97조 원, 영업이익은 44조 원으로 각각 전년보다 47%, 90% 늘었다.", [
      "sk-hynix revenue 97000000000000KRW 2024-01-01/2024-12-31 ch=up/47%/yoy",
      "sk-hynix operating_profit 44000000000000KRW 2024-01-01/2024-12-31 ch=up/90%/yoy",
    ]],
    ["적자로 돌아서: 뒤따르는 수치의 변화", "하이브의 2분기 당기순이익은 적자로 돌아서 순손실 35억 원을 냈다.", [
      "hybe net_loss 3500000000KRW 2025-04-01/2025-06-30 ch=down//",
    ]],
    ["매출을 올렸다는 변화가 아니다", "블루웨이브푸즈는 지난해 매출 6억2000만 달러를 올렸다.", [
      "블루웨이브푸즈 revenue 620000000USD 2024-01-01/2024-12-31",
    ]],
    ["분기에만: 그 분기 동안의 변화", "한화에어로스페이스 주가는 이날 3분기에만 40% 올라 90만 원이 됐다.", [
      "hanwha-aerospace share_price 900000KRW 2025-10-31 ch=up/40%/qoq",
    ]],
    ["환율 뒤의 종가는 환율", "원/달러 환율이 이날 장중 1,440원까지 올랐다. 주간 거래 종가는 1,435.5원으로 전날보다 2.5원 올랐다.", [
      "_ fx_rate 1440KRW 2025-10-31",
      "_ fx_rate 1435.5KRW 2025-10-31 ch=up/2.5KRW/previous",
    ]],
    ["인용 속 의지(하겠다)는 목표", "조주완 사장은 \"냉난방공조 사업에서만 2030년 매출 20조 원을 올리겠다\"고 말했다.", [
      "_ revenue 20000000000000KRW 2030-01-01/2030-12-31 seg=냉난방공조 st=target src=cho-joo-wan",
    ]],
    ["이 가운데: 부문은 금액 앞에서", "현대차그룹은 2029년까지 310억 달러를 투자하겠다고 발표했다. 이 가운데 철강 부문에 62억 달러가 들어간다.", [
      "hyundai-motor-group investment 31000000000USD ../2029-12-31 st=target src=hyundai-motor-group",
      "hyundai-motor-group investment 6200000000USD ../2029-12-31 seg=철강 st=target",
    ]],
    ["기관의 위원들은 그 기관: 자기 전망은 가이던스", "연준 위원들은 올해 말 기준금리 중간값을 3.25%로 예상했다.", [
      "federal-reserve base_rate 3.25% 2025-12-01/2025-12-31 st=guidance src=federal-reserve",
    ]],
    ["같은 집계의 예상치는 컨센서스", "에프앤가이드에 따르면 네이버의 4분기 영업이익 컨센서스는 6000억 원이다. 같은 집계에서 카카오의 4분기 영업이익 예상치는 1500억 원이었다.", [
      "naver operating_profit 600000000000KRW 2025-10-01/2025-12-31 st=consensus src=에프앤가이드",
      "kakao operating_profit 150000000000KRW 2025-10-01/2025-12-31 st=consensus src=에프앤가이드",
    ]],
    ["설비투자를 잡았다: 목표", "포스코홀딩스는 올해 설비투자를 10조 원으로 잡았다.", [
      "posco-holdings capex 10000000000000KRW 2025-01-01/2025-12-31 st=target",
    ]],
    ["수치가 아닌 금액", "외국인은 유가증권시장에서 8000억 원어치를 순매수했다. 회사는 과징금 100억 원을 부과받았다.", []],
    ["지표가 수식어일 때는 사실이 아니다", "계약 금액은 지난해 매출의 12%에 해당한다.", []],
    ["단위가 맞지 않는 금액은 짝이 아니다", "시가총액 1위 종목은 거래대금 3조 원을 기록했다.", []],
  ])("%s", async (_, text, expected) => {
    expect(await facts(text)).toEqual(expected);
  });

  test("모든 span은 원문을 가리키고 JSON으로 왕복한다", async () => {
    const text = "삼성전자는 올해 3분기 연결 기준 영업이익이 12조1000억 원으로 지난해 같은 기간보다 32.5% 증가했다고 밝혔다. 매출은 86조 원이었다.";
    const doc = await analyzer.analyze({ text });
    const out = extractFacts(doc);
    expect(out.length).toBe(2);
    for (const f of out) {
      for (const span of [f.subject, f.metric, f.value, f.period, f.source, f.counterparty, f.duration, f.change?.by ?? null]) {
        if (span !== null) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
      expect(f.start).toBeLessThanOrEqual(f.metric.start);
      expect(f.metric.end).toBeLessThanOrEqual(f.end);
    }
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    expect(out.map((f) => f.metric.start)).toEqual([...out.map((f) => f.metric.start)].sort((a, b) => a - b));
  });
});

describe("이상한 입력", () => {
  test("text가 문자열이 아니면 invalid-input", () => {
    expect(() => extractFacts({ text: 3 } as unknown as { text: string })).toThrow(/@sinmun\/facts: expected a document with a string "text"/);
    expect(() => extractFacts(null as unknown as { text: string })).toThrow(/invalid|expected/);
  });
  test.each<[string, Parameters<typeof extractFacts>[0]]>([
    ["빈 문서", { text: "" }],
    ["층 없이 텍스트만", { text: "매출은 3조 원이었다." }],
    ["텍스트 밖을 가리키는 층", { text: "매출", sentences: [{ start: 0, end: 99 }], amounts: [{ start: 5, end: 9, text: "3조 원", kind: "money", value: 3e12, decimal: "3000000000000", unit: "KRW", approx: false }] }],
    ["뒤집힌 span과 null 항목", { text: "영업이익 3조 원", sentences: [{ start: 4, end: 1 }], entities: [null as never], dates: [{ start: 0, end: 2, text: "영업", kind: "year", value: null, granularity: "year", resolved: false }] }],
  ])("%s: 던지지 않는다", (_, doc) => {
    expect(() => extractFacts(doc)).not.toThrow();
  });
  test("층 없는 문서는 금액 층 없이 사실도 없다", () => {
    expect(extractFacts({ text: "매출은 3조 원이었다." })).toEqual([]);
  });
});

describe("선형 시간", () => {
  test("지표 10,000개가 한 줄에 있어도 모두 읽는다", () => {
    const text = "매출 1조 원, 영업이익 2000억 원, ".repeat(5000) + "이었다.";
    const doc = { text, sentences: splitSentences(text), amounts: findAmounts(text) };
    const out = extractFacts(doc);
    expect(out.length).toBe(10_000);
    expect(out[9_999]?.metric.key).toBe("operating_profit");
  });
});
