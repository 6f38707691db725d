import { findDates } from "./findDates";
import type { DateMention } from "./types";

const REF = "2025-11-14"; // a Friday

type Row = [name: string, text: string, expected: Partial<DateMention>[]];
const pick = (m: DateMention): Partial<DateMention> => {
  const out: Partial<DateMention> = { text: m.text, kind: m.kind, value: m.value };
  if (m.base) out.base = m.base;
  return out;
};

const rows: Row[] = [
  ["절대 날짜", "2025년 11월 3일 발표했다", [{ text: "2025년 11월 3일", kind: "date", value: "2025-11-03" }]],
  ["연도 없는 날짜는 기준 연도", "11월 3일 발표했다", [{ text: "11월 3일", kind: "date", value: "2025-11-03" }]],
  ["현지 시간 괄호", "3일(현지 시간) 발표했다", [{ text: "3일(현지 시간)", kind: "date", value: "2025-11-03" }]],
  ["요일 괄호", "12일(수) 열린다", [{ text: "12일(수)", kind: "date", value: "2025-11-12" }]],
  ["점 날짜", "2025.11.3 기준", [{ text: "2025.11.3", kind: "date", value: "2025-11-03" }]],
  ["점 날짜 끝 점", "2025. 11. 3. 공시", [{ text: "2025. 11. 3.", kind: "date", value: "2025-11-03" }]],
  ["하이픈 날짜", "2025-11-03 공시", [{ text: "2025-11-03", kind: "date", value: "2025-11-03" }]],
  ["아포스트로피 연도", "'25년 실적", [{ text: "'25년", kind: "year", value: "2025-01-01/2025-12-31" }]],
  ["연도", "2024년 매출", [{ text: "2024년", kind: "year", value: "2024-01-01/2024-12-31" }]],
  ["연월", "2024년 3월 출시", [{ text: "2024년 3월", kind: "month", value: "2024-03-01/2024-03-31" }]],
  ["분기", "3분기 실적", [{ text: "3분기", kind: "quarter", value: "2025-07-01/2025-09-30" }]],
  ["연도 분기", "2024년 4분기 실적", [{ text: "2024년 4분기", kind: "quarter", value: "2024-10-01/2024-12-31" }]],
  ["영문 분기", "1Q 실적", [{ text: "1Q", kind: "quarter", value: "2025-01-01/2025-03-31" }]],
  ["영문 분기 연도", "3Q25 실적", [{ text: "3Q25", kind: "quarter", value: "2025-07-01/2025-09-30" }]],
  ["상반기", "상반기 매출", [{ text: "상반기", kind: "half", value: "2025-01-01/2025-06-30" }]],
  ["올 하반기", "올 하반기 출시", [{ text: "올 하반기", kind: "half", value: "2025-07-01/2025-12-31" }]],
  ["분기 말", "4분기 말 기준", [{ text: "4분기 말", kind: "quarter", value: "2025-12-01/2025-12-31" }]],
  ["회계연도", "FY2025 가이던스", [{ text: "FY2025", kind: "fiscal_year", value: "2025-01-01/2025-12-31" }]],
  ["연도까지", "2027년까지 투자", [{ text: "2027년까지", kind: "range", value: "../2027-12-31" }]],
  ["연도 범위", "2026~2028년 투자", [{ text: "2026~2028년", kind: "range", value: "2026-01-01/2028-12-31" }]],
  ["부터 까지", "2026년부터 2028년까지", [{ text: "2026년부터 2028년까지", kind: "range", value: "2026-01-01/2028-12-31" }]],
  ["월 범위", "1~9월 누적", [{ text: "1~9월", kind: "range", value: "2025-01-01/2025-09-30" }]],
  ["일 범위", "11월 3~5일 열린다", [{ text: "11월 3~5일", kind: "range", value: "2025-11-03/2025-11-05" }]],
  ["부터 열린 범위", "내년부터 시행", [{ text: "내년부터", kind: "range", value: "2026-01-01/.." }]],
  ["지난 N일", "지난 1일 밝혔다", [{ text: "지난 1일", kind: "relative", value: "2025-11-01" }]],
  ["지난 N일 지난달", "지난 20일 밝혔다", [{ text: "지난 20일", kind: "relative", value: "2025-10-20" }]],
  ["오는 N일", "오는 24일 열린다", [{ text: "오는 24일", kind: "relative", value: "2025-11-24" }]],
  ["오는 N일 다음 달", "오는 3일 열린다", [{ text: "오는 3일", kind: "relative", value: "2025-12-03" }]],
  ["이날", "이날 밝혔다", [{ text: "이날", kind: "relative", value: "2025-11-14" }]],
  ["전날", "전날 밝혔다", [{ text: "전날", kind: "relative", value: "2025-11-13" }]],
  ["지난해", "지난해 매출", [{ text: "지난해", kind: "relative", value: "2024-01-01/2024-12-31" }]],
  ["올해", "올해 매출", [{ text: "올해", kind: "relative", value: "2025-01-01/2025-12-31" }]],
  ["내년 말", "내년 말 완공", [{ text: "내년 말", kind: "relative", value: "2026-12-01/2026-12-31" }]],
  ["다음 달", "다음 달 출시", [{ text: "다음 달", kind: "relative", value: "2025-12-01/2025-12-31" }]],
  ["이달 말", "이달 말 출시", [{ text: "이달 말", kind: "relative", value: "2025-11-21/2025-11-30" }]],
  ["지난주", "지난주 발표", [{ text: "지난주", kind: "relative", value: "2025-11-03/2025-11-09" }]],
  ["최근 3년간", "최근 3년간 늘었다", [{ text: "최근 3년간", kind: "relative", value: "2022-11-14/2025-11-14" }]],
  ["향후 5년간", "향후 5년간 투자", [{ text: "향후 5년간", kind: "relative", value: "2025-11-14/2030-11-14" }]],
  ["N년 전", "3년 전 인수", [{ text: "3년 전", kind: "relative", value: "2022-01-01/2022-12-31" }]],
  ["N일 후", "5일 후 상장", [{ text: "5일 후", kind: "relative", value: "2025-11-19" }]],
  ["연말", "연말까지 마무리", [{ text: "연말까지", kind: "range", value: "../2025-12-31" }]],
  [
    "지난해 같은 기간",
    "올해 3분기 영업이익은 지난해 같은 기간보다 늘었다",
    [
      { text: "올해 3분기", kind: "quarter", value: "2025-07-01/2025-09-30" },
      { text: "지난해 같은 기간", kind: "comparison_base", value: "2024-07-01/2024-09-30", base: "yoy" },
    ],
  ],
  [
    "전년 동기 대비 다음 문장",
    "3분기 매출은 10조원이다. 전년 동기 대비 5% 늘었다",
    [
      { text: "3분기", kind: "quarter", value: "2025-07-01/2025-09-30" },
      { text: "전년 동기", kind: "comparison_base", value: "2024-07-01/2024-09-30", base: "yoy" },
    ],
  ],
  [
    "전 분기 대비",
    "3분기 매출은 전 분기 대비 3% 늘었다",
    [
      { text: "3분기", kind: "quarter", value: "2025-07-01/2025-09-30" },
      { text: "전 분기", kind: "comparison_base", value: "2025-04-01/2025-06-30", base: "qoq" },
    ],
  ],
  [
    "전월 대비",
    "10월 수출은 전월 대비 2% 줄었다",
    [
      { text: "10월", kind: "month", value: "2025-10-01/2025-10-31" },
      { text: "전월", kind: "comparison_base", value: "2025-09-01/2025-09-30", base: "mom" },
    ],
  ],
  [
    "전일 대비",
    "이날 코스피는 전일 대비 1% 올랐다",
    [
      { text: "이날", kind: "relative", value: "2025-11-14" },
      { text: "전일", kind: "comparison_base", value: "2025-11-13", base: "dod" },
    ],
  ],
  ["기준 없는 비교 기준", "전년 대비 20% 줄었다", [{ text: "전년", kind: "comparison_base", value: null, base: "yoy" }]],
  ["전년 단독은 지난해", "전년 실적", [{ text: "전년", kind: "relative", value: "2024-01-01/2024-12-31" }]],
  ["기간 년", "7년 380억 달러 규모 계약", [{ text: "7년", kind: "duration", value: "P7Y" }]],
  ["기간 시간", "24시간 운영", [{ text: "24시간", kind: "duration", value: "PT24H" }]],
  ["기간 개월간", "3개월간 조사", [{ text: "3개월간", kind: "duration", value: "P3M" }]],
  ["기간 일간", "5일간 열린다", [{ text: "5일간", kind: "duration", value: "P5D" }]],
  ["기간 주간", "2주간 판매", [{ text: "2주간", kind: "duration", value: "P2W" }]],
  ["N년 만에", "5년 만에 흑자", [{ text: "5년", kind: "duration", value: "P5Y" }]],
  ["문장 안 연도 상속", "2024년 3분기와 4분기", [
    { text: "2024년 3분기", kind: "quarter", value: "2024-07-01/2024-09-30" },
    { text: "4분기", kind: "quarter", value: "2024-10-01/2024-12-31" },
  ]],
  ["문장 안 월 상속", "11월 3일과 5일", [
    { text: "11월 3일", kind: "date", value: "2025-11-03" },
    { text: "5일", kind: "date", value: "2025-11-05" },
  ]],
  ["지난 N월", "지난 9월 제출했다", [{ text: "지난 9월", kind: "relative", value: "2025-09-01/2025-09-30" }]],
  ["오는 N월", "오는 12월 마무리한다", [{ text: "오는 12월", kind: "relative", value: "2025-12-01/2025-12-31" }]],
  ["지난 N월 N일", "지난 8월 29일 확정했다", [{ text: "지난 8월 29일", kind: "relative", value: "2025-08-29" }]],
  ["지난 N분기", "지난 2분기 최대 실적", [{ text: "지난 2분기", kind: "relative", value: "2025-04-01/2025-06-30" }]],
  ["지난 뒤 명시 연도는 따로", "지난 2023년 도입", [{ text: "2023년", kind: "year", value: "2023-01-01/2023-12-31" }]],
  ["고유어 기간", "석 달 만의 최저치", [{ text: "석 달", kind: "duration", value: "P3M" }]],
  ["고유어 기간 동안", "한 달 동안 샀다", [{ text: "한 달 동안", kind: "duration", value: "P1M" }]],
  ["하루 평균은 기간이 아니다", "하루 평균 20조 원", []],
  ["연초보다", "연초보다 5% 낮다", [{ text: "연초", kind: "relative", value: "2025-01-01/2025-01-31" }]],
  ["연내", "연내 공개한다", [{ text: "연내", kind: "relative", value: "2025-01-01/2025-12-31" }]],
  ["연중 최고치는 날짜가 아니다", "연중 최고치", []],
  [
    "이튿날은 앞의 날짜 기준",
    "2025년 11월 11일 계약을 맺었다고 이튿날 밝혔다",
    [
      { text: "2025년 11월 11일", kind: "date", value: "2025-11-11" },
      { text: "이튿날", kind: "relative", value: "2025-11-12" },
    ],
  ],
  [
    "전 분기는 앞의 분기 기준",
    "3분기 흑자라고 지난 4일 공시했다. 전 분기에는 적자였다",
    [
      { text: "3분기", kind: "quarter", value: "2025-07-01/2025-09-30" },
      { text: "지난 4일", kind: "relative", value: "2025-11-04" },
      { text: "전 분기", kind: "relative", value: "2025-04-01/2025-06-30" },
    ],
  ],
  [
    "1년 전보다",
    "3분기 영업이익이 1년 전보다 2% 줄었다",
    [
      { text: "3분기", kind: "quarter", value: "2025-07-01/2025-09-30" },
      { text: "1년 전", kind: "comparison_base", value: "2024-07-01/2024-09-30", base: "yoy" },
    ],
  ],
  [
    "전월 말 대비",
    "9월 말 연체율은 전월 말 대비 올랐다",
    [
      { text: "9월 말", kind: "month", value: "2025-09-21/2025-09-30" },
      { text: "전월 말", kind: "comparison_base", value: "2025-08-21/2025-08-31", base: "mom" },
    ],
  ],
  [
    "이틀 뒤는 앞의 날짜 기준",
    "8일 조사했고 이틀 뒤 제재했다",
    [
      { text: "8일", kind: "date", value: "2025-11-08" },
      { text: "이틀 뒤", kind: "relative", value: "2025-11-10" },
    ],
  ],
  [
    "월만 있으면 일은 기준 달",
    "10월 말 보유액을 5일 발표했다",
    [
      { text: "10월 말", kind: "month", value: "2025-10-21/2025-10-31" },
      { text: "5일", kind: "date", value: "2025-11-05" },
    ],
  ],
  ["기준 없는 전날보다는 기준일 전날", "환율은 전날보다 내렸다", [{ text: "전날", kind: "comparison_base", value: "2025-11-13", base: "dod" }]],
  [
    "전년 같은 기간은 공시일이 아닌 실적 기간 기준",
    "3분기 순이익을 13일 공시했다. 전년 같은 기간보다 5% 늘었다",
    [
      { text: "3분기", kind: "quarter", value: "2025-07-01/2025-09-30" },
      { text: "13일", kind: "date", value: "2025-11-13" },
      { text: "전년 같은 기간", kind: "comparison_base", value: "2024-07-01/2024-09-30", base: "yoy" },
    ],
  ],
  ["거꾸로 된 범위는 범위가 아니다", "30일-지난해", [{ text: "30일", kind: "date", value: "2025-11-30" }, { text: "지난해", kind: "relative", value: "2024-01-01/2024-12-31" }]],
  ["연도는 문단 안에서 이어진다", "내년 상반기 두 차례 인하가 예상된다. 하반기에는 동결이다", [
    { text: "내년 상반기", kind: "half", value: "2026-01-01/2026-06-30" },
    { text: "하반기", kind: "half", value: "2026-07-01/2026-12-31" },
  ]],
  ["기한(…까지)의 연도는 이어지지 않는다", "2030년까지 10조 원을 투자한다. 3분기 말 잔고는 2조 원이다", [
    { text: "2030년까지", kind: "range", value: "../2030-12-31" },
    { text: "3분기 말", kind: "quarter", value: "2025-09-01/2025-09-30" },
  ]],
  ["여러 해에 걸친 계약 기간의 연도는 이어지지 않는다", "2026년부터 2032년까지 공급한다. 6월 말 잔고는 늘었다", [
    { text: "2026년부터 2032년까지", kind: "range", value: "2026-01-01/2032-12-31" },
    { text: "6월 말", kind: "month", value: "2025-06-21/2025-06-30" },
  ]],
  ["내후년 이후 계획 연도는 그 문장에서만", "2030년 매출 목표를 제시했다. 3분기 말 잔고는 늘었다", [
    { text: "2030년", kind: "year", value: "2030-01-01/2030-12-31" },
    { text: "3분기 말", kind: "quarter", value: "2025-09-01/2025-09-30" },
  ]],
  ["N일 전 거래일보다: N일과 비교 기준 (N일 전이 아니다)", "코스피는 14일 전 거래일보다 올랐다", [
    { text: "14일", kind: "date", value: "2025-11-14" },
    { text: "전 거래일", kind: "comparison_base", value: "2025-11-13", base: "dod" },
  ]],
  ["새 문단에서는 기준 연도", "내년 상반기 인하가 예상된다.\n하반기 실적", [
    { text: "내년 상반기", kind: "half", value: "2026-01-01/2026-06-30" },
    { text: "하반기", kind: "half", value: "2025-07-01/2025-12-31" },
  ]],
  ["불가능한 날짜", "2월 30일 발표", []],
  ["없는 달", "13월의 월급", []],
  ["먼 연도", "3000년 역사", []],
  ["금액 속 날짜 모양", "지수는 2025.11로 마감했다", []],
  ["달러는 달이 아니다", "3달러 올랐다", []],
  ["주식 수는 주가 아니다", "100주 매수", []],
  ["월급은 월이 아니다", "3월급", []],
];

