import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as iconv from "iconv-lite";
import { SinmunError } from "@sinmun/core";
import { decodeText } from "@sinmun/decode";

// Every input goes through a real file: written here, read back as bytes, then decoded.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sinmun-decode-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
let n = 0;
function viaFile(bytes: Uint8Array | Buffer): Buffer {
  const p = join(dir, `f${n++}.txt`);
  writeFileSync(p, bytes);
  return readFileSync(p);
}

const NEWS = "삼성전자가 3분기 영업이익 9조1000억원을 기록했다.\n“반도체 업황이 살아나고 있다”고 회사는 밝혔다.\n";
const EXT = "똠양꿍 가게와 햏자 블로그, 뷁 같은 글자는 EUC-KR에 없다.";

describe("decodeText: 인코딩 자동 판별", () => {
  test.each<[string, () => Buffer, string, boolean]>([
    ["UTF-8 (BOM 없음)", () => Buffer.from(NEWS, "utf8"), "utf-8", false],
    ["UTF-8 BOM", () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NEWS, "utf8")]), "utf-8", true],
    ["EUC-KR (iconv-lite로 기록)", () => iconv.encode(NEWS, "euc-kr"), "cp949", false],
    ["CP949 전용 음절 똠·햏·뷁", () => iconv.encode(EXT, "cp949"), "cp949", false],
    ["UTF-16LE BOM", () => iconv.encode(NEWS, "utf-16le", { addBOM: true }), "utf-16le", true],
    ["UTF-16BE BOM", () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(NEWS, "utf-16be")]), "utf-16be", true],
    ["UTF-16LE BOM 없음 (NUL 패턴)", () => iconv.encode(NEWS, "utf-16le"), "utf-16le", false],
    ["UTF-16BE BOM 없음 (NUL 패턴)", () => iconv.encode(NEWS, "utf-16be"), "utf-16be", false],
    ["UTF-16LE BOM 없음, 한글뿐", () => iconv.encode("삼성전자영업이익기록반도체업황회복".repeat(20), "utf-16le"), "utf-16le", false],
  ])("%s", (_name, make, encoding, bom) => {
    const bytes = viaFile(make());
    const out = decodeText(bytes);
    const expected = _name.includes("CP949") ? EXT : _name.includes("한글뿐") ? "삼성전자영업이익기록반도체업황회복".repeat(20) : NEWS;
    expect(out.text).toBe(expected);
    expect(out.encoding).toBe(encoding);
    expect(out.bom).toBe(bom);
    expect(out.invalidBytes).toBe(0);
    expect(out.binary).toBe(false);
    expect(out.mixed).toBe(false);
    if (!bom && encoding.startsWith("utf-16")) expect(out.warnings.join(" ")).toMatch(/guessed/);
    else expect(out.warnings).toEqual([]);
  });

  test("빈 파일: 빈 텍스트, 경고 없음", () => {
    expect(decodeText(viaFile(Buffer.alloc(0)))).toEqual({
      text: "", encoding: "utf-8", bom: false, invalidBytes: 0, binary: false, mixed: false, warnings: [],
    });
  });

  test("ASCII만: UTF-8", () => {
    const out = decodeText(viaFile(Buffer.from("KOSPI 2,500.12 (+0.3%)\n")));
    expect(out).toMatchObject({ text: "KOSPI 2,500.12 (+0.3%)\n", encoding: "utf-8", invalidBytes: 0 });
  });
});

