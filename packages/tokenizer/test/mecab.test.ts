import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTokenizer, toMecabUserCsv, type Tokenizer, type UserEntry } from "../src/index";
import { compileDic, describeMecab, findDictIndex, FIXTURE, removeDir } from "./helpers/miniDic";
import { expectTokenInvariants, slashed } from "./helpers/invariants";

// The real Debian mecab engine with the hand-written mini mecab-ko-dic (test/fixtures/mini-dic),
// compiled here with mecab-dict-index. Expected analyses are what mecab-ko-dic gives for these
// sentences; the mini dictionary's costs are set so that the tiny lexicon does the same.

describeMecab("mecab backend (Debian mecab + mini mecab-ko-dic)", () => {
  let dicDir: string;
  let tk: Tokenizer;
  let withUser: Tokenizer;
  const USER: UserEntry[] = [
    { surface: "오픈AI", pos: "NNP", reading: "오픈에이아이", semantic: "단체" },
    { surface: "엔비디아", pos: "NNP" },
    { surface: "블랙웰 울트라", pos: "NNP" },
  ];
  beforeAll(async () => {
    dicDir = compileDic();
    tk = await createTokenizer({ backend: "mecab", mecab: { dicDir } });
    withUser = await createTokenizer({ backend: "mecab", mecab: { dicDir }, userDictionary: USER });
  });
  afterAll(() => removeDir(dicDir));

  test.each([
    ["라틴 약어 + 조사 연쇄: AWS와의", "AWS와의 계약이 끝났다.", "AWS/SL 와/JKB 의/JKG 계약/NNG 이/JKS 끝났/VV+EP 다/EF ./SF"],
    ["혼합 이름 (사전 없이): 오픈AI가", "오픈AI가 새 모델을 공개했다.", "오픈/NNG AI/SL 가/JKS 새/MM 모델/NNG 을/JKO 공개/NNG 했/XSV+EP 다/EF ./SF"],
    ["라틴+한글 혼합 이름: SK하이닉스는, 숫자+분류사", "SK하이닉스는 3분기에 영업이익 2조 원을 냈다.", "SK/SL 하이닉스/NNP 는/JX 3/SN 분기/NNG 에/JKB 영업/NNG 이익/NNG 2/SN 조/NR 원/NNBC 을/JKO 냈/VV+EP 다/EF ./SF"],
    ["이모지 사이 문장", "주가가 올랐다 📈 투자자들은 웃었다.", "주가/NNG 가/JKS 올랐/VV+EP 다/EF 📈/SY 투자자/NNG 들/XSN 은/JX 웃/VV 었/EP 다/EF ./SF"],
    ["전각 라틴·숫자·기호", "ＳＫ텔레콤이 ５％ 상승했다.", "ＳＫ/SL 텔레콤/NNP 이/JKS ５/SN ％/SY 상승/NNG 했/XSV+EP 다/EF ./SF"],
    ["인명·지명 + 접미사", "김민수 대표는 서울에서 기자들을 만났다.", "김민수/NNP 대표/NNG 는/JX 서울/NNP 에서/JKB 기자/NNG 들/XSN 을/JKO 만났/VV+EP 다/EF ./SF"],
    ["어미 습니다", "삼성전자는 반도체 투자를 늘렸습니다.", "삼성전자/NNP 는/JX 반도체/NNG 투자/NNG 를/JKO 늘렸/VV+EP 습니다/EF ./SF"],
  ])("%s", async (_name, text, expected) => {
    const tokens = await tk.tokenize(text);
    expectTokenInvariants(text, tokens);
    expect(slashed(tokens).join(" ")).toBe(expected);
  });

  test("Inflect rows: 했 = 하/XSV+았/EP with form, lemma, type, expression", async () => {
    const t = (await tk.tokenize("상승했다")).find((x) => x.text === "했");
    expect(t).toMatchObject({ start: 2, end: 3, pos: "XSV+EP", tags: ["XSV", "EP"], form: "하+았", lemma: "하다", type: "Inflect", expression: "하/XSV/*+았/EP/*", source: "system" });
  });

  test("semantic class and batchim come from the dictionary's feature columns", async () => {
    const ts = await tk.tokenize("김민수 서울 회사");
    expect(ts.map((t) => [t.text, t.semantic, t.batchim])).toEqual([
      ["김민수", "인명", false],
      ["서울", "지명", true],
      ["회사", undefined, false],
    ]);
  });

  test.each([
    ["오픈AI가", "오픈AI가 새 모델을 공개했다.", "오픈AI/NNP 가/JKS 새/MM"],
    ["엔비디아 stays one token", "엔비디아 주가가 5% 올랐다.", "엔비디아/NNP 주가/NNG 가/JKS 5/SN %/SY 올랐/VV+EP 다/EF ./SF"],
    ["블랙웰 울트라 (with a space)", "블랙웰 울트라 출시가 늦어졌다.", "블랙웰 울트라/NNP 출시/NNG 가/JKS 늦어졌/VV+EP 다/EF ./SF"],
    ["particle after a user entry with batchim in its reading", "오픈AI는 투자를 늘렸다.", "오픈AI/NNP 는/JX 투자/NNG"],
  ])("user overlay: %s", async (_name, text, expectedPrefix) => {
    const tokens = await withUser.tokenize(text);
    expectTokenInvariants(text, tokens);
    expect(slashed(tokens).join(" ").startsWith(expectedPrefix)).toBe(true);
  });

  test("a whole multi-line document is one engine call with exact offsets", async () => {
    const lines = ["삼성전자는 반도체 투자를 늘렸습니다.", "", "  AWS와의 계약이 끝났다.  ", "\t주가가 올랐다 📈 투자자들은 웃었다."];
    const text = lines.join("\r\n").repeat(300);
    const tokens = await tk.tokenize(text);
    expectTokenInvariants(text, tokens);
    expect(tokens.filter((t) => t.text === "📈")).toHaveLength(300);
  });

  test("concurrent calls share the long-lived mecab process and get their own results", async () => {
    const texts = ["회사가 올랐다", "", "사람은 웃었다\n\n주가가 올랐다", "가".repeat(5000), "AWS와의 계약이 끝났다."];
    const together = await Promise.all(texts.map((t) => tk.tokenize(t)));
    const oneByOne: unknown[] = [];
    for (const t of texts) oneByOne.push(await tk.tokenize(t));
    expect(together).toEqual(oneByOne);
    together.forEach((tokens, i) => expectTokenInvariants(texts[i] as string, tokens));
  });

  test.each([
    ["빈 문자열", ""],
    ["공백만", " \n\t "],
    ["NUL과 제어 문자", "주가\u0000가 \u0007올랐다"],
    ["짝 없는 서로게이트", "\ud800주가가\udc00 올랐다\ud83d"],
    ["200 KB without a space", "가".repeat(200_000)],
    ["결합 이모지", "👨‍👩‍👧 가족이 웃었다"],
  ])("odd input: %s", async (_name, text) => {
    const tokens = await tk.tokenize(text);
    expectTokenInvariants(text, tokens);
  });

  test("morphs / nouns / pos, as mecab-ya and KoNLPy name them", async () => {
    const text = "김민수 대표는 서울에서 기자들을 만났다.";
    expect(await tk.morphs(text)).toEqual(["김민수", "대표", "는", "서울", "에서", "기자", "들", "을", "만났", "다", "."]);
    expect(await tk.nouns(text)).toEqual(["김민수", "대표", "서울", "기자"]);
    expect((await tk.pos(text)).slice(0, 2)).toEqual([["김민수", "NNP"], ["대표", "NNG"]]);
  });

  test("MECAB_LIB_PATH convention: <libPath>/bin/mecab", async () => {
    const prefix = mkdtempSync(join(tmpdir(), "sinmun-mecab-prefix-"));
    try {
      mkdirSync(join(prefix, "bin"));
      const system = execFileSync("sh", ["-c", "command -v mecab"], { encoding: "utf8" }).trim();
      symlinkSync(system, join(prefix, "bin", "mecab"));
      const viaOption = await createTokenizer({ backend: "mecab", mecab: { libPath: prefix, dicDir } });
      expect(slashed(await viaOption.tokenize("회사가"))).toEqual(["회사/NNG", "가/JKS"]);
      const saved = { lib: process.env.MECAB_LIB_PATH, dic: process.env.MECAB_DIC_DIR };
      process.env.MECAB_LIB_PATH = prefix;
      process.env.MECAB_DIC_DIR = dicDir;
      try {
        const viaEnv = await createTokenizer({ backend: "mecab" });
        expect(slashed(await viaEnv.tokenize("사람은"))).toEqual(["사람/NNG", "은/JX"]);
      } finally {
        if (saved.lib === undefined) delete process.env.MECAB_LIB_PATH;
        else process.env.MECAB_LIB_PATH = saved.lib;
        if (saved.dic === undefined) delete process.env.MECAB_DIC_DIR;
        else process.env.MECAB_DIC_DIR = saved.dic;
      }
    } finally {
      removeDir(prefix);
    }
  });

  test("toMecabUserCsv rows compile with mecab-dict-index into a user dic that mecab then uses", () => {
    const csv = toMecabUserCsv(
      [
        { surface: "엔비디아", pos: "NNP", semantic: "단체" },
        { surface: "블랙웰", pos: "NNP" },
      ],
      { contextIds: { NNP: { left: 1, right: 1 } } },
    );
    const work = mkdtempSync(join(tmpdir(), "sinmun-userdic-"));
    try {
      writeFileSync(join(work, "user.csv"), csv);
      execFileSync(findDictIndex() as string, ["-d", FIXTURE, "-u", join(work, "user.dic"), "-f", "utf-8", "-t", "utf-8", join(work, "user.csv")], { stdio: "pipe" });
      const run = (extra: string[]): string =>
        execFileSync("mecab", ["-r", join(dicDir, "dicrc"), "-d", dicDir, ...extra, "--node-format=%m/%f[0]/%f[1] ", "--unk-format=%m/?/? ", "--eos-format=\\n"], {
          input: "엔비디아가 블랙웰을 공개했다\n",
          encoding: "utf8",
        }).trim();
      expect(run([])).not.toContain("엔비디아/NNP");
      expect(run(["-u", join(work, "user.dic")])).toBe("엔비디아/NNP/단체 가/JKS/ 블랙웰/NNP/ 을/JKO/ 공개/NNG/ 했/XSV+EP/ 다/EF/") // mecab prints "*" as "";
    } finally {
      removeDir(work);
    }
  });
});

