import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import * as iconv from "iconv-lite";
import { QUOTE_KINDS, SPEAKER_KINDS, checkDoc, splitSentences, type Doc, type Entity, type Quote } from "@sinmun/core";
import { createRecognizer } from "@sinmun/ner";
import { attributeQuotes } from "@sinmun/quotes";
import { CorpusError, decodeTags, parseKlueInline, readConll, readJsonl, readKlue, type CorpusReader } from "@sinmun/eval";
import { createAnalyzer, serializeDoc, type Analyzer } from "sinmun";
import { FUZZ, runs, cp, atom, shortText, docArb, show, toWellFormed } from "../../../scripts/fuzz-arbitraries";

// Property-based robustness tests across the pipeline (issue 8): @sinmun/quotes and @sinmun/eval
// (their owners' files hold the package-local fuzz tests), the analyzer that wires every package,
// and the built `sinmun analyze --format jsonl` spawned on generated documents.
// Run counts and arbitraries: scripts/fuzz-arbitraries.ts.
jest.setTimeout(FUZZ === undefined ? 120_000 : 6 * 3_600_000);

const repoRoot = join(__dirname, "..", "..", "..");
const bin = join(repoRoot, "packages", "cli", "dist", "bin.js");
const problems = (doc: Doc): string[] => checkDoc(doc).map((v) => `${v.path}: ${v.message}`);

let dir: string;
let recognizer: ReturnType<typeof createRecognizer>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sinmun-fuzz-"));
  recognizer = createRecognizer();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function quoteProblems(text: string, quotes: Quote[]): string[] {
  const p = problems({ text, sentences: [], quotes });
  for (const q of quotes) {
    const at = `${q.start}..${q.end} ${show(q.text)}`;
    if (!(QUOTE_KINDS as readonly string[]).includes(q.kind)) p.push(`${at}: kind ${q.kind}`);
    if (q.end <= q.start) p.push(`${at}: empty quote`);
    if (!(q.start <= q.content.start && q.content.start <= q.content.end && q.content.end <= q.end)) p.push(`${at}: content ${q.content.start}..${q.content.end} outside the quote`);
    if (q.speaker !== null && !(SPEAKER_KINDS as readonly string[]).includes(q.speaker.kind)) p.push(`${at}: speaker kind ${q.speaker.kind}`);
    if (q.cue !== null && (typeof q.cue.lemma !== "string" || q.cue.lemma === "")) p.push(`${at}: cue lemma ${String(q.cue.lemma)}`);
  }
  return p;
}

describe("@sinmun/quotes attributeQuotes: 임의 문서", () => {
  test("인식기의 개체와 함께: 예외 없음, 유효한 인용·내용·화자·인용 동사 스팬, JSON 왕복, 결정적", () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const sentences = splitSentences(text);
        const entities = recognizer.recognize(text, { sentences });
        const quotes = attributeQuotes({ text, sentences, entities }, { lookup: (id) => recognizer.lookup(id) });
        expect({ text: show(text), problems: quoteProblems(text, quotes) }).toEqual({ text: show(text), problems: [] });
        expect(JSON.parse(JSON.stringify(quotes))).toEqual(quotes);
        expect(attributeQuotes({ text, sentences, entities }, { lookup: (id) => recognizer.lookup(id) })).toEqual(quotes);
      }),
      { numRuns: runs(5_000) },
    );
  });

  test("어긋난 입력(범위 밖·역순 개체, 엉뚱한 문장, 문장 없음)에도 예외 없이 유효한 결과", () => {
    const range = fc.record({ start: fc.integer({ min: -3, max: 300 }), end: fc.integer({ min: -3, max: 300 }) });
    fc.assert(
      fc.property(docArb, fc.array(range, { maxLength: 5 }), fc.array(range, { maxLength: 5 }), fc.boolean(), (text, ents, sents, withSentences) => {
        const entities = ents.map((r, i): Entity => ({ ...r, text: text.slice(r.start, r.end), label: i % 2 ? "PERSON" : "ORG", id: `x${i}`, name: `x${i}`, source: "rule" }));
        const quotes = attributeQuotes(withSentences ? { text, sentences: sents, entities } : { text, entities });
        expect({ text: show(text), problems: quoteProblems(text, quotes) }).toEqual({ text: show(text), problems: [] });
      }),
      { numRuns: runs(3_000, 0.3) },
    );
  });
});

