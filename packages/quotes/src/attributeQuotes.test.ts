import { assertDoc, indexText, splitSentences } from "@sinmun/core";
import type { Entity, Quote } from "@sinmun/core";
import { attributeQuotes } from "./attributeQuotes";
import type { AttributeQuotesOptions } from "./attributeQuotes";

type E = [surface: string, label: "PERSON" | "ORG", id: string, name?: string | undefined, nth?: number];

/** Hand-written entity spans, so these tests do not depend on the recognizer. */
function entities(text: string, list: E[]): Entity[] {
  return list.map(([surface, label, id, name, nth = 0]) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`no ${surface} in ${text}`);
    return { start: at, end: at + surface.length, text: surface, label, id, name: name ?? surface, source: "dictionary" as const };
  }).sort((a, b) => a.start - b.start);
}

function run(text: string, list: E[] = []): Quote[] {
  const doc = { text, sentences: [{ start: 0, end: text.length }], entities: entities(text, list) };
  const quotes = attributeQuotes(doc);
  assertDoc({ ...doc, quotes });
  return quotes;
}

/** [kind, quote text, speaker text | null, speaker id | null | undefined, cue text | null, lemma?] */
type Want = [Quote["kind"], string, string | null, string | null | undefined, string | null, (string | undefined)?];

function brief(q: Quote): Want {
  return [q.kind, q.text, q.speaker?.text ?? null, q.speaker ? q.speaker.id : undefined, q.cue?.text ?? null, q.cue?.lemma];
}

const SAM: E[] = [["샘 올트먼", "PERSON", "sam-altman"], ["오픈AI", "ORG", "openai"]];

describe("직접 인용", () => {
  test.each<[string, string, E[], Want[]]>([
    ["곧은따옴표와 말했다", "이재용 회장은 “위기는 기회”라고 말했다.", [["이재용", "PERSON", "lee-jae-yong"]],
      [["direct", "“위기는 기회”", "이재용", "lee-jae-yong", "말했다", "말하다"]]],
    ["곧은 큰따옴표 \"…\"", "그는 \"시장이 살아난다\"고 밝혔다.", [],
      [["direct", "\"시장이 살아난다\"", "그", null, "밝혔다", "밝히다"]]],
    ["짝이 어긋난 따옴표 “…\"", "최 대표는 “수요가 많다\"고 말했다.", [["최 대표", "PERSON", "choi", "최민준"]],
      [["direct", "“수요가 많다\"", "최 대표", "choi", "말했다", "말하다"]]],
    ["짝이 어긋난 따옴표 \"…”", "최 대표는 \"수요가 많다”고 말했다.", [["최 대표", "PERSON", "choi", "최민준"]],
      [["direct", "\"수요가 많다”", "최 대표", "choi", "말했다", "말하다"]]],
    ["낫표 「…」", "박 대표는 「체중이 11% 줄었다」고 말했다.", [["박 대표", "PERSON", "park"]],
      [["direct", "「체중이 11% 줄었다」", "박 대표", "park", "말했다", "말하다"]]],
    ["발화인 작은따옴표 ‘…’", "한 대표는 ‘작지만 빠른 모델이 이긴다’고 말했다.", [["한 대표", "PERSON", "han"]],
      [["direct", "‘작지만 빠른 모델이 이긴다’", "한 대표", "han", "말했다", "말하다"]]],
    ["술어 어미 없는 작은따옴표 + 인용동사", "그는 ‘이번이 마지막 기회’라고 말했다.", [],
      [["direct", "‘이번이 마지막 기회’", "그", null, "말했다", "말하다"]]],
    ["여러 문장을 담은 인용", "그는 “수요가 많다. 공급이 부족하다. 가격은 오른다.”고 말했다.", [],
      [["direct", "“수요가 많다. 공급이 부족하다. 가격은 오른다.”", "그", null, "말했다", "말하다"]]],
    ["시간·장소 부사어를 건너 뛴 화자", "이 대표는 21일 간담회에서 “흑자를 내겠다”고 말했다.", [["이 대표", "PERSON", "lee", "이민호"]],
      [["direct", "“흑자를 내겠다”", "이 대표", "lee", "말했다", "말하다"]]],
    ["인용 뒤의 화자", "“수요가 살아나고 있다”고 최 대표는 말했다.", [["최 대표", "PERSON", "choi"]],
      [["direct", "“수요가 살아나고 있다”", "최 대표", "choi", "말했다", "말하다"]]],
    ["동격 구문: 이름 + 회사 + 직함", "샘 올트먼 오픈AI 최고경영자(CEO)는 “AGI가 가깝다”고 말했다.", SAM,
      [["direct", "“AGI가 가깝다”", "샘 올트먼", "sam-altman", "말했다", "말하다"]]],
    ["고만 답했다", "그는 “지켜보겠다”고만 답했다.", [],
      [["direct", "“지켜보겠다”", "그", null, "답했다", "답하다"]]],
    ["엑스에 썼다", "머스크는 엑스에 “오늘은 역사적인 날”이라고 썼다.", [["머스크", "PERSON", "elon-musk"]],
      [["direct", "“오늘은 역사적인 날”", "머스크", "elon-musk", "썼다", "쓰다"]]],
    ["대거리했다", "올트먼은 “그가 행복했으면 좋겠다”고 대거리했다.", [["올트먼", "PERSON", "sam-altman"]],
      [["direct", "“그가 행복했으면 좋겠다”", "올트먼", "sam-altman", "대거리했다", "대거리하다"]]],
  ])("%s", (_name, text, list, want) => {
    expect(run(text, list).map(brief)).toEqual(want);
  });
});

