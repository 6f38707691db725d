import fc from "fast-check";
import { assertDoc, splitSentences, MAX_QUOTE_SPAN, SinmunError, type Sentence } from "@sinmun/core";

function texts(text: string, sents: Sentence[]): string[] {
  return sents.map((s) => (s.boilerplate ? "§" : "") + text.slice(s.start, s.end));
}
/** Runs the splitter and checks its invariants: assertDoc, sorted, non-overlapping, trimmed, covering. */
function check(text: string): Sentence[] {
  const got = splitSentences(text);
  assertDoc({ text, sentences: got });
  const problems: string[] = [];
  let prev = 0;
  for (const s of got) {
    if (s.start < prev || s.end <= s.start) problems.push(`bad span ${s.start}..${s.end} after ${prev}`);
    if (text.slice(prev, s.start).trim() !== "") problems.push(`uncovered text before ${s.start}`);
    if (/^\s|\s$/.test(text.slice(s.start, s.end))) problems.push(`untrimmed ${s.start}..${s.end}`);
    prev = s.end;
    if (problems.length > 5) break;
  }
  if (text.slice(prev).trim() !== "") problems.push(`uncovered text after ${prev}`);
  expect(problems).toEqual([]);
  return got;
}

describe("splitSentences: 현상별", () => {
  test.each<[string, string, string[]]>([
    ["종결어미 다.", "주가가 올랐다. 거래량도 늘었다.", ["주가가 올랐다.", "거래량도 늘었다."]],
    ["인용문 안 두 문장", "그는 “좋다. 또 보자”고 했다. 끝.", ["그는 “좋다. 또 보자”고 했다.", "끝."]],
    ["소수점", "성장률은 1.5%다. 물가는 2.1%다.", ["성장률은 1.5%다.", "물가는 2.1%다."]],
    ["약어 Inc. U.S.", "Apple Inc. 주가가 U.S. 시장에서 올랐다.", ["Apple Inc. 주가가 U.S. 시장에서 올랐다."]],
    ["이메일", "문의: ir@example.co.kr 로 보내면 된다.", ["문의: ir@example.co.kr 로 보내면 된다."]],
    ["URL", "https://example.com/a.b?c=d. 다음 문장이다.", ["https://example.com/a.b?c=d.", "다음 문장이다."]],
    ["줄바꿈", "제목\n본문이다.", ["제목", "본문이다."]],
    ["데이트라인", "(서울=연합뉴스) 김철수 기자 = 본문이다.", ["§(서울=연합뉴스) 김철수 기자 =", "본문이다."]],
    ["저작권", "본문이다.\n< 저작권자 ⓒ 연합뉴스, 무단 전재 및 재배포 금지 >", ["본문이다.", "§< 저작권자 ⓒ 연합뉴스, 무단 전재 및 재배포 금지 >"]],
    ["바이라인", "본문이다. 홍길동 기자 hong@example.co.kr", ["본문이다.", "§홍길동 기자 hong@example.co.kr"]],
    ["사진 크레디트 꼬리", "회장이 말하고 있다. /사진=연합뉴스", ["회장이 말하고 있다.", "§/사진=연합뉴스"]],
  ])("%s", (_name, text, expected) => {
    expect(texts(text, check(text))).toEqual(expected);
  });
});

