import { join } from "node:path";
import { SinmunError } from "@sinmun/core";
import { loadEntities, safeLoadEntities } from "../src";

const fixture = join(__dirname, "fixtures", "entities.jsonl");

describe("loadEntities", () => {
  test("파일 경로에서 읽기", () => {
    const recs = loadEntities(fixture);
    expect(recs.length).toBeGreaterThan(10);
    expect(recs.find((r) => r.id === "openai")).toEqual({ id: "openai", label: "ORG", name: "오픈AI", aliases: ["OpenAI", "오픈에이아이"], meta: { country: "US" } });
  });

  test("JSONL 텍스트에서 읽기, 빈 줄과 BOM 무시", () => {
    const recs = loadEntities('\ufeff{"id":"aws","label":"ORG","name":"아마존웹서비스","aliases":["AWS"]}\n\n{"id":"azure","label":"PRODUCT","name":"애저","aliases":[]}\n');
    expect(recs.map((r) => r.id)).toEqual(["aws", "azure"]);
  });

  test.each([
    ["깨진 JSON", '{"id":"x",', "invalid-json", 1],
    ["배열 행", "[1,2]", "invalid-row", 1],
    ["라벨 오류 PER", '{"id":"x","label":"PER","name":"엑스","aliases":[]}', "invalid-label", 1],
    ["이름 없음", '{"id":"x","label":"ORG","aliases":[]}', "missing-name", 1],
    ["id 없음 (2행)", '{"id":"a","label":"ORG","name":"에이","aliases":[]}\n{"label":"ORG","name":"비","aliases":[]}', "missing-id", 2],
    ["별칭이 문자열", '{"id":"x","label":"ORG","name":"엑스","aliases":"X"}', "invalid-aliases", 1],
    ["ambiguous가 숫자 목록", '{"id":"x","label":"ORG","name":"엑스","aliases":[],"ambiguous":[1]}', "invalid-ambiguous", 1],
    ["meta가 배열", '{"id":"x","label":"ORG","name":"엑스","aliases":[],"meta":[]}', "invalid-meta", 1],
  ])("진단: %s", (_name, text, code, line) => {
    const r = safeLoadEntities(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ code, line });
    expect(() => loadEntities(text)).toThrow(SinmunError);
  });

  test("라벨 오류 메시지는 허용값을 나열", () => {
    const r = safeLoadEntities('{"id":"x","label":"PER","name":"엑스","aliases":[]}');
    expect(!r.ok && r.diagnostics[0]?.message).toBe('@sinmun/ner: expected label in {PERSON, ORG, PRODUCT, LOC}, got "PER"');
  });

  test("읽을 수 없는 파일은 진단으로", () => {
    const r = safeLoadEntities("/nonexistent/entities.jsonl");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]?.code).toBe("unreadable-file");
  });

  test("여러 행의 오류를 모두 보고", () => {
    const r = safeLoadEntities('{"id":"a","label":"X","name":"에이","aliases":[]}\n{bad\n{"id":"c","label":"ORG","name":"씨","aliases":[]}');
    expect(!r.ok && r.diagnostics.map((d) => d.line)).toEqual([1, 2]);
  });
});
