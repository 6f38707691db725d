import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import * as iconv from "iconv-lite";
import { SinmunError, checkDoc } from "@sinmun/core";
import { createRecognizer, loadEntities, safeLoadEntities, type EntityRecord } from "@sinmun/ner";

// Bad dictionaries (issue 8): malformed rows give located diagnostics (`line`, `file`), and a
// failed load leaves the dictionary already in use in force. @sinmun/ner has no way to reload a
// recognizer's dictionary, so "in force" is checked as: a recognizer built before keeps giving
// the same answers after a bad file is rejected, and `sinmun analyze --dict BAD` stops before
// touching its output file.
const repoRoot = join(__dirname, "..", "..", "..");
const bin = join(repoRoot, "packages", "cli", "dist", "bin.js");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sinmun-dict-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: string | Buffer): string {
  const p = join(dir, `d${n++}.jsonl`);
  writeFileSync(p, content);
  return p;
}

const row = (r: Record<string, unknown>): string => JSON.stringify(r);
const GOOD = [
  row({ id: "hanbit-soft", label: "ORG", name: "한빛소프트", aliases: ["한빛"] }),
  row({ id: "minsu-kim", label: "PERSON", name: "김민수", aliases: [] }),
  row({ id: "geumgang-battery", label: "PRODUCT", name: "금강배터리", aliases: ["금강 배터리"] }),
];
/** One malformed row per kind, with the diagnostic code it must produce. */
const BROKEN: [string, string, string][] = [
  ["깨진 JSON", "invalid-json", '{"id":"x","label":"ORG",'],
  ["JSON 배열", "invalid-row", '["x","ORG"]'],
  ["JSON 문자열", "invalid-row", '"한빛"'],
  ["라벨 PER", "invalid-label", row({ id: "x", label: "PER", name: "엑스", aliases: [] })],
  ["라벨 소문자 org", "invalid-label", row({ id: "x", label: "org", name: "엑스", aliases: [] })],
  ["id 빈 문자열", "missing-id", row({ id: "", label: "ORG", name: "엑스", aliases: [] })],
  ["id 숫자", "missing-id", '{"id":7,"label":"ORG","name":"엑스","aliases":[]}'],
  ["이름 공백뿐", "missing-name", row({ id: "x", label: "ORG", name: "   ", aliases: [] })],
  ["별칭 중 숫자", "invalid-aliases", '{"id":"x","label":"ORG","name":"엑스","aliases":["X",3]}'],
  ["meta가 null", "invalid-meta", '{"id":"x","label":"ORG","name":"엑스","aliases":[],"meta":null}'],
  ["NUL이 섞인 줄", "invalid-json", '\u0000{"id":"x"}'],
];