describe("findDates (기준일 2025-11-14)", () => {
  test.each(rows)("%s: %s", (_name, text, expected) => {
    expect(findDates(text, { reference: REF }).map(pick)).toEqual(expected);
  });
});

describe("findDates without a reference", () => {
  const unresolved: [string, string, string | null][] = [
    ["지난해는 미해결", "지난해 매출", null],
    ["이날은 미해결", "이날 밝혔다", null],
    ["연도 없는 날짜는 미해결", "11월 3일 발표", null],
    ["절대 날짜는 그대로", "2025년 11월 3일 발표", "2025-11-03"],
    ["기사 입력 시각이 기준", "입력 2025.11.14 10:32\n이날 밝혔다", "2025-11-14"],
  ];
  test.each(unresolved)("%s", (_name, text, value) => {
    const found = findDates(text);
    expect(found[found.length - 1]?.value ?? null).toBe(value);
    expect(found.every((m) => m.value !== null || !m.resolved)).toBe(true);
  });
});

describe("findDates invariants", () => {
  const texts = [
    "삼성전자는 올해 3분기 연결 기준 영업이익이 12조1000억 원으로 지난해 같은 기간보다 32.5% 증가했다고 밝혔다.",
    "2월 30일 13월 3000년 2025.11 '99년 FY99 0Q 5Q 0월 0일 32일 1~9999일",
    "지난 지난 오는 이달 이번 달 다음 달 초 말 중순 ~ 부터 까지",
  ];
  test.each(texts)("offsets, order, JSON: %s", (text) => {
    const found = findDates(text, { reference: REF });
    let last = 0;
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.end;
    }
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
  });

  test("10,000 date expressions on one line: no throw, every one found", () => {
    const text = "지난해 3분기 2025년 11월 3일 전년 동기 대비 ".repeat(10_000);
    const found = findDates(text, { reference: REF });
    expect(found).toHaveLength(30_000);
  });

  test("odd input never throws", () => {
    for (const text of ["", "년", "월일", "분기", "~~~~", "1".repeat(5000), "년".repeat(5000), "9월 9월 9월".repeat(300)]) {
      expect(() => findDates(text, { reference: REF })).not.toThrow();
    }
  });

  test.each([
    ["잘못된 기준일", { reference: "2025-13-01" }],
    ["모르는 옵션", { ref: "2025-11-14" }],
  ])("%s: invalid-option", (_name, options) => {
    expect(() => findDates("오늘", options as never)).toThrow(/@sinmun\/dates: expected/);
  });
});