describe("연쇄 인용: 한 화자, 한 인용동사", () => {
  test.each<[string, string, Want[]]>([
    ["며", "샘 올트먼 오픈AI CEO는 “A가 온다”며 “B도 온다”고 말했다.", [
      ["direct", "“A가 온다”", "샘 올트먼", "sam-altman", "말했다", "말하다"],
      ["direct", "“B도 온다”", "샘 올트먼", "sam-altman", "말했다", "말하다"]]],
    ["이라며", "샘 올트먼 오픈AI CEO는 “가장 큰 변화”라며 “준비하라”고 강조했다.", [
      ["direct", "“가장 큰 변화”", "샘 올트먼", "sam-altman", "강조했다", "강조하다"],
      ["direct", "“준비하라”", "샘 올트먼", "sam-altman", "강조했다", "강조하다"]]],
    ["면서", "샘 올트먼 오픈AI CEO는 “늦었다”면서 “서두르겠다”고 밝혔다.", [
      ["direct", "“늦었다”", "샘 올트먼", "sam-altman", "밝혔다", "밝히다"],
      ["direct", "“서두르겠다”", "샘 올트먼", "sam-altman", "밝혔다", "밝히다"]]],
    ["라고 하면서", "샘 올트먼 오픈AI CEO는 “늦었다”라고 하면서 “서두르겠다”고 밝혔다.", [
      ["direct", "“늦었다”", "샘 올트먼", "sam-altman", "밝혔다", "밝히다"],
      ["direct", "“서두르겠다”", "샘 올트먼", "sam-altman", "밝혔다", "밝히다"]]],
    ["다며 + 다고: 간접 인용 연쇄", "샘 올트먼 오픈AI CEO는 수요가 강하다며 투자를 늘리겠다고 밝혔다.", [
      ["indirect", "수요가 강하다며", "샘 올트먼", "sam-altman", "밝혔다", "밝히다"],
      ["indirect", "투자를 늘리겠다고", "샘 올트먼", "sam-altman", "밝혔다", "밝히다"]]],
  ])("%s", (_name, text, want) => {
    expect(run(text, SAM).map(brief)).toEqual(want);
  });
});

