import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { createTokenizer, type EmbeddedTokenizer } from "../src";
import { expectTokenInvariants } from "./helpers/invariants";
import { unspelled } from "./helpers/spelled";

let tk: EmbeddedTokenizer;
beforeAll(async () => {
  tk = await createTokenizer();
}, 60_000);

/** `surface/form/TAG` of every token inside the first eojeol that contains `word`. */
const analysis = (text: string, word: string): string[] => {
  const at = text.indexOf(word);
  return tk
    .tokenizeSync(text)
    .filter((t) => t.start >= at && t.end <= at + word.length)
    .map((t) => `${t.text}/${t.form}/${t.pos}`);
};

describe("GSD에서 찾은 오류의 보정 (이름 붙은 규칙)", () => {
  test.each<[string, string, string, string[]]>([
    ["joinNumbers: 소수점", "매출이 16.2% 늘었다.", "16.2%", ["16.2/16.2/SN", "%/%/SY"]],
    ["joinNumbers: 천 단위 쉼표", "직원 7,780명이 일한다.", "7,780명이", ["7,780/7,780/SN", "명/명/NNBC", "이/이/JKS"]],
    ["joinNumbers: 쉼표와 소수점", "1,234,567.89달러", "1,234,567.89", ["1,234,567.89/1,234,567.89/SN"]],
    ["joinNumbers: 문장 끝 마침표는 숫자가 아니다", "모두 16.", "16.", ["16/16/SN", "././SF"]],
    ["splitBrackets: 단위 뒤 닫는 괄호", "거리(9.6㎞)보다 길다", "㎞)", ["㎞/㎞/SY", ")/)/SSC"]],
    ["dropUnspelledPrefix: 들이에 없는 는", "사람들이 모였다.", "사람들이", ["사람/사람/NNG", "들/들/XSN", "이/이/JKS"]],
    ["dropUnspelledPrefix: 것이에 없는 ᆯ, 어절 끝 이는 JKS", "그런 것이 있다.", "것이", ["것/것/NNB", "이/이/JKS"]],
    ["dropUnspelledPrefix: 것이다", "갈 것이다.", "것이다", ["것/것/NNB", "이/이/VCP", "다/다/EF"]],
    ["vowelEndings: 줘의 ㅓ는 어", "좀 도와 줘.", "줘", ["줘/주+어/VX+EF"]],
    ["vowelEndings: 샀의 ㅏㅆ은 았", "책을 샀다.", "샀다", ["샀/사+았/VV+EP", "다/다/EF"]],
    ["copulaAfterNoun: 이다/JC → 이/VCP + 다/EF", "이번이 계획이다.", "계획이다", ["계획/계획/NNG", "이다/이+다/VCP+EF"]],
    ["copulaAfterNoun: 이며/JC", "그는 동생이며 친구다.", "동생이며", ["동생/동생/NNG", "이며/이+며/VCP+EC"]],
    ["copulaAfterNoun: 이었다 (미등록어)", "최악이었다.", "최악이었다", ["최악/최악/NNG", "이었다/이+었+다/VCP+EP+EF"]],
    ["irregularRieul: 가고는 갈+고가 아니다", "집에 가고 싶다.", "가고", ["가/가/VV", "고/고/EC"]],
    ["splitVerbs: 끝났다는 끝나 + 았", "계약이 끝났다.", "끝났다", ["끝났/끝나+았/VV+EP", "다/다/EF"]],
    ["finalDa: 문장 끝 다는 EF", "사과가 있다.", "있다", ["있/있/VA", "다/다/EF"]],
    ["auxiliaryAfterConnective: 하고 있다의 있은 VX", "회의를 하고 있다.", "있다", ["있/있/VX", "다/다/EF"]],
    ["auxiliaryAfterConnective: 늘어 가는의 가는 VX", "점점 늘어 가는 추세다.", "가는", ["가/가/VX", "는/는/ETM"]],
    ["boundNounAfterModifier: 할 수 있다의 수는 NNB", "그는 할 수 있다.", "수", ["수/수/NNB"]],
    ["determinerGeu: 그 회사의 그는 MM", "그 회사는 컸다.", "그", ["그/그/MM"]],
    ["nounBeforeCopula: 22만원이다의 원은 NNB", "가격은 22만원이다.", "22만원이다", ["22/22/SN", "만/만/NR", "원/원/NNB", "이다/이+다/VCP+EF"]],
    ["repairParticleI: 등이는 등/NNB + 이/JKS", "사과, 배 등이 있다.", "등이", ["등/등/NNG", "이/이/JKS"]],
    ["nounBeforeCopula: 중이다", "회의 중이다.", "중이다", ["중/중/NNG", "이다/이+다/VCP+EF"]],
  ])("%s: %s", (_rule, text, word, expected) => {
    expect(analysis(text, word)).toEqual(expected);
    expectTokenInvariants(text, tk.tokenizeSync(text));
  });
});

