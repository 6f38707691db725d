import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// docs/contract.md embeds the contract's TypeScript types; this fails when they drift from the code.
test("docs/contract.md의 타입 블록이 코드의 타입과 같다 (다르면 node scripts/contract.mjs)", () => {
  const r = spawnSync(process.execPath, [join(__dirname, "..", "scripts", "contract.mjs"), "--check"], { encoding: "utf8" });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
});

test("저장소 안에서 계약을 ../shared에서 찾으라고 가리키는 곳이 없다", () => {
  const files = ["README.md", "corpora/README.md", "corpora/business-news/README.md", "packages/core/src/types.ts", "packages/eval/src/readJsonl.ts", "packages/cli/README.md", "packages/eval/README.md"];
  for (const f of files) expect({ f, cites: /ARCHITECTURE\.md/.test(readFileSync(join(__dirname, "..", f), "utf8")) }).toEqual({ f, cites: false });
});