describe("splitSentences: 이상한 입력", () => {
  test.each<[string, string]>([
    ["빈 문자열", ""],
    ["공백만", " \n\t\u3000 \r\n"],
    ["외톨이 서러게이트", "가\uD800나. 다\uDC00라."],
    ["닫는 괄호만", ")))]]]”””. 끝."],
    ["여는 괄호만", "(((“““[[[. 끝."],
    ["NUL과 제어문자", "a\u0000b. c\u0007d."],
  ])("%s: 예외 없음, 불변식 유지", (_name, text) => {
    expect(() => check(text)).not.toThrow();
  });

  test("문자열이 아닌 입력은 오용 → SinmunError", () => {
    expect(() => splitSentences(undefined as unknown as string)).toThrow(SinmunError);
  });

  test("10만 개의 따옴표: 끝나고, 불변식 유지", () => {
    const text = "“좋다.” ".repeat(50_000) + "끝이다.";
    const got = check(text);
    expect(got.length).toBe(50_001);
  });

  test("여는 따옴표 10만 개 (짝 없음)", () => {
    const text = "“가. ".repeat(100_000);
    check(text);
  });

  test("문장부호 없는 1 MB 한 줄: 한 문장", () => {
    const text = "가나다라마바사 ".repeat(131_072).trimEnd();
    expect(check(text)).toEqual([{ start: 0, end: text.length }]);
  });

  test("닫히지 않은 따옴표는 다음 문단을 삼키지 않는다", () => {
    const text = "그는 “회사가 어렵다. 직원들이 동요한다.\n둘째 문단이다. 셋째 문장이다.";
    expect(texts(text, check(text))).toEqual(["그는 “회사가 어렵다. 직원들이 동요한다.", "둘째 문단이다.", "셋째 문장이다."]);
  });

  test(`닫히지 않은 따옴표는 ${MAX_QUOTE_SPAN}자 넘게 묶지 않는다`, () => {
    const body = "실적이 좋다. ".repeat(200);
    const text = `그는 “${body}`;
    expect(text.length).toBeGreaterThan(MAX_QUOTE_SPAN);
    expect(check(text).length).toBe(200);
  });

  test("짝이 먼 따옴표는 짝으로 보지 않는다", () => {
    const text = `그는 “${"좋다. ".repeat(400)}”고 했다.`;
    expect(check(text).length).toBeGreaterThan(100);
  });

  test("무작위 문자열: 예외 없이 불변식 유지 (fast-check)", () => {
    const alphabet = fc.constantFrom(..."가다요까 .?!…“”‘’\"'()[]「」<>ⓒ©=/@\n\r\t1.5Inc.U.S.기자사진".split(""), "다. ", "\uD800", "www.a.b", "ⓒ 연합뉴스 무단 전재 금지");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join("")), (text) => {
        check(text);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

describe("splitSentences: 마침표 뒤 띄어쓰기 없음·방송 대본 (issue 14)", () => {
  test.each<[string, string, string[]]>([
    ["습니다.뒤 한글", "수요가 늘 것으로 분석됩니다.한빛전자는 올랐다.", ["수요가 늘 것으로 분석됩니다.", "한빛전자는 올랐다."]],
    ["다.뒤 한글 회사명", "주가가 올랐다.가온로보틱스가 급등했다.", ["주가가 올랐다.", "가온로보틱스가 급등했다."]],
    ["다.뒤 라틴 대문자", "주가는 1.5% 올랐다.SK하이닉스도 올랐다.", ["주가는 1.5% 올랐다.", "SK하이닉스도 올랐다."]],
    ["다.뒤 여는 따옴표", "그는 웃었다.“좋다”고 했다.", ["그는 웃었다.", "“좋다”고 했다."]],
    ["소수점은 그대로", "성장률은 2.5%였다.", ["성장률은 2.5%였다."]],
    ["약어 뒤 대문자는 그대로", "U.S.Steel 주가가 올랐다.", ["U.S.Steel 주가가 올랐다."]],
    ["URL 안 마침표", "자료는 www.example.com/다.B 에 있다.", ["자료는 www.example.com/다.B 에 있다."]],
    ["줄임표 뒤 붙은 글자", "글쎄요...그렇죠.", ["글쎄요...그렇죠."]],
    ["앵커·기자 표지", "<앵커> 코스피가 올랐습니다. <기자> 오늘 코스피는 1% 올랐습니다.", ["§<앵커>", "코스피가 올랐습니다.", "§<기자>", "오늘 코스피는 1% 올랐습니다."]],
    ["붙어 쓴 표지", "<앵커>코스피가 올랐습니다.<기자>오늘 장은", ["§<앵커>", "코스피가 올랐습니다.", "§<기자>", "오늘 장은"]],
    ["대괄호 표지", "[앵커]환율이 올랐습니다.[기자]네, 그렇습니다.", ["§[앵커]", "환율이 올랐습니다.", "§[기자]", "네, 그렇습니다."]],
    ["문장 중간 표지", "시장은 흔들렸고 <인터뷰> 투자자는 불안해했다.", ["시장은 흔들렸고", "§<인터뷰>", "투자자는 불안해했다."]],
    ["표지 아닌 꺾쇠", "A<B 이고 <한빛> 자료다.", ["A<B 이고 <한빛> 자료다."]],
  ])("%s", (_name, text, want) => {
    expect(texts(text, check(text))).toEqual(want);
  });
  test("표지 만 개가 이어져도 선형으로 끝난다", () => {
    const text = "<기자>".repeat(10_000) + "올랐다.".repeat(10_000);
    const got = check(text);
    expect(got.length).toBeGreaterThan(10_000);
  });
});