describe("잘못된 행: 위치가 있는 진단", () => {
  test.each(BROKEN)("%s → %s, 파일 경로와 줄 번호", (_name, code, bad) => {
    // BOM, CRLF and blank lines must not shift the reported line.
    const content = "\ufeff" + [GOOD[0], "", GOOD[1], bad, "", GOOD[2]].join("\r\n") + "\r\n";
    const path = file(content);
    const r = safeLoadEntities(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics).toEqual([expect.objectContaining({ code, line: 4, file: path })]);
    expect(() => loadEntities(path)).toThrow(SinmunError);
  });

  test("성질: 좋은 행 사이 아무 곳에 끼운 잘못된 행들은 정확히 그 줄 번호로만 보고된다", () => {
    const line = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...GOOD).map((g) => ({ text: g, bad: false })) },
      { weight: 1, arbitrary: fc.constantFrom(...BROKEN).map(([, , b]) => ({ text: b, bad: true })) },
      { weight: 1, arbitrary: fc.constantFrom("", "   ", "\t").map((s) => ({ text: s, bad: false })) },
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
        const r = safeLoadEntities(lines.map((l) => l.text).join(eol) + eol);
        const expected = lines.flatMap((l, i) => (l.bad ? [i + 1] : []));
        if (expected.length === 0) expect(r.ok).toBe(true);
        else expect(!r.ok && r.diagnostics.map((d) => d.line)).toEqual(expected);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  test("2만 행 파일의 15,000번째 줄 하나만 틀림: 그 줄을 짚는다", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => row({ id: `org-${i}`, label: "ORG", name: `가상기업${i}`, aliases: [] }));
    lines[14_999] = row({ id: "org-bad", label: "COMPANY", name: "잘못", aliases: [] });
    const path = file(lines.join("\n"));
    const r = safeLoadEntities(path);
    expect(!r.ok && r.diagnostics).toEqual([expect.objectContaining({ code: "invalid-label", line: 15_000, file: path })]);
  });

  test("바이너리 파일: 1행에서 invalid-json", () => {
    const r = safeLoadEntities(file(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])));
    expect(!r.ok && r.diagnostics[0]).toMatchObject({ code: "invalid-json", line: 1 });
  });

  test("읽을 수 없는 경로: unreadable-file 진단과 경로", () => {
    const path = join(dir, "없는-파일.jsonl");
    const r = safeLoadEntities(path);
    expect(!r.ok && r.diagnostics[0]).toMatchObject({ code: "unreadable-file", file: path });
  });

  test(
    'CP949로 저장한 사전은 조용히 로드되지 않는다 (예전: iconv.encode(\'{"id":"hanbit-soft",…,"name":"한빛소프트",…}\', "cp949") → ok: true, name "\\ufffdѺ\\ufffd…")',
    () => {
      const path = file(iconv.encode(GOOD[0] + "\n", "cp949"));
      const r = safeLoadEntities(path);
      // Either the names come back exactly, or the loader says the file is not UTF-8.
      if (r.ok) expect(r.value[0]?.name).toBe("한빛소프트");
      else expect(r.diagnostics[0]?.line).toBe(1);
    },
  );

  test.each<[string, () => Buffer, number, RegExp]>([
    ["CP949 파일", () => iconv.encode(GOOD.join("\n"), "cp949"), 1, /got cp949/],
    ["EUC-KR 파일", () => iconv.encode(GOOD.join("\n"), "euc-kr"), 1, /got (cp949|euc-kr)/],
    ["UTF-8 줄 다음에 CP949 줄 (섞인 인코딩)", () => Buffer.concat([Buffer.from(GOOD[0] + "\n" + GOOD[1] + "\n"), iconv.encode(GOOD[2] + "\n", "cp949")]), 3, /mixed encodings|got cp949|invalid byte/],
    ["UTF-16LE + BOM", () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(GOOD.join("\n"), "utf-16le")]), 1, /got utf-16le/],
    ["김의 첫 바이트만 남은 UTF-8 (잘린 다중 바이트)", () => Buffer.concat([Buffer.from(GOOD[0] + "\n"), Buffer.from((GOOD[1] as string).split("김")[0] as string), Buffer.from([0xea]), Buffer.from("민수\",\"aliases\":[]}")]), 2, /invalid byte|got cp949|mixed/],
  ])("UTF-8이 아닌 사전: %s → not-utf8 진단 (줄, 감지한 인코딩)", (_n, bytes, line, message) => {
    const path = file(bytes());
    const r = safeLoadEntities(path);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics).toHaveLength(1);
      expect(r.diagnostics[0]).toMatchObject({ code: "not-utf8", file: path, line });
      expect(r.diagnostics[0]?.message).toMatch(message);
    }
  });

  test("UTF-8 BOM이 붙은 사전은 그대로 로드", () => {
    const r = safeLoadEntities(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD.join("\n"))])));
    expect(r.ok && r.value.map((x) => x.name)).toEqual(GOOD.map((g) => JSON.parse(g).name));
  });
});

