import * as core from "@sinmun/core";
import type { Token } from "@sinmun/core";
import { createTokenizer, type EmbeddedTokenizer, type UserEntry } from "../src/index";
import { expectTokenInvariants, slashed } from "./helpers/invariants";

const USER: UserEntry[] = [
  { surface: "오픈AI", pos: "NNP", reading: "오픈에이아이", semantic: "단체" },
  { surface: "엔비디아", pos: "NNP", semantic: "단체" },
  { surface: "블랙웰 울트라", pos: "NNP" },
  { surface: "SK하이닉스", pos: "NNP", reading: "에스케이하이닉스" },
];

let plain: EmbeddedTokenizer;
let withUser: EmbeddedTokenizer;
beforeAll(async () => {
  plain = await createTokenizer();
  withUser = await createTokenizer({ userDictionary: USER });
});

/** Checks that `expected` occurs in order (not necessarily adjacent) in the analysis. */
function expectSubsequence(tokens: Token[], expected: string[]): void {
  const got = slashed(tokens);
  let i = 0;
  for (const g of got) if (g === expected[i]) i++;
  expect({ got, matched: expected.slice(0, i) }).toEqual({ got, matched: expected });
}

describe("embedded ko-dic: linguistic cases", () => {
  test.each([
    ["라틴 약어 + 조사 연쇄: AWS와의", "AWS와의 계약이 끝났다.", ["AWS/SL", "와/JKB", "의/JKG", "계약/NNG", "이/JKS"]],
    ["한글+라틴 혼합 이름 + 주격조사: 오픈AI가 (사전 없이)", "오픈AI가 새 모델을 공개했다.", ["오픈/NNG", "AI/SL", "가/JKS", "모델/NNG", "을/JKO"]],
    ["라틴+한글 혼합 이름 + 보조사: SK하이닉스는", "SK하이닉스는 흑자를 냈다.", ["SK/SL", "하이닉스/NNP", "는/JX", "흑자/NNG", "를/JKO"]],
    ["숫자 + 분류사: 1200명", "직원 1200명을 새로 뽑는다.", ["직원/NNG", "1200/SN", "명/NNBC", "을/JKO"]],
    ["숫자 + 수사 + 의존명사: 3만 대", "차량 3만 대를 팔았다.", ["3/SN", "만/NR"]],
    ["퍼센트 기호", "주가가 5% 올랐다.", ["주가/NNG", "가/JKS", "5/SN", "%/SY", "올랐/VV+EP", "다/EF", "./SF"]],
    ["활용형 축약: 했 = 하/XSV + 았/EP", "주가가 상승했다.", ["상승/NNG", "했/XSV+EP", "다/EF"]],
    ["활용형 축약: 냈 = 내/VV + 았/EP", "흑자를 냈다.", ["냈/VV+EP"]],
    ["어미 분리: 늘렸습니다", "투자를 늘렸습니다.", ["늘렸/VV+EP", "습니다/EF"]],
    ["선어말어미 분리: 웃었다", "투자자들은 웃었다.", ["투자자/NNG", "들/XSN", "은/JX", "웃/VV", "었/EP", "다/EF"]],
    ["이모지는 한 토큰 (서로게이트 쌍 유지)", "주가가 올랐다 📈 투자자", ["올랐/VV+EP", "📈/SY", "투자자/NNG"]],
    ["전각 라틴·숫자·기호", "ＳＫ텔레콤이 ５％ 상승했다.", ["ＳＫ/SL", "텔레콤/NNP", "이/JKS", "５/SN", "％/SY", "상승/NNG"]],
    ["인명·지명", "김민수 대표는 서울에서 기자들을 만났다.", ["김민수/NNP", "대표/NNG", "서울/NNP", "에서/JKB", "만났/VV+EP"]],
    ["주격조사 이 (lindera ko-dic 누락 보완)", "회사의 이익이 늘었다.", ["이익/NNG", "이/JKS"]],
    ["관형사 이 (lindera ko-dic 누락 보완)", "이 회사는 흑자다.", ["이/MM", "회사/NNG", "는/JX"]],
  ])("%s", (_name, text, expected) => {
    const tokens = plain.tokenizeSync(text);
    expectTokenInvariants(text, tokens);
    expectSubsequence(tokens, expected);
  });

  test("했 carries its expression, form and lemma: 하/XSV+았/EP → 하다", () => {
    const t = plain.tokenizeSync("공개했다").find((x) => x.text === "했");
    expect(t).toMatchObject({ pos: "XSV+EP", tags: ["XSV", "EP"], form: "하+았", lemma: "하다", type: "Inflect", expression: "하/XSV/*+았/EP/*", batchim: true, source: "system" });
  });

  test.each([
    ["올랐", "오르다"],
    ["냈", "내다"],
    ["웃", "웃다"],
  ])("lemma of %s is %s", (surface, lemma) => {
    const t = plain.tokenizeSync("주가가 올랐다. 흑자를 냈다. 모두 웃었다.").find((x) => x.text === surface);
    expect(t?.lemma).toBe(lemma);
  });

  test.each([
    ["인명", "김민수 대표", "김민수"],
    ["지명", "서울에서", "서울"],
  ])("ko-dic semantic class %s is carried to the token", (semantic, text, surface) => {
    const t = plain.tokenizeSync(text).find((x) => x.text === surface);
    expect(t).toMatchObject({ pos: "NNP", semantic });
  });

  test("batchim flag: 서울 T, 가 F", () => {
    const ts = plain.tokenizeSync("서울가");
    expect(ts.find((t) => t.text === "서울")?.batchim).toBe(true);
  });

  test("unknown words are tagged by character class and marked unknown", () => {
    const ts = plain.tokenizeSync("AWS 1200 龘 😀");
    expect(ts.map((t) => [t.text, t.pos, t.source])).toEqual([
      ["AWS", "SL", "unknown"],
      ["1200", "SN", "unknown"],
      ["龘", "SH", "unknown"],
      ["😀", "SY", "unknown"],
    ]);
  });

  test("eojeol and sentence indexes", () => {
    const text = "삼성전자는 반도체 투자를 늘렸다.";
    const ts = plain.tokenizeSync(text);
    expect(ts.map((t) => `${t.text}:${t.eojeol}`)).toEqual(["삼성전자:0", "는:0", "반도체:1", "투자:2", "를:2", "늘렸:3", "다:3", ".:3"]);
    expect(new Set(ts.map((t) => t.sentence))).toEqual(new Set([0]));
  });

  const hasSplitSentences = typeof (core as Record<string, unknown>).splitSentences === "function";
  (hasSplitSentences ? test : test.failing)("sentence index follows @sinmun/core splitSentences — fails until core exports it", () => {
    const ts = plain.tokenizeSync("주가가 올랐다. 투자자들은 웃었다.");
    expect(ts.map((t) => `${t.text}:${t.sentence}`)).toEqual(["주가:0", "가:0", "올랐:0", "다:0", ".:0", "투자자:1", "들:1", "은:1", "웃:1", "었:1", "다:1", ".:1"]);
  });

  test("offsets after astral characters and CRLF stay exact", () => {
    const text = "😀😀 오픈AI가\r\n🇰🇷 엔비디아는\t주가가 올랐다";
    const ts = withUser.tokenizeSync(text);
    expectTokenInvariants(text, ts);
    expect(ts.find((t) => t.text === "엔비디아")).toMatchObject({ start: text.indexOf("엔비디아"), source: "user" });
  });

  test("tokenize (async) and tokenizeSync agree; morphs/nouns/pos have KoNLPy shapes", async () => {
    const text = "엔비디아 주가가 5% 올랐다.";
    expect(await withUser.tokenize(text)).toEqual(withUser.tokenizeSync(text));
    expect(await withUser.morphs(text)).toEqual(["엔비디아", "주가", "가", "5", "%", "올랐", "다", "."]);
    expect(await withUser.nouns(text)).toEqual(["엔비디아", "주가"]);
    expect((await withUser.pos(text)).slice(0, 3)).toEqual([["엔비디아", "NNP"], ["주가", "NNG"], ["가", "JKS"]]);
  });

  test("the ko-dic tokenizer is built once and shared", async () => {
    const a = await createTokenizer();
    const b = await createTokenizer({ userDictionary: [{ surface: "엔비디아", pos: "NNP" }] });
    expect(a.tokenizeSync("엔비디아").length).toBe(2); // ko-dic alone splits it: 엔 + 비디아
    expect(b.tokenizeSync("엔비디아").length).toBe(1);
  });

  test("계약이 끝났다: 끝나/VV (splitVerbs joins lindera's 끝/NNG + 났/VV+EP)", () => {
    expect(slashed(plain.tokenizeSync("계약이 끝났다"))).toContain("끝났/VV+EP");
    expect(plain.tokenizeSync("계약이 끝났다").find((t) => t.text === "끝났")?.form).toBe("끝나+았");
  });

  test("학생이다: copula 이다/VCP+EF (copulaAfterNoun; lindera's ko-dic has no surface 이 and says 이다/JC)", () => {
    expect(slashed(plain.tokenizeSync("그는 학생이다"))).toContain("이다/VCP+EF");
  });
});

