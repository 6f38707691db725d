import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./runCli";

// A broken --dict file fails with one line naming file:line, in every command that reads one.
describe("잘못된 --dict 파일", () => {
  const dir = mkdtempSync(join(tmpdir(), "sinmun-dict-"));
  const bad = join(dir, "bad.jsonl");
  writeFileSync(bad, `${JSON.stringify({ id: "ok-one", label: "ORG", name: "오케이", aliases: [] })}\n{"id": "broken", "label": "PER"\n`);

  test.each([
    ["analyze", ["analyze", "examples/openai-aws.txt", "--tokenizer", "none", "--dict", bad]],
    ["dict export", ["dict", "export", "--mecab", "--dict", bad]],
  ])("%s: 종료 1, 한 줄, 파일:줄, 접두어는 한 번", (_name, args) => {
    const r = runCli(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^sinmun: .*bad\.jsonl:2: /);
    expect(r.stderr).not.toContain("sinmun: sinmun:");
  });
});
