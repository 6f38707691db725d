import type { Amount } from "@sinmun/core";
import { assertDoc } from "@sinmun/core";
import { findAmounts, parseAmount } from "../src/index";

/** [text, kind, decimal, unit, qualifier?, approx?] of each amount found. */
type Row = [string, string, string | null, string | null, string?, boolean?];

function rows(text: string): Row[] {
  const got = findAmounts(text);
  assertDoc({ text, sentences: [], amounts: got });
  return got.map((a) => {
    const r: Row = [a.text, a.kind, a.decimal, a.unit];
    if (a.qualifier || a.approx) r.push(a.qualifier ?? "");
    if (a.approx) r.push(true);
    return r;
  });
}

describe("issue 14 — market wraps: index levels and point moves", () => {
  test.each<[string, string, Row[]]>([
    ["지수 마감: 포인트와 퍼센트", "코스피는 전 거래일보다 44.31포인트(1.71%) 오른 2,626.34로 마감했다.", [
      ["44.31포인트", "points", "44.31", "pt"], ["1.71%", "percent", "1.71", "%"], ["2,626.34", "index", "2626.34", null]]],
    ["p 약식 표기", "코스닥은 20.38p(0.89%) 하락한 770.12에 장을 마쳤다.", [
      ["20.38p", "points", "20.38", "pt"], ["0.89%", "percent", "0.89", "%"], ["770.12", "index", "770.12", null]]],
    ["해외 지수 둘", "다우지수는 0.5% 오른 42,115.80에, 나스닥은 1.2% 상승한 18,350.25에 거래를 마쳤다.", [
      ["0.5%", "percent", "0.5", "%"], ["42,115.80", "index", "42115.8", null], ["1.2%", "percent", "1.2", "%"], ["18,350.25", "index", "18350.25", null]]],
    ["지수 선 (approx)", "코스피가 외국인 매수에 2,600선을 회복했다.", [["2,600선", "index", "2600", null, "", true]]],
    ["지수 없는 쪽수는 포인트가 아니다", "보고서는 30p 분량이다.", []],
    ["지수 문맥 없는 소수는 지수가 아니다", "그는 버전 2.15를 내려받았다.", []],
  ])("%s", (_name, text, want) => expect(rows(text)).toEqual(want));
});

describe("issue 14 — comparison verbs keep the number", () => {
  test.each<[string, string, Row[]]>([
    ["웃도는 → over", "매출은 전망치 549억 달러를 웃도는 수준이었다.", [["549억 달러를 웃도는", "money", "54900000000", "USD", "over"]]],
    ["넘어 → over", "주가는 1.25달러를 넘어 신고가를 썼다.", [["1.25달러를 넘어", "money", "1.25", "USD", "over"]]],
    ["돌파 → over", "금리가 3%를 돌파했다.", [["3%를 돌파", "percent", "3", "%", "over"]]],
    ["에 달하는 → reach", "4조 원에 달하는 손실을 냈다.", [["4조 원에 달하는", "money", "4000000000000", "KRW", "reach"]]],
    ["에 육박 → nearly, approx", "적자가 10조 원에 육박했다.", [["10조 원에 육박", "money", "10000000000000", "KRW", "nearly", true]]],
    ["가까이 → nearly, approx", "주가는 4% 가까이 빠졌다.", [["4% 가까이", "percent", "4", "%", "nearly", true]]],
    ["초중반 → approx", "금리는 10% 초중반에 머문다.", [["10% 초중반", "percent", "10", "%", "", true]]],
    ["대 중반 → approx", "성장률은 4%대 중반이다.", [["4%대 중반", "percent", "4", "%", "", true]]],
    ["안팎 → approx", "점유율은 50% 안팎이다.", [["50% 안팎", "percent", "50", "%", "", true]]],
  ])("%s", (_name, text, want) => expect(rows(text)).toEqual(want));

  test.each<[string, string, Partial<Amount>]>([
    ["이상은 진짜 경계", "300억 원 이상", { value: null, min: 30000000000, minInclusive: true }],
    ["미만은 진짜 경계", "100억 원 미만", { value: null, max: 10000000000, maxInclusive: false }],
    ["최대는 진짜 경계", "최대 3조 원", { value: null, max: 3000000000000, maxInclusive: true }],
  ])("%s", (_name, text, want) => expect(findAmounts(text)[0]).toMatchObject(want));

  test("parseAmount reads a comparison as the bound it states (peer convention), with the qualifier", () => {
    expect(parseAmount("3000이 넘는")).toMatchObject({ value: null, min: 3000, minInclusive: false, qualifier: "over" });
  });
});

describe("issue 14 — changes are not ranges", () => {
  test.each<[string, string, [string, string][]]>([
    ["금리 인하", "한국은행은 기준금리를 3.5%에서 3.25%로 내렸다.", [["3.5%", "3.25%"]]],
    ["전망치 상향", "증권사는 영업이익 전망치를 1조1000억 원에서 1조4000억 원으로 올렸다.", [["1조1000억 원", "1조4000억 원"]]],
  ])("%s", (_name, text, changes) => {
    const got = findAmounts(text);
    const pairs = got.filter((a) => a.change && got.indexOf(a) === a.change.from).map((a) => [a.text, (got[(a.change as { to: number }).to] as Amount).text]);
    expect(pairs).toEqual(changes);
    for (const a of got) expect(a.value).not.toBeNull();
    expect(JSON.parse(JSON.stringify(got))).toEqual(got);
  });

  test.each<[string, string, string]>([
    ["물결 범위", "사업비는 10~20억 원이다.", "10~20억 원"],
    ["사이 범위", "가격은 5만~7만 원 사이다.", "5만~7만 원"],
    ["에서 … 사이", "매출은 1,200억에서 1,500억 원 사이로 예상된다.", "1,200억에서 1,500억 원"],
  ])("%s stays a range", (_name, text, span) => {
    const [a] = findAmounts(text);
    expect(a).toMatchObject({ text: span, value: null });
    expect(a?.change).toBeUndefined();
  });
});

