import fc from "fast-check";
import { ENTITY_LABELS, checkDoc, splitSentences, type Entity } from "@sinmun/core";
import { createRecognizer, type Recognizer } from "@sinmun/ner";
import { createTokenizer, type EmbeddedTokenizer } from "@sinmun/tokenizer";
import { FUZZ, runs, shortText, newsArb, docArb, show } from "../../../scripts/fuzz-arbitraries";

// Property-based robustness tests for @sinmun/ner (issue 8); run counts and arbitraries are shared (scripts/fuzz-arbitraries.ts).
jest.setTimeout(FUZZ === undefined ? 120_000 : 6 * 3_600_000);

function entityProblems(text: string, entities: Entity[]): string[] {
  const p = checkDoc({ text, sentences: [], entities }).map((v) => `${v.path}: ${v.message}`);
  let prev = 0;
  for (const e of entities) {
    const at = `${e.start}..${e.end} ${show(e.text)}`;
    if (e.end <= e.start) p.push(`${at}: empty entity`);
    if (e.start < prev) p.push(`${at}: overlaps the previous entity (ends ${prev})`);
    prev = Math.max(prev, e.end);
    if (!(ENTITY_LABELS as readonly string[]).includes(e.label)) p.push(`${at}: label ${e.label}`);
    if (typeof e.id !== "string" || e.id === "") p.push(`${at}: id ${String(e.id)}`);
    if (typeof e.name !== "string" || e.name === "") p.push(`${at}: name ${String(e.name)}`);
    if (!["dictionary", "rule", "morphology"].includes(e.source)) p.push(`${at}: source ${e.source}`);
  }
  return p;
}

let ner: Recognizer;
let tk: EmbeddedTokenizer;
beforeAll(async () => {
  ner = createRecognizer();
  tk = await createTokenizer({ userDictionary: ner.userDictionary() });
});

describe("recognize: 임의 텍스트", () => {
  test("문장 정보와 함께: 예외 없음, 유효·정렬·비중첩 개체, 라벨·id·name, JSON 왕복, 결정적", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const sentences = splitSentences(text);
        const a = ner.recognize(text, { sentences });
        expect(entityProblems(text, a)).toEqual([]);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        expect(ner.recognize(text, { sentences })).toEqual(a);
      }),
      { numRuns: runs(6_000) },
    );
  });

  test("옵션 없이: 같은 불변식", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        expect(entityProblems(text, ner.recognize(text))).toEqual([]);
      }),
      { numRuns: runs(4_000, 0.5) },
    );
  });

  test("형태소 토큰을 증거로: 같은 불변식", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const tokens = tk.tokenizeSync(text);
        const a = ner.recognize(text, { sentences: splitSentences(text), tokens });
        expect(entityProblems(text, a)).toEqual([]);
        expect(ner.recognize(text, { sentences: splitSentences(text), tokens })).toEqual(a);
      }),
      { numRuns: runs(500, 0.02) },
    );
  });

  test("어긋난 문장 정보(범위 밖, 역순, 겹침)를 받아도 던지지 않고 유효한 개체", () => {
    const badSentences = fc.array(fc.record({ start: fc.integer({ min: -5, max: 400 }), end: fc.integer({ min: -5, max: 400 }) }), { maxLength: 6 });
    fc.assert(
      fc.property(docArb, badSentences, (text, sentences) => {
        expect(entityProblems(text, ner.recognize(text, { sentences }))).toEqual([]);
      }),
      { numRuns: runs(2_000, 0.2) },
    );
  });

  test("lookup은 돌려준 모든 사전 id를 안다", () => {
    fc.assert(
      fc.property(newsArb, (text) => {
        for (const e of ner.recognize(text)) if (e.source === "dictionary" && !e.id.startsWith("doc:")) expect(ner.lookup(e.id)?.id).toBe(e.id);
      }),
      { numRuns: runs(2_000, 0.2) },
    );
  });
});

describe("createRecognizer: 임의 사용자 개체", () => {
  const record = fc.record({
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
    label: fc.constantFrom(...ENTITY_LABELS),
    name: shortText.filter((s) => s.trim() !== ""),
    aliases: fc.array(shortText, { maxLength: 4 }),
  });
  test("어떤 이름·별칭이든 인식기를 만들고, 인식 결과는 유효하다", () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), docArb, (records, text) => {
        let r: Recognizer;
        try {
          r = createRecognizer({ entities: records, bundled: false });
        } catch (err) {
          // A rejection must be a located, named SinmunError — never a TypeError from inside.
          expect((err as Error).message).toMatch(/^@sinmun\/ner: /);
          return;
        }
        const withNames = records.map((x) => x.name).join(" ") + " " + text;
        expect(entityProblems(withNames, r.recognize(withNames))).toEqual([]);
        expect(Array.isArray(r.userDictionary())).toBe(true);
      }),
      { numRuns: runs(500, 0.01) },
    );
  });
});
