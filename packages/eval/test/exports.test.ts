import * as api from "../src/index";

test("@sinmun/eval의 공개 이름 (바뀌면 README와 함께 고친다)", () => {
  expect(Object.keys(api).sort()).toEqual([
    "CORPUS_FORMATS",
    "CorpusError",
    "EVAL_TASKS",
    "FACT_FIELDS",
    "KLUE_LABELS",
    "KLUE_LABEL_MAP",
    "MORPH_TAG_MAP",
    "QUOTE_OVERLAP",
    "createAmountScorer",
    "createDateScorer",
    "createEntityScorer",
    "createFactScorer",
    "createMorphScorer",
    "createQuoteScorer",
    "decodeTags",
    "escapeHtml",
    "normalizeMorph",
    "parseKlueInline",
    "prf",
    "readConll",
    "readConllu",
    "readJsonl",
    "readKlue",
    "renderFactReport",
    "renderHtml",
    "renderMorphTable",
    "renderTable",
    "runEval",
    "runMorphEval",
    "scoreAmounts",
    "scoreDates",
    "scoreEntities",
    "scoreFacts",
    "scoreMorphs",
    "scoreQuotes",
    "tokenMorphs",
  ]);
});

test("@sinmun/eval은 실행 시 @sinmun/core만 부른다", () => {
  const { readFileSync, readdirSync } = require("node:fs") as typeof import("node:fs");
  const { join } = require("node:path") as typeof import("node:path");
  const dir = join(__dirname, "..", "src");
  const imports = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
    for (const m of readFileSync(join(dir, f), "utf8").matchAll(/from "(@sinmun\/[a-z]+)"/g)) imports.add(m[1] as string);
  }
  expect([...imports]).toEqual(["@sinmun/core"]);
});
