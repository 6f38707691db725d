import { assertDoc, indexText, splitSentences, type Entity, type Token } from "@sinmun/core";
import { createRecognizer } from "../src";

// Issue 14: organisations from context, splitter boundaries, PERSON evidence, places. Bundled dictionary.
const ner = createRecognizer();
const run = (text: string, tokens: Token[] = []): Entity[] => {
  const sentences = splitSentences(text);
  const entities = ner.recognize(text, { index: indexText(text, { sentences }), tokens });
  assertDoc({ text, sentences, entities });
  return entities;
};
const brief = (es: Entity[]): string[] => es.map((e) => `${e.text}/${e.label}/${e.source}`);

/** One NNP token per listed surface (ko-dic semantic 인명), as the tokenizer would give them. */
function personTokens(text: string, surfaces: string[]): Token[] {
  const out: Token[] = [];
  for (const s of surfaces) {
    const start = text.indexOf(s);
    out.push({ start, end: start + s.length, text: s, form: s, pos: "NNP", tags: ["NNP"], eojeol: text.slice(0, start).split(" ").length - 1, sentence: 0, semantic: "인명" });
  }
  return out.sort((a, b) => a.start - b.start);
}

describe("문맥으로 찾는 조직 (source: context)", () => {
  test.each<[string, string, string[]]>([
    ["유형 명사 + 이름: 제약사", "다국적 제약사 한솔파마텍은 신약을 공개했다.", ["한솔파마텍"]],
    ["유형 명사 + 이름: 시장조사업체", "시장조사업체 가온인사이트는 D램 값이 오른다고 봤다.", ["가온인사이트"]],
    ["두 낱말 유형 명사: 전기차 업체", "중국 전기차 업체 룽하이자동차와 손잡았다.", ["룽하이자동차"]],
    ["수식어 뒤 일반 유형 명사", "국내 기업 누리온은 흑자를 냈다.", ["누리온"]],
    ["괄호 안 목록", "이마트(가람코리아, 별빛커피코리아)는 실적이 좋았다.", ["가람코리아", "별빛커피코리아"]],
    ["조사 붙은 반복 언급", "시장조사업체 가온인사이트는 전망을 냈다. 가온인사이트에 따르면 값이 오른다.", ["가온인사이트", "가온인사이트"]],
    ["거래 동사의 주어가 반복될 때", "누리솔루션은 한빛데이터를 인수했다고 밝혔다. 누리솔루션의 주가는 올랐다.", ["누리솔루션", "누리솔루션"]],
    ["업종 수식어 뒤 일반 유형 명사, 이로 끝나는 이름 (이는 조사가 아니다)", "간편결제 업체 별빛페이는 가입자를 늘렸다.", ["별빛페이"]],
    ["업종 수식어: 콘텐츠 업체", "웹툰 기업 누리툰은 흑자를 냈다.", ["누리툰"]],
  ])("%s", (_n, text, names) => {
    const got = run(text).filter((e) => e.source === "context" || e.source === "rule");
    expect(got.map((e) => e.text)).toEqual(names);
    for (const e of got) expect(e.label).toBe("ORG");
  });

  test("문맥 발견은 문서 id를 받고, 사전 별칭과 같으면 그 개체에 연결된다", () => {
    const [a] = run("다국적 제약사 한솔파마텍은 신약을 냈다.").filter((e) => e.source === "context");
    expect(a).toMatchObject({ source: "context", id: "doc:한솔파마텍" });
    const [m] = run("미국 빅테크 메타는 새 모델을 공개했다.").filter((e) => e.text === "메타");
    expect(m).toMatchObject({ source: "context", id: "meta-platforms", label: "ORG" });
  });

  test.each<[string, string]>([
    ["일반 명사 뒤의 복합어", "회사 로고를 바꿨다. 기업 이미지가 좋아졌다."],
    ["유형 명사 뒤 흔한 명사", "업체 관계자는 말했다. 기업 가치가 올랐다."],
    ["조직 이름 끝의 유형 명사", "인천국제공항공사 초임이 올랐다."],
    ["괄호 안 항목이 하나", "이마트(옛 신세계)는 올랐다."],
    ["괄호 안 숫자", "삼성전자(005930, 1.5%)는 올랐다."],
  ])("찾지 않는다: %s", (_n, text) => {
    expect(run(text).filter((e) => e.source === "context")).toEqual([]);
  });
});