describe("issue 14 — words that are not numbers", () => {
  test.each([
    ["한편 (meanwhile)", "한편 정부는 대책을 내놨다."],
    ["세종 (the city)", "세종에서 회의가 열렸다."],
    ["세종대왕", "세종대왕의 이름을 딴 연구소"],
    ["약세장", "약세장이 이어졌다."],
    ["한때", "주가는 한때 급락했다."],
  ])("%s", (_name, text) => expect(findAmounts(text)).toEqual([]));

  test.each([["아파트 101동 주민"], ["3동 건물"], ["500동"]])("동 without 만/억 is no currency: %s", (text) => {
    expect(findAmounts(text)).toEqual([]);
  });

  test("한 채 with a space is a count", () => {
    expect(findAmounts("아파트 한 채를 샀다.")).toMatchObject([{ text: "한 채", value: 1, unit: "채" }]);
  });

  // Informal text glues native counts (KLUE's review half tags these as quantities): they stay counts.
  test.each([
    ["두명", "두명이서 작업했다.", "두명", 2, "명"],
    ["한개", "별 한개도 아깝다.", "한개", 1, "개"],
    ["두마리", "두마리 토끼를 잡으려다", "두마리", 2, "마리"],
  ])("붙여 쓴 고유어 수량은 수량: %s", (_name, text, span, value, unit) => {
    expect(findAmounts(text)).toMatchObject([{ text: span, value, unit }]);
  });
});

describe("issue 14 — coverage", () => {
  test.each([
    ["코루나", "5000코루나", "CZK"], ["포린트", "20만 포린트", "HUF"], ["즐로티", "300즐로티", "PLN"], ["랜드", "50랜드", "ZAR"],
    ["리라", "40리라", "TRY"], ["루피", "100루피", "INR"], ["루피아", "1만 루피아", "IDR"], ["링깃", "5링깃", "MYR"],
    ["바트", "30바트", "THB"], ["동", "10만 동", "VND"], ["페소", "200페소", "MXN"], ["헤알", "7헤알", "BRL"],
    ["디르함", "9디르함", "AED"], ["리얄", "3리얄", "SAR"], ["셰켈", "12셰켈", "ILS"], ["칠레 페소", "900칠레 페소", "CLP"],
  ])("currency %s", (_name, text, code) => expect(findAmounts(text)).toMatchObject([{ kind: "money", unit: code }]));

  test.each([
    ["㎜", "30㎜", "0.03", "m"], ["㎝", "5㎝", "0.05", "m"], ["㎞", "5㎞", "5000", "m"], ["㎡", "84㎡", "84", "m²"],
    ["㎏", "2㎏", "2000", "g"], ["㎾", "300㎾", "300000", "W"], ["㎿", "20㎿", "20000000", "W"],
  ])("compatibility unit %s", (_name, text, decimal, unit) => expect(findAmounts(text)).toMatchObject([{ text, decimal, unit }]));

  test.each([
    ["여드레", "여드레 만에 복구됐다.", "8"], ["열하루", "열하루 동안 멈췄다.", "11"], ["스무날", "스무날 동안 이어졌다.", "20"],
  ])("native day count %s", (name, text, decimal) => expect(findAmounts(text)).toMatchObject([{ text: name, kind: "duration", decimal, unit: "day" }]));

  test.each([
    ["백한 명", "행사에 백한 명이 참석했다.", "101", "명"],
    ["삼백두 대", "삼백두 대가 팔렸다.", "302", "대"],
  ])("Sino number with a native last digit before a counter: %s", (text, sentence, decimal, unit) => {
    expect(findAmounts(sentence)).toMatchObject([{ text, kind: "quantity", decimal, unit }]);
  });

  test("천두 번째 is the ordinal 1002 (parseAmount)", () => {
    expect(parseAmount("천두 번째")).toMatchObject({ kind: "ordinal", decimal: "1002" });
  });

  test.each([["백세 시대"], ["천한 사람"]])("glued or without a counter, no amount: %s", (text) => {
    expect(findAmounts(text)).toEqual([]);
  });
});

describe("issue 14 — bad input for the new rules: no throw, spans inside the text", () => {
  test.each([
    ["50,000 index levels", "코스피 지수는 2,626.34로 ".repeat(50000)],
    ["60,000 changes", "3.5%에서 3.25%로 ".repeat(60000)],
    ["100,000 lexicalized words", "한편 세종대왕 약세장 ".repeat(100000)],
    ["a 1 MB paragraph of capitalised-Latin and Hangul names", "Alpha Beta 김가나 Gamma ".repeat(45000)],
  ])("%s", (_name, text) => {
    const got = findAmounts(text);
    assertDoc({ text, sentences: [], amounts: got });
    for (const a of got) if (a.change) expect(got[a.change.from]?.change).toEqual(a.change);
  });
});