describe("decodeText: 깨진 입력", () => {
  test("잘린 멀티바이트 (UTF-8 끝 바이트 누락)", () => {
    const full = Buffer.from("코스피가 상승했다", "utf8");
    const out = decodeText(viaFile(full.subarray(0, full.length - 1)));
    expect(out.encoding).toBe("utf-8");
    // 다 (EB 8B A4) lost its last byte: the two bytes left are undecodable, shown as one U+FFFD.
    expect(out.text).toBe("코스피가 상승했\uFFFD");
    expect(out.invalidBytes).toBe(2);
    expect(out.warnings[0]).toMatch(/2 bytes could not be decoded as utf-8/);
  });

  test("잘린 멀티바이트 (CP949 선행 바이트만 남음)", () => {
    const full = iconv.encode("코스피가 상승했다", "cp949");
    const out = decodeText(viaFile(full.subarray(0, full.length - 1)));
    expect(out.encoding).toBe("cp949");
    expect(out.text.startsWith("코스피가 상승했")).toBe(true);
    expect(out.invalidBytes).toBe(1);
  });

  test("UTF-8 중간의 잘못된 바이트", () => {
    const bytes = Buffer.concat([Buffer.from("환율은 ", "utf8"), Buffer.from([0xff, 0xc0]), Buffer.from(" 1,380원이다.", "utf8")]);
    const out = decodeText(viaFile(bytes));
    expect(out.encoding).toBe("utf-8");
    expect(out.text).toBe("환율은 \uFFFD\uFFFD 1,380원이다.");
    expect(out.invalidBytes).toBe(2);
  });

  test("과잉 표현(overlong)과 서러게이트 인코딩은 UTF-8이 아니다", () => {
    const bytes = Buffer.concat([Buffer.from("가나다라마바사 ", "utf8"), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80])]);
    const out = decodeText(viaFile(bytes));
    expect(out.invalidBytes).toBeGreaterThan(0);
    expect(out.text.startsWith("가나다라마바사 ")).toBe(true);
  });

  test("UTF-8 줄과 CP949 줄이 섞인 파일: 줄마다 디코딩하고 알린다", () => {
    const a = "첫 줄은 UTF-8로 쓴 기사다.\n";
    const b = "둘째 줄은 EUC-KR로 저장된 기사다.\n";
    const c = "셋째 줄은 다시 UTF-8이다.\n";
    const bytes = Buffer.concat([Buffer.from(a, "utf8"), iconv.encode(b, "cp949"), Buffer.from(c, "utf8")]);
    const out = decodeText(viaFile(bytes));
    expect(out.text).toBe(a + b + c);
    expect(out.mixed).toBe(true);
    expect(out.encoding).toBe("utf-8");
    expect(out.warnings.join("\n")).toMatch(/mixed encodings: 2 lines decoded as UTF-8, 1 as CP949/);
  });

  test("CP949 줄이 다수인 혼합 파일: encoding은 cp949, mixed", () => {
    const lines = ["첫 줄은 EUC-KR 기사다.\n", "둘째 줄도 EUC-KR이다.\n", "셋째 줄만 UTF-8로 붙여 넣었다.\n", "넷째 줄은 다시 EUC-KR, 똠얌꿍.\n"];
    const bytes = Buffer.concat(lines.map((l, i) => (i === 2 ? Buffer.from(l, "utf8") : iconv.encode(l, "cp949"))));
    const out = decodeText(viaFile(bytes));
    expect(out.text).toBe(lines.join(""));
    expect(out).toMatchObject({ encoding: "cp949", mixed: true, invalidBytes: 0 });
  });

  test("임의 바이너리: binary 플래그와 경고, 예외 없음", () => {
    let seed = 42;
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed >> 16;
    }
    const out = decodeText(viaFile(bytes));
    expect(out.binary).toBe(true);
    expect(out.warnings.join(" ")).toMatch(/binary/);
    expect(out.invalidBytes).toBeGreaterThan(0);
  });

  test("PNG 머리 + NUL: binary", () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const out = decodeText(viaFile(bytes));
    expect(out.binary).toBe(true);
  });

  test("홀수 길이 UTF-16LE: 마지막 바이트는 디코딩 불가", () => {
    const bytes = Buffer.concat([iconv.encode("주가 상승", "utf-16le", { addBOM: true }), Buffer.from([0x41])]);
    const out = decodeText(viaFile(bytes));
    expect(out.encoding).toBe("utf-16le");
    expect(out.text).toBe("주가 상승\uFFFD");
    expect(out.invalidBytes).toBe(1);
  });

  test("UTF-16 외톨이 서러게이트", () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0xac, 0x00, 0xd8, 0x20, 0x00]);
    const out = decodeText(viaFile(bytes));
    expect(out.text).toBe("가\uFFFD ");
    expect(out.invalidBytes).toBe(2);
  });

  test("20 MB 입력 (UTF-8)", () => {
    const line = "코스피가 외국인 매수세에 힘입어 2,600선을 회복했다. KOSDAQ도 1.2% 올랐다.\n";
    const big = Buffer.from(line.repeat(Math.ceil((20 << 20) / Buffer.byteLength(line))), "utf8");
    const out = decodeText(viaFile(big));
    expect(big.length).toBeGreaterThanOrEqual(20 << 20);
    expect(out.encoding).toBe("utf-8");
    expect(out.invalidBytes).toBe(0);
    expect(out.text.length).toBe(big.toString("utf8").length);
  });

  test("20 MB 입력 (CP949)", () => {
    const line = "원·달러 환율이 1,380원으로 마감했다. 똠방각하 햏.\n";
    const big = iconv.encode(line.repeat(Math.ceil((20 << 20) / 60)), "cp949");
    const out = decodeText(viaFile(big));
    expect(out.encoding).toBe("cp949");
    expect(out.invalidBytes).toBe(0);
    expect(out.text.slice(0, line.length)).toBe(line);
  });
});

