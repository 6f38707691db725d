import { readFileSync } from "node:fs";
import { join } from "node:path";
import { assertDoc } from "@sinmun/core";
import type { Entity } from "@sinmun/core";
import { createRecognizer } from "../src";
import { scoreMentions } from "./helpers/score";

// corpora/business-news: 76 wire-style documents written for Sinmun, with gold entities. Offsets are
// verified here (slice === text), gold ids are checked against the bundled dictionary, and the
// recognizer's strict span+label F1 per label and id accuracy must stay within tolerance of baseline.json.
const dir = join(__dirname, "..", "..", "..", "corpora", "business-news");
interface GoldDoc {
  id: string;
  text: string;
  entities: (Omit<Entity, "source"> & { id: string })[];
  amounts: unknown[];
  quotes: unknown[];
}
const docs: GoldDoc[] = readFileSync(join(dir, "business-news.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as GoldDoc);
const baseline = JSON.parse(readFileSync(join(dir, "baseline.json"), "utf8")) as {
  tolerance: number;
  labels: Record<string, { f1: number }>;
  idAccuracy: number;
};
const ner = createRecognizer();

describe("corpora/business-news gold", () => {
  test("문서 60개 이상, 언급 600개 이상", () => {
    expect(docs.length).toBeGreaterThanOrEqual(60);
    expect(docs.reduce((n, d) => n + d.entities.length, 0)).toBeGreaterThanOrEqual(600);
  });
  test.each(docs.map((d) => [d.id, d] as const))("%s: 오프셋·정렬·겹침 없음", (_id, d) => {
    assertDoc({ text: d.text, sentences: [], entities: d.entities.map((e) => ({ ...e, source: "dictionary" as const })) });
    for (const e of d.entities) expect(d.text.slice(e.start, e.end)).toBe(e.text);
    for (let i = 1; i < d.entities.length; i++) expect(d.entities[i]!.start).toBeGreaterThanOrEqual(d.entities[i - 1]!.end);
  });
  test("사전 id는 번들 사전에 있고, 나머지는 doc: 로컬 id", () => {
    const bad = docs.flatMap((d) => d.entities.filter((e) => !e.id.startsWith("doc:") && ner.lookup(e.id) === undefined).map((e) => `${d.id} ${e.text} ${e.id}`));
    expect(bad).toEqual([]);
  });
});

describe("corpora/business-news score vs baseline.json", () => {
  const preds = docs.map((d) => {
    const entities = ner.recognize(d.text);
    return { d, entities };
  });
  const score = scoreMentions(
    preds.map(({ d, entities }) => ({ gold: d.entities, pred: entities })),
    ["PERSON", "ORG", "PRODUCT", "LOC"],
  );
  test("예측도 문서 불변식을 지킨다", () => {
    for (const { d, entities } of preds) assertDoc({ text: d.text, sentences: [], entities });
  });
  test.each(["PERSON", "ORG", "PRODUCT", "LOC"])("%s F1 ≥ baseline − tolerance", (label) => {
    const base = baseline.labels[label]?.f1 ?? 0;
    expect(score.labels[label]!.f1).toBeGreaterThanOrEqual(base - baseline.tolerance);
  });
  test("id 정확도 ≥ baseline − tolerance", () => {
    expect(score.idAccuracy).toBeGreaterThanOrEqual(baseline.idAccuracy - baseline.tolerance);
  });
  test("목표: ORG·PERSON F1 ≥ 0.95, id 정확도 ≥ 0.97", () => {
    expect(score.labels.ORG!.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.labels.PERSON!.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.idAccuracy).toBeGreaterThanOrEqual(0.97);
  });
});