describe("띄어쓰기 없는 마침표와 방송 대본은 개체 경계", () => {
  test.each<[string, string, string[]]>([
    ["습니다.이름", "수요가 늘 것으로 분석됩니다.삼성전자는 올랐다.", ["삼성전자/ORG/dictionary"]],
    ["다.이름", "주가가 올랐다.SK하이닉스도 올랐다.", ["SK하이닉스/ORG/dictionary"]],
    ["앵커·기자 표지", "<앵커>삼성전자가 올랐습니다.<기자>LG전자도 올랐습니다.", ["삼성전자/ORG/dictionary", "LG전자/ORG/dictionary"]],
    ["다.뒤 모르는 회사", "분석됩니다.한빛전자는 올랐다.", ["한빛전자/ORG/rule"]],
    ["다.뒤 인물 + 직함", "주가가 올랐다.홍길순 한빛전자 회장은 말했다.", ["홍길순/PERSON/rule", "한빛전자/ORG/rule"]],
    ["표지 뒤 인물", "<기자>홍길순 회장은 말했다.", ["홍길순/PERSON/rule"]],
  ])("%s", (_n, text, expected) => {
    expect(brief(run(text))).toEqual(expected);
  });
});

describe("형태소 분석만으로는 PERSON이 아니다", () => {
  test.each<[string, string, string[]]>([
    ["외래어 보통명사", "임상 마일스톤을 달성했다.", ["마일스톤"]],
    ["업종 이름", "바이오 업종이 강세다.", ["바이오"]],
    ["두 음절 조각", "순이익이 늘었다. 이와 함께 올랐다.", ["순이", "이와"]],
    ["낱말 둘의 병합", "동결 결정은 만장일치였다.", ["동결 결정"]],
  ])("%s", (_n, text, tagged) => {
    expect(run(text, personTokens(text, tagged)).filter((e) => e.label === "PERSON")).toEqual([]);
  });

  test.each<[string, string, string[], string[]]>([
    ["성+이름 꼴", "홍길순이 말했다.", ["홍길순"], ["홍길순"]],
    ["뒤에 직함", "마르코 회장은 말했다.", ["마르코"], ["마르코"]],
    ["뒤에 씨", "도담씨는 웃었다.", ["도담"], ["도담"]],
    ["나이 괄호", "루카(41)는 웃었다.", ["루카"], ["루카"]],
  ])("증거가 있으면 PERSON: %s", (_n, text, tagged, expected) => {
    expect(run(text, personTokens(text, tagged)).filter((e) => e.label === "PERSON").map((e) => e.text)).toEqual(expected);
  });

  test("조직을 사이에 둔 외국 이름: 리드 호프먼 링크트인 회장", () => {
    expect(brief(run("리드 호프먼 링크트인 회장은 말했다."))).toEqual(["리드 호프먼/PERSON/dictionary", "링크트인/ORG/dictionary"]);
  });
  test("성 + 직함은 앞의 전체 이름에 연결: 황 CEO", () => {
    const es = run("젠슨 황 엔비디아 CEO는 말했다. 황 CEO는 웃었다.");
    expect(es.filter((e) => e.label === "PERSON").map((e) => e.id)).toEqual(["jensen-huang", "jensen-huang"]);
  });
  test("경기 침체는 경기도가 아니다", () => {
    expect(run("경기 침체 우려가 커졌다.").filter((e) => e.label === "LOC")).toEqual([]);
  });
  test("유튜브 프리미엄은 그 자체의 상품", () => {
    expect(brief(run("유튜브 프리미엄 요금이 올랐다."))).toEqual(["유튜브 프리미엄/PRODUCT/dictionary"]);
  });
});