describe("decodeText: 인코딩 지정", () => {
  test.each<[string, Buffer, "utf-8" | "euc-kr" | "cp949" | "utf-16le" | "utf-16be", string]>([
    ["utf-8", Buffer.from(NEWS, "utf8"), "utf-8", NEWS],
    ["euc-kr", iconv.encode(NEWS, "euc-kr"), "euc-kr", NEWS],
    ["cp949", iconv.encode(EXT, "cp949"), "cp949", EXT],
    ["utf-16le", iconv.encode(NEWS, "utf-16le"), "utf-16le", NEWS],
    ["utf-16be", iconv.encode(NEWS, "utf-16be"), "utf-16be", NEWS],
  ])("%s", (_n, bytes, encoding, text) => {
    const out = decodeText(viaFile(bytes), { encoding });
    expect(out.text).toBe(text);
    expect(out.encoding).toBe(encoding);
    expect(out.invalidBytes).toBe(0);
  });

  test("euc-kr 지정 + CP949 확장 글자: 디코딩하되 경고", () => {
    const out = decodeText(viaFile(iconv.encode(EXT, "cp949")), { encoding: "euc-kr" });
    expect(out.text).toBe(EXT);
    expect(out.warnings.join(" ")).toMatch(/3 characters outside EUC-KR/);
  });

  test("utf-8 지정인데 EUC-KR 바이트: 깨진 바이트를 센다", () => {
    const bytes = iconv.encode("가나다", "euc-kr");
    const out = decodeText(viaFile(bytes), { encoding: "utf-8" });
    expect(out.invalidBytes).toBe(6);
    expect(out.warnings.length).toBe(1);
  });

  test.each<[unknown]>([["latin1"], ["UTF8"], [""], [null]])("잘못된 encoding 옵션 %p → invalidOption", (enc) => {
    expect(() => decodeText(Buffer.from("a"), { encoding: enc as "auto" })).toThrow(SinmunError);
    expect(() => decodeText(Buffer.from("a"), { encoding: enc as "auto" })).toThrow(
      /@sinmun\/core: expected encoding in \{auto, utf-8, euc-kr, cp949, utf-16le, utf-16be\}, got/,
    );
  });

  test("바이트가 아닌 입력 → 오류", () => {
    expect(() => decodeText("문자열" as unknown as Uint8Array)).toThrow(/expected bytes as a Uint8Array/);
  });
});

describe("decodeText: 예전 변환 사고(모지바케)는 깨끗한 척 넘기지 않는다", () => {
  test("UTF-8을 Latin-1로 읽어 다시 저장한 파일: 경고", () => {
    const doubled = Buffer.from(Buffer.from("삼성전자 주가가 올랐다", "utf8").toString("latin1"), "utf8");
    const out = decodeText(viaFile(doubled));
    expect(out.encoding).toBe("utf-8");
    expect(out.invalidBytes).toBe(0);
    expect(out.warnings.join(" ")).toMatch(/double-encoded UTF-8/);
  });

  test("“占쏙옙” 흔적: 경고", () => {
    const out = decodeText(viaFile(Buffer.from("매출이 占쏙옙占쏙옙 늘었다", "utf8")));
    expect(out.warnings.join(" ")).toMatch(/占쏙옙/);
  });

  test.each<[string, string]>([
    ["평범한 기사", NEWS],
    ["라틴 문자 든 기사", "Café Müller와 Société Générale이 제휴했다. Ça va, à bientôt."],
  ])("정상 텍스트에는 모지바케 경고 없음: %s", (_n, text) => {
    expect(decodeText(viaFile(Buffer.from(text, "utf8"))).warnings).toEqual([]);
  });
});