describe("간접 인용과 혼합 인용", () => {
  test.each<[string, string, E[], Want[]]>([
    ["다고 말했다", "그는 실적이 개선됐다고 말했다.", [], [["indirect", "실적이 개선됐다고", "그", null, "말했다", "말하다"]]],
    ["할 것이라고 전망했다", "김 연구원은 코스피가 3500선을 시험할 것이라고 전망했다.", [["김", "PERSON", "kim", "김서연"]],
      [["indirect", "코스피가 3500선을 시험할 것이라고", "김 연구원", "kim", "전망했다", "전망하다"]]],
    ["냐고 물었다", "한 애널리스트는 투자가 너무 빠르지 않으냐고 물었다.", [],
      [["indirect", "투자가 너무 빠르지 않으냐고", "한 애널리스트", null, "물었다", "묻다"]]],
    ["자고 제안했다", "최 회장은 협력을 넓혀 나가자고 제안했다.", [["최 회장", "PERSON", "chey-tae-won"]],
      [["indirect", "협력을 넓혀 나가자고", "최 회장", "chey-tae-won", "제안했다", "제안하다"]]],
    ["다는 입장이다", "회사 측은 추가 투자를 검토하지 않는다는 입장이다.", [],
      [["indirect", "추가 투자를 검토하지 않는다는", "회사 측", null, "입장이다", "입장이다"]]],
    ["다는 방침이다", "현대자동차는 판매 목표를 낮추지 않는다는 방침이다.", [["현대자동차", "ORG", "hyundai-motor"]],
      [["indirect", "판매 목표를 낮추지 않는다는", "현대자동차", "hyundai-motor", "방침이다", "방침이다"]]],
    ["다는 게 회사 측 설명이다", "삼성전자가 공장을 짓는다. 생산을 두 배로 늘린다는 게 회사 측 설명이다.", [["삼성전자", "ORG", "samsung-electronics"]],
      [["indirect", "생산을 두 배로 늘린다는", "회사 측", "samsung-electronics", "설명이다", "설명이다"]]],
    ["소식통 인용 보도", "로이터는 소식통을 인용해 오픈AI가 자금 조달을 추진한다고 보도했다.", [["로이터", "ORG", "reuters"], ["오픈AI", "ORG", "openai"]],
      [["indirect", "오픈AI가 자금 조달을 추진한다고", "로이터", "reuters", "보도했다", "보도하다"]]],
    ["혼합 인용: 절 안의 따옴표 조각", "그는 실적이 “바닥을 쳤다”고 평가했다.", [],
      [["mixed", "실적이 “바닥을 쳤다”고", "그", null, "평가했다", "평가하다"]]],
    ["혼합 인용: 조사가 붙은 따옴표 조각", "신 회장은 “본업의 경쟁력”을 되살리라고 주문했다.", [["신 회장", "PERSON", "shin-dong-bin"]],
      [["mixed", "“본업의 경쟁력”을 되살리라고", "신 회장", "shin-dong-bin", "주문했다", "주문하다"]]],
    ["받는 사람은 절에 들지 않는다", "최 회장은 구성원들에게 “도전하라”고 당부했다.", [["최 회장", "PERSON", "chey-tae-won"]],
      [["direct", "“도전하라”", "최 회장", "chey-tae-won", "당부했다", "당부하다"]]],
  ])("%s", (_name, text, list, want) => {
    expect(run(text, list).map(brief)).toEqual(want);
  });
});

