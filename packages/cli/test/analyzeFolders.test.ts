import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { encode } from "iconv-lite";
import { checkDoc, type Doc } from "@sinmun/core";
import { spawnSync } from "node:child_process";
import { bin, runCli } from "./runCli";

// Issue 13: folders of articles in, documents or tables out. Every case spawns the built CLI on
// files written here (our own sentences) with --tokenizer none, where morphology does not matter.
const FAST = ["--tokenizer", "none"];
const root = mkdtempSync(join(tmpdir(), "sinmun-folders-"));
let n = 0;
/** A fresh folder holding `files` (path → content; a Buffer is written as bytes). */
function folder(files: Record<string, string | Buffer>): string {
  const dir = join(root, `f${n++}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}
const jsonLines = (stdout: string): Record<string, unknown>[] => stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const docs = (stdout: string): Doc[] => {
  const out = jsonLines(stdout) as unknown as Doc[];
  for (const d of out) expect(checkDoc(d)).toEqual([]);
  return out;
};

/** A small RFC 4180 reader: quoted fields with doubled quotes, separators and line breaks inside. */
function parseTable(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === separator) {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === "\n") throw new Error(`bare LF outside quotes at ${i}`);
    else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || row.length > 0) throw new Error("last row not terminated by CRLF");
  return rows;
}
/** Table rows as objects keyed by the header row. */
const records = (rows: string[][]): Record<string, string>[] => rows.slice(1).map((r) => Object.fromEntries((rows[0] ?? []).map((h, i) => [h, r[i] ?? ""])));

describe("sinmun analyze: 폴더와 여러 파일", () => {
  const news = folder({
    "2025/01/삼성.txt": "삼성전자가 1분기 영업이익 6조 6천억 원을 냈다.",
    "2025/02/카카오.txt": "카카오는 3천억 원을 들여 데이터센터를 짓는다.",
    "모음.jsonl": [
      JSON.stringify({ id: "j1", text: "현대차가 미국에 21조 원을 투자한다.", url: "https://example.kr/1", date: "2025-03-01" }),
      "네이버가 인공지능에 1조 원을 쓴다.",
    ].join("\n"),
    "메모.md": "이 파일은 기본 패턴에 맞지 않아 읽히지 않는다.",
  });

  test("하위 폴더까지 이름순, id는 폴더 기준 상대 경로, JSONL의 나머지 필드는 meta로", () => {
    const r = runCli(["analyze", news, "--format", "jsonl", ...FAST]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = docs(r.stdout);
    expect(out.map((d) => d.id)).toEqual(["2025/01/삼성.txt", "2025/02/카카오.txt", "j1", "모음.jsonl:2"]);
    expect(out[2]?.meta).toEqual({ url: "https://example.kr/1", date: "2025-03-01" });
    expect(out[0]?.amounts?.[0]?.decimal).toBe("6600000000000");
  });

  test.each([["1"], ["2"]])("워커 %s개: 파일 여러 개와 폴더가 한 흐름으로, 입력 순서대로", (workers) => {
    const r = runCli(["analyze", join(news, "모음.jsonl"), news, "--format", "jsonl", "--workers", workers, ...FAST]);
    expect(r.code).toBe(0);
    expect(docs(r.stdout).map((d) => d.id)).toEqual(["j1", `${join(news, "모음.jsonl")}:2`, "2025/01/삼성.txt", "2025/02/카카오.txt", "j1", "모음.jsonl:2"]);
  });

  test.each<[string, string[], string[]]>([
    ["--glob *.md 만", ["--glob", "*.md"], ["메모.md"]],
    ["경로가 든 --glob", ["--glob", "2025/**/*.txt"], ["2025/01/삼성.txt", "2025/02/카카오.txt"]],
    ["중괄호 --glob (이름순: 메 < 모)", ["--glob", "*.{md,jsonl}"], ["메모.md", "j1", "모음.jsonl:2"]],
  ])("%s", (_name, flags, ids) => {
    const r = runCli(["analyze", news, "--format", "jsonl", ...flags, ...FAST]);
    expect(r.code).toBe(0);
    expect(docs(r.stdout).map((d) => d.id)).toEqual(ids);
  });

  test("--format json 에 여러 문서 → JSON 배열", () => {
    const r = runCli(["analyze", join(news, "2025"), ...FAST]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Doc[];
    expect(out.map((d) => d.id)).toEqual(["01/삼성.txt", "02/카카오.txt"]);
  });

  test("파일 인자 없이 파이프로 들어온 stdin", () => {
    const r = runCli(["analyze", ...FAST], { input: "엔비디아 주가가 5% 올랐다." });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Doc).amounts?.[0]?.unit).toBe("%");
  });

  const hasScript = spawnSync("script", ["--version"]).status === 0;
  (hasScript ? test : test.skip)("터미널에서 인자 없이 → 사용 오류(종료 2), 기다리지 않음", () => {
    const cmd = [process.execPath, bin, "analyze", "--tokenizer", "none"].map((a) => `'${a}'`).join(" ");
    const r = spawnSync("script", ["-qec", cmd, "/dev/null"], { encoding: "utf8", timeout: 60_000, input: "" });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/analyze expects FILE or FOLDER arguments, or input piped on stdin/);
  });

  test("--text-field, --id-field: 다른 이름의 필드, 나머지는 meta에 그대로", () => {
    const dir = folder({ "기사.jsonl": [JSON.stringify({ no: 7, body: "LG전자가 2% 올랐다.", section: "경제", tags: ["전자", "증시"] }), JSON.stringify({ no: 8, body: 42 })].join("\n") });
    const r = runCli(["analyze", dir, "--format", "jsonl", "--text-field", "body", "--id-field", "no", ...FAST]);
    expect(r.code).toBe(1);
    const [doc] = docs(r.stdout);
    expect(doc).toMatchObject({ id: 7, meta: { section: "경제", tags: ["전자", "증시"] }, text: "LG전자가 2% 올랐다." });
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/기사\.jsonl:2: expected a string "body" field, got number; line skipped$/)]);
  });

  test("JSONL처럼 보이는 .txt → 한 문서로 읽되 경고", () => {
    const dir = folder({ "잘못 이름 붙임.txt": `${JSON.stringify({ id: 1, text: "두산이 수주했다." })}\n` });
    const r = runCli(["analyze", dir, "--format", "jsonl", ...FAST]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*잘못 이름 붙임\.txt: looks like JSONL .* read as one plain document; name it \.jsonl or pass --input-format jsonl/);
    expect(docs(r.stdout)).toHaveLength(1);
  });
});

describe("sinmun analyze: 나쁜 입력이 섞인 폴더", () => {
  const sentence = "한화에어로스페이스가 폴란드와 9조 원 규모의 계약을 맺었다.";
  const blob = Buffer.alloc(2048);
  for (let i = 0; i < blob.length; i++) blob[i] = (i * 131) % 256;
  const dir = folder({
    "a-정상.txt": "포스코가 2% 올랐다.",
    "b-바이너리.txt": blob,
    "c-euckr.txt": encode(sentence, "euc-kr"),
    "d-줄.jsonl": [JSON.stringify({ id: "ok", text: "셀트리온이 반등했다." }), JSON.stringify({ id: "bad", text: ["배열"] }), "{깨진 JSON"].join("\n"),
    "e-빈파일.txt": "",
    "h-바이너리.jsonl": blob,
  });
  symlinkSync(join(dir, "없는-대상.txt"), join(dir, "f-끊긴링크.txt"));
  const asRoot = process.getuid?.() === 0;
  if (!asRoot) {
    writeFileSync(join(dir, "g-읽기금지.txt"), "읽을 수 없는 기사.");
    chmodSync(join(dir, "g-읽기금지.txt"), 0o000);
  }

  test("각각 경로와 함께 알리고 나머지는 계속, 끝에 종료 1", () => {
    const r = runCli(["analyze", dir, "--format", "jsonl", ...FAST]);
    expect(r.code).toBe(1);
    const out = docs(r.stdout);
    expect(out.map((d) => d.id)).toEqual(["a-정상.txt", "c-euckr.txt", "ok", "e-빈파일.txt"]);
    expect(out[1]?.text).toBe(sentence); // EUC-KR decoded
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/f-끊긴링크\.txt: broken symbolic link$/),
        expect.stringMatching(/b-바이너리\.txt: looks binary .*--force/),
        expect.stringMatching(/d-줄\.jsonl:2: expected a string "text" field, got an array; line skipped$/),
        expect.stringMatching(/d-줄\.jsonl:3: expected a JSON object .* invalid JSON/),
        expect.stringMatching(/warning: .*e-빈파일\.txt: empty file$/),
        expect.stringMatching(/h-바이너리\.jsonl: looks binary .*not JSONL; skipped/),
        ...(asRoot ? [] : [expect.stringMatching(/g-읽기금지\.txt: permission denied$/)]),
      ]),
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("없는 경로 인자도 한 줄로 알리고 나머지는 계속", () => {
    const r = runCli(["analyze", join(root, "없는-폴더"), join(dir, "a-정상.txt"), "--format", "jsonl", ...FAST]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/없는-폴더: no such file/);
    expect(docs(r.stdout).map((d) => d.text)).toEqual(["포스코가 2% 올랐다."]);
  });
});

describe("sinmun analyze: CSV/TSV 표", () => {
  // The document id carries a comma, quotes and a line break; a user entity's name a comma and quotes.
  const trickyId = '3월, "특집"\n기사';
  const dict = folder({
    "사전.jsonl": `${JSON.stringify({ id: "gana-trading", label: "ORG", name: '가나, "다라" 상사', aliases: ["가나상사"] })}\n`,
  });
  const input = folder({
    "기사.jsonl": [
      JSON.stringify({ id: trickyId, text: "가나상사가 5천억 원을 투자했다. 가나상사는 “늘린다”고 밝혔다." }),
      JSON.stringify({ id: "t2", text: "삼성전자가 3% 올랐다.\t삼성전자 노조는 반발했다." }),
    ].join("\n"),
  });
  const run = (...flags: string[]) => runCli(["analyze", input, "--dict", join(dict, "사전.jsonl"), ...flags, ...FAST]);

  test.each<[string, "csv" | "tsv", string]>([
    ["CSV", "csv", ","],
    ["TSV", "tsv", "\t"],
  ])("%s: 쉼표·따옴표·줄바꿈이 든 칸도 RFC 4180 해석기로 되읽힌다", (_name, format, separator) => {
    const r = run("--format", format, "--layer", "entities");
    expect(r.code).toBe(0);
    const rows = parseTable(r.stdout, separator);
    expect(rows[0]).toEqual(["doc", "start", "end", "text", "label", "id", "name", "type", "ticker", "exchange"]);
    const recs = records(rows);
    const gana = recs.filter((x) => x.id === "gana-trading");
    expect(gana).toHaveLength(2);
    expect(gana[0]).toMatchObject({ doc: trickyId, start: "0", end: "4", text: "가나상사", label: "ORG", name: '가나, "다라" 상사' });
    expect(recs.filter((x) => x.doc === "t2").map((x) => x.text)).toEqual(["삼성전자", "삼성전자"]);
  });

  test.each<[string, string, string[], (recs: Record<string, string>[]) => void]>([
    ["금액", "amounts", ["doc", "start", "end", "text", "kind", "value", "decimal", "unit", "approx", "min", "max", "qualifier"], (recs) => expect(recs[0]).toMatchObject({ text: "5천억 원", kind: "money", decimal: "500000000000", unit: "KRW", approx: "false" })],
    ["인용", "quotes", ["doc", "start", "end", "text", "kind", "content", "speaker_id", "speaker_name", "cue_lemma", "source_name"], (recs) => expect(recs[0]).toMatchObject({ kind: "direct", content: "늘린다", speaker_id: "gana-trading", cue_lemma: "밝히다" })],
    ["문장", "sentences", ["doc", "start", "end", "text", "boilerplate"], (recs) => expect(recs.map((x) => x.doc)).toEqual([trickyId, trickyId, "t2", "t2"].slice(0, recs.length))],
  ])("--layer %s: 층의 열", (_name, layer, head, check) => {
    const r = run("--format", "csv", "--layer", layer);
    expect(r.code).toBe(0);
    const rows = parseTable(r.stdout, ",");
    expect(rows[0]).toEqual(head);
    check(records(rows));
  });

  test("--layer dates --date: 기사 날짜로 푼 ISO 값, 줄의 date 필드보다 --date가 앞선다 (issue 16)", () => {
    const dated = folder({
      "날짜.jsonl": [
        JSON.stringify({ id: "d1", text: "한빛소재의 지난해 매출은 3분기에 가장 컸다. 다음 달 공장을 연다." }),
        JSON.stringify({ id: "d2", date: "2023-05-02", text: "이날 주가가 올랐다." }),
      ].join("\n"),
    });
    const r = runCli(["analyze", dated, "--format", "csv", "--layer", "dates", "--date", "2025-11-14", ...FAST]);
    expect(r.code).toBe(0);
    const rows = parseTable(r.stdout, ",");
    expect(rows[0]).toEqual(["doc", "start", "end", "text", "kind", "value", "granularity", "resolved", "approx", "base"]);
    expect(records(rows).map((x) => [x.doc, x.text, x.value])).toEqual([
      ["d1", "지난해", "2024-01-01/2024-12-31"],
      ["d1", "3분기", "2024-07-01/2024-09-30"],
      ["d1", "다음 달", "2025-12-01/2025-12-31"],
      ["d2", "이날", "2025-11-14"],
    ]);
    // Without --date each line's own date field is the reference, and a line without one stays unresolved.
    const own = records(parseTable(runCli(["analyze", dated, "--format", "csv", "--layer", "dates", ...FAST]).stdout, ","));
    expect(own.map((x) => [x.text, x.value, x.resolved])).toEqual([
      ["지난해", "", "false"],
      ["3분기", "", "false"],
      ["다음 달", "", "false"],
      ["이날", "2023-05-02", "true"],
    ]);
  });

  test("--excel: UTF-8 BOM으로 시작, 줄 끝은 CRLF", () => {
    const r = runCli(["analyze", input, "--format", "csv", "--excel", ...FAST], { encoding: "buffer" });
    const bytes = r.stdoutBytes as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 3 + "doc,start".length).toString("utf8")).toBe("doc,start");
    expect(bytes.toString("utf8")).toMatch(/exchange\r\n/);
  });

  test.each<[string, string, Record<string, unknown>[]]>([
    [
      "jsonl",
      "jsonl",
      [
        { doc: trickyId, id: "gana-trading", label: "ORG", name: '가나, "다라" 상사', mentions: 2 },
        { doc: "t2", id: "samsung-electronics", label: "ORG", name: "삼성전자", mentions: 2 },
      ],
    ],
  ])("--group (%s): 문서마다 개체 하나에 한 줄, 언급 수와 함께", (_name, format, expected) => {
    const r = run("--format", format, "--layer", "entities", "--group");
    expect(r.code).toBe(0);
    // toMatchObject: the entities may also carry their dictionary attributes (type, ticker, exchange).
    const rows = jsonLines(r.stdout).filter((x) => x.id === "gana-trading" || x.id === "samsung-electronics");
    expect(rows).toHaveLength(expected.length);
    expect(rows).toMatchObject(expected);
  });

  test("--format jsonl --layer amounts: 범위마다 JSON 한 줄", () => {
    const r = run("--format", "jsonl", "--layer", "amounts");
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([
      { doc: trickyId, start: 6, end: 11, text: "5천억 원", kind: "money", value: 500000000000, decimal: "500000000000", unit: "KRW", approx: false },
      { doc: "t2", start: 6, end: 8, text: "3%", kind: "percent", value: 3, decimal: "3", unit: "%", approx: false },
    ]);
  });

  test("--group 도 CSV로", () => {
    const rows = parseTable(run("--format", "csv", "--layer", "entities", "--group").stdout, ",");
    expect(rows[0]).toEqual(["doc", "id", "label", "name", "type", "ticker", "exchange", "mentions"]);
    expect(records(rows).find((x) => x.id === "samsung-electronics")?.mentions).toBe("2");
  });
});

describe("sinmun analyze --format pretty: 터미널에 안전하게", () => {
  const hostile = "삼성전자\u001b[2J가 올랐다.\u001b]0;가짜 제목\u0007 \u009b31m카카오\u202e도\r 올랐다.";
  test.each<[string, Record<string, string>]>([
    ["색 있음(FORCE_COLOR)", { FORCE_COLOR: "1" }],
    ["색 없음", {}],
  ])("입력 속 제어 문자와 이스케이프 시퀀스는 보이게만: %s", (_name, env) => {
    const r = runCli(["analyze", "-", "--format", "pretty", ...FAST], { input: hostile, env });
    expect(r.code).toBe(0);
    // Our own colours are SGR sequences (ESC [ … m); nothing else may reach the terminal.
    const withoutOurColours = r.stdout.replace(/\u001b\[[0-9;]*m/g, "");
    expect(withoutOurColours).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(r.stdout).not.toContain("\u001b[2J");
    expect(r.stdout).not.toContain("\u001b]");
    expect(withoutOurColours).toContain("␛[2J");
    expect(withoutOurColours).toContain("<U+009B>31m카카오");
  });

  test("문서가 여럿이면 문서마다 id 머리줄 (id 속 제어 문자도 이스케이프)", () => {
    const input = "\u001b[31m빨간.jsonl";
    const dir = folder({ [input]: [JSON.stringify({ id: "가\u001b]0;x\u0007", text: "카카오가 올랐다." }), JSON.stringify({ id: "나", text: "네이버가 내렸다." })].join("\n") });
    const r = runCli(["analyze", dir, "--format", "pretty", ...FAST]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b/);
    expect(r.stdout).toMatch(/^── 가␛\]0;x␇ ──\n/);
    expect(r.stdout).toMatch(/\n── 나 ──\n/);
  });

  test("--tokens: 문장마다 형태소", () => {
    const r = runCli(["analyze", "-", "--format", "pretty", "--tokens"], { input: "삼성전자가 올랐다." });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tokens \(\d+\)/);
    expect(r.stdout).toMatch(/가\/JKS/);
  });

  test("날짜: 종류와 ISO 값, 풀 수 없으면 (unresolved) (issue 16)", () => {
    const input = "한빛소재는 지난해 매출이 늘었다고 이날 밝혔다.";
    const dated = runCli(["analyze", "-", "--format", "pretty", "--date", "2025-11-14", ...FAST], { input });
    expect(dated.stdout).toMatch(/^dates \(2\)$/m);
    expect(dated.stdout).toMatch(/^ {2}지난해 {2}relative 2024-01-01\/2024-12-31$/m);
    expect(dated.stdout).toMatch(/^ {2}이날 {2}relative 2025-11-14$/m);
    const bare = runCli(["analyze", "-", "--format", "pretty", ...FAST], { input });
    expect(bare.stdout).toMatch(/^ {2}이날 {2}relative \(unresolved\)$/m);
  });
});
