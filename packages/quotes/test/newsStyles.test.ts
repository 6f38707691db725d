import { assertDoc } from "@sinmun/core";
import type { Quote } from "@sinmun/core";
import { createRecognizer } from "@sinmun/ner";
import { attributeQuotes } from "../src/index";

const ner = createRecognizer();

function quotes(text: string): Quote[] {
  const doc = { text, sentences: [], entities: ner.recognize(text) };
  const got = attributeQuotes(doc, { lookup: (id) => ner.lookup(id) as { meta?: Record<string, unknown> } | undefined });
  assertDoc({ ...doc, quotes: got });
  expect(JSON.parse(JSON.stringify(got))).toEqual(got);
  return got;
}

/** [quote text, speaker text, cue lemma] */
type Row = [string, string | null, string | null];
const rows = (text: string): Row[] => quotes(text).map((q) => [q.text, q.speaker?.text ?? null, q.cue?.lemma ?? null]);

describe("issue 14 — polite, broadcast and disclosure cues", () => {
  test.each<[string, string, Row[]]>([
    ["밝혔습니다", "이창용 한국은행 총재는 \"물가가 안정되고 있다\"고 밝혔습니다.", [["\"물가가 안정되고 있다\"", "이창용", "밝히다"]]],
    ["말했습니다", "김 대표는 \"수출이 회복되고 있다\"고 말했습니다.", [["\"수출이 회복되고 있다\"", "김 대표", "말하다"]]],
    ["선언했습니다", "정부는 \"규제를 과감히 풀겠다\"고 선언했습니다.", [["\"규제를 과감히 풀겠다\"", "정부", "선언하다"]]],
    ["전했습니다 (간접)", "업계 관계자는 수주가 늘고 있다고 전했습니다.", [["수주가 늘고 있다고", "업계 관계자", "전하다"]]],
    ["공시했다", "삼성전자는 \"신규 설비에 투자한다\"고 공시했다.", [["\"신규 설비에 투자한다\"", "삼성전자", "공시하다"]]],
    ["발표했다", "한국은행은 경기가 완만히 회복하고 있다고 발표했다.", [["경기가 완만히 회복하고 있다고", "한국은행", "발표하다"]]],
    ["보고했다", "금융위원회는 가계부채 증가세가 꺾였다고 보고했다.", [["가계부채 증가세가 꺾였다고", "금융위원회", "보고하다"]]],
  ])("%s", (_name, text, want) => expect(rows(text)).toEqual(want));
});

describe("issue 14 — headline quotes with the speaker first and no verb", () => {
  test.each<[string, string, Row[]]>([
    ["기관명", "트렌드포스 \"D램 가격 더 오른다\"\n메모리 가격이 오를 전망이다.", [["\"D램 가격 더 오른다\"", "트렌드포스", null]]],
    ["업계", "업계 \"판매 늘어날 것\"\n신차 출시가 이어진다.", [["\"판매 늘어날 것\"", "업계", null]]],
  ])("%s", (_name, text, want) => expect(rows(text)).toEqual(want));
});

describe("issue 14 — lead sentence: X가 …한다고 11일 밝혔다", () => {
  test("the subject is the speaker and not in the quote span", () => {
    expect(rows("한미약품이 미국 제약사와 기술수출 계약을 맺었다고 11일 밝혔다.")).toEqual([
      ["미국 제약사와 기술수출 계약을 맺었다고", "한미약품", "밝히다"],
    ]);
  });
});

describe("issue 14 — coordinated speakers and reported chains", () => {
  test("기획재정부와 한국은행은 → both speakers, the first as speaker", () => {
    const [q] = quotes("기획재정부와 한국은행은 \"시장 안정에 총력을 다하겠다\"고 밝혔다.");
    expect(q?.speakers?.map((s) => s.text)).toEqual(["기획재정부", "한국은행"]);
    expect(q?.speaker?.text).toBe("기획재정부");
  });

  test("a single speaker has no speakers list", () => {
    const [q] = quotes("한국은행은 \"시장 안정에 총력을 다하겠다\"고 밝혔다.");
    expect(q?.speakers).toBeUndefined();
  });

  test.each<[string, string, string, string, string]>([
    ["간접", "파월 의장은 금리 인하를 서두르지 않겠다고 말했다고 블룸버그통신은 보도했다.", "금리 인하를 서두르지 않겠다고", "파월", "블룸버그통신"],
    ["직접", "파월 의장은 \"서두르지 않겠다\"고 말했다고 로이터통신이 전했다.", "\"서두르지 않겠다\"", "파월", "로이터통신"],
  ])("reported chain (%s): speaker, own cue and the outlet as source", (_name, text, span, speaker, source) => {
    const [q] = quotes(text);
    expect(q).toMatchObject({ text: span, speaker: { text: speaker }, cue: { lemma: "말하다" }, source: { text: source } });
  });
});

describe("issue 14 — text scraped without a space after full stops", () => {
  test.each<[string, string, Row[]]>([
    ["마침표에 붙은 화자", "판매량은 15% 증가했다.기아 관계자는 보급형 모델이 판매를 이끌고 있다고 말했다.", [["보급형 모델이 판매를 이끌고 있다고", "기아 관계자", "말하다"]]],
    ["마침표에 붙은 기관", "회사는 3조 원을 투자한다.산업통상자원부는 불가피한 조치라고 설명했다.", [["불가피한 조치라고", "산업통상자원부", "설명하다"]]],
  ])("%s", (_name, text, want) => expect(rows(text)).toEqual(want));

  test("투자자 단체는 → 투자자 단체 (투자자 ends like a josa but is a noun)", () => {
    expect(rows("투자자 단체는 보호 장치가 부족하다고 전했다.")).toEqual([["보호 장치가 부족하다고", "투자자 단체", "전하다"]]);
  });

  test("업계에서는 → 업계", () => {
    expect(rows("업계에서는 국내 최대 규모라고 평가했다.")).toEqual([["국내 최대 규모라고", "업계", "평가하다"]]);
  });
});

describe("issue 14 — bad input for the new rules: no throw, spans inside the text", () => {
  test.each([
    ["10,000 coordinated names", "삼성전자와 ".repeat(10000) + "한국은행은 \"좋다\"고 밝혔다."],
    ["5,000 headline lines", "업계 \"판매 늘어날 것\"\n".repeat(5000)],
    ["5,000 reported chains", "그는 좋다고 말했다고 ".repeat(5000) + "로이터통신이 전했다."],
    ["20,000 glued full stops", "늘었다.관계자는 좋다고 말했다.".repeat(20000)],
    ["5,000 companies in one pair of parentheses", "(" + "삼성전자, ".repeat(5000) + ")는 \"좋다\"고 밝혔다."],
  ])("%s", (_name, text) => {
    const got = attributeQuotes({ text });
    assertDoc({ text, sentences: [], quotes: got });
    for (const q of got) for (const s of [q.speaker, q.source, ...(q.speakers ?? [])]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