describe("@sinmun/eval: 임의 입력", () => {
  test("parseKlueInline: 예외 없음, 개체 스팬은 돌려준 text 안", () => {
    const tagged = fc.array(fc.oneof(atom, fc.tuple(shortText, fc.constantFrom("PS", "OG", "LC", "DT", "QT", "XX")).map(([s, l]) => `<${s}:${l}>`), fc.constantFrom("<", ">", ":", "<:PS>", "<<a:OG>>")), { maxLength: 30 }).map((a) => a.join(""));
    fc.assert(
      fc.property(tagged, (inline) => {
        const { text, entities } = parseKlueInline(inline);
        for (const e of entities) expect(0 <= e.start && e.start <= e.end && e.end <= text.length).toBe(true);
        expect(parseKlueInline(inline)).toEqual({ text, entities });
      }),
      { numRuns: runs(5_000, 0.5) },
    );
  });

  test("decodeTags: 올바른 태그라면 정렬·비중첩 덩어리, 범위 안", () => {
    const tag = fc.oneof(fc.constant("O"), fc.tuple(fc.constantFrom("B", "I", "E", "S", "L", "U"), fc.constantFrom("PS", "OG", "LC", "X-Y", "가")).map(([p, l]) => `${p}-${l}`));
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 40 }), fc.constantFrom<"BIO" | "BIOES">("BIO", "BIOES"), (tags, scheme) => {
        let out;
        try {
          out = decodeTags(tags, scheme);
        } catch (err) {
          expect((err as Error).message).toMatch(/^@sinmun\/eval: expected /);
          return;
        }
        let prev = 0;
        for (const s of out.spans) {
          expect(s.start >= prev && s.start < s.end && s.end <= tags.length).toBe(true);
          prev = s.end;
        }
        expect(out.repairs).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: runs(5_000, 0.5) },
    );
  });

  // Corpus files made of plausible and broken lines: a reader yields valid documents or stops with
  // a located CorpusError (file and line), never anything else.
  const klueLine = fc.oneof(
    fc.tuple(fc.stringMatching(/^[a-z0-9-]{1,10}$/), shortText).map(([id, s]) => `## ${id}\t${s.replace(/[\r\n]/g, "")}`),
    fc.tuple(atom, fc.constantFrom("O", "B-PS", "I-PS", "B-OG", "I-OG", "B-QT", "X-PS", "")).map(([c, t]) => `${c.replace(/[\r\n\t]/g, "")}\t${t}`),
    shortText.map((s) => s.replace(/[\r\n]/g, "")),
    fc.constant(""),
  );
  const conllLine = fc.oneof(
    fc.tuple(shortText, fc.constantFrom("O", "B-ORG", "I-ORG", "B-PER", "E-PER", "S-LOC", "Z")).map(([w, t]) => `${w.replace(/[\s]/g, "") || "가"} ${t}`),
    fc.constant(""),
    fc.constant("-DOCSTART- -X- O O"),
    shortText.map((s) => s.replace(/[\r\n]/g, "")),
  );
  const jsonlLine = fc.oneof(
    docArb.map((text) => JSON.stringify({ id: "d", text })),
    docArb.map((text) => JSON.stringify({ id: 1, text, entities: text.length > 1 ? [{ start: 0, end: 1, text: text.slice(0, 1), label: "ORG" }] : [] })),
    docArb.map((text) => JSON.stringify({ text, entities: [{ start: 0, end: 2, text: "틀림", label: "ORG" }] })),
    shortText.map((s) => s.replace(/[\r\n]/g, "")),
    fc.constantFrom("{", "[]", "null", '{"text":3}', ""),
  );
  let fileNo = 0;
  async function readAll(reader: CorpusReader, file: string): Promise<void> {
    try {
      for await (const doc of reader) expect(problems(doc as Doc)).toEqual([]);
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      expect(err.file).toBe(file);
      expect(err.line).toBeGreaterThanOrEqual(1);
      expect(err.message).toMatch(/^@sinmun\/eval: /);
    }
  }
  test.each<[string, fc.Arbitrary<string>, (p: string) => CorpusReader]>([
    ["readKlue", klueLine, (p) => readKlue(p)],
    ["readConll", conllLine, (p) => readConll(p)],
    ["readJsonl", jsonlLine, (p) => readJsonl(p)],
  ])("%s: 유효한 문서 또는 위치가 있는 CorpusError", async (_name, line, read) => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), fc.constantFrom("\n", "\r\n"), async (lines, eol) => {
        const file = `c${fileNo++}.txt`;
        writeFileSync(join(dir, file), lines.join(eol));
        await readAll(read(join(dir, file)), join(dir, file));
      }),
      { numRuns: runs(300, 0.01) },
    );
  });
});

describe("createAnalyzer: 모든 패키지를 잇는 파이프라인", () => {
  let none: Analyzer;
  let embedded: Analyzer;
  beforeAll(async () => {
    none = await createAnalyzer({ disable: ["tokens"] });
    embedded = await createAnalyzer();
  });
  test("--tokenizer none: 예외 없음, checkDoc 통과, serializeDoc 왕복, 결정적", async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (text) => {
        const doc = await none.analyze(text);
        expect({ text: show(text), problems: problems(doc) }).toEqual({ text: show(text), problems: [] });
        expect(JSON.parse(serializeDoc(doc))).toEqual(doc);
        expect(await none.analyze(text)).toEqual(doc);
      }),
      { numRuns: runs(2_000, 0.1) },
    );
  });
  test("내장 형태소 분석기와 함께: 예외 없음, checkDoc 통과", async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (text) => {
        const doc = await embedded.analyze(text);
        expect({ text: show(text), problems: problems(doc) }).toEqual({ text: show(text), problems: [] });
      }),
      { numRuns: runs(300, 0.01) },
    );
  });
});