describe("user-dictionary overlay (embedded)", () => {
  test.each([
    ["혼합 이름 + 주격조사: 오픈AI가", "오픈AI가 모델을 공개했다", ["오픈AI/NNP", "가/JKS", "모델/NNG"]],
    ["혼합 이름 + 계사: 오픈AI였다", "오픈AI였다", ["오픈AI/NNP", "였/VCP+EP", "다/EF"]],
    ["혼합 이름 + 조사 연쇄: 오픈AI와의", "오픈AI와의 협력", ["오픈AI/NNP", "와/JKB", "의/JKG", "협력/NNG"]],
    ["혼합 이름 + 복합조사: 오픈AI로부터", "오픈AI로부터 투자를", ["오픈AI/NNP", "로부터/JKB"]],
    ["사전에 없는 외래 이름이 한 토큰: 엔비디아", "엔비디아는 흑자를 냈다", ["엔비디아/NNP", "는/JX"]],
    ["띄어쓰기 든 항목: 블랙웰 울트라", "블랙웰 울트라를 출시했다", ["블랙웰 울트라/NNP", "를/JKO", "출시/NNG"]],
    ["띄어쓰기 여러 칸도 매치", "블랙웰   울트라가", ["블랙웰   울트라/NNP", "가/JKS"]],
    ["라틴으로 시작하는 항목 + 조사: SK하이닉스는", "SK하이닉스는 흑자를 냈다", ["SK하이닉스/NNP", "는/JX"]],
    ["받침 있는 읽기 → 이/JKS 분석: SK하이닉스가 아니라 받침 없음", "SK하이닉스가 올랐다", ["SK하이닉스/NNP", "가/JKS"]],
    ["전각 괄호 안", "（엔비디아）", ["（/SY", "엔비디아/NNP", "）/SY"]],
    ["전각 라틴으로 쓴 항목도 매치: ＳＫ하이닉스", "ＳＫ하이닉스가 올랐다", ["ＳＫ하이닉스/NNP", "가/JKS"]],
  ])("%s", (_name, text, expected) => {
    const tokens = withUser.tokenizeSync(text);
    expectTokenInvariants(text, tokens);
    expectSubsequence(tokens, expected);
  });

  test("a user token carries pos, semantic class, batchim and source", () => {
    const t = withUser.tokenizeSync("오픈AI가").find((x) => x.source === "user");
    expect(t).toEqual({ start: 0, end: 4, text: "오픈AI", form: "오픈AI", pos: "NNP", tags: ["NNP"], eojeol: 0, sentence: 0, semantic: "단체", batchim: false, source: "user" });
  });

  test.each([
    ["긴 라틴 단어 안에서는 매치하지 않음", [{ surface: "AI", pos: "NNP" }], "OpenAI가 발표했다", "AI"],
    ["라틴 단어 앞부분에서도 매치하지 않음", [{ surface: "Open", pos: "NNP" }], "OpenAI가 발표했다", "Open"],
    ["한글 어절 중간에서는 매치하지 않음", [{ surface: "이란", pos: "NNP" }], "그것이란 말이다", "이란"],
  ])("boundaries: %s", async (_name, entries, text, surface) => {
    const tk = await createTokenizer({ userDictionary: entries });
    const tokens = tk.tokenizeSync(text);
    expectTokenInvariants(text, tokens);
    expect(tokens.filter((t) => t.source === "user").map((t) => t.text)).not.toContain(surface);
  });

  test("longest match wins: 삼성전자 over 삼성", async () => {
    const tk = await createTokenizer({ userDictionary: [{ surface: "삼성", pos: "NNP" }, { surface: "삼성전자", pos: "NNP", semantic: "단체" }] });
    expect(slashed(tk.tokenizeSync("삼성전자가")).slice(0, 2)).toEqual(["삼성전자/NNP", "가/JKS"]);
  });

  test("a user entry after a Latin prefix matches at a Hangul start: SK+하이닉스", async () => {
    const tk = await createTokenizer({ userDictionary: [{ surface: "하이닉스", pos: "NNP" }] });
    expect(tk.tokenizeSync("SK하이닉스").find((t) => t.source === "user")?.text).toBe("하이닉스");
  });
});
