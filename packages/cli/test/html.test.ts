import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./runCli";

// `sinmun analyze --format html`: one self-contained page drawn by core's renderDocHtml.
describe("sinmun analyze --format html", () => {
  const dir = mkdtempSync(join(tmpdir(), "sinmun-html-"));

  test("예제 기사: 한 페이지, 개체 id와 금액 값, 화자 링크, 외부 자원 없음", () => {
    const r = runCli(["analyze", "examples/openai-aws.txt", "--format", "html", "--tokenizer", "none"]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(r.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(r.stdout).toContain('data-id="openai"');
    expect(r.stdout).toContain('data-id="microsoft-azure"');
    expect(r.stdout).toContain('data-value="38000000000 USD"');
    expect(r.stdout).toMatch(/<a class="who" href="#q\d+-speaker">— 샘 올트먼<\/a>/);
    expect(r.stdout).not.toMatch(/\bsrc=|href="https?:/);
  });

  test("여러 파일: 한 페이지에 파일마다 제목, 입력의 마크업은 글자로", () => {
    writeFileSync(join(dir, "a.txt"), "삼성전자가 <script>alert(1)</script> 1조 원을 투자한다.");
    writeFileSync(join(dir, "b.txt"), "</mark>엔비디아 & AMD");
    const r = runCli(["analyze", join(dir, "a.txt"), join(dir, "b.txt"), "--format", "html", "--tokenizer", "none"]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(r.stdout.match(/<!doctype html>/g)).toHaveLength(1);
    expect(r.stdout.match(/<h2 class="sinmun-id">/g)).toHaveLength(2);
    expect(r.stdout).not.toContain("<script>");
    expect(r.stdout).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(r.stdout).toContain("&lt;/mark&gt;");
    expect(r.stdout).toContain("&amp; ");
  });
});
