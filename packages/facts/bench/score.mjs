// Scores @sinmun/facts on a gold facts corpus (corpora/facts/facts.jsonl by default): analyses each
// document with the built `sinmun` pipeline (the document's `date` as the dates reference), runs
// extractFacts, scores with @sinmun/eval's scoreFacts and prints the report. Needs a build (npx tsc -b).
// Run: node packages/facts/bench/score.mjs [corpus.jsonl] [--errors N] [--json]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const require = createRequire(import.meta.url);
const { createAnalyzer } = require(join(root, "packages", "sinmun", "dist", "index.js"));
const { extractFacts } = require(join(root, "packages", "facts", "dist", "index.js"));
const { scoreFacts, renderFactReport } = require(join(root, "packages", "eval", "dist", "index.js"));

const args = process.argv.slice(2);
const flag = (name) => args.indexOf(name);
const maxErrors = flag("--errors") >= 0 ? Number(args[flag("--errors") + 1]) : 200;
const corpus = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--errors") ?? join(root, "corpora", "facts", "facts.jsonl");
const gold = readFileSync(corpus, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));

// One analyzer: each document's date goes in with it and is its reference (meta.date), as
// `sinmun eval --task facts` does.
const analyzer = await createAnalyzer();
const preds = [];
for (const doc of gold) preds.push(extractFacts(await analyzer.analyze({ id: doc.id, text: doc.text, date: doc.date })));
await analyzer.close();
const { scores, errors } = scoreFacts(gold, preds);
if (args.includes("--json")) console.log(JSON.stringify(scores, null, 2));
else console.log(renderFactReport(scores, errors, maxErrors));
