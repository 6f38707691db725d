import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertDoc, type Entity } from "@sinmun/core";
import { createAnalyzer, type AnalyzeInput, type Component } from "sinmun";

const ARTICLE = "오픈AI가 AWS와 380억 달러 규모의 계약을 맺었다. 샘 올트먼 CEO는 “컴퓨팅이 필요하다”고 말했다.";

function tmpFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "sinmun-lib-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("createAnalyzer: 옵션 검사", () => {
  test.each([
    ["모르는 키", { tokeniser: {} }, /sinmun: expected option key in \{disable, tokenizer, entities, bundledEntities, quotes, dates, tokens, components\}, got "tokeniser"/],
    ["disable에 없는 층", { disable: ["quote"] }, /expected disable in \{sentences, tokens, entities, amounts, quotes, dates, facts\}, got "quote"/],
    ["disable이 배열이 아님", { disable: "quotes" }, /expected disable to be an array of layers, got string/],
    ["tokenizer.backend 오타", { tokenizer: { backend: "kiwi" } }, /expected tokenizer\.backend in \{embedded, mecab\}, got "kiwi"/],
    ["tokenizer에 모르는 키", { tokenizer: { dic: "/x" } }, /expected tokenizer key in \{backend, mecab\}, got "dic"/],
    ["tokenizer가 문자열", { tokenizer: "none" }, /expected tokenizer to be an object, got string/],
    ["tokens가 불리언이 아님", { tokens: "yes" }, /expected tokens in \{true, false\}, got "yes"/],
    ["quotes에 모르는 키", { quotes: { speakers: true } }, /expected quotes key in \{cues, inherit\}, got "speakers"/],
    ["entities 항목이 숫자", { entities: [42] }, /expected entities\[0\] to be an entity record or a JSONL path, got number/],
    ["컴포넌트에 run이 없음", { components: [{ name: "x", adds: [] }] }, /expected components\[0\]\.run to be a function/],
    ["옵션이 배열", [], /expected options to be an object, got an array/],
  ])("%s → invalid-option", async (_name, options, message) => {
    await expect(createAnalyzer(options as never)).rejects.toThrow(message);
    await expect(createAnalyzer(options as never)).rejects.toMatchObject({ code: "invalid-option", pkg: "sinmun" });
  });

  test("컴포넌트가 읽는 층을 앞에서 아무도 만들지 않으면 거절", async () => {
    const needsTokens: Component = { name: "needs-tokens", reads: ["tokens"], adds: ["x"], run() {} };
    await expect(createAnalyzer({ disable: ["tokens"], components: [needsTokens] })).rejects.toThrow(/component "needs-tokens" reads "tokens", which no earlier component adds/);
  });

  test("같은 이름의 컴포넌트 두 개는 거절", async () => {
    const c: Component = { name: "amounts", adds: ["x"], run() {} };
    await expect(createAnalyzer({ disable: ["tokens"], components: [c] })).rejects.toThrow(/unique component names, got "amounts" twice/);
  });
});

describe("createAnalyzer: 사용자 사전", () => {
  const hanbit = { id: "haneul-robotics", label: "ORG" as const, name: "하늘로보틱스", aliases: ["Haneul Robotics", "하늘로봇"] };

  test.each([
    ["메모리 속 레코드", [hanbit]],
    ["JSONL 파일 경로", [tmpFile("mine.jsonl", `${JSON.stringify(hanbit)}\n`)]],
  ])("%s가 번들 사전보다 우선한다", async (_name, entities) => {
    const analyzer = await createAnalyzer({ disable: ["tokens"], entities });
    const doc = await analyzer.analyze("하늘로봇이 오픈AI와 손잡았다.");
    assertDoc(doc);
    expect(doc.entities.map((e) => [e.text, e.id])).toEqual([
      ["하늘로봇", "haneul-robotics"],
      ["오픈AI", "openai"],
    ]);
  });

  test("잘못된 사전 파일은 createAnalyzer에서 파일:줄과 함께 거절", async () => {
    const path = tmpFile("bad.jsonl", `${JSON.stringify(hanbit)}\n{"id": "broken", "label": "PER"\n`);
    await expect(createAnalyzer({ disable: ["tokens"], entities: [path] })).rejects.toThrow(/bad\.jsonl:2: /);
  });

  test("bundledEntities: false면 번들 사전 없이 사용자 것만", async () => {
    const analyzer = await createAnalyzer({ disable: ["tokens", "quotes"], entities: [hanbit], bundledEntities: false });
    const doc = await analyzer.analyze("하늘로봇이 오픈AI와 손잡았다.");
    expect(doc.entities.map((e) => e.id)).toEqual(["haneul-robotics"]);
  });
});

