import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertDoc } from "@sinmun/core";
import { createAnalyzer } from "../src/createAnalyzer";

describe("createAnalyzer", () => {
  test("잘못된 tokenizer 값은 허용 목록과 함께 오류", async () => {
    await expect(createAnalyzer({ tokenizer: "kiwi" as never })).rejects.toThrow('@sinmun/cli: expected tokenizer in {embedded, mecab, none}, got "kiwi"');
  });

  test("사용자 사전이 번들 사전보다 우선한다", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sinmun-dict-"));
    const path = join(dir, "mine.jsonl");
    writeFileSync(path, `${JSON.stringify({ id: "haneul-robotics", label: "ORG", name: "하늘로보틱스", aliases: ["Haneul Robotics", "하늘로봇"] })}\n`);
    const analyzer = await createAnalyzer({ tokenizer: "none", dictionaries: [path] });
    const text = "하늘로봇이 오픈AI와 손잡았다.";
    const doc = await analyzer.analyze(text);
    assertDoc(doc);
    expect(doc.entities?.map((e) => [e.text, e.id])).toEqual([
      ["하늘로봇", "haneul-robotics"],
      ["오픈AI", "openai"],
    ]);
  });

  test("잘못된 사용자 사전은 파일:줄 위치와 함께 거절", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sinmun-dict-"));
    const path = join(dir, "bad.jsonl");
    writeFileSync(path, `${JSON.stringify({ id: "ok-one", label: "ORG", name: "오케이", aliases: [] })}\n{"id": "broken", "label": "PER"\n`);
    await expect(createAnalyzer({ tokenizer: "none", dictionaries: [path] })).rejects.toThrow(/bad\.jsonl:2: /);
  });

  test("임베디드 형태소 분석을 켜면 tokens 옵션으로 형태소가 나온다", async () => {
    const analyzer = await createAnalyzer({ tokenizer: "embedded", tokens: true });
    const doc = await analyzer.analyze("SK하이닉스는 HBM을 팔았다.");
    assertDoc(doc);
    expect(doc.tokens?.length).toBeGreaterThan(3);
    expect(doc.entities?.[0]).toMatchObject({ text: "SK하이닉스", id: "sk-hynix" });
  });
});
