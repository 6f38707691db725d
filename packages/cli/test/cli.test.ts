import { existsSync, lstatSync, mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encode } from "iconv-lite";
import { checkDoc, type Doc } from "@sinmun/core";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { runCli, repoRoot, bin } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "sinmun-cli-"));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const ARTICLE = "삼성전자가 3분기 영업이익 12조 원을 냈다. 회사 측은 “HBM 수요가 견조하다”고 밝혔다.";
const FAST = ["--tokenizer", "none"];

function parseDoc(stdout: string): Doc {
  const doc = JSON.parse(stdout) as Doc;
  expect(checkDoc(doc)).toEqual([]);
  return doc;
}

describe("sinmun: 사용법과 종료 코드", () => {
  test("--help 는 사용법을 stdout에, 종료 0", () => {
    const r = runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("sinmun analyze [FILE|FOLDER|-]...");
    expect(r.stderr).toBe("");
  });
  test("--version 은 package.json의 버전", () => {
    const r = runCli(["--version"]);
    const pkg = JSON.parse(readFileSync(join(repoRoot, "packages", "cli", "package.json"), "utf8")) as { version: string };
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(r.code).toBe(0);
  });
  test.each([
    ["모르는 명령", ["frobnicate"], /unknown command "frobnicate"/],
    ["모르는 옵션", ["analyze", "x.txt", "--colour"], /colour/],
    ["잘못된 --format 값", ["analyze", "x.txt", "--format", "xml"], /expected --format in \{json, jsonl, pretty, csv, tsv, html\}, got "xml"/],
    ["잘못된 --encoding 값", ["analyze", "x.txt", "--encoding", "latin1"], /expected --encoding in \{auto, utf-8, euc-kr, cp949, utf-16le, utf-16be\}/],
    ["잘못된 --tokenizer 값", ["analyze", "x.txt", "--tokenizer", "kiwi"], /expected --tokenizer in \{embedded, mecab, none\}/],
    ["stdin 두 번", ["analyze", "-", "-"], /stdin \(-\) can be given only once/],
    ["json에 --layer", ["analyze", "x.txt", "--layer", "entities"], /--layer needs --format csv, tsv or jsonl/],
    ["잘못된 --layer 값", ["analyze", "x.txt", "--format", "csv", "--layer", "tokens"], /expected --layer in \{entities, amounts, quotes, dates, facts, sentences\}/],
    ["없는 날짜 --date", ["analyze", "x.txt", "--date", "2025-02-30"], /expected --date to be a date YYYY-MM-DD, got "2025-02-30"/],
    ["날짜 아닌 --date", ["analyze", "x.txt", "--date", "지난주"], /expected --date to be a date YYYY-MM-DD/],
    ["개체가 아닌 층에 --group", ["analyze", "x.txt", "--format", "csv", "--layer", "amounts", "--group"], /--group counts entities/],
    ["csv가 아닌데 --excel", ["analyze", "x.txt", "--excel"], /--excel is for --format csv or tsv/],
    ["빈 --text-field", ["analyze", "x.jsonl", "--text-field", ""], /--text-field to be non-empty/],
    ["--workers 0", ["analyze", "-", "--format", "jsonl", "--workers", "0"], /positive integer/],
  ])("사용 오류 → 한 줄 오류, 종료 2: %s", (_name, args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });
  test.each([
    ["없는 경로", () => join(dir, "없는-기사.txt"), /없는-기사\.txt: no such file/],
    ["끊긴 심볼릭 링크", () => {
      const link = join(dir, "끊긴.txt");
      if (!existsSync(link)) symlinkSync(join(dir, "없는-대상"), link);
      return link;
    }, /끊긴\.txt: broken symbolic link/],
  ])("입력 오류 → 파일 이름을 담은 한 줄, 종료 1, 스택 없음: %s", (_name, path, message) => {
    const r = runCli(["analyze", path(), ...FAST]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("sinmun analyze: 인코딩과 이상한 입력", () => {
  test.each<[string, () => Buffer]>([
    ["UTF-8", () => Buffer.from(ARTICLE, "utf8")],
    ["UTF-8 BOM", () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, "utf8")])],
    ["EUC-KR (iconv-lite로 씀)", () => encode(ARTICLE, "euc-kr")],
    ["UTF-16LE BOM", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, "utf16le")])],
    ["UTF-16BE BOM", () => encode(`\uFEFF${ARTICLE}`, "utf-16be")],
  ])("%s 파일을 원문 그대로 복원", (name, bytes) => {
    const r = runCli(["analyze", file(`article-${name}.txt`, bytes()), ...FAST]);
    expect(r.code).toBe(0);
    const doc = parseDoc(r.stdout);
    expect(doc.text).toBe(ARTICLE);
    expect(doc.sentences.length).toBe(2);
  });

  test("CP949 전용 음절(똠방각하)도 auto로 복원", () => {
    const text = "똠방각하 펲시 뷁 햏: CP949 확장 음절이 섞인 기사.";
    const r = runCli(["analyze", file("cp949.txt", encode(text, "cp949")), ...FAST]);
    expect(r.code).toBe(0);
    expect(parseDoc(r.stdout).text).toBe(text);
  });

  test("--encoding euc-kr 명시", () => {
    const r = runCli(["analyze", file("explicit.txt", encode(ARTICLE, "euc-kr")), "--encoding", "euc-kr", ...FAST]);
    expect(parseDoc(r.stdout).text).toBe(ARTICLE);
  });

  test("빈 파일 → 빈 문서", () => {
    const r = runCli(["analyze", file("empty.txt", ""), ...FAST]);
    expect(r.code).toBe(0);
    const doc = parseDoc(r.stdout);
    expect(doc.text).toBe("");
    expect(doc.sentences).toEqual([]);
  });

  test("깨진 UTF-8 → 경고로 알리고 결과는 유효", () => {
    const bytes = Buffer.concat([Buffer.from("엔비디아가 올랐다. ", "utf8"), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from("끝.", "utf8").subarray(0, 4)]);
    const r = runCli(["analyze", file("bad-utf8.txt", bytes), ...FAST]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning/);
    parseDoc(r.stdout);
  });

  test("바이너리 파일 → 한 줄 이유와 함께 거부(종료 1), --force 면 경고하고 분석", () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const path = file("blob.bin", bytes);
    const refused = runCli(["analyze", path, ...FAST]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toEqual([expect.stringMatching(/blob\.bin: looks binary .*--force/)]);
    expect(refused.stdout).toBe("");
    const forced = runCli(["analyze", path, "--force", ...FAST]);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/warning: .*blob\.bin: input looks binary/);
    parseDoc(forced.stdout);
  });

  test("빈 파일 → 경고 한 줄", () => {
    const r = runCli(["analyze", file("empty-warn.txt", ""), ...FAST]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/warning: .*empty-warn\.txt: empty file$/)]);
  });

  test("20 MB 파일 → 한도 초과를 한 줄로 알림 (종료 1)", () => {
    const big = "가".repeat(7_000_000);
    const r = runCli(["analyze", file("big.txt", big), ...FAST]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.txt: 7000000 characters exceeds the limit of 1000000/);
    expect(r.stdout).toBe("");
  });

  test("stdin(-) 입력", () => {
    const r = runCli(["analyze", "-", ...FAST], { input: ARTICLE });
    expect(parseDoc(r.stdout).text).toBe(ARTICLE);
  });
});