describe("mecab backend: a missing engine or dictionary is one clear error", () => {
  test("no mecab under libPath: names what to install and where it looked", async () => {
    await expect(createTokenizer({ backend: "mecab", mecab: { libPath: "/nonexistent/mecab-prefix" } })).rejects.toThrow(
      /^@sinmun\/tokenizer: expected a mecab binary, got none \(looked in: \/nonexistent\/mecab-prefix\/bin\/mecab\)\. Install mecab \(Debian\/Ubuntu: apt-get install mecab libmecab-dev.*mecab-ko-dic/,
    );
  });

  test("no mecab-ko-dic in dicDir: names mecab-ko-dic and the directory", async () => {
    const empty = mkdtempSync(join(tmpdir(), "sinmun-no-dic-"));
    const fakeBin = join(empty, "bin");
    mkdirSync(fakeBin);
    writeFileSync(join(fakeBin, "mecab"), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    try {
      await expect(createTokenizer({ backend: "mecab", mecab: { libPath: empty, dicDir: join(empty, "dic") } })).rejects.toThrow(
        new RegExp(`^@sinmun/tokenizer: expected a compiled mecab-ko-dic \\(a directory with sys\\.dic and dicrc\\), got none \\(looked in: ${join(empty, "dic")}\\)\\. Install .*mecab-ko-dic`),
      );
    } finally {
      removeDir(empty);
    }
  });
});
