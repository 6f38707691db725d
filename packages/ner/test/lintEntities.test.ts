import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { EntityRecord } from "../src";
import { lintEntities, safeLoadEntities } from "../src";

const rec = (id: string, name: string, aliases: string[] = [], extra: Partial<EntityRecord> = {}): EntityRecord => ({ id, label: "ORG", name, aliases, ...extra });

describe("lintEntities", () => {
  test.each<[string, EntityRecord[], string[]]>([
    ["정상", [rec("apple", "애플", ["Apple"]), rec("openai", "오픈AI", ["OpenAI"])], []],
    ["id 중복", [rec("apple", "애플"), rec("apple", "애플2")], ["duplicate-id"]],
    ["id 케밥 아님", [rec("Open_AI", "오픈AI")], ["id-not-kebab"]],
    ["정렬 안 됨", [rec("openai", "오픈AI"), rec("apple", "애플")], ["unsorted"]],
    ["NFD 별칭", [rec("apple", "애플", ["애플".normalize("NFD")])], ["not-nfc"]],
    ["빈 별칭", [rec("apple", "애플", [" "])], ["empty-alias"]],
    ["라벨 오류", [rec("apple", "애플", [], { label: "COMPANY" as never })], ["invalid-label"]],
    ["공유 별칭 (표시 없음)", [rec("microsoft", "마이크로소프트", ["MS"]), rec("morgan-stanley", "모건스탠리", ["MS"])], ["shared-alias"]],
    ["공유 별칭 (한쪽만 ambiguous)", [rec("microsoft", "마이크로소프트", ["MS"], { ambiguous: ["MS"] }), rec("morgan-stanley", "모건스탠리", ["MS"])], ["shared-alias"]],
    ["공유 별칭 (양쪽 ambiguous)", [rec("microsoft", "마이크로소프트", ["MS"], { ambiguous: ["MS"] }), rec("morgan-stanley", "모건스탠리", ["MS"], { ambiguous: ["MS"] })], []],
    ["대소문자·띄어쓰기만 다른 공유 별칭", [rec("a-one", "에이", ["Open AI"]), rec("b-two", "비", ["openai"])], ["shared-alias"]],
    ["ambiguous가 별칭 아님", [rec("apple", "애플", [], { ambiguous: ["사과"] })], ["ambiguous-not-alias"]],
  ])("%s", (_name, records, codes) => {
    expect(lintEntities(records).map((d) => d.code)).toEqual(codes);
  });

  test("진단은 행 번호를 가진다", () => {
    const d = lintEntities([rec("microsoft", "마이크로소프트", ["MS"]), rec("morgan-stanley", "모건스탠리", ["MS"])]);
    expect(d[0]).toMatchObject({ line: 2, code: "shared-alias" });
  });

  test("테스트 사전 자체도 통과", () => {
    const r = safeLoadEntities(join(__dirname, "fixtures", "entities.jsonl"));
    expect(r.ok && lintEntities(r.value)).toEqual([]);
  });
});

// The bundled dictionary: every file loads, each file passes the lint on its own (sorted, NFC…),
// and all files together share no alias unless both sides mark it ambiguous.
const dir = join(__dirname, "..", "..", "..", "dictionaries", "entities");
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort() : [];

describe("bundled dictionaries/entities lint", () => {
  test("사전 파일이 있다", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  test.each(files)("%s: 형식과 규칙", (file) => {
    const r = safeLoadEntities(readFileSync(join(dir, file), "utf8"));
    if (!r.ok) throw new Error(`${file}: ${r.diagnostics.slice(0, 5).map((d) => `line ${d.line}: ${d.message}`).join("; ")}`);
    const problems = lintEntities(r.value).map((d) => `${file}:${d.line} ${d.code} ${d.message}`);
    expect(problems).toEqual([]);
  });
  test("파일 사이: id와 별칭 충돌 없음", () => {
    const all: EntityRecord[] = [];
    for (const f of files) {
      const r = safeLoadEntities(readFileSync(join(dir, f), "utf8"));
      if (r.ok) all.push(...r.value);
    }
    all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const problems = lintEntities(all).map((d) => `${d.code} ${d.message}`);
    expect(problems).toEqual([]);
  });
});