describe("화자", () => {
  const HUANG: E[] = [["젠슨 황", "PERSON", "jensen-huang"], ["엔비디아", "ORG", "nvidia"]];
  test.each<[string, string, E[], string, string | null, string]>([
    ["조직: 로이터통신은", "로이터통신은 “공급이 부족하다”고 보도했다.", [], "로이터통신", null, "organization"],
    ["조직: 회사 측은 → 앞의 회사", "네이버가 실적을 냈다. 회사 측은 “광고가 늘었다”고 밝혔다.", [["네이버", "ORG", "naver"]], "회사 측", "naver", "organization"],
    ["익명: 업계 관계자는", "업계 관계자는 “내년까지 어렵다”고 전했다.", [], "업계 관계자", null, "anonymous"],
    ["익명: 한 애널리스트는", "한 애널리스트는 “비싸다”고 말했다.", [], "한 애널리스트", null, "anonymous"],
    ["익명: 월가의 한 투자자는", "월가의 한 투자자는 “늘 곧이었다”고 비꼬았다.", [], "월가의 한 투자자", null, "anonymous"],
    ["대명사 그는 → 앞의 인물", "젠슨 황 엔비디아 CEO가 방한했다. 그는 “한국은 완벽하다”고 말했다.", HUANG, "그", "jensen-huang", "named"],
    ["대명사 그녀는", "리사 수 AMD CEO가 계약을 맺었다. 그녀는 “의미가 크다”고 말했다.", [["리사 수", "PERSON", "lisa-su"]], "그녀", "lisa-su", "named"],
    ["성 + 직함: 황 CEO는", "젠슨 황 엔비디아 CEO가 방한했다. 황 CEO는 “한국은 완벽하다”고 말했다.", HUANG, "황 CEO", "jensen-huang", "named"],
    ["성 + 직함: 앞 문맥의 직함으로 고른다", "이재용 삼성전자 회장과 이창용 한국은행 총재가 만났다. 이 회장은 “협력하겠다”고 말했다.",
      [["이재용", "PERSON", "lee-jae-yong"], ["이창용", "PERSON", "rhee-chang-yong"]], "이 회장", "lee-jae-yong", "named"],
    ["짧은 이름: 파월 의장은", "제롬 파월 의장이 회견을 열었다. 파월 의장은 “서두르지 않겠다”고 말했다.", [["제롬 파월", "PERSON", "jerome-powell"]], "파월", "jerome-powell", "named"],
    ["사전에 없는 이름", "김하늘 한빛증권 연구원은 “반등한다”고 말했다.", [], "김하늘", null, "named"],
    ["그녀는 → 사전에 없는 이름", "김하늘 한빛증권 연구원이 보고서를 냈다. 그녀는 “반등한다”고 말했다.", [], "그녀", null, "named"],
  ])("%s", (_name, text, list, speaker, id, kind) => {
    const [q] = run(text, list);
    expect(q?.speaker).toMatchObject({ text: speaker, id, kind });
  });

  test("이어 “…”고 했다: 앞 화자를 잇는다", () => {
    const qs = run("젠슨 황 엔비디아 CEO는 “수요가 폭발한다”고 말했다. 이어 “공급이 부족하다”고 했다. 그러면서 “가격은 오른다”고 덧붙였다.", HUANG);
    expect(qs.map((q) => [q.speaker?.id, q.cue?.lemma])).toEqual([["jensen-huang", "말하다"], ["jensen-huang", "하다"], ["jensen-huang", "덧붙이다"]]);
  });

  test("따옴표만 있는 단락: 앞 화자를 잇고 인용동사는 없다", () => {
    const qs = run("젠슨 황 엔비디아 CEO는 “수요가 폭발한다”고 말했다.\n“우리는 더 만들 것입니다.”", HUANG);
    expect(qs.map((q) => [q.speaker?.id, q.cue])).toEqual([["jensen-huang", expect.anything()], ["jensen-huang", null]]);
  });

  test("이름을 모르면 speaker는 null", () => {
    expect(run("“올해는 어렵다”고 했다.").map((q) => q.speaker)).toEqual([null]);
  });

  test("인용 안의 사람 이름은 대명사의 선행사가 아니다", () => {
    const text = "워런 버핏 회장은 “에이블이 이끌 것”이라고 말했다. 그는 “나는 그를 믿는다”고 덧붙였다.";
    const qs = run(text, [["워런 버핏", "PERSON", "warren-buffett"], ["에이블", "PERSON", "greg-abel"]]);
    expect(qs.map((q) => q.speaker?.id)).toEqual(["warren-buffett", "warren-buffett"]);
  });
});

