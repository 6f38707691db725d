import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { prf, readConll, readJsonl, readKlue, renderHtml, renderTable, scoreAmounts, scoreEntities, scoreQuotes } from "../src/index";
import type { EvalDoc, EvalEntity } from "../src/index";
import { collect, tmpFile } from "./helpers";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TEXT = "삼성전자 이재용 회장이 서울에서 “투자를 늘리겠다”고 말했다. 매출은 3조 원.";

const span = fc
  .tuple(fc.nat({ max: TEXT.length }), fc.nat({ max: 12 }), fc.constantFrom("PS", "OG", "LC", "QT"))
  .map(([s, len, label]): EvalEntity => {
    const end = Math.min(TEXT.length, s + len);
    return { start: s, end, text: TEXT.slice(s, end), label, id: null };
  });
const doc = fc.array(span, { maxLength: 8 }).map((entities): EvalDoc => ({ text: TEXT, sentences: [], entities }));
const inUnit = (x: number | null): boolean => x === null || (x >= 0 && x <= 1);

describe("채점 불변식 (무작위 문서)", () => {
  test("개수 보존, 0..1 범위, 자기 자신과는 1", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(doc, doc), { maxLength: 5 }), (pairs) => {
        const gold = pairs.map(([g]) => g);
        const pred = pairs.map(([, p]) => p);
        const r = scoreEntities(gold, pred);
        const nGold = gold.reduce((a, d) => a + (d.entities?.length ?? 0), 0);
        const nPred = pred.reduce((a, d) => a + (d.entities?.length ?? 0), 0);
        for (const t of [r.strict, r.overlap]) {
          expect(t.micro.tp + t.micro.fn).toBe(nGold);
          expect(t.micro.tp + t.micro.fp).toBe(nPred);
          for (const row of [t.micro, ...Object.values(t.perLabel)]) [row.precision, row.recall, row.f1].forEach((x) => expect(inUnit(x)).toBe(true));
        }
        expect(r.overlap.micro.tp).toBeGreaterThanOrEqual(r.strict.micro.tp);
        expect(inUnit(r.char.macroF1)).toBe(true);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        expect(scoreEntities(gold, gold).strict.micro.f1).toBe(1);
        expect(scoreEntities(gold, gold).char.macroF1 ?? 1).toBe(1);
        expect(renderTable({ version: 1, task: "ner", scores: r, byDomain: {}, corpus: { path: "x", format: "jsonl", docs: 0, read: 0, reader: { lines: 0, bytesRead: 0, docs: 0, skipped: 0, skippedDiagnostics: [], warnings: [], warningCount: 0 }, domains: {} }, prediction: { source: "predict", missing: 0, extra: 0, realigned: 0, textMismatch: 0, failed: 0, invalid: 0, problems: [] }, labelMap: null, errors: [], errorCounts: {}, errorsTruncated: false, durationMs: 0 })).toContain("micro");
      }),
      { numRuns: RUNS },
    );
  });

  test("금액·인용 채점기는 이상한 범위에도 던지지 않는다", () => {
    const range = fc.tuple(fc.integer({ min: -3, max: TEXT.length + 3 }), fc.integer({ min: -3, max: TEXT.length + 3 }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), fc.array(range, { maxLength: 6 }), (g, p) => {
        const amounts = (rs: [number, number][]): EvalDoc => ({
          text: TEXT,
          sentences: [],
          amounts: rs.map(([s, e]) => ({ start: s, end: e, text: "", kind: "money", value: 1, decimal: "1", unit: "KRW", approx: false })),
          quotes: rs.map(([s, e]) => ({ start: s, end: e, text: "", kind: "direct", speaker: null, cue: null })),
          nonSpeech: rs.slice(0, 1).map(([s, e]) => ({ start: s, end: e, text: "" })),
        });
        const a = scoreAmounts([amounts(g)], [amounts(p)]);
        const q = scoreQuotes([amounts(g)], [amounts(p)]);
        expect(a.span.tp + a.span.fn).toBe(g.length);
        expect(q.exact.tp + q.exact.fp).toBe(p.length);
        expect(inUnit(q.overlap.f1)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test("prf는 0으로 나누지 않는다", () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), (tp, fp, fn) => {
        const r = prf(tp, fp, fn);
        [r.precision, r.recall, r.f1].forEach((x) => expect(x === null || Number.isFinite(x)).toBe(true));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("읽기: 아무 줄이나 넣어도 skipInvalid면 던지지 않는다", () => {
  const line = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("", "## x-1-wikitree\t<가:PS>", "가\tB-PS", "나\tI-PS", " \tO", "-DOCSTART- O", "tok B-ORG", "{\"text\":\"가\"}", "\uD800\tO"),
  );
  test.each([
    ["klue", (p: string) => readKlue(p, { skipInvalid: true })],
    ["conll", (p: string) => readConll(p, { skipInvalid: true })],
    ["jsonl", (p: string) => readJsonl(p, { skipInvalid: true })],
  ] as const)("%s", async (name, open) => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 20 }), async (lines) => {
        const path = tmpFile(`fuzz.${name}`, lines.join("\n"));
        writeFileSync(path, lines.join("\n"));
        const docs = await collect(open(path));
        for (const d of docs) {
          for (const e of d.entities ?? []) expect(d.text.slice(e.start, e.end)).toBe(e.text);
        }
        expect(renderHtml).toBeDefined();
      }),
      { numRuns: Math.min(RUNS, 100) },
    );
  });
});
