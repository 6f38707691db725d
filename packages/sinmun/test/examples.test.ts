import { spawnSync } from "node:child_process";
import { join } from "node:path";

// The README's runnable examples, run as a user would (over the built packages: `npm test` builds first).
const examples = join(__dirname, "..", "..", "..", "examples");
const run = (file: string): { status: number | null; stdout: string; stderr: string } =>
  spawnSync(process.execPath, [join(examples, file)], { encoding: "utf8", timeout: 120_000 });

test("examples/companies.mjs: 예제 기사의 회사와 id", () => {
  const r = run("companies.mjs");
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
  const lines = r.stdout.trim().split("\n");
  expect(lines.slice(0, 3)).toEqual(["openai\t오픈AI", "amazon-web-services\t아마존웹서비스", "nvidia\t엔비디아"]);
  expect(new Set(lines).size).toBe(lines.length); // once each
});

test("examples/custom-component.mjs: 사용자 컴포넌트가 tickers 층을 더한다", () => {
  const r = run("custom-component.mjs");
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
  expect(JSON.parse(r.stdout)).toEqual([
    { start: 5, end: 11, text: "005930", company: "samsung-electronics" },
    { start: 21, end: 27, text: "000660", company: "sk-hynix" },
  ]);
});
