// createAnalyzer checks options and reads user dictionaries at once, but compiles the recognizer
// only when this thread analyses: with analyzeMany({ workers > 1 }) the workers do all of it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

jest.mock("@sinmun/ner", () => {
  const actual = jest.requireActual("@sinmun/ner");
  return { ...actual, createRecognizer: jest.fn(actual.createRecognizer) };
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ner = require("@sinmun/ner") as { createRecognizer: jest.Mock };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createAnalyzer } = require("sinmun") as typeof import("sinmun");

jest.setTimeout(120_000);

const ENTITY = { id: "acme-robotics", label: "ORG", name: "애크미로보틱스", aliases: ["애크미"] };

function dictionary(lines: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "sinmun-main-")), "entities.jsonl");
  writeFileSync(path, lines);
  return path;
}

beforeEach(() => ner.createRecognizer.mockClear());

test("workers: 2 — 호출한 스레드는 인식기를 만들지 않고, 결과는 한 스레드와 같다", async () => {
  const dict = dictionary(`${JSON.stringify(ENTITY)}\n`);
  const analyzer = await createAnalyzer({ disable: ["tokens"], entities: [dict] });
  try {
    expect(ner.createRecognizer).not.toHaveBeenCalled();
    const docs = ["애크미로보틱스가 삼성전자와 계약했다.", "애크미가 상장했다."];
    const many: unknown[] = [];
    for await (const r of analyzer.analyzeMany(docs, { workers: 2, json: true })) many.push(r.ok ? r.json : r.error);
    expect(ner.createRecognizer).not.toHaveBeenCalled();
    const one: unknown[] = [];
    for await (const r of analyzer.analyzeMany(docs, { workers: 1, json: true })) one.push(r.ok ? r.json : r.error);
    expect(ner.createRecognizer).toHaveBeenCalledTimes(1);
    expect(many).toEqual(one);
    expect(String(one[0])).toContain('"acme-robotics"');
  } finally {
    await analyzer.close();
  }
});

test("잘못된 사전 파일과 잘못된 인라인 레코드는 여전히 createAnalyzer에서 실패", async () => {
  const bad = dictionary(`${JSON.stringify(ENTITY)}\n{"id": 1}\n`);
  await expect(createAnalyzer({ entities: [bad] })).rejects.toMatchObject({ code: "invalid-dictionary", message: expect.stringContaining(`${bad}:2:`) });
  await expect(createAnalyzer({ entities: [{ ...ENTITY, label: "PER" } as never] })).rejects.toThrow(/expected label in \{PERSON, ORG, PRODUCT, LOC\}, got "PER"/);
  // Not even the inline check builds the bundled dictionary.
  for (const call of ner.createRecognizer.mock.calls) expect(call[0]).toMatchObject({ bundled: false });
});