describe("createAnalyzer: 층과 컴포넌트", () => {
  test("기본: 모든 층이 필수 배열, tokens는 요청할 때만", async () => {
    const analyzer = await createAnalyzer({ disable: ["tokens"] });
    const doc = await analyzer.analyze(ARTICLE);
    assertDoc(doc);
    expect(Object.keys(doc)).toEqual(["text", "sentences", "entities", "amounts", "quotes", "dates", "facts"]);
    // Strict TypeScript: no `?.` needed on enabled layers (this line type-checks in `npm run lint`).
    const ids: (string | undefined)[] = doc.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(["openai", "amazon-web-services", "sam-altman"]));
    expect(doc.amounts[0]).toMatchObject({ text: "380억 달러", decimal: "38000000000", unit: "USD" });
    expect(doc.quotes[0]?.speaker).toMatchObject({ id: "sam-altman" });
  });

  test("금액만: 나머지 층을 끄면 그 층은 결과에 없다", async () => {
    const analyzer = await createAnalyzer({ disable: ["tokens", "entities", "quotes"] });
    expect(analyzer.components.map((c) => c.name)).toEqual(["sentences", "amounts", "dates", "facts"]);
    const doc = await analyzer.analyze("매출은 약 54조 원이다.");
    expect(Object.keys(doc)).toEqual(["text", "sentences", "amounts", "dates", "facts"]);
    expect(doc.amounts[0]).toMatchObject({ value: 54e12, unit: "KRW", approx: true });
  });

  test("내장 형태소 분석기 + tokens: true → tokens 층", async () => {
    const analyzer = await createAnalyzer({ tokens: true });
    const doc = await analyzer.analyze("SK하이닉스는 HBM을 팔았다.");
    assertDoc(doc);
    expect(doc.tokens.length).toBeGreaterThan(3);
    expect(doc.entities[0]).toMatchObject({ text: "SK하이닉스", id: "sk-hynix" });
    await analyzer.close();
  });

  test("사용자 컴포넌트: 종목코드 패턴으로 개체를 더하는 룰러", async () => {
    const tickerRuler: Component = {
      name: "ticker-ruler",
      reads: ["entities"],
      adds: ["entities", "tickers"],
      run(doc) {
        const found: Entity[] = [];
        for (const m of doc.text.matchAll(/\b\d{6}\b/g)) {
          found.push({ start: m.index, end: m.index + 6, text: m[0], label: "ORG", id: `ticker-${m[0]}`, name: m[0], source: "rule" } as Entity);
        }
        doc.entities = [...(doc.entities ?? []), ...found].sort((a, b) => a.start - b.start);
        doc.tickers = found.map((e) => e.text);
      },
    };
    const analyzer = await createAnalyzer({ disable: ["tokens"], components: [tickerRuler] });
    const doc = await analyzer.analyze("삼성전자(005930)가 올랐다.");
    expect(doc.entities.map((e) => e.id)).toEqual(["samsung-electronics", "ticker-005930"]);
    expect(doc.tickers).toEqual(["005930"]);
    expect(Object.keys(doc)).toEqual(["text", "sentences", "entities", "amounts", "quotes", "dates", "facts", "tickers"]);
  });

  test("입력의 id와 다른 필드는 그대로 실려 나온다", async () => {
    const analyzer = await createAnalyzer({ disable: ["tokens", "quotes"] });
    const doc = await analyzer.analyze({ id: "a1", text: "엔비디아가 올랐다.", url: "https://example.com/a1", date: "2026-12-01" });
    expect(doc.id).toBe("a1");
    expect(doc.meta).toEqual({ url: "https://example.com/a1", date: "2026-12-01" });
  });

  test.each([
    ["text 없음", { id: "x" }, /expected a string "text" field, got none/],
    ["숫자", 42, /expected a string or an object \{ text, id\?, … \}, got number/],
    ["null", null, /got null/],
  ])("analyze(%s) → 분명한 오류", async (_name, input, message) => {
    const analyzer = await createAnalyzer({ disable: ["tokens"] });
    await expect(analyzer.analyze(input as never)).rejects.toThrow(message);
  });
});