describe("sinmun analyze: 계약대로의 출력", () => {
  test("예제 기사: 개체·금액·인용이 한 문서에", () => {
    const r = runCli(["analyze", join(repoRoot, "examples", "openai-aws.txt")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = parseDoc(r.stdout);
    expect(Object.keys(doc)).toEqual(["id", "text", "sentences", "entities", "amounts", "quotes", "dates", "facts"]);
    expect(doc.id).toBe(join(repoRoot, "examples", "openai-aws.txt"));
    const ids = new Set(doc.entities?.map((e) => e.id));
    expect(ids).toContain("openai");
    expect(ids).toContain("amazon-web-services");
    const money = doc.amounts?.find((a) => a.text === "380억 달러");
    expect(money).toMatchObject({ kind: "money", value: 38000000000, decimal: "38000000000", unit: "USD", approx: false });
    expect(doc.amounts?.find((a) => a.text.includes("54조"))).toMatchObject({ unit: "KRW", approx: true });
    const altman = doc.quotes?.find((q) => q.kind === "direct" && q.text.includes("컴퓨팅이 필요하다"));
    expect(altman?.speaker?.id).toBe("sam-altman");
    expect(doc.sentences.at(-1)?.boilerplate).toBe(true);
  });

  test("--format pretty: 색 강조(FORCE_COLOR)와 범례", () => {
    const r = runCli(["analyze", join(repoRoot, "examples", "openai-aws.txt"), "--format", "pretty", ...FAST], { env: { FORCE_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("\u001b[");
    expect(r.stdout).toMatch(/legend:/);
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, "")).toContain("380억 달러");
  });

  test("--output 은 완성된 파일만 남긴다", () => {
    const out = join(dir, "out", "doc.json");
    const outDir = join(dir, "out");
    mkdirSync(outDir, { recursive: true });
    const r = runCli(["analyze", file("o.txt", ARTICLE), "--output", out, ...FAST]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(parseDoc(readFileSync(out, "utf8")).text).toBe(ARTICLE);
    expect(readdirSync(outDir)).toEqual(["doc.json"]);
  });

  test("--output 이 심볼릭 링크면 링크는 그대로, 가리키는 파일이 바뀐다", () => {
    const outDir = join(dir, "out-link");
    mkdirSync(outDir, { recursive: true });
    const real = join(outDir, "real.json");
    writeFileSync(real, "old");
    const link = join(outDir, "link.json");
    symlinkSync(real, link);
    const r = runCli(["analyze", file("o.txt", ARTICLE), "--output", link, ...FAST]);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(parseDoc(readFileSync(real, "utf8")).text).toBe(ARTICLE);
    expect(readdirSync(outDir).sort()).toEqual(["link.json", "real.json"]);
  });

  test("--output 이 파이프(FIFO)면 그 안에 쓰고 파이프는 파이프로 남는다 (-o /dev/null 과 같은 경우)", async () => {
    const outDir = join(dir, "out-fifo");
    mkdirSync(outDir, { recursive: true });
    const fifo = join(outDir, "pipe");
    execFileSync("mkfifo", [fifo]);
    // A reader on the pipe, as /dev/null always is.
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (b: Buffer) => (read += b.toString("utf8")));
    const closed = new Promise<void>((resolve) => reader.on("close", () => resolve()));
    // The CLI runs beside the reader (a synchronous spawn would block this test's reader).
    const cli = spawn(process.execPath, [bin, "analyze", file("o.txt", ARTICLE), "--output", fifo, ...FAST], { env: { ...process.env, NO_COLOR: "1" } });
    const code = await new Promise<number | null>((resolve) => cli.on("close", resolve));
    await closed;
    expect(code).toBe(0);
    expect(parseDoc(read).text).toBe(ARTICLE);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(outDir)).toEqual(["pipe"]);
  });

  test("--output 이 폴더면 한 줄 오류", () => {
    const r = runCli(["analyze", file("o.txt", ARTICLE), "--output", dir, ...FAST]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is a folder; --output needs a file/);
  });
});

describe("sinmun analyze --format jsonl", () => {
  const lines = [
    JSON.stringify({ id: "a1", text: "SK하이닉스가 HBM 공급을 20% 늘린다." }),
    "",
    "엔비디아 주가가 3% 올랐다.",
    "{not json",
    JSON.stringify({ id: 42, text: "카카오는 1조4000억 원을 투자한다." }),
    JSON.stringify({ id: "big", text: "가".repeat(2000) }),
    JSON.stringify({ id: "z9", text: "" }),
  ].join("\n");

  test.each([["1"], ["2"]])("--workers %s: 순서와 id 유지, 잘못된 줄과 한도 초과는 stderr에 위치와 함께", (workers) => {
    const input = file(`in-${workers}.jsonl`, lines);
    const r = runCli(["analyze", input, "--format", "jsonl", "--workers", workers, "--max-chars", "1000", ...FAST]);
    expect(r.code).toBe(1);
    const docs = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Doc);
    expect(docs.map((d) => d.id)).toEqual(["a1", 3, 42, "z9"]);
    for (const d of docs) expect(checkDoc(d)).toEqual([]);
    expect(docs[2]?.amounts?.[0]?.decimal).toBe("1400000000000");
    expect(r.stderr).toMatch(/in-\d\.jsonl:4: expected a JSON object/);
    expect(r.stderr).toMatch(/in-\d\.jsonl:6: document "big" has 2000 characters, over the limit of 1000/);
  });

  test("문서 500개를 워커 2개로: 하나도 빠지지 않고 순서대로", () => {
    const many = Array.from({ length: 500 }, (_, i) => JSON.stringify({ id: i, text: `기사 ${i}: 현대차가 ${i + 1}억 달러를 투자했다.` })).join("\n");
    const r = runCli(["analyze", "-", "--format", "jsonl", "--workers", "2", ...FAST], { input: many });
    expect(r.code).toBe(0);
    const docs = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Doc);
    expect(docs.map((d) => d.id)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(docs[499]?.amounts?.[0]?.decimal).toBe("50000000000");
    expect(r.stderr).toBe("");
  });

  test("--output 원자적 쓰기: 성공하면 파일 하나, 임시 파일 없음", () => {
    const outDir = mkdtempSync(join(tmpdir(), "sinmun-out-"));
    const out = join(outDir, "docs.jsonl");
    const r = runCli(["analyze", "-", "--format", "jsonl", "--output", out, ...FAST], { input: "삼성전자가 올랐다.\nLG전자도 올랐다.\n" });
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8").trim().split("\n")).toHaveLength(2);
    expect(readdirSync(outDir)).toEqual(["docs.jsonl"]);
  });
});

describe("진행 표시줄", () => {
  const many = Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: i, text: `기사 ${i}: 삼성전자가 ${i}% 올랐다.` })).join("\n");

  test("터미널이 아니면 stderr는 비어 있다", () => {
    const r = runCli(["analyze", file("quiet.jsonl", many), "--format", "jsonl", "--workers", "1", ...FAST]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  test("--progress 는 터미널이 아니어도 stderr에만 그린다", () => {
    const r = runCli(["analyze", file("loud.jsonl", many), "--format", "jsonl", "--workers", "1", "--progress", ...FAST]);
    expect(r.stderr).toMatch(/120\/120 docs/);
    expect(r.stdout.trim().split("\n")).toHaveLength(120);
  });

  const hasScript = spawnSync("script", ["--version"]).status === 0;
  (hasScript ? test : test.skip)("진짜 터미널(script의 pty)에서는 묻지 않아도 그린다", () => {
    const out = join(dir, "tty-out.jsonl");
    const cmd = [process.execPath, bin, "analyze", file("tty.jsonl", many), "--format", "jsonl", "--workers", "1", "--tokenizer", "none", "--output", out]
      .map((a) => `'${a}'`)
      .join(" ");
    const r = spawnSync("script", ["-qec", cmd, "/dev/null"], { encoding: "utf8", timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/100% \| 120\/120 docs/);
    expect(readFileSync(out, "utf8").trim().split("\n")).toHaveLength(120);
  });
});

describe("sinmun normalize", () => {
  test("한 표현 → JSON", () => {
    const r = runCli(["normalize", "380억 달러"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: "money", value: 38000000000, decimal: "38000000000", unit: "USD", approx: false });
  });
  test("--jsonl -: 줄마다 JSON 또는 null", () => {
    const r = runCli(["normalize", "--jsonl", "-"], { input: "약 54조 원\n안녕하세요\n0.25%p\n" });
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { unit?: string; approx?: boolean } | null);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ unit: "KRW", approx: true });
    expect(out[1]).toBeNull();
    expect(out[2]).toMatchObject({ unit: "%p" });
  });
  test("표현 여러 개 → 인자마다 JSON 한 줄", () => {
    const r = runCli(["normalize", "380억 달러", "안녕하세요", "약 54조 원"]);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { decimal?: string } | null);
    expect(out.map((a) => a?.decimal ?? null)).toEqual(["38000000000", null, "54000000000000"]);
  });
  test.each<[string, string[], string | Buffer, (stdout: string) => void]>([
    [
      "--find -: 본문 속 금액을 JSONL로",
      ["--find", "-"],
      "한빛전자는 올해 3조 5천억 원을 투자하고, 영업이익률을 10~12%로 높인다.",
      (out) => {
        const amounts = out.trim().split("\n").map((l) => JSON.parse(l) as { text: string; decimal: string | null; minDecimal?: string });
        expect(amounts.map((a) => a.text)).toEqual(["3조 5천억 원", "10~12%"]);
        expect(amounts[0]?.decimal).toBe("3500000000000");
        expect(amounts[1]?.minDecimal).toBe("10");
      },
    ],
    [
      "--find FILE --format csv: 금액 열과 머리 행",
      ["--find", "FILE", "--format", "csv"],
      encode("올해 매출은 약 2조 원, 직원은 1200명이다.", "euc-kr"),
      (out) => {
        const lines = out.split("\r\n");
        expect(lines[0]).toBe("start,end,text,kind,value,decimal,unit,approx,min,max,qualifier");
        expect(lines[1]).toMatch(/^\d+,\d+,약 2조 원,money,2000000000000,2000000000000,KRW,true,,,$/);
        expect(lines[2]).toMatch(/,1200명,quantity,1200,1200,명,false,,,$/);
      },
    ],
    ["--find 에 금액이 없으면 빈 출력", ["--find", "-"], "금액이 없는 문장이다.", (out) => expect(out).toBe("")],
  ])("normalize %s", (_name, args, input, check) => {
    const path = file(`find-${args.join("")}.txt`, input);
    const r = runCli(["normalize", ...args.map((a) => (a === "FILE" ? path : a))], { input });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    check(r.stdout);
  });
  test.each([
    ["--find 와 --jsonl 둘 다", ["--find", "-", "--jsonl", "-"], /not both/],
    ["--find 와 표현", ["--find", "-", "380억 달러"], /takes no expression/],
    ["--find 없이 --format", ["--format", "csv", "3%"], /--format is for normalize --find/],
  ])("normalize 사용 오류: %s", (_name, args, message) => {
    const r = runCli(["normalize", ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
  test("사용법에 normalize 의 세 가지 쓰임", () => {
    const r = runCli(["normalize", "--help"]);
    expect(r.stdout).toMatch(/sinmun normalize EXPRESSION\.\.\..*\n.*sinmun normalize --jsonl FILE\|-.*\n.*sinmun normalize --find FILE\|-/);
  });
  test("표현 없음 → 사용 오류", () => {
    expect(runCli(["normalize"]).code).toBe(2);
  });
});