describe("발화가 아닌 따옴표", () => {
  test.each<[string, string]>([
    ["판을 벌리다", "쿠팡이 새벽배송 ‘판’을 벌리고 있다."],
    ["제품 이름", "마이크로소프트는 클라우드 ‘애저’를 키우고 있다."],
    ["이른바 신조어", "이른바 ‘칩플레이션’이 현실이 됐다."],
    ["법 이름", "정부는 ‘반도체특별법’의 처리를 요청했다."],
    ["라는 이름", "회사는 새 모델에 ‘누리-3’이라는 이름을 붙였다."],
    ["라고 부른다", "업계에선 이 배터리를 ‘가성비 배터리’라고 부른다."],
    ["큰따옴표 강조 + 조사", "협상이 “마지막 고비”를 맞았다."],
    ["책 제목 『…』", "그가 쓴 책 『돈의 온도』는 5만 부가 팔렸다."],
    ["빈 따옴표", "그는 “”고 말했다."],
  ])("%s", (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe("중첩 인용", () => {
  test("안쪽 인용은 바깥 화자에게 돌리지 않는다", () => {
    const qs = run("황 CEO는 “고객들이 ‘비싸다’고 한다”고 말했다.", [["황 CEO", "PERSON", "jensen-huang"]]);
    expect(qs.map(brief)).toEqual([
      ["direct", "“고객들이 ‘비싸다’고 한다”", "황 CEO", "jensen-huang", "말했다", "말하다"],
      ["direct", "‘비싸다’", null, undefined, "한다", "하다"],
    ]);
  });

  test("인용 안의 말했다는 바깥 문장의 인용동사가 아니다", () => {
    const qs = run("그는 “사장님이 그렇게 말했다”며 웃었다.");
    expect(qs).toHaveLength(1);
    expect(qs[0]?.cue).toBeNull();
  });
});

describe("이상한 입력: 던지지 않고, 선형 시간, 텍스트 밖 범위 없음", () => {
  test.each<[string, string]>([
    ["빈 문자열", ""],
    ["닫히지 않는 인용", "그는 “끝나지 않는 말을 했다"],
    ["짝 없는 닫는 따옴표", "그는 끝”고 말했다."],
    ["따옴표 1만 개", "“".repeat(10000)],
    ["곧은따옴표 1만 개", "\"".repeat(10000)],
    ["섞인 따옴표 1만 개", "“”‘’\"'「」".repeat(1500)],
    ["외톨이 서로게이트", "그는 “\uD800”고 말했다 \uDC00"],
    ["이진 데이터", "\u0000\u0001“\u0002”고\uFFFF"],
    ["줄바꿈이 닫히지 않은 인용을 끊는다", "그는 “첫 줄\n“둘째 줄”고 말했다."],
  ])("%s", (_name, text) => {
    expect(() => run(text)).not.toThrow();
  });

  test("닫히지 않은 인용은 다음 단락을 삼키지 않는다", () => {
    const qs = run("그는 “첫 줄\n이 대표는 “둘째 줄”고 말했다.");
    expect(qs.map((q) => q.text)).toEqual(["“둘째 줄”"]);
  });

  test("잘못된 옵션은 SinmunError", () => {
    expect(() => attributeQuotes({ text: "a" }, { inherit: "yes" as unknown as boolean })).toThrow('@sinmun/quotes: expected inherit in {true, false}, got "yes"');
    expect(() => attributeQuotes({ text: "a" }, { cues: { 말했다: 3 as unknown as string } })).toThrow(/@sinmun\/quotes: expected cues/);
  });

  test("문서가 아닌 값은 빈 결과", () => {
    expect(attributeQuotes({ text: 42 as unknown as string })).toEqual([]);
    expect(attributeQuotes(null as unknown as { text: string })).toEqual([]);
  });

  test("사용자 인용동사가 사전에 더해진다", () => {
    const text = "그는 “늦었다”고 일갈했다.";
    expect(attributeQuotes({ text }, { cues: { 일갈했다: "일갈하다" } })[0]?.cue).toMatchObject({ text: "일갈했다", lemma: "일갈하다" });
    expect(attributeQuotes({ text })[0]?.cue).toBeNull();
  });

  test("사용자 인용동사: 같은 내용이면 같은 사전을 다시 쓰고, 다른 내용이면 그 내용을 따른다", () => {
    const text = "그는 “늦었다”고 일갈했다.";
    expect(attributeQuotes({ text }, { cues: { 일갈했다: "일갈하다" } })[0]?.cue).toMatchObject({ lemma: "일갈하다" });
    // a new object with other content is not served the lexicon built for the first
    expect(attributeQuotes({ text }, { cues: { 일갈했다: "꾸짖다" } })[0]?.cue).toMatchObject({ lemma: "꾸짖다" });
    expect(attributeQuotes({ text }, { cues: { 호통쳤다: "호통치다" } })[0]?.cue).toBeNull();
    // more distinct sets than the cache holds: still right
    for (let i = 0; i < 40; i++) expect(attributeQuotes({ text }, { cues: { 일갈했다: `일갈${i}` } })[0]?.cue).toMatchObject({ lemma: `일갈${i}` });
  });

  test("토큰이 있으면 사전에 없는 인명을 알아본다", () => {
    const text = "남궁민 대표는 “늦었다”고 말했다.";
    const tokens = [{ start: 0, end: 3, text: "남궁민", form: "남궁민", pos: "NNP", tags: ["NNP"], eojeol: 0, sentence: 0, semantic: "인명" }];
    expect(attributeQuotes({ text, tokens })[0]?.speaker).toMatchObject({ text: "남궁민", kind: "named", id: null });
  });
});

describe("목록에 없는 화자와 출처", () => {
  test.each<[string, string, E[], string, string | null, string, string]>([
    ["모르는 주제어 + 인용동사: 검찰은", "검찰은 수사를 마무리했다고 밝혔다.", [], "검찰", null, "organization", "수사를 마무리했다고"],
    ["모르는 이름 + 인용동사: 애슐리는", "애슐리는 남편이 평화롭게 숨을 거뒀다고 덧붙였다.", [], "애슐리", null, "unresolved", "남편이 평화롭게 숨을 거뒀다고"],
    ["에 따르면 + 주제어 화자: 출처가 아니라 말한 사람", "교도통신에 따르면 이시바 총리는 “양보는 없다”고 말했다.", [["교도통신", "ORG", "kyodo-news"], ["이시바", "PERSON", "shigeru-ishiba"]],
      "이시바", "shigeru-ishiba", "named", "“양보는 없다”"],
    ["에 따르면만 있으면 출처가 화자", "교도통신에 따르면 “협상은 길어진다”고 한다.", [["교도통신", "ORG", "kyodo-news"]], "교도통신", "kyodo-news", "organization", "“협상은 길어진다”"],
    ["대해서는: 틀 어구는 절에 들지 않는다", "그녀는 한국 경제에 대해서는 내수가 약하다고 평가했다.", [], "그녀", null, "unresolved", "내수가 약하다고"],
    ["요청의 받는 이(정부에)는 절에 들지 않는다", "강 사장은 정부에 경매를 앞당겨 달라고 요청했다.", [["강 사장", "PERSON", "kang"]], "강 사장", "kang", "named", "경매를 앞당겨 달라고"],
  ])("%s", (_name, text, list, speaker, id, kind, quote) => {
    const [q] = run(text, list);
    expect(q?.text).toBe(quote);
    expect(q?.speaker).toMatchObject({ text: speaker, id, kind });
  });

  test("명사 술어(…다는 분석이다)에는 주제어를 화자로 세우지 않는다", () => {
    const [q] = run("이번 제안은 역제안 성격도 띠고 있다는 분석이다.");
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe("두 어절 인용동사 (verbs.tsv의 '목적어 동사' 항목)", () => {
  test.each<[string, string, string, string]>([
    ["입을 모았다", "전문가들은 “금리가 더 내려갈 것”이라고 입을 모았다.", "입을 모았다", "입을 모으다"],
    ["목소리를 높였다", "노조는 임금을 올려야 한다고 목소리를 높였다.", "목소리를 높였다", "목소리를 높이다"],
    ["동사만 있으면 한 어절", "그는 “좋다”고 모았다.", "모았다", "모으다"],
  ])("%s", (_n, text, cue, lemma) => {
    expect(run(text)[0]?.cue).toMatchObject({ text: cue, lemma });
  });
});

describe("쉼표로 나열한 인용 (“A”, “B”라고 말했다)", () => {
  test.each<[string, string, string[], (string | null)[]]>([
    ["두 인용 + 하나의 인용동사", "그는 “A가 온다”, “B도 온다”라고 말했다.", ["“A가 온다”", "“B도 온다”"], ["말했다", "말했다"]],
    ["세 인용", "그는 “수요가 늘었다”, “공급은 줄었다”, “가격은 오른다”고 밝혔다.", ["“수요가 늘었다”", "“공급은 줄었다”", "“가격은 오른다”"], ["밝혔다", "밝혔다", "밝혔다"]],
    ["문장 같지 않은 나열은 발화 아님", "이른바 “칩플레이션”, “AI 버블” 같은 말이 돈다.", [], []],
  ])("%s", (_n, text, quotes, cues) => {
    const qs = run(text);
    expect(qs.map((q) => q.text)).toEqual(quotes);
    expect(qs.map((q) => q.cue?.text ?? null)).toEqual(cues);
    expect(qs.every((q) => q.speaker?.text === "그")).toBe(true);
  });
});

describe("회사 측·당사: 기사의 주제 회사 (주어 자리에 가장 자주 나온 ORG, 동률이면 최근)", () => {
  const OAI: E = ["오픈AI", "ORG", "openai"];
  test.each<[string, string, E[], string | null, string]>([
    ["주제 회사가 최근 회사보다 우선", "오픈AI가 계약을 맺었다. 오픈AI는 엔비디아의 칩을 쓴다. 회사 측은 연말까지 배치할 계획이라고 설명했다.",
      [OAI, ["오픈AI", "ORG", "openai", undefined, 1], ["엔비디아", "ORG", "nvidia"]], "openai", "회사 측"],
    ["주어 자리 횟수가 같으면 최근 주어", "네이버가 실적을 냈다. 카카오는 적자를 냈다. 회사 측은 광고가 줄었다고 밝혔다.",
      [["네이버", "ORG", "naver"], ["카카오", "ORG", "kakao"]], "kakao", "회사 측"],
    ["주어 자리가 아닌 언급(의, 와)은 세지 않음", "삼성전자가 공장을 짓는다. 애플의 주문과 TSMC와의 경쟁 때문이다. 회사 측은 투자를 늘린다고 밝혔다.",
      [["삼성전자", "ORG", "samsung-electronics"], ["애플", "ORG", "apple"], ["TSMC", "ORG", "tsmc"]], "samsung-electronics", "회사 측"],
    ["인용 안의 주어는 세지 않음", "한빛증권은 전망을 냈다. 김 연구원은 “누리캐피탈이 이긴다. 누리캐피탈은 강하다”고 말했다. 회사 측은 목표가를 올린다고 밝혔다.",
      [["한빛증권", "ORG", "hanbit"], ["누리캐피탈", "ORG", "nuri"], ["누리캐피탈", "ORG", "nuri", undefined, 1]], "hanbit", "회사 측"],
    ["주어 자리 ORG가 없으면 가장 최근 ORG", "애플의 주문이 늘었다. 회사 측은 증산한다고 밝혔다.", [["애플", "ORG", "apple"]], "apple", "회사 측"],
    ["이 회사는: 방금 말한 회사", "오픈AI가 계약을 맺었다. 오픈AI는 엔비디아와 손잡았다. 이 회사는 칩을 더 판다고 밝혔다.",
      [OAI, ["오픈AI", "ORG", "openai", undefined, 1], ["엔비디아", "ORG", "nvidia"]], "nvidia", "이 회사"],
    ["회사가 없으면 id 없음", "회사 측은 추가 투자를 검토한다고 밝혔다.", [], null, "회사 측"],
  ])("%s", (_name, text, list, id, speaker) => {
    const qs = run(text, list);
    const q = qs[qs.length - 1];
    expect(q?.speaker).toMatchObject({ text: speaker, id, kind: "organization" });
  });
});

describe("알려진 한계 (test.failing: 고쳐지면 통과로 바꾼다)", () => {

});

describe("인식기가 성만 남긴 경우", () => {
  test("연결되지 않은 성(오) + 직함은 앞의 인물로 푼다", () => {
    const text = "오세린 대한투자증권 연구원은 “반등한다”고 말했다. 오 연구원은 “외국인이 산다”고 덧붙였다. 그녀는 “금융주가 좋다”고 말했다.";
    const qs = run(text, [["오", "PERSON", "doc:오", "오", 1]]);
    expect(qs.map((q) => q.speaker?.name)).toEqual(["오세린", "오세린", "오세린"]);
  });
});

describe("옵션과 공유 색인", () => {
  test.each<[string, unknown, RegExp]>([
    ["모르는 옵션 이름은 거부", { inherit: true, inheritSpeaker: false }, /expected options in \{lookup, cues, inherit\}, got "inheritSpeaker"/],
    ["옵션 값 형식이 틀림", { inherit: "yes" }, /expected inherit in \{true, false\}, got "yes"/],
  ])("%s", (_name, options, message) => {
    expect(() => attributeQuotes({ text: "그는 “좋다”고 말했다." }, options as AttributeQuotesOptions)).toThrow(message);
  });

  test.each<[string, string, boolean]>([
    ["같은 글의 색인을 쓴다", "이재용 회장은 “위기는 기회”라고 말했다. 그는 “좋다”고 덧붙였다.", true],
    ["다른 글의 색인은 무시한다", "이재용 회장은 “위기는 기회”라고 말했다. 그는 “좋다”고 덧붙였다.", false],
  ])("%s", (_name, text, sameText) => {
    const sentences = splitSentences(text);
    const list: E[] = [["이재용", "PERSON", "lee-jae-yong"]];
    const doc = { text, sentences, entities: entities(text, list) };
    const index = indexText(sameText ? text : "다른 글", { sentences });
    expect(attributeQuotes({ ...doc, index })).toEqual(attributeQuotes(doc));
  });

  test("색인만 주면 그 문장을 쓴다", () => {
    const text = "그는 “좋다”고 말했다. “늘리겠다”고 덧붙였다.";
    const index = indexText(text);
    expect(attributeQuotes({ text, index })).toEqual(attributeQuotes({ text, sentences: index.sentences }));
  });
});