describe("analyzeMany", () => {
  const inputs = [
    { id: "d1", text: "오픈AI가 AWS와 계약했다.", source: "wire" },
    { id: "d2", body: "text 대신 body" },
    "삼성전자는 약 54조 원을 투자한다.",
    { id: 4, text: "" },
  ] as unknown as AnalyzeInput[]; // d2 has no text on purpose

  test("입력 순서대로, 텍스트 없는 항목은 인덱스와 id를 단 오류, 나머지는 계속", async () => {
    const analyzer = await createAnalyzer({ disable: ["tokens"] });
    const results = await collect(analyzer.analyzeMany(inputs));
    expect(results.map((r) => [r.index, r.id, r.ok])).toEqual([
      [0, "d1", true],
      [1, "d2", false],
      [2, undefined, true],
      [3, 4, true],
    ]);
    const [first, second] = results;
    if (!first?.ok || second?.ok !== false) throw new Error("unexpected result kinds");
    expect(first.doc.meta).toEqual({ source: "wire" });
    expect(first.doc.entities.map((e) => e.id)).toEqual(["openai", "amazon-web-services"]);
    expect(second.error).toEqual({ code: "invalid-input", message: 'sinmun: expected a string "text" field, got none' });
  });

  test("비동기 입력, 작은 창(window 1), json 직렬화", async () => {
    const analyzer = await createAnalyzer({ disable: ["tokens", "quotes"] });
    async function* gen(): AsyncGenerator<string> {
      for (let i = 0; i < 20; i++) yield `${i}번째 문서: 엔비디아가 ${i}% 올랐다.`;
    }
    const results = await collect(analyzer.analyzeMany(gen(), { window: 1, json: true }));
    expect(results.map((r) => r.index)).toEqual([...Array(20).keys()]);
    for (const r of results) {
      if (!r.ok) throw new Error(r.error.message);
      expect(JSON.parse(r.json ?? "null")).toEqual(r.doc);
    }
  });

  test("입력이 아직 오지 않아도 끝난 결과는 먼저 나온다 (대화형 스트림)", async () => {
    const analyzer = await createAnalyzer({ disable: ["tokens"] });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow(): AsyncGenerator<string> {
      yield "첫 문서: 오픈AI가 발표했다.";
      await gate; // the second input arrives only after the first result was seen
      yield "둘째 문서: AWS가 발표했다.";
    }
    const seen: number[] = [];
    for await (const r of analyzer.analyzeMany(slow())) {
      seen.push(r.index);
      if (r.index === 0) release();
    }
    expect(seen).toEqual([0, 1]);
  });

  test("workers: 2 (빌드된 worker)는 한 스레드와 같은 결과, 사용자 컴포넌트는 호출한 스레드에서", async () => {
    const marker: Component = { name: "marker", reads: ["amounts"], adds: ["amountCount"], run(doc) { doc.amountCount = doc.amounts?.length ?? 0; } };
    const analyzer = await createAnalyzer({ disable: ["tokens"], components: [marker] });
    const docs = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, text: `${ARTICLE} ${i}번째 문장에서 ${i + 1}조 원을 언급했다.` }));
    const one = await collect(analyzer.analyzeMany(docs));
    const two = await collect(analyzer.analyzeMany(docs, { workers: 2 }));
    expect(two).toEqual(one);
    expect(two.every((r) => r.ok && r.doc.amountCount === 2)).toBe(true);
    await analyzer.close();
  });

  test("workers: 2 — 사용자 컴포넌트의 ready는 문서마다가 아니라 한 번", async () => {
    let readied = 0;
    const counted: Component = { name: "counted", adds: ["seen"], ready() { readied++; }, run(doc) { doc.seen = true; } };
    const analyzer = await createAnalyzer({ disable: ["tokens"], components: [counted] });
    const results = await collect(analyzer.analyzeMany(Array.from({ length: 6 }, (_, i) => `${i}번 문서: 삼성전자가 올랐다.`), { workers: 2 }));
    expect(results.every((r) => r.ok && r.doc.seen === true)).toBe(true);
    expect(readied).toBe(1);
    await analyzer.close();
  });

  test.each([
    ["모르는 키", { threads: 2 }, /expected analyzeMany option key in \{workers, window, json\}, got "threads"/],
    ["workers 0", { workers: 0 }, /expected workers to be a positive integer, got 0/],
  ])("옵션 %s → 오류", async (_name, options, message) => {
    const analyzer = await createAnalyzer({ disable: ["tokens"] });
    expect(() => analyzer.analyzeMany([], options as never)).toThrow(message);
  });
});

describe("close", () => {
  test("두 번 불러도 무해, 닫힌 뒤 analyze는 분명한 오류", async () => {
    const analyzer = await createAnalyzer({ disable: ["tokens"] });
    await analyzer.close();
    await analyzer.close();
    await expect(analyzer.analyze("삼성전자")).rejects.toThrow("sinmun: expected an open analyzer, got one that close() has released; create a new one");
    expect(() => analyzer.analyzeMany(["삼성전자"])).toThrow(/expected an open analyzer/);
  });
});