describe("실패한 로드는 쓰던 사전을 그대로 둔다", () => {
  const TEXT = "한빛소프트는 김민수 대표가 이끄는 회사로, 한빛은 금강 배터리를 판다. 삼성전자와 오픈AI도 언급됐다.";

  test("잘못된 사용자 파일로 createRecognizer → 줄 번호가 있는 SinmunError; 먼저 만든 인식기는 같은 답", () => {
    const good = createRecognizer({ entities: file(GOOD.join("\n")) });
    const before = good.recognize(TEXT);
    expect(before.map((e) => e.id)).toEqual(expect.arrayContaining(["hanbit-soft", "minsu-kim", "geumgang-battery"]));
    expect(checkDoc({ text: TEXT, sentences: [], entities: before })).toEqual([]);
    for (const [, code, bad] of BROKEN) {
      const path = file([GOOD[0], bad].join("\n"));
      let thrown: unknown;
      try {
        createRecognizer({ entities: path });
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(SinmunError);
      expect((thrown as SinmunError).code).toBe(code);
      expect((thrown as Error).message).toMatch(/line 2/);
    }
    expect(good.recognize(TEXT)).toEqual(before);
    expect(good.lookup("hanbit-soft")?.name).toBe("한빛소프트");
    expect(good.size).toBeGreaterThan(3);
  });

  test("이상한 레코드(빈 이름·빈 별칭·아주 긴 별칭·외톨이 서러게이트)도 인식기는 유효한 결과를 낸다", () => {
    const records: EntityRecord[] = [
      { id: "empty-name", label: "ORG", name: "", aliases: ["", " "] },
      { id: "long-alias", label: "ORG", name: "긴별칭", aliases: ["가".repeat(100_000)] },
      { id: "surrogate", label: "PERSON", name: "\ud800김", aliases: ["\udc00"] },
    ];
    const r = createRecognizer({ entities: records });
    const text = `${TEXT} 긴별칭 ${"가".repeat(2000)} \ud800김 \udc00`;
    expect(checkDoc({ text, sentences: [], entities: r.recognize(text) })).toEqual([]);
  });

  test("sinmun analyze --dict 잘못된 파일: 종료 1, stderr에 파일:줄, 기존 출력 파일은 그대로", () => {
    if (!existsSync(bin)) throw new Error("packages/cli/dist/bin.js is missing: run `npx tsc -b packages/cli` first");
    const input = join(dir, "article.txt");
    writeFileSync(input, TEXT);
    const out = join(dir, "out.json");
    const good = file(GOOD.join("\n"));
    const first = spawnSync(process.execPath, [bin, "analyze", input, "--dict", good, "--tokenizer", "none", "--output", out], { encoding: "utf8" });
    expect(first.status).toBe(0);
    const previous = readFileSync(out, "utf8");
    expect(JSON.parse(previous).entities.map((e: { id: string }) => e.id)).toContain("hanbit-soft");

    const bad = file([GOOD[0], GOOD[1], BROKEN[3]?.[2]].join("\n"));
    const second = spawnSync(process.execPath, [bin, "analyze", input, "--dict", bad, "--tokenizer", "none", "--output", out], { encoding: "utf8" });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`${bad}:3:`);
    expect(second.stderr).toMatch(/expected label in \{PERSON, ORG, PRODUCT, LOC\}, got "PER"/);
    expect(readFileSync(out, "utf8")).toBe(previous);
  });

  test("sinmun dict lint: 모든 잘못된 줄을 파일:줄:코드로", () => {
    if (!existsSync(bin)) throw new Error("packages/cli/dist/bin.js is missing: run `npx tsc -b packages/cli` first");
    const bad = file([GOOD[0], BROKEN[0]?.[2], GOOD[1], BROKEN[3]?.[2]].join("\n"));
    const r = spawnSync(process.execPath, [bin, "dict", "lint", bad], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    const lines = (r.stdout + r.stderr).split("\n").filter((l) => l.startsWith(`${bad}:`));
    expect(lines.map((l) => l.split(":").slice(1, 3).join(":").trim())).toEqual(["2: invalid-json", "4: invalid-label"]);
  });
});
