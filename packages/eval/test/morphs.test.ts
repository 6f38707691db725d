import { join } from "node:path";
import { CorpusError, createMorphScorer, normalizeMorph, readConllu, runMorphEval, scoreMorphs } from "../src/index";
import type { MorphSentence, MorphToken } from "../src/index";

const fixture = (name: string): string => join(__dirname, "fixtures", name);
const read = async (name: string, skipInvalid = false): Promise<MorphSentence[]> => {
  const out: MorphSentence[] = [];
  for await (const s of readConllu(fixture(name), { skipInvalid })) out.push(s);
  return out;
};
/** Tokens from "form/TAG+form/TAG" strings laid over a sentence, one per surface. */
const tok = (text: string, from: number, surface: string, analysis: string): MorphToken => {
  const start = text.indexOf(surface, from);
  const parts = analysis.split("+").map((p) => p.split("/"));
  return { start, end: start + surface.length, form: parts.map((p) => p[0]).join("+"), tags: parts.map((p) => p[1] as string) };
};

test("readConllu: 어절은 SpaceAfter=No로 이어진 단어들, 형태소는 LEMMA/XPOS (OrigLemma 우선)", async () => {
  const [a, b] = await read("mini.conllu");
  expect(a?.eojeols.map((e) => e.text)).toEqual(["사람들이", "16.2%", "늘었다."]);
  expect(a?.eojeols[2]?.morphs).toEqual([{ form: "늘", tag: "VV" }, { form: "었", tag: "EP" }, { form: "다", tag: "EF" }, { form: ".", tag: "SF" }]);
  expect(b?.eojeols).toHaveLength(1);
  expect(b?.eojeols[0]?.morphs.map((m) => `${m.form}/${m.tag}`)).toEqual(['"/SS', "학생/NNG", "이/VCP", "다/EF", '"/SS']);
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
});

test("readConllu: LEMMA와 XPOS의 형태소 수가 다르면 위치를 밝힌 CorpusError, skipInvalid면 건너뛰고 센다", async () => {
  await expect(read("bad.conllu")).rejects.toThrow(CorpusError);
  await expect(read("bad.conllu")).rejects.toThrow(/bad\.conllu:3: expected as many morphemes in LEMMA as tags in XPOS/);
  const reader = readConllu(fixture("bad.conllu"), { skipInvalid: true });
  for await (const _ of reader) void _;
  expect(reader.stats.skipped).toBe(1);
});

test.each([
  ["SSO → SS", { form: "(", tag: "SSO" }, { form: "(", tag: "SS" }],
  ["따옴표는 SY여도 SS", { form: '"', tag: "SY" }, { form: '"', tag: "SS" }],
  ["여는 따옴표로 쓰는 역따옴표 `도 SS", { form: "`", tag: "SY" }, { form: "`", tag: "SS" }],
  ["SC → SP", { form: ",", tag: "SC" }, { form: ",", tag: "SP" }],
  ["NNBC → NNB", { form: "명", tag: "NNBC" }, { form: "명", tag: "NNB" }],
  ["았 → 었", { form: "았", tag: "EP" }, { form: "었", tag: "EP" }],
  ["첫소리 자모 ᄇ니다 → ㅂ니다", { form: "\u1107니다", tag: "EF" }, { form: "ㅂ니다", tag: "EF" }],
  ["끝소리 자모 ᆫ → ㄴ", { form: "\u11ab", tag: "ETM" }, { form: "ㄴ", tag: "ETM" }],
  ["UNKNOWN → NA", { form: "쀍", tag: "UNKNOWN" }, { form: "쀍", tag: "NA" }],
  ["있/VA → 있/VV (ko-dic의 있다)", { form: "있", tag: "VA" }, { form: "있", tag: "VV" }],
  ["없/VA는 그대로", { form: "없", tag: "VA" }, { form: "없", tag: "VA" }],
])("태그 관례 대응: %s", (_name, input, expected) => {
  expect(normalizeMorph(input)).toEqual(expected);
});

test("scoreMorphs: 엄격 / 형태만 / 어절 정확도 (관례 대응 뒤)", async () => {
  const [a, b] = (await read("mini.conllu")) as [MorphSentence, MorphSentence];
  const predA = [
    tok(a.text, 0, "사람들이", "는/JX+사람/NNG+이/JKS"), // invented 는, missing 들
    tok(a.text, 5, "16", "16/SN"), tok(a.text, 7, ".", "./SF"), tok(a.text, 8, "2", "2/SN"), tok(a.text, 9, "%", "%/SY"),
    tok(a.text, 11, "늘었", "늘/VV+았/EP"), tok(a.text, 13, "다", "다/EF"), tok(a.text, 14, ".", "./SF"),
  ];
  const predB = [tok(b.text, 0, '"', '"/SY'), tok(b.text, 1, "학생이다", "학생/NNG+이/VCP+다/EF"), tok(b.text, 5, '"', '"/SY')];
  const s = scoreMorphs([a, b], [predA, predB]);
  // gold 3 + 2 + 4 + 5 = 14 morphemes; pred 3 + 4 + 4 + 5 = 16; matched 2 + 1 + 4 + 5 = 12 (%/SY meets %/SW: SY maps to SW)
  expect(s.strict).toMatchObject({ tp: 12, fp: 4, fn: 2 });
  expect(s.forms).toMatchObject({ tp: 12, fp: 4, fn: 2 });
  expect(s.exact).toEqual({ correct: 2, total: 4, accuracy: 0.5 });
  const scorer = createMorphScorer();
  expect(scorer.add(a, predA).map((e) => e.eojeol)).toEqual(["사람들이", "16.2%"]);
});

test("runMorphEval: 파일을 읽어 분석기를 부르고 JSON 보고서를 낸다", async () => {
  const report = await runMorphEval({ corpus: fixture("mini.conllu"), tokenize: () => [] });
  expect(report.scores.sentences).toBe(2);
  expect(report.scores.strict).toMatchObject({ tp: 0, fn: 14, f1: 0 });
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
});