describe("sinmun analyze --format jsonl (빌드된 CLI를 실행)", () => {
  const id = fc.oneof(fc.stringMatching(/^[a-z0-9_-]{1,12}$/), fc.integer({ min: -1e9, max: 1e9 }), shortText);
  const batch = fc.array(fc.record({ id, text: docArb }), { minLength: 1, maxLength: 50 });
  let run = 0;
  test("문서 묶음마다: 종료 0, 입력과 같은 수의 줄, 같은 순서의 id와 text, 모든 줄이 checkDoc 통과", () => {
    fc.assert(
      fc.property(batch, (docs) => {
        const input = join(dir, `in${run}.jsonl`);
        const output = join(dir, `out${run}.jsonl`);
        const tokenizer = run++ % 5 === 4 ? "embedded" : "none";
        writeFileSync(input, docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
        const r = spawnSync(process.execPath, [bin, "analyze", input, "--format", "jsonl", "--workers", "2", "--tokenizer", tokenizer, "--output", output], {
          encoding: "utf8",
          timeout: 300_000,
        });
        expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
        const lines = readFileSync(output, "utf8").split("\n");
        expect(lines.pop()).toBe("");
        expect(lines).toHaveLength(docs.length);
        lines.forEach((line, i) => {
          const doc = JSON.parse(line) as Doc;
          expect({ i, id: doc.id, text: doc.text }).toEqual({ i, id: docs[i]?.id, text: docs[i]?.text });
          expect({ i, problems: problems(doc) }).toEqual({ i, problems: [] });
        });
      }),
      { numRuns: runs(10, 0.0002) },
    );
  });

  test("JSON이 아닌 본문 줄: id는 줄 번호, 본문은 그대로", () => {
    // A file holds only well-formed text: lone surrogates are written as U+FFFD. A .txt file is one
    // document unless --input-format jsonl reads it a line at a time (issue 13).
    const plain = docArb.map((t) => toWellFormed(t.replace(/[\r\n]/g, " "))).filter((t) => t.trim() !== "" && !t.trim().startsWith("{"));
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 50 }), (texts) => {
        const input = join(dir, `plain${run++}.txt`);
        writeFileSync(input, texts.join("\n") + "\n");
        const r = spawnSync(process.execPath, [bin, "analyze", input, "--format", "jsonl", "--input-format", "jsonl", "--workers", "2", "--tokenizer", "none"], { encoding: "utf8", timeout: 300_000, maxBuffer: 256 << 20 });
        expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
        const docs = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Doc);
        expect(docs.map((d) => [d.id, show(d.text)])).toEqual(texts.map((t, i) => [i + 1, show(t)]));
        for (const d of docs) expect(problems(d)).toEqual([]);
      }),
      { numRuns: runs(3, 0.0001) },
    );
  });

  // Issue 8: "decoded with a warning that counts the bad bytes, or a clear error; never mojibake
  // passed on silently as clean". `analyze FILE` (json) does this through decodeText; the JSONL
  // stream decodes each line through decodeText and warns with the line number.
  test.each<[string, (docs: { id: string; text: string }[]) => Buffer]>([
    ["CP949로 저장한 JSONL: 줄마다 복원되거나 경고 (회귀: 예전엔 경고 없이 U+FFFD 범벅)",
      (docs) => iconv.encode(docs.map((d) => JSON.stringify(d)).join("\n") + "\n", "cp949")],
    ["깨진 UTF-8 바이트가 든 JSONL: 경고와 함께 (회귀: 예전엔 조용히 통과)",
      (docs) => Buffer.concat(docs.map((d) => Buffer.concat([Buffer.from(JSON.stringify(d).slice(0, -2), "utf8"), Buffer.from([0xff, 0xfe]), Buffer.from("\"}\n")]))) ],
  ])("--format jsonl 인코딩: %s", (_name, encode) => {
    const hangul = fc.array(cp(0xac00, 0xd7a3), { minLength: 1, maxLength: 20 }).map((a) => "삼성전자 " + a.join(""));
    fc.assert(
      fc.property(fc.array(hangul, { minLength: 1, maxLength: 5 }), (texts) => {
        const docs = texts.map((text, i) => ({ id: `d${i}`, text }));
        const input = join(dir, `enc${run++}.jsonl`);
        writeFileSync(input, encode(docs));
        const r = spawnSync(process.execPath, [bin, "analyze", input, "--format", "jsonl", "--workers", "1", "--tokenizer", "none"], { encoding: "utf8", timeout: 300_000 });
        const out = r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as Doc).text);
        // Either every text came back exactly, or the run said so on stderr.
        if (out.join("\n") !== texts.join("\n")) expect(r.stderr).toMatch(/warning|invalid|decode|encoding/i);
      }),
      { numRuns: 2 },
    );
  });
});