describe("흔한 낱말은 개체가 아니다 (news-styles에서 본 오류)", () => {
  test.each<[string, string]>([
    ["유가 지표 WTI", "WTI 가격이 올랐다."],
    ["물동량 단위 TEU", "물동량은 300만 TEU다."],
    ["항체약물접합체 ADC", "ADC 신약을 개발한다."],
    ["단위 + 당", "금은 온스당 올랐다."],
  ])("%s", (_n, text) => {
    expect(run(text).filter((e) => e.label === "ORG")).toEqual([]);
  });
  test("통화 이름은 PERSON이 아니다: 헤알", () => {
    const text = "헤알 가치가 내렸다.";
    expect(run(text, personTokens(text, ["헤알"]))).toEqual([]);
  });
  test("경기를 뒷받침: 지명 태그가 있어도 경기도가 아니다", () => {
    const text = "경기를 뒷받침할 때다.";
    const tokens = personTokens(text, ["경기"]).map((t) => ({ ...t, semantic: "지명" }));
    expect(run(text, tokens)).toEqual([]);
  });
  test("사전 이름 + 조사 뒤의 분리 접미어는 조직을 만들지 않는다: 알테오젠이 글로벌", () => {
    expect(brief(run("알테오젠이 글로벌 제약사와 계약했다."))).toEqual(["알테오젠/ORG/dictionary"]);
  });
});

describe("지명 약칭과 구", () => {
  test.each<[string, string, string[]]>([
    ["한 글자 한자 약칭", "美 금리 인상에 中 증시가 흔들렸다.", ["美/LOC/united-states", "中/LOC/china"]],
    ["日", "日 정부는 발표했다.", ["日/LOC/japan"]],
    ["한·미", "한·미 정상은 만났다.", ["한/LOC/south-korea", "미/LOC/united-states"]],
    ["미 식품의약국", "미 식품의약국(FDA)은 승인했다.", ["미/LOC/united-states", "식품의약국/ORG/us-food-and-drug-administration", "FDA/ORG/us-food-and-drug-administration"]],
    ["서울 중구", "서울 중구에 문을 열었다.", ["서울 중구/LOC/doc:서울-중구"]],
  ])("%s", (_n, text, expected) => {
    expect(run(text).filter((e) => e.label === "LOC" || e.label === "ORG").map((e) => `${e.text}/${e.label}/${e.id}`)).toEqual(expected);
  });
});

describe("나쁜 입력: 선형 시간, 예외 없음, 범위 안", () => {
  test.each<[string, () => string]>([
    ["모르는 라틴·한글 이름 1 MB", () => Array.from({ length: 60_000 }, (_, i) => (i % 2 ? `Zorv${i}` : `가온${i % 97}랩`)).join(" ")],
    ["유형 명사 1만 개", () => "제약사 ".repeat(10_000) + "한솔파마텍은"],
    ["괄호 하나에 회사 5천 개", () => "이마트(" + Array.from({ length: 5_000 }, (_, i) => `가온${i}코리아`).join(", ") + ")는 올랐다."],
    ["여는 괄호만 수만 개", () => "이마트(".repeat(30_000)],
  ])("%s", (_n, make) => {
    const text = make();
    const es = ner.recognize(text);
    for (const e of es) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("아직 못 찾는 것 (issue 14, README Limits)", () => {
  test.failing("유형 명사와 이름 사이에 서술격 조사: 제약사인 한솔파마텍", () => {
    expect(run("제약사인 한솔파마텍은 신약을 냈다.").map((e) => e.text)).toEqual(["한솔파마텍"]);
  });
  test.failing("한 번만 나오는 거래 동사의 주어", () => {
    expect(run("누리솔루션은 한빛데이터를 인수했다고 밝혔다.").map((e) => e.text)).toEqual(["누리솔루션"]);
  });
  test.failing("사전에 없는 조직 앞의 외국 이름은 조직의 첫 낱말까지 삼킨다", () => {
    expect(run("마르틴 베커 누리온 회장은 말했다.").map((e) => `${e.text}/${e.label}`)).toEqual(["마르틴 베커/PERSON", "누리온/ORG"]);
  });
  test.failing("구·군 꼴이 아닌 동네: 대전 둔산", () => {
    expect(run("대전 둔산에 문을 열었다.").map((e) => e.text)).toEqual(["대전 둔산"]);
  });
});
