// Scores findDates on corpora/dates (308 expressions in 165 documents written for Sinmun, and a
// held-out set of 43 in 25 documents written after the rules were fixed; reference date 2025-11-14) and fails when a score drops below corpora/dates/baseline.json minus its tolerance.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findDates } from "../src/findDates";
import { scoreDates, type EvalDate, type EvalDoc } from "@sinmun/eval";
import baseline from "../../../corpora/dates/baseline.json";

interface Doc {
  id: string;
  reference: string;
  text: string;
  dates: EvalDate[];
}

/** The figures baseline.json keeps, from @sinmun/eval's date scorer (the one `sinmun eval --task dates` prints). */
function score(set: readonly Doc[]): Record<"precision" | "recall" | "f1" | "valueAccuracy" | "kindAccuracy" | "strictF1", number> & { misses: string[] } {
  const gold: EvalDoc[] = set.map((d) => ({ text: d.text, sentences: [], dates: d.dates }));
  const pred: EvalDoc[] = set.map((d) => ({ text: d.text, sentences: [], dates: findDates(d.text, { reference: d.reference }) }));
  const s = scoreDates(gold, pred);
  const misses = pred.flatMap((p, i) => {
    const g = gold[i]?.dates ?? [];
    const key = (x: EvalDate): string => `${x.start}:${x.end}:${x.kind}:${x.value}`;
    const want = new Set(g.map(key));
    const got = new Set((p.dates ?? []).map(key));
    return [...g.filter((x) => !got.has(key(x))).map((x) => `gold ${x.text} ${x.kind} ${x.value}`), ...(p.dates ?? []).filter((x) => !want.has(key(x))).map((x) => `got ${x.text} ${x.kind} ${x.value}`)];
  });
  // An empty side makes a ratio null (nothing judged); the corpora are never empty, so null is 0 here.
  const n = (x: number | null): number => x ?? 0;
  return { precision: n(s.span.precision), recall: n(s.span.recall), f1: n(s.span.f1), valueAccuracy: n(s.value.accuracy), kindAccuracy: n(s.kind.accuracy), strictF1: n(s.strict.f1), misses };
}

const read = (name: string): Doc[] =>
  readFileSync(join(__dirname, "..", "..", "..", "corpora", "dates", `${name}.jsonl`), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Doc);
const docs = read("dates");
const heldout = read("heldout");

describe("corpora/dates", () => {
  test("gold spans point into the text", () => {
    for (const d of docs) for (const g of d.dates) expect(d.text.slice(g.start, g.end)).toBe(g.text);
    expect(docs.reduce((n, d) => n + d.dates.length, 0)).toBeGreaterThanOrEqual(300);
  });

  test("scores stay at or above the baseline", () => {
    const { misses, ...scores } = score(docs);
    console.log(`dates corpus: ${JSON.stringify(scores)}\n${misses.map((m) => `  ${m}`).join("\n")}`);
    const tol = baseline.tolerance;
    for (const k of ["precision", "recall", "f1", "valueAccuracy", "kindAccuracy", "strictF1"] as const) {
      expect(scores[k]).toBeGreaterThanOrEqual(baseline.findDates[k] - tol);
    }
  });

  test("held-out documents (written after the rules were fixed): scores stay at or above the baseline", () => {
    for (const d of heldout) for (const g of d.dates) expect(d.text.slice(g.start, g.end)).toBe(g.text);
    const { misses, ...scores } = score(heldout);
    console.log(`dates held-out: ${JSON.stringify(scores)}\n${misses.map((m) => `  ${m}`).join("\n")}`);
    const tol = baseline.tolerance;
    for (const k of ["precision", "recall", "f1", "valueAccuracy", "kindAccuracy", "strictF1"] as const) {
      expect(scores[k]).toBeGreaterThanOrEqual(baseline.heldout[k] - tol);
    }
  });
});
