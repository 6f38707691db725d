import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import * as iconv from "iconv-lite";
import { decodeText } from "@sinmun/decode";

// Encodings for issue 8, beyond decodeText.test.ts: mixed encodings in one file, truncated
// multibyte sequences at the end, UTF-16 without a BOM, EUC-KR/CP949 written by iconv-lite,
// invalid UTF-8. The rule checked everywhere: the text comes back exactly, or the bad bytes are
// counted and a warning says so — never mojibake passed on silently as clean.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sinmun-enc-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
/** Writes the bytes to a real file and reads them back, as the CLI would. */
function viaFile(bytes: Uint8Array): Buffer {
  const p = join(dir, `f${n++}.txt`);
  writeFileSync(p, bytes);
  return readFileSync(p);
}
const utf8 = (s: string): Buffer => Buffer.from(s, "utf8");
const cp949 = (s: string): Buffer => iconv.encode(s, "cp949");
const euckr = (s: string): Buffer => iconv.encode(s, "euc-kr");

const L1 = "코스피가 외국인 매수에 2% 넘게 올랐다.";
const L2 = "삼성전자는 “메모리 업황이 살아나고 있다”고 밝혔다.";
const L3 = "원·달러 환율은 1,380원에 마감했다.";

describe("한 파일 안에 섞인 인코딩", () => {
  test.each<[string, Buffer[], string, "utf-8" | "cp949", number]>([
    ["UTF-8 줄 다음 EUC-KR 줄 (CRLF)", [utf8(L1 + "\r\n"), euckr(L2 + "\r\n")], L1 + "\r\n" + L2 + "\r\n", "utf-8", 0],
    ["CP949 줄이 더 많으면 대표 인코딩은 cp949", [cp949(L1 + "\n"), utf8(L2 + "\n"), cp949(L3 + "\n")], `${L1}\n${L2}\n${L3}\n`, "cp949", 0],
    ["EUC-KR 줄이 마지막 (줄바꿈 없이 끝남)", [utf8(L1 + "\n"), utf8(L2 + "\n"), euckr(L3)], `${L1}\n${L2}\n${L3}`, "utf-8", 0],
    ["CP949 확장 음절(똠·햏)이 든 줄과 UTF-8 줄", [cp949("똠얌꿍 가게 햏자 후기.\n"), utf8(L1 + "\n")], `똠얌꿍 가게 햏자 후기.\n${L1}\n`, "utf-8", 0],
  ])("%s: 줄마다 맞게 복원하고 mixed 경고", (_name, parts, expected, encoding, invalid) => {
    const out = decodeText(viaFile(Buffer.concat(parts)));
    expect(out.text).toBe(expected);
    expect(out.mixed).toBe(true);
    expect(out.encoding).toBe(encoding);
    expect(out.invalidBytes).toBe(invalid);
    expect(out.warnings.join("\n")).toMatch(/mixed encodings/);
  });

  test("UTF-8 줄, CP949 줄, 깨진 바이트가 든 줄: 깨진 바이트만 세고 나머지는 복원", () => {
    const bytes = Buffer.concat([utf8(L1 + "\n"), cp949(L2 + "\n"), utf8("환율은 "), Buffer.from([0xff]), utf8(" 올랐다.\n")]);
    const out = decodeText(viaFile(bytes));
    expect(out.text).toBe(`${L1}\n${L2}\n환율은 \uFFFD 올랐다.\n`);
    expect(out.invalidBytes).toBe(1);
    expect(out.mixed).toBe(true);
    expect(out.warnings[0]).toMatch(/^1 byte could not be decoded/);
  });

  test("성질: UTF-8 줄과 CP949 줄을 아무렇게나 섞어도 모든 줄이 그대로 돌아오거나 경고가 있다", () => {
    const line = fc.constantFrom(L1, L2, L3, "반도체 수출이 석 달 연속 늘었다.", "“금리 인하는 시기상조”라는 평가가 나왔다.", "SK하이닉스 시가총액 100조원 돌파");
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.boolean()), { minLength: 1, maxLength: 12 }), (rows) => {
        const bytes = Buffer.concat(rows.map(([s, asCp]) => (asCp ? cp949(s + "\n") : utf8(s + "\n"))));
        const out = decodeText(bytes);
        const expected = rows.map(([s]) => s + "\n").join("");
        expect(out.invalidBytes).toBe(0);
        expect(out.text).toBe(expected);
        const kinds = new Set(rows.map(([, asCp]) => asCp));
        expect(out.mixed).toBe(kinds.size === 2);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

describe("끝에서 잘린 멀티바이트 시퀀스", () => {
  // UTF-8: the last character lost 1..(len-1) bytes; what is left of it is counted, once.
  test.each<[string, string, number]>([
    ["한글 3바이트에서 1바이트 잘림", "다", 1],
    ["한글 3바이트에서 2바이트 잘림", "다", 2],
    ["이모지 4바이트에서 1바이트 잘림", "😀", 1],
    ["이모지 4바이트에서 2바이트 잘림", "😀", 2],
    ["이모지 4바이트에서 3바이트 잘림", "😀", 3],
    ["2바이트 문자(·)에서 1바이트 잘림", "·", 1],
  ])("UTF-8 %s", (_name, last, cut) => {
    const full = utf8(L2 + L1 + last);
    const out = decodeText(viaFile(full.subarray(0, full.length - cut)));
    expect(out.encoding).toBe("utf-8");
    expect(out.text).toBe(L2 + L1 + "\uFFFD");
    expect(out.invalidBytes).toBe(utf8(last).length - cut);
    expect(out.warnings[0]).toMatch(/could not be decoded as utf-8/);
  });

  test("성질: 긴 UTF-8 한글 문장 끝의 잘림은 언제나 세어지고 앞부분은 그대로", () => {
    const tail = fc.array(fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)), { minLength: 1, maxLength: 30 }).map((a) => a.join(""));
    fc.assert(
      fc.property(tail, fc.constantFrom(1, 2), (t, cut) => {
        const s = L1 + L2 + t;
        const bytes = utf8(s);
        const out = decodeText(bytes.subarray(0, bytes.length - cut));
        expect(out.text).toBe(s.slice(0, -1) + "\uFFFD");
        expect(out.invalidBytes).toBe(3 - cut);
        expect(out.warnings.length).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  test("UTF-16LE(BOM) 끝에 짝 잃은 상위 서러게이트", () => {
    const full = iconv.encode(L1 + "😀", "utf-16le", { addBOM: true });
    const out = decodeText(viaFile(full.subarray(0, full.length - 2)));
    expect(out.encoding).toBe("utf-16le");
    expect(out.text).toBe(L1 + "\uFFFD");
    expect(out.invalidBytes).toBe(2);
    expect(out.warnings.length).toBeGreaterThan(0);
  });

  test("UTF-16BE(BOM) 끝의 홀수 바이트", () => {
    const full = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(L3, "utf-16be")]);
    const out = decodeText(viaFile(full.subarray(0, full.length - 1)));
    expect(out.encoding).toBe("utf-16be");
    expect(out.text).toBe(L3.slice(0, -1) + "\uFFFD");
    expect(out.invalidBytes).toBe(1);
  });

  test("EUC-KR 파일 끝에서 선행 바이트만 남음 (여러 줄)", () => {
    const full = euckr(`${L1}\n${L2}\n${L3}`);
    const out = decodeText(viaFile(full.subarray(0, full.length - 2))); // drops "." and the trail byte of 다
    expect(out.encoding).toBe("cp949");
    expect(out.text.startsWith(`${L1}\n${L2}\n${L3.slice(0, -2)}`)).toBe(true);
    expect(out.invalidBytes).toBe(1);
    expect(out.warnings.length).toBeGreaterThan(0);
  });
});

describe("BOM 없는 UTF-16", () => {
  test.each<[string, string, "utf-16le" | "utf-16be"]>([
    ["한글·숫자·ASCII 섞인 기사 (LE)", `${L1}\n${L3}\n`, "utf-16le"],
    ["한글·숫자·ASCII 섞인 기사 (BE)", `${L1}\n${L3}\n`, "utf-16be"],
    ["이모지와 전각 문자 (LE)", `${L2} 😀 ＫＯＳＰＩ ２５００\r\n`, "utf-16le"],
    ["CRLF 여러 줄 (BE)", `${L1}\r\n${L2}\r\n${L3}\r\n`, "utf-16be"],
  ])("%s: 추측하고 경고", (_name, text, enc) => {
    const out = decodeText(viaFile(iconv.encode(text, enc)));
    expect(out.text).toBe(text);
    expect(out.encoding).toBe(enc);
    expect(out.bom).toBe(false);
    expect(out.invalidBytes).toBe(0);
    expect(out.warnings.join(" ")).toMatch(/no byte-order mark/);
  });

  test("성질: ASCII가 섞인 UTF-16LE/BE(BOM 없음)는 그대로 돌아오거나 경고가 있다", () => {
    const text = fc.array(fc.constantFrom(L1, L2, L3, " ", "\n", "KOSPI 2,500", "😀", "AI"), { minLength: 1, maxLength: 8 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, fc.constantFrom<"utf-16le" | "utf-16be">("utf-16le", "utf-16be"), (t, enc) => {
        const out = decodeText(iconv.encode(t, enc));
        if (out.text !== t) expect(out.warnings.length).toBeGreaterThan(0);
        else expect(out.encoding).toBe(enc);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

describe("iconv-lite로 쓴 EUC-KR·CP949", () => {
  test.each<[string, string, (s: string) => Buffer]>([
    ["한자·기호·괄호 숫자 (EUC-KR)", "㈜삼성 株價 ① ② ㎾ ℃ ※ “인용” ‘작은’ 「낫표」 ￦1,000 ·", euckr],
    ["전각 영숫자 (EUC-KR)", "ＫＯＳＰＩ　２，５００．１２　（＋０．３％）", euckr],
    ["CP949 확장 음절만 (똠똠 햏햏 뷁)", "똠똠 햏햏 뷁 쌰", cp949],
    ["여러 줄 기사 (CP949, CRLF)", `${L1}\r\n${L2}\r\n${L3}\r\n`, cp949],
  ])("%s: 그대로 복원, 경고 없음", (_name, text, encode) => {
    const out = decodeText(viaFile(encode(text)));
    expect(out.text).toBe(text);
    expect(out.encoding).toBe("cp949");
    expect(out.invalidBytes).toBe(0);
    expect(out.warnings).toEqual([]);
  });

  // KS X 1001 Hangul whose EUC-KR bytes are a lead 0xC2–0xC8 and a trail 0xA1–0xBF is also valid
  // UTF-8 (a Latin-1 character): a short file of such syllables decodes as clean UTF-8 mojibake.
  const latin1Lookalikes: string[] = [];
  for (let c = 0xac00; c <= 0xd7a3; c++) {
    const b = euckr(String.fromCharCode(c));
    if (b.length === 2 && (b[0] as number) >= 0xc2 && (b[0] as number) <= 0xdf && (b[1] as number) <= 0xbf) latin1Lookalikes.push(String.fromCharCode(c));
  }
  test("UTF-8로도 읽히는 EUC-KR 음절 표가 있다 (아래 실패 사례의 전제)", () => {
    expect(latin1Lookalikes.length).toBeGreaterThan(300);
    expect(latin1Lookalikes.slice(0, 4)).toEqual(["징", "짖", "짙", "짚"]);
  });
  test.failing(
    "EUC-KR 한글이 UTF-8 라틴 문자로 조용히 깨진다 — counterexample: decodeText(iconv.encode(\"징짖짙짚짜짝\", \"euc-kr\")) → { text: \"¡¢£¤¥¦\", encoding: \"utf-8\", invalidBytes: 0, warnings: [] }",
    () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...latin1Lookalikes, " ", "3", "."), { minLength: 2, maxLength: 20 }).filter((a) => a.some((s) => s > "~")), (parts) => {
          const text = parts.join("");
          const out = decodeText(euckr(text));
          if (out.text !== text) expect(out.warnings.length).toBeGreaterThan(0);
        }),
        { numRuns: 200 },
      );
    },
  );
});

describe("깨진 UTF-8", () => {
  test.each<[string, number[], number]>([
    ["홀로 선 연속 바이트 80 BF", [0x80, 0xbf], 2],
    ["옛 5바이트 시퀀스 F8 88 80 80 80", [0xf8, 0x88, 0x80, 0x80, 0x80], 5],
    ["U+10FFFF 너머 F4 90 80 80", [0xf4, 0x90, 0x80, 0x80], 4],
    ["C1 과잉 표현 C1 BF", [0xc1, 0xbf], 2],
    ["선행 바이트 뒤 ASCII E3 41", [0xe3, 0x41], 1],
  ])("%s: 바이트 수만큼 센다", (_name, bad, count) => {
    const bytes = Buffer.concat([utf8(L1 + " "), Buffer.from(bad), utf8(" " + L2 + "\n" + L3)]);
    const out = decodeText(viaFile(bytes));
    expect(out.encoding).toBe("utf-8");
    expect(out.invalidBytes).toBe(count);
    expect(out.text.startsWith(L1 + " ")).toBe(true);
    expect(out.text.endsWith(" " + L2 + "\n" + L3)).toBe(true);
    expect(out.warnings[0]).toMatch(new RegExp(`^${count} bytes? could not be decoded as utf-8`));
  });

  test("성질: 정상 UTF-8 기사에 임의 바이트를 끼워 넣으면 반드시 세거나 그대로 읽는다", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 8 }).filter((b) => b.some((x) => x >= 0x80)), fc.nat(), (junk, at) => {
        const base = utf8(`${L1}\n${L2}\n${L3}\n`);
        const i = at % (base.length + 1);
        const bytes = Buffer.concat([base.subarray(0, i), junk, base.subarray(i)]);
        const out = decodeText(bytes);
        if (out.text.includes("\uFFFD")) expect(out.invalidBytes).toBeGreaterThan(0);
        if (out.invalidBytes > 0) expect(out.warnings.length).toBeGreaterThan(0);
        // The lines the junk did not touch come back intact.
        const untouched = [L1, L2, L3].filter((l) => {
          const s = base.indexOf(utf8(l));
          return i < s || i > s + utf8(l).length;
        });
        for (const l of untouched) expect(out.text).toContain(l);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });
});