const GSD = join(__dirname, "..", "..", "..", "..", "shared", "corpora", "ud-korean-gsd", "ko_gsd-ud-dev.conllu");

describe("형태소가 표층에 없는 글자를 만들지 않는다", () => {
  (existsSync(GSD) ? test : test.skip)("UD Korean GSD 개발 세트 950문장", () => {
    const texts = readFileSync(GSD, "utf8").split("\n").filter((l) => l.startsWith("# text = ")).map((l) => l.slice(9));
    expect(texts.length).toBe(950);
    const bad = texts.flatMap((t) => tk.tokenizeSync(t).flatMap((x) => (unspelled(x) ? [`${x.text}: ${unspelled(x)}`] : [])));
    expect(bad).toEqual([]);
  });

  test("fast-check 문자열", () => {
    const pieces = fc.constantFrom("사람", "들이", "것이", "이다", "이며", "이었다", "등", "중", "가고", "16", ".", ",", "2", "%", ")", "(", "㎞", " ", "있다", "하고", "\n", "😀", "ㄱ", "ᆯ");
    fc.assert(
      fc.property(fc.oneof(fc.array(pieces, { maxLength: 40 }).map((xs) => xs.join("")), fc.string({ unit: "grapheme", maxLength: 100 })), (t) => {
        const tokens = tk.tokenizeSync(t);
        expectTokenInvariants(t, tokens);
        for (const x of tokens) expect(unspelled(x)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  (existsSync(GSD) ? test : test.skip)("properNouns = tokenize 중 NNP (GSD 개발 세트)", () => {
    const text = readFileSync(GSD, "utf8").split("\n").filter((l) => l.startsWith("# text = ")).map((l) => l.slice(9)).join("\n");
    expect(tk.properNounsSync(text)).toEqual(tk.tokenizeSync(text).filter((t) => t.tags[0] === "NNP"));
  });
});

describe("나쁜 입력: 선형 시간, 정확한 위치, 토큰 밖 형태소 없음", () => {
  test.each<[string, string]>([
    ["자모만", "ㄱㄴㄷㅏㅑ ᄀᄁᆫᆯ ㅋㅋㅋㅋ".repeat(200)],
    ["10,000자 어절", "가나다라마바사아자차".repeat(1000)],
    ["문자 섞기와 이모지", "삼성SDI가 16.2%😀 늘었다 漢字 ＳＫ 👨‍👩‍👧이다".repeat(50)],
    ["쉼표 50개 숫자", `${"1" + ",000".repeat(50)}원`],
  ])("%s", (_name, text) => {
    const tokens = tk.tokenizeSync(text);
    expectTokenInvariants(text, tokens);
    for (const x of tokens) expect(unspelled(x)).toBeNull();
  });

  test("쉼표 50개 숫자는 SN 하나", () => {
    const n = `1${",000".repeat(50)}`;
    expect(tk.tokenizeSync(`${n}원`).map((t) => `${t.text}/${t.pos}`)[0]).toBe(`${n}/SN`);
  });
});
